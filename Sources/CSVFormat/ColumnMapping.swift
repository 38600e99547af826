import ContactModel

/// A column mapped by hand to a contact field, as given on the command line:
/// `--map 'Column Name=field[:type]'`, for instance `Celular=phone:mobile`.
public struct ColumnMapping: Sendable, Hashable {
    /// The header name, matched ignoring case, accents and surrounding spaces.
    public var column: String
    /// The contact field the column's cells fill.
    public var field: Field
    /// The entry type after `:` as written (`mobile`, `home`, `work`, `main`, `fax`, `pager`,
    /// `other`, or any other text, which becomes a custom label); `nil` when none was given.
    public var type: String?

    /// Makes a mapping.
    /// - Parameters:
    ///   - column: the header name, matched ignoring case, accents and surrounding spaces.
    ///   - field: the contact field the column fills.
    ///   - type: the entry type or custom label, as written, or `nil`.
    public init(column: String, field: Field, type: String? = nil) {
        self.column = column
        self.field = field
        self.type = type
    }

    /// Parses `Column Name=field[:type]` (split at the first `=` and the first `:` after it).
    /// - Throws: ``ColumnMappingError`` when the `=`, the column name or the field is missing,
    ///   or the field is unknown.
    public init(parsing text: String) throws(ColumnMappingError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw ColumnMappingError(text: text, message: "expected 'Column Name=field[:type]'")
        }
        let column = text[..<equals].trimmingSpaces
        guard !column.isEmpty else { throw ColumnMappingError(text: text, message: "the column name is empty") }
        let target = text[text.index(after: equals)...]
        let fieldName: Substring
        var type: String?
        if let colon = target.firstIndex(of: ":") {
            fieldName = target[..<colon]
            let written = target[target.index(after: colon)...].trimmingSpaces
            type = written.isEmpty ? nil : written
        } else {
            fieldName = target
        }
        guard let field = Field(name: fieldName.trimmingSpaces) else {
            throw ColumnMappingError(
                text: text,
                message: "unknown field '\(fieldName.trimmingSpaces)'; expected one of "
                    + Field.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.init(column: column, field: field, type: type)
    }

    /// The contact fields a column can be mapped to.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case name
        case firstName = "first_name"
        case lastName = "last_name"
        case middleName = "middle_name"
        case prefix
        case suffix
        case nickname
        case phone
        case email
        case street
        case city
        case region
        case postalCode = "postal_code"
        case country
        case callingCode = "calling_code"
        case whatsAppID = "wa_id"
        case company
        case department
        case title
        case url
        case birthday
        case note

        /// The field a name stands for, accepting `state` for `region`, `zip` for `postal_code`
        /// and `-` for `_`, case-insensitively.
        public init?(name: String) {
            let key = name.lowercased().map { $0 == "-" ? "_" : $0 }
            switch String(key) {
            case "state": self = .region
            case "zip", "zipcode", "postcode": self = .postalCode
            case "notes": self = .note
            case "website", "web": self = .url
            case "organization", "organisation": self = .company
            default: self.init(rawValue: String(key))
            }
        }
    }

    /// What this mapping makes of its column.
    var meaning: FieldMeaning {
        switch field {
        case .name: return .name(.formatted)
        case .firstName: return .name(.given)
        case .lastName: return .name(.family)
        case .middleName: return .name(.middle)
        case .prefix: return .name(.prefix)
        case .suffix: return .name(.suffix)
        case .nickname: return .name(.nickname)
        case .company: return .organization(.company)
        case .department: return .organization(.department)
        case .title: return .organization(.title)
        case .birthday: return .birthday
        case .note: return .note
        case .phone:
            let (kind, label) = phoneType
            return .phone(kind, label: label, preference: nil)
        case .email: return .email(entryType.kind, label: entryType.label)
        case .url: return .url(entryType.kind, label: entryType.label)
        case .street: return .address(entryType.kind, entryType.label, .street)
        case .city: return .address(entryType.kind, entryType.label, .city)
        case .region: return .address(entryType.kind, entryType.label, .region)
        case .postalCode: return .address(entryType.kind, entryType.label, .postalCode)
        case .country: return .address(entryType.kind, entryType.label, .country)
        case .callingCode: return .callingCode
        case .whatsAppID: return .whatsAppID
        }
    }

    private var phoneType: (Phone.Kind, String?) {
        guard let type else { return (.unspecified, nil) }
        switch type.lowercased() {
        case "mobile", "cell": return (.mobile, nil)
        case "home": return (.home, nil)
        case "work": return (.work, nil)
        case "main": return (.main, nil)
        case "fax": return (.otherFax, nil)
        case "pager": return (.pager, nil)
        case "other": return (.other, nil)
        default: return (.unspecified, type)
        }
    }

    private var entryType: (kind: EntryKind, label: String?) {
        guard let type else { return (.unspecified, nil) }
        switch type.lowercased() {
        case "home": return (.home, nil)
        case "work": return (.work, nil)
        case "other": return (.other, nil)
        default: return (.unspecified, type)
        }
    }
}

/// A `--map` value that cannot be read.
public struct ColumnMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `--map` value as given.
    public var text: String
    /// What is wrong with it.
    public var message: String

    /// `invalid column mapping '…': …`, the command line's error message.
    public var description: String { "invalid column mapping '\(text)': \(message)" }
}
