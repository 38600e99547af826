import ContactModel
import JSONCoding

/// Maps the properties of one jCard into a ``ContactModel/Contact``, the way the vCard 4.0
/// writer and reader shape them: `TYPE` tokens to kinds, `PREF` to preference, Apple item
/// groups (`x-ablabel`, `x-abadr`) to labels and country codes, and everything else into
/// ``ContactModel/Contact/unmapped`` in vCard text form.
///
/// Corresponds to RFC 7095 §3.3 (property arrays), §3.3.1.2 (multi-valued and structured values)
/// and RFC 6350 §6 (the properties themselves).
struct JCardPropertyMapper {
    /// One `[name, {params}, type, value…]` array, name and parameter names lower-cased.
    struct Property {
        var name: String
        var group: String?
        var parameters: [(name: String, values: [String])]
        var type: String
        var values: [JSONValue]

        func parameter(_ name: String) -> [String]? {
            parameters.first { $0.name == name }?.values
        }

        /// The parameters other than `read` (lower-case names), for the field to keep (RFC 6350 §5):
        /// all of them for FN, N and ORG, which read none, but those that say how a vCard line is
        /// written or that only an address or a phone reads (``consumedParameters``), which the
        /// field's own value replaces.
        func otherParameters(reading read: [String] = []) -> [RawParameter] {
            parameters.filter { !read.contains($0.name) && !JCardPropertyMapper.consumedParameters.contains($0.name) }
                .map { RawParameter(name: $0.name.uppercased(), values: $0.values) }
        }
    }

    let position: SourcePosition
    private(set) var diagnostics: [Diagnostic] = []

    init(position: SourcePosition) {
        self.position = position
    }

    /// The property arrays of `["vcard", [...]]`, or `nil` when `value` is not a jCard.
    static func properties(ofJCard value: JSONValue) -> [JSONValue]? {
        guard let parts = value.arrayValue, parts.count == 2, parts[0].stringValue?.lowercased() == "vcard",
              let properties = parts[1].arrayValue
        else { return nil }
        return properties
    }

    mutating func contact(from arrays: [JSONValue]) -> Contact {
        var properties: [Property] = []
        for (index, array) in arrays.enumerated() {
            if let property = Self.property(array) {
                properties.append(property)
            } else {
                warn("jCard property \(index + 1) is not [name, {parameters}, type, value…]; left out")
            }
        }
        // Item groups that a mapped property opens, so their x-ablabel / x-abadr attach to it.
        let mappedGroups = Set(properties.compactMap { property in
            ["tel", "email", "adr", "url"].contains(property.name) ? property.group?.lowercased() : nil
        })
        let addressGroups = Set(properties.compactMap { $0.name == "adr" ? $0.group?.lowercased() : nil })
        var labels: [String: String] = [:]
        var countryCodes: [String: String] = [:]
        for property in properties {
            guard let group = property.group?.lowercased(), let text = Self.text(property.values) else { continue }
            if property.name == "x-ablabel", mappedGroups.contains(group) { labels[group] = Self.trimmed(text) }
            if property.name == "x-abadr", addressGroups.contains(group) { countryCodes[group] = Self.trimmed(text).uppercased() }
        }

        var contact = Contact()
        for property in properties {
            let group = property.group?.lowercased()
            switch property.name {
            case "x-ablabel" where group.map { labels[$0] != nil } ?? false:
                continue
            case "x-abadr" where group.map { countryCodes[$0] != nil } ?? false:
                continue
            default:
                let mapped = map(property, label: group.flatMap { labels[$0] },
                                 countryCode: group.flatMap { countryCodes[$0] }, into: &contact)
                if !mapped { contact.unmapped.append(Self.raw(property)) }
            }
        }
        return contact
    }

    /// Puts `property` into its field of `contact`.
    /// - Returns: `false` when no field takes it (unknown, repeated or malformed), so it is kept raw.
    private mutating func map(_ property: Property, label: String?, countryCode: String?, into contact: inout Contact) -> Bool {
        // Empty text is read as no value, as the vCard reader reads it; other shapes stay raw.
        let isText = Self.text(property.values) != nil
        let text = Self.text(property.values).map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        switch property.name {
        case "version":
            if text != "4.0" { warn("jCard version is not 4.0 (RFC 7095 §3.3.1.1)") }
            return true
        case "fn" where contact.name.formatted == nil && isText:
            contact.name.formatted = text
            contact.name.formattedNameParameters = property.otherParameters()
        case "n" where contact.name.family == nil && contact.name.given == nil:
            let parts = Self.components(property.values, count: 5, joiningListsWith: " ")
            contact.name.family = parts[0]
            contact.name.given = parts[1]
            contact.name.middle = parts[2]
            contact.name.prefix = parts[3]
            contact.name.suffix = parts[4]
            contact.name.nameParameters = property.otherParameters()
        case "nickname" where contact.name.nickname == nil && isText:
            contact.name.nickname = text
            keepParameters(of: property, into: &contact)
        case "org" where contact.organization?.company == nil && (contact.organization?.units.isEmpty ?? true):
            let parts = Self.components(property.values, count: 0, joiningListsWith: ",")
            var organization = contact.organization ?? Organization()
            organization.company = parts.first ?? nil
            organization.units = parts.dropFirst().compactMap { $0 }
            organization.otherParameters = property.otherParameters()
            contact.organization = organization
        case "title" where contact.organization?.title == nil && isText:
            guard let text else { break }
            contact.organization = contact.organization ?? Organization()
            contact.organization?.title = text
            keepParameters(of: property, into: &contact)
        case "role" where contact.organization?.role == nil && isText:
            guard let text else { break }
            contact.organization = contact.organization ?? Organization()
            contact.organization?.role = text
            keepParameters(of: property, into: &contact)
        case "tel" where isText:
            guard let text else { break }
            contact.phones.append(phone(property, number: text, label: label))
        case "email" where isText:
            guard let text else { break }
            let entry = entry(property, label: label)
            contact.emails.append(Email(
                address: text, kind: entry.kind, label: entry.label, preference: entry.preference,
                otherParameters: property.otherParameters(reading: Self.entryParameters)))
        case "url" where isText:
            guard let text else { break }
            let entry = entry(property, label: label)
            contact.urls.append(WebAddress(
                url: text, kind: entry.kind, label: entry.label, preference: entry.preference,
                otherParameters: property.otherParameters(reading: Self.entryParameters)))
        case "adr":
            contact.addresses.append(address(property, label: label, countryCode: countryCode))
        case "bday" where contact.birthday == nil:
            guard property.type != "text", let date = text.flatMap({ PartialDate(vCardDate: $0) }) else {
                warn("BDAY '\(text ?? "")' is not a date; kept unmapped")
                return false
            }
            contact.birthday = date
            keepParameters(of: property, into: &contact)
        case "note" where contact.note == nil && isText:
            contact.note = text
            keepParameters(of: property, into: &contact)
        default:
            return false
        }
        return true
    }

    /// Keeps the parameters of a single-valued property no field holds (``Contact/propertyParameters``).
    private func keepParameters(of property: Property, into contact: inout Contact) {
        let kept = property.otherParameters()
        if !kept.isEmpty { contact.propertyParameters[property.name.uppercased()] = kept }
    }

    private mutating func warn(_ message: String) {
        diagnostics.append(.warning(message, at: position))
    }

    // MARK: Fields

    private mutating func phone(_ property: Property, number text: String, label: String?) -> Phone {
        var phone = Phone(value: text)
        if property.type == "uri", text.lowercased().hasPrefix("tel:") {
            var parts = text.dropFirst(4).split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            if let index = parts.firstIndex(where: { $0.lowercased().hasPrefix("ext=") }) {
                phone.extensionNumber = String(parts[index].dropFirst(4))
                parts.remove(at: index)
            }
            phone.value = parts.joined(separator: ";")
        }
        let entry = VCardTypeVocabulary.phone(
            tokens: Self.typeTokens(property), appleLabel: label, customLabel: nil, preference: preference(property))
        phone.kind = entry.kind
        phone.label = entry.label
        phone.additionalKinds = entry.additionalKinds
        phone.preference = entry.preference
        phone.otherParameters = property.otherParameters(reading: Self.entryParameters)
        if let written = property.parameter("waid")?.first {
            phone.whatsAppID = Phone.whatsAppID(from: written)
            if phone.whatsAppID == nil { warn("waid '\(written)' is not a WhatsApp id (6 to 15 digits); ignored") }
        }
        return phone
    }

    /// Kind, label and rank of an email, address or URL, by the vCard reader's vocabulary.
    private mutating func entry(_ property: Property, label: String?) -> (kind: EntryKind, label: String?, preference: Int?) {
        VCardTypeVocabulary.entry(
            tokens: Self.typeTokens(property), appleLabel: label, customLabel: nil, preference: preference(property))
    }

    private mutating func address(_ property: Property, label: String?, countryCode: String?) -> PostalAddress {
        let parts = Self.components(property.values, count: 8, joiningListsWith: ",")
        let entry = entry(property, label: label)
        var otherParameters = property.otherParameters(reading: Self.entryParameters)
        let deliveryTypes = VCardTypeVocabulary.deliveryTypes(tokens: Self.typeTokens(property))
        if !deliveryTypes.isEmpty { otherParameters.append(RawParameter(name: "TYPE", values: deliveryTypes)) }
        return PostalAddress(
            poBox: parts[0], extended: parts[1], street: parts[2], city: parts[3], region: parts[4],
            postalCode: parts[5], country: parts[6],
            countryCode: countryCode ?? property.parameter("cc")?.first?.uppercased(),
            formatted: property.parameter("label")?.first ?? parts[7],
            kind: entry.kind, label: entry.label, preference: entry.preference, otherParameters: otherParameters
        )
    }

    /// The parameters the vCard reader acts on rather than keeps (the value's type and transfer
    /// encoding, its charset, an address's label and country code, a phone's WhatsApp id).
    static let consumedParameters: Set<String> = ["value", "encoding", "charset", "label", "cc", "waid"]

    /// The parameters every TEL, EMAIL, ADR and URL reads into its kind and rank.
    private static let entryParameters = ["type", "pref"]

    private static func typeTokens(_ property: Property) -> [String] {
        property.parameters.filter { $0.name == "type" }.flatMap(\.values).flatMap {
            $0.split(separator: ",").map { Self.trimmed(String($0)) }
        }
    }

    /// The `pref` parameter (RFC 6350 §5.3); a value outside 1…100 is reported and left out.
    private mutating func preference(_ property: Property) -> Int? {
        guard let text = property.parameter("pref")?.first else { return nil }
        if let rank = Int(text), (1...100).contains(rank) { return rank }
        warn("PREF '\(text)' is not 1 to 100 (RFC 6350 §5.3); left out")
        return nil
    }

    // MARK: Values

    /// One text value: a string, several strings joined with ", ", or `nil` for any other shape.
    static func text(_ values: [JSONValue]) -> String? {
        let strings = values.compactMap(\.stringValue)
        guard !strings.isEmpty, strings.count == values.count else { return nil }
        return strings.joined(separator: ", ")
    }

    /// The components of a structured value (padded to `count`), each a string or an array of
    /// strings joined with `separator` (a space for N's name parts, `,` elsewhere, as the vCard
    /// reader joins them); components are trimmed and empty ones are `nil`.
    static func components(_ values: [JSONValue], count: Int, joiningListsWith separator: String) -> [String?] {
        let items: [JSONValue] = values.count == 1 ? (values[0].arrayValue ?? values) : values
        var parts: [String?] = items.map { item in
            let list = item.arrayValue?.compactMap { $0.stringValue.map(trimmed) }.filter { !$0.isEmpty }
            let text = trimmed(list?.joined(separator: separator) ?? item.stringValue ?? "")
            return text.isEmpty ? nil : text
        }
        while parts.count < count { parts.append(nil) }
        return parts
    }

    /// Text without leading and trailing spaces, tabs and line breaks, as the vCard reader
    /// keeps values.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(text[first...last])
    }

    /// A property no field holds, in vCard text form: text values escaped (RFC 6350 §3.4), list
    /// items joined with `,`, structured components with `;`; a type other than `unknown`
    /// becomes a trailing `VALUE` parameter.
    static func raw(_ property: Property) -> RawProperty {
        var parameters = property.parameters.map { RawParameter(name: $0.name.uppercased(), values: $0.values) }
        if property.type != "unknown" {
            parameters.append(RawParameter(name: "VALUE", values: [property.type]))
        }
        let escape = property.type != "unknown"
        let value = property.values.map { value -> String in
            if let components = value.arrayValue {
                return components.map { component in
                    (component.arrayValue ?? [component]).map { literal($0, escape: escape) }.joined(separator: ",")
                }.joined(separator: ";")
            }
            return literal(value, escape: escape && property.type == "text")
        }.joined(separator: ",")
        return RawProperty(group: property.group, name: property.name.uppercased(), parameters: parameters, value: value)
    }

    private static func literal(_ value: JSONValue, escape: Bool) -> String {
        switch value {
        case .string(let text): escape ? JCardText.escaped(text) : JCardText.escapingLineBreaks(text)
        case .number(let number): number.literal
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .null: ""
        case .array, .object: ""
        }
    }

    /// Parses `[name, {params}, type, value…]`; `nil` for any other shape.
    static func property(_ value: JSONValue) -> Property? {
        guard let parts = value.arrayValue, parts.count >= 4, let name = parts[0].stringValue,
              let members = parts[1].objectValue, let type = parts[2].stringValue
        else { return nil }
        var group: String?
        var parameters: [(name: String, values: [String])] = []
        for member in members {
            let values: [String]
            switch member.value {
            case .string(let text): values = [text]
            case .array(let items): values = items.map { $0.stringValue ?? $0.numberValue?.literal ?? "" }
            case .number(let number): values = [number.literal]
            default: return nil
            }
            let key = member.key.lowercased()
            if key == "group" {
                group = values.first
            } else {
                parameters.append((key, values))
            }
        }
        return Property(name: name.lowercased(), group: group, parameters: parameters, type: type.lowercased(), values: Array(parts[3...]))
    }
}
