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
            if property.name == "x-ablabel", mappedGroups.contains(group) { labels[group] = text }
            if property.name == "x-abadr", addressGroups.contains(group) { countryCodes[group] = text.uppercased() }
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
        case "n" where contact.name.family == nil && contact.name.given == nil:
            let parts = Self.components(property.values, count: 5)
            contact.name.family = parts[0]
            contact.name.given = parts[1]
            contact.name.middle = parts[2]
            contact.name.prefix = parts[3]
            contact.name.suffix = parts[4]
        case "nickname" where contact.name.nickname == nil && isText:
            contact.name.nickname = text
        case "org" where contact.organization?.company == nil && (contact.organization?.units.isEmpty ?? true):
            let parts = Self.components(property.values, count: 0)
            var organization = contact.organization ?? Organization()
            organization.company = parts.first ?? nil
            organization.units = parts.dropFirst().map { $0 ?? "" }
            contact.organization = organization
        case "title" where contact.organization?.title == nil && isText:
            guard let text else { break }
            contact.organization = contact.organization ?? Organization()
            contact.organization?.title = text
        case "role" where contact.organization?.role == nil && isText:
            guard let text else { break }
            contact.organization = contact.organization ?? Organization()
            contact.organization?.role = text
        case "tel" where isText:
            guard let text else { break }
            contact.phones.append(phone(property, number: text, label: label))
        case "email" where isText:
            guard let text else { break }
            let (kind, typeLabel, preference) = entryKind(property)
            contact.emails.append(Email(address: text, kind: kind, label: label ?? typeLabel, preference: preference))
        case "url" where isText:
            guard let text else { break }
            let (kind, typeLabel, _) = entryKind(property)
            contact.urls.append(WebAddress(url: text, kind: kind, label: label ?? typeLabel))
        case "adr":
            contact.addresses.append(address(property, label: label, countryCode: countryCode))
        case "bday" where contact.birthday == nil:
            guard property.type != "text", let date = text.flatMap(Self.partialDate) else {
                warn("BDAY '\(text ?? "")' is not a date; kept unmapped")
                return false
            }
            contact.birthday = date
        case "note" where contact.note == nil && isText:
            contact.note = text
        default:
            return false
        }
        return true
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
        var tokens = Self.typeTokens(property)
        phone.preference = preference(property, tokens: &tokens)
        phone.kind = Self.phoneKind(tokens)
        let known: Set<String> = [
            "cell", "iphone", "home", "work", "main", "fax", "pager", "car", "isdn", "radio", "callback",
            "assistant", "textphone", "text", "video", "voice", "other", "msg", "bbs", "modem", "pcs",
        ]
        phone.label = label ?? tokens.first { !known.contains($0) }
        return phone
    }

    private mutating func entryKind(_ property: Property) -> (EntryKind, String?, Int?) {
        var tokens = Self.typeTokens(property)
        let preference = preference(property, tokens: &tokens)
        let kind: EntryKind = tokens.contains("work") ? .work : tokens.contains("home") ? .home
            : tokens.contains("other") ? .other : .unspecified
        let known: Set<String> = ["home", "work", "other", "internet", "x400", "dom", "intl", "postal", "parcel"]
        return (kind, tokens.first { !known.contains($0) }, preference)
    }

    private mutating func address(_ property: Property, label: String?, countryCode: String?) -> PostalAddress {
        let parts = Self.components(property.values, count: 8)
        let (kind, typeLabel, preference) = entryKind(property)
        return PostalAddress(
            poBox: parts[0], extended: parts[1], street: parts[2], city: parts[3], region: parts[4],
            postalCode: parts[5], country: parts[6],
            countryCode: countryCode ?? property.parameter("cc")?.first,
            formatted: property.parameter("label")?.first ?? parts[7],
            kind: kind, label: label ?? typeLabel, preference: preference
        )
    }

    /// Kinds as the vCard writer's `TYPE` tokens give them (`VCardWriter+TypeTokens.swift`),
    /// plus the common 3.0 aliases (`msg` for text).
    private static func phoneKind(_ tokens: [String]) -> Phone.Kind {
        let set = Set(tokens)
        if set.contains("fax") {
            return set.contains("home") ? .homeFax : set.contains("work") ? .workFax : .otherFax
        }
        let order: [(String, Phone.Kind)] = [
            ("iphone", .iPhone), ("cell", .mobile), ("pager", .pager), ("main", .main), ("car", .car),
            ("isdn", .isdn), ("radio", .radio), ("callback", .callback), ("assistant", .assistant),
            ("textphone", .textphone), ("text", .text), ("msg", .text), ("video", .video),
            ("home", .home), ("work", .work), ("voice", .voice), ("other", .other),
        ]
        return order.first { set.contains($0.0) }?.1 ?? .unspecified
    }

    private static func typeTokens(_ property: Property) -> [String] {
        property.parameters.filter { $0.name == "type" }.flatMap(\.values).flatMap {
            $0.split(separator: ",").map { $0.trimmingSpaces().lowercased() }
        }
    }

    /// `pref` parameter (RFC 6350 §5.3), else 1 for a 3.0-style `pref` type token (removed).
    private mutating func preference(_ property: Property, tokens: inout [String]) -> Int? {
        let flagged = tokens.contains("pref")
        tokens.removeAll { $0 == "pref" }
        if let text = property.parameter("pref")?.first {
            if let rank = Int(text), (1...100).contains(rank) { return rank }
            warn("PREF '\(text)' is not 1 to 100 (RFC 6350 §5.3); left out")
        }
        return flagged ? 1 : nil
    }

    // MARK: Values

    /// One text value: a string, several strings joined with ", ", or `nil` for any other shape.
    static func text(_ values: [JSONValue]) -> String? {
        let strings = values.compactMap(\.stringValue)
        guard !strings.isEmpty, strings.count == values.count else { return nil }
        return strings.joined(separator: ", ")
    }

    /// The components of a structured value (padded to `count`), each a string or an array of
    /// strings joined with a space; empty components are `nil`.
    static func components(_ values: [JSONValue], count: Int) -> [String?] {
        let items: [JSONValue] = values.count == 1 ? (values[0].arrayValue ?? values) : values
        var parts: [String?] = items.map { item in
            let text = item.arrayValue.map { $0.compactMap(\.stringValue).joined(separator: " ") } ?? item.stringValue ?? ""
            return text.isEmpty ? nil : text
        }
        while parts.count < count { parts.append(nil) }
        return parts
    }

    /// RFC 6350 §4.3.1 dates, basic or extended, full or reduced; a time after `T` is ignored.
    static func partialDate(_ text: String) -> PartialDate? {
        let date = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let bytes = Array(date.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty,
                  bytes[range].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return nil }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        let dash = UInt8(ascii: "-")
        // (year, month, day) digit ranges for each form; every range given must hold digits.
        let ranges: (Range<Int>?, Range<Int>?, Range<Int>?)
        switch bytes.count {
        case 5 where bytes.starts(with: [dash, dash, dash]): ranges = (nil, nil, 3..<5)
        case 4 where bytes.starts(with: [dash, dash]): ranges = (nil, 2..<4, nil)
        case 6 where bytes.starts(with: [dash, dash]): ranges = (nil, 2..<4, 4..<6)
        case 7 where bytes.starts(with: [dash, dash]) && bytes[4] == dash: ranges = (nil, 2..<4, 5..<7)
        case 4: ranges = (0..<4, nil, nil)
        case 7 where bytes[4] == dash: ranges = (0..<4, 5..<7, nil)
        case 8: ranges = (0..<4, 4..<6, 6..<8)
        case 10 where bytes[4] == dash && bytes[7] == dash: ranges = (0..<4, 5..<7, 8..<10)
        default: return nil
        }
        let year = ranges.0.map(number)
        let month = ranges.1.map(number)
        let day = ranges.2.map(number)
        if year == .some(nil) || month == .some(nil) || day == .some(nil) { return nil }
        let result = PartialDate(year: year ?? nil, month: month ?? nil, day: day ?? nil)
        if let month = result.month, !(1...12).contains(month) { return nil }
        if let day = result.day, !(1...31).contains(day) { return nil }
        return result
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
        case .string(let text): escape ? JCardText.escaped(text) : text
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

private extension Substring {
    func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
