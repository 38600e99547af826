import Foundation
import ContactModel

/// Google Contacts' CSV columns: the fixed ones, and the numbered groups (`Phone 2 - Value`)
/// whose count grows with the data, matched by name pattern.
enum GoogleHeaders {
    /// A numbered group of columns.
    enum Group: CaseIterable, Hashable {
        case email
        case phone
        case address
        case website
        case organization
        case event
        case relation
        case instantMessaging
        case customField

        /// The group's name as Google writes it in the header.
        /// How a numbered column of the group starts, lower-cased: Google's name, and the
        /// spellings other exporters of the same layout use (khard's `Email 1 - value`,
        /// `Organisation 1 - …`).
        var headerPrefixes: [String] {
            switch self {
            case .email: ["e-mail ", "email "]
            case .organization: ["organization ", "organisation "]
            default: [headerName.lowercased() + " "]
            }
        }

        var headerName: String {
            switch self {
            case .email: "E-mail"
            case .phone: "Phone"
            case .address: "Address"
            case .website: "Website"
            case .organization: "Organization"
            case .event: "Event"
            case .relation: "Relation"
            case .instantMessaging: "IM"
            case .customField: "Custom Field"
            }
        }
    }

    /// One column of a numbered group.
    enum Part: Hashable {
        /// `- Label` (current layout) or `- Type` (legacy).
        case label
        case value
        case service
        case address(FieldMeaning.AddressPart)
        case organization(FieldMeaning.OrganizationPart)
        /// A part the model has no field for (`Yomi Name`, `Symbol`, …).
        case other
    }

    /// A matched numbered-group column.
    struct Column: Hashable {
        var group: Group
        var index: Int
        var part: Part
        /// True when the label column says `Type` (the legacy layout).
        var isLegacyType: Bool
    }

    /// Matches `<group> <n> - <part>` (`Phone 2 - Value`, `E-mail 1 - Type`), ignoring case: the
    /// group name, a positive number, ` - `, then the part. Hand-written, no regex.
    static func match(_ header: String) -> Column? {
        let name = header.trimmingSpaces.lowercased()
        for group in Group.allCases {
            guard let prefix = group.headerPrefixes.first(where: { name.hasPrefix($0) }) else { continue }
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let index = Int(digits), index > 0 else { return nil }
            let afterDigits = rest.dropFirst(digits.count)
            guard afterDigits.hasPrefix(" - ") else { return nil }
            let partName = String(afterDigits.dropFirst(3)).trimmingSpaces
            guard let part = part(named: partName, in: group) else { return nil }
            return Column(group: group, index: index, part: part, isLegacyType: partName == "type")
        }
        return nil
    }

    private static func part(named name: String, in group: Group) -> Part? {
        switch (name, group) {
        case ("label", _), ("type", _): .label
        case ("value", _): group == .address || group == .organization ? nil : .value
        case ("service", .instantMessaging): .service
        case ("formatted", .address): .address(.formatted)
        case ("street", .address): .address(.street)
        case ("city", .address): .address(.city)
        case ("po box", .address), ("box", .address): .address(.poBox)
        case ("region", .address): .address(.region)
        case ("postal code", .address), ("code", .address): .address(.postalCode)
        case ("country", .address): .address(.country)
        case ("extended address", .address), ("extended", .address): .address(.extended)
        case ("name", .organization): .organization(.company)
        case ("title", .organization): .organization(.title)
        case ("department", .organization): .organization(.department)
        case ("yomi name", .organization), ("symbol", .organization), ("location", .organization),
            ("job description", .organization):
            .other
        default: nil
        }
    }

    /// The properties Google's (and Apple's) vCard export writes the phonetic name in.
    static let phoneticProperties = ["X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-PHONETIC-LAST-NAME"]
    private static let phoneticFirst = FieldMeaning.raw(phoneticProperties[0], isDate: false)
    private static let phoneticMiddle = FieldMeaning.raw(phoneticProperties[1], isDate: false)
    private static let phoneticLast = FieldMeaning.raw(phoneticProperties[2], isDate: false)

    /// The fixed columns of both layouts. `Labels` / `Group Membership` are kept raw; the phonetic
    /// name (`Phonetic First Name`, legacy `Given Name Yomi`) is kept as the vCard properties Google
    /// and Apple write it in; `Photo`, a web address, as a `PHOTO` URI.
    static let fixed: [String: FieldMeaning] = HeaderKey.table([
        ("First Name", .name(.given)), ("Middle Name", .name(.middle)), ("Last Name", .name(.family)),
        ("Name Prefix", .name(.prefix)), ("Name Suffix", .name(.suffix)), ("Nickname", .name(.nickname)),
        ("File As", .name(.formatted)), ("Organization Name", .organization(.company)),
        ("Organization Title", .organization(.title)), ("Organization Department", .organization(.department)),
        ("Birthday", .birthday), ("Notes", .note),
        ("Name", .name(.formatted)), ("Given Name", .name(.given)), ("Additional Name", .name(.middle)),
        ("Family Name", .name(.family)),
        ("Phonetic First Name", phoneticFirst), ("Phonetic Middle Name", phoneticMiddle),
        ("Phonetic Last Name", phoneticLast), ("Photo", .photo), ("Yomi Name", .known), ("Given Name Yomi", phoneticFirst),
        ("Additional Name Yomi", phoneticMiddle), ("Family Name Yomi", phoneticLast), ("Initials", .known),
        ("Short Name", .known), ("Maiden Name", .known), ("Gender", .known), ("Location", .known), ("Billing Information", .known), ("Directory Server", .known),
        ("Mileage", .known), ("Occupation", .known), ("Hobby", .known), ("Sensitivity", .known),
        ("Priority", .known), ("Subject", .known), ("Language", .known),
    ])

    /// The folded names of the columns kept raw as ``labelsProperty``.
    static let labelColumns: Set<String> = ["labels", "group membership"]

    /// The raw property names the reader keeps Google-only data in, and the writer reads back
    /// (``GoogleFieldNames``).
    static let labelsProperty = GoogleFieldNames.labels
    static let eventProperty = GoogleFieldNames.event
    static let relationProperty = GoogleFieldNames.relation
    static let instantMessagingProperty = GoogleFieldNames.instantMessaging
    static let customFieldProperty = GoogleFieldNames.customField
    /// The parameter holding a raw group entry's label (`X-LABEL`) and an IM entry's service.
    static let labelParameter = GoogleFieldNames.label
    static let serviceParameter = GoogleFieldNames.service

    /// Google's phone labels and the kinds they stand for (compared case-insensitively).
    static let phoneLabels: [(String, Phone.Kind)] = [
        ("Mobile", .mobile), ("Home", .home), ("Work", .work), ("Main", .main), ("Home Fax", .homeFax),
        ("Work Fax", .workFax), ("Other Fax", .otherFax), ("Pager", .pager), ("Other", .other),
        ("iPhone", .iPhone), ("Car", .car), ("ISDN", .isdn), ("Radio", .radio), ("Callback", .callback),
        ("Assistant", .assistant), ("TTY/TDD", .textphone), ("Text", .text), ("Video", .video),
        ("Voice", .voice),
        // vCard TYPE words, as exporters of the same layout write them (khard: `cell`, `fax`).
        ("Cell", .mobile), ("Fax", .otherFax),
    ]

    /// Google's email / address / website labels that are kinds.
    static let entryLabels: [(String, EntryKind)] = [("Home", .home), ("Work", .work), ("Other", .other)]

    /// The kind a phone's label names, or the label itself. Apple's constant labels, which
    /// Google keeps from cards it imported from iCloud (`_$!<Mobile>!$_`, `workFax`), are their
    /// names: `_$!<WorkFax>!$_` and `workFax` are `Work Fax`.
    static func phoneKind(forLabel written: String) -> (Phone.Kind, String?) {
        if written.isEmpty { return (.unspecified, nil) }
        let label = AppleLabel.stripped(written)
        for (name, kind) in phoneLabels where name == label { return (kind, nil) }
        for (name, kind) in phoneLabels where Self.names(name, label) { return (kind, nil) }
        return (.unspecified, label)
    }

    static func entryKind(forLabel written: String) -> (EntryKind, String?) {
        if written.isEmpty { return (.unspecified, nil) }
        let label = AppleLabel.stripped(written)
        for (name, kind) in entryLabels where name == label { return (kind, nil) }
        for (name, kind) in entryLabels where Self.names(name, label) { return (kind, nil) }
        return (.unspecified, label)
    }

    /// True when `label` is `name` in any case, or Apple's spelling of it without spaces or
    /// slashes (`workFax` for `Work Fax`, `ttytdd` for `TTY/TDD`).
    private static func names(_ name: String, _ label: String) -> Bool {
        if name.caseInsensitiveEquals(label) { return true }
        guard name.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") }) else { return false }
        return String(name.unicodeScalars.filter { $0 != " " && $0 != "/" }).caseInsensitiveEquals(label)
    }

    static func label(for kind: Phone.Kind) -> String {
        phoneLabels.first { $0.1 == kind }?.0 ?? ""
    }

    static func label(for kind: EntryKind) -> String {
        entryLabels.first { $0.1 == kind }?.0 ?? ""
    }
}

extension String {
    /// Calls `body` with each value of a Google cell and its index, without building an array
    /// when the cell holds one value.
    func forEachGoogleValue(_ body: (Int, String) -> Void) {
        var text = self
        guard text.withUTF8({ $0.contains(UInt8(ascii: ":")) }) else {
            body(0, self)
            return
        }
        for (index, value) in GoogleFieldNames.values(in: self).enumerated() { body(index, value) }
    }
}
