import ContactModel
import JSONCoding

/// Writes contacts as jCard, the JSON form of vCard 4.0: `["vcard", [[name, {params}, type,
/// value…], …]]`.
///
/// Corresponds to RFC 7095 §3 (properties as arrays, lower-case names, parameters as an object,
/// `group` as a parameter, structured values as arrays) and holds exactly what the vCard 4.0
/// writer holds, in the same shape: labels in item groups with `x-ablabel`, the country code as
/// `x-abadr`, phones as `uri` `tel:` values when E.164 or global, reduced dates in the extended
/// form (`--04-12`, RFC 7095 §3.5.1), and Google Contacts' own fields and photos by URL as
/// ``GoogleFieldMapping`` decides for 4.0 (`categories`, `anniversary`, `x-abdate`,
/// `x-abrelatednames`, `impp` as `uri`, `photo` as `uri`).
///
/// Unmapped properties are written with their kept value as is and the type `unknown`
/// (RFC 7095 §5); a `VALUE` parameter becomes the type instead (lower-cased), and a `text`
/// value is unescaped, its list items written as several values and its components as a
/// structured array (RFC 7095 §3.3.1.3).
public struct JCardWriter: Sendable {
    /// Makes a writer; it has no options, as jCard has one version (4.0).
    public init() {}

    /// Writes one jCard as the next value in `json`.
    /// - Returns: warnings for what jCard cannot hold (a birthday with a year and day but no month).
    /// - Complexity: O(n) in the size of the written jCard.
    public func write(_ contact: Contact, into json: inout JSONWriter) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var groups = VCardItemGroups(reserving: contact.unmapped)
        json.beginArray()
        json.string("vcard")
        json.beginArray()
        property("version", into: &json) { $0.string("4.0") }
        writeName(contact, into: &json)
        if let organization = contact.organization {
            if organization.company != nil || !organization.units.isEmpty {
                let parameters = Self.merging(organization.otherParameters, into: [])
                property("org", parameters, into: &json) { json in
                    if organization.units.isEmpty {
                        json.string(organization.company ?? "")
                    } else {
                        json.beginArray()
                        json.string(organization.company ?? "")
                        for unit in organization.units { json.string(unit) }
                        json.endArray()
                    }
                }
            }
            if let title = organization.title {
                property("title", Self.kept("TITLE", of: contact), into: &json) { $0.string(title) }
            }
            if let role = organization.role { property("role", Self.kept("ROLE", of: contact), into: &json) { $0.string(role) } }
        }
        for phone in contact.phones {
            writePhone(phone, groups: &groups, into: &json)
        }
        for email in contact.emails {
            let group = email.label == nil ? nil : groups.next()
            var parameters = Self.kindParameters(email.kind.vCardTypeTokens, preference: email.preference)
            if let group { parameters.insert(("group", [group]), at: 0) }
            parameters = Self.merging(email.otherParameters, into: parameters)
            property("email", parameters, into: &json) { $0.string(email.address) }
            label(email.label, group: group, into: &json)
        }
        for address in contact.addresses {
            writeAddress(address, groups: &groups, into: &json)
        }
        for url in contact.urls {
            let group = url.label == nil ? nil : groups.next()
            var parameters = Self.kindParameters(url.kind.vCardTypeTokens, preference: url.preference)
            if let group { parameters.insert(("group", [group]), at: 0) }
            parameters = Self.merging(url.otherParameters, into: parameters)
            property("url", parameters, type: "uri", into: &json) { $0.string(url.url) }
            label(url.label, group: group, into: &json)
        }
        if let birthday = contact.birthday {
            if let text = birthday.vCardDateText(extended: true) {
                property("bday", Self.kept("BDAY", of: contact), type: "date", into: &json) { $0.string(text) }
            } else {
                diagnostics.append(.warning("no vCard date form holds a birthday with a year and a day but no month; BDAY left out"))
            }
        }
        if let note = contact.note { property("note", Self.kept("NOTE", of: contact), into: &json) { $0.string(note) } }
        for raw in contact.unmapped {
            if let mappings = GoogleFieldMapping.properties(for: raw, version: .v40) {
                for mapping in mappings { writeMapped(mapping, groups: &groups, into: &json) }
            } else {
                writeUnmapped(raw, into: &json)
            }
        }
        json.endArray()
        json.endArray()
        return diagnostics
    }

    /// Appends one compact jCard for `contact` to `out`, for streaming: write `[`, the jCards
    /// separated by `,`, then `]` to make the RFC 7095 §3.2 array of several vCards.
    /// - Returns: warnings for what jCard cannot hold.
    /// - Complexity: O(n) in the size of the written jCard.
    public func write(_ contact: Contact, into out: inout [UInt8]) -> [Diagnostic] {
        var json = JSONWriter(reservingCapacity: 1024)
        let diagnostics = write(contact, into: &json)
        out.append(contentsOf: json.bytes)
        return diagnostics
    }

    /// Writes `contacts` as one JSON array of jCards (RFC 7095 §3.2, several vCards).
    /// - Returns: the bytes and the warnings, each prefixed with the 1-based contact index.
    public func write(_ contacts: some Sequence<Contact>, pretty: Bool = false) -> (bytes: [UInt8], diagnostics: [Diagnostic]) {
        var json = JSONWriter(pretty: pretty)
        var diagnostics: [Diagnostic] = []
        json.beginArray()
        for (index, contact) in contacts.enumerated() {
            for var diagnostic in write(contact, into: &json) {
                diagnostic.message = "contact \(index + 1): " + diagnostic.message
                diagnostics.append(diagnostic)
            }
        }
        json.endArray()
        return (json.takeBytes(), diagnostics)
    }

    // MARK: Fields

    private func writeName(_ contact: Contact, into json: inout JSONWriter) {
        let name = contact.name
        property("fn", Self.merging(name.formattedNameParameters, into: []), into: &json) {
            $0.string(VCardWriter.displayName(for: contact))
        }
        property("n", Self.merging(name.nameParameters, into: []), into: &json) { json in
            json.beginArray()
            for part in [name.family, name.given, name.middle, name.prefix, name.suffix] {
                json.string(part ?? "")
            }
            json.endArray()
        }
        if let nickname = name.nickname {
            property("nickname", Self.kept("NICKNAME", of: contact), into: &json) { $0.string(nickname) }
        }
    }

    private func writePhone(_ phone: Phone, groups: inout VCardItemGroups, into json: inout JSONWriter) {
        let group = phone.label == nil ? nil : groups.next()
        let number = phone.writtenNumber
        let extensionNumber = phone.writtenExtension
        let asURI = phone.normalized != nil || VCardWriter.isGlobalTelNumber(number)
        var parameters = Self.kindParameters(phone.vCardTypeTokens, preference: phone.preference)
        if let group { parameters.insert(("group", [group]), at: 0) }
        if let whatsAppID = phone.whatsAppID { parameters.append(("waid", [whatsAppID])) }
        parameters = Self.merging(phone.otherParameters, into: parameters)
        if asURI {
            let uri = "tel:" + number + (extensionNumber.map { ";ext=" + $0 } ?? "")
            property("tel", parameters, type: "uri", into: &json) { $0.string(uri) }
        } else {
            let text = number + (extensionNumber.map { " ext. " + $0 } ?? "")
            property("tel", parameters, into: &json) { $0.string(text) }
        }
        label(phone.label, group: group, into: &json)
    }

    private func writeAddress(_ address: PostalAddress, groups: inout VCardItemGroups, into json: inout JSONWriter) {
        let group = address.label != nil || address.countryCode != nil ? groups.next() : nil
        var parameters = Self.kindParameters(address.kind.vCardTypeTokens, preference: address.preference)
        if let group { parameters.insert(("group", [group]), at: 0) }
        if let formatted = address.formatted { parameters.append(("label", [formatted])) }
        parameters = Self.merging(address.otherParameters, into: parameters)
        property("adr", parameters, into: &json) { json in
            json.beginArray()
            for part in [
                address.poBox, address.extended, address.street, address.city, address.region,
                address.postalCode, address.country,
            ] {
                json.string(part ?? "")
            }
            json.endArray()
        }
        if let countryCode = address.formatCountryCode ?? address.countryCode {
            property("x-abadr", [("group", [group ?? ""])], into: &json) { $0.string(countryCode.lowercased()) }
        }
        label(address.label, group: group, into: &json)
    }

    private func label(_ label: String?, group: String?, into json: inout JSONWriter) {
        guard let label, let group else { return }
        property("x-ablabel", [("group", [group])], into: &json) { $0.string(label) }
    }

    /// A property as ``GoogleFieldMapping`` decides for vCard 4.0, its label in its item group.
    private func writeMapped(_ mapping: GoogleFieldMapping, groups: inout VCardItemGroups, into json: inout JSONWriter) {
        let group = mapping.label == nil ? mapping.group : mapping.group ?? groups.next()
        let parameters = (group.map { [("group", [$0])] } ?? []) + mapping.parameters.map { ($0.name.lowercased(), $0.values) }
        let type = switch mapping.valueType {
        case .text: "text"
        case .uri: "uri"
        case .date: "date-and-or-time"
        }
        property(mapping.name.lowercased(), parameters, type: type, into: &json) { json in
            for value in mapping.values { json.string(value) }
        }
        label(mapping.label, group: group, into: &json)
    }

    private func writeUnmapped(_ raw: RawProperty, into json: inout JSONWriter) {
        var type = "unknown"
        if let binary = VCardInlineBinary(raw) {
            // RFC 7095 §3.5.3: data held in the card is a `data:` URI, as in vCard 4.0.
            let raw = binary.property(named: raw.name, group: raw.group, for: .v40)
            let parameters = (raw.group.map { [("group", [$0])] } ?? []) + raw.parameters.map { ($0.name.lowercased(), $0.values) }
            property(raw.name.lowercased(), parameters, type: "uri", into: &json) { $0.string(raw.value) }
            return
        }
        var parameters: [(String, [String])] = []
        if let group = raw.group, !group.isEmpty { parameters.append(("group", [group])) }
        if let valueType = raw.parameters.first(where: { $0.name == "VALUE" })?.values.first { type = valueType.lowercased() }
        parameters = Self.merging(raw.parameters.filter { $0.name != "VALUE" }, into: parameters)
        property(raw.name.lowercased(), parameters, type: type, into: &json) { json in
            guard type == "text" else {
                json.string(raw.value)
                return
            }
            // Text: list items become several values, components a structured array.
            let components = JCardText.components(raw.value)
            if components.count == 1 {
                for item in components[0] { json.string(item) }
                return
            }
            json.beginArray()
            for items in components {
                if items.count == 1 {
                    json.string(items[0])
                } else {
                    json.beginArray()
                    for item in items { json.string(item) }
                    json.endArray()
                }
            }
            json.endArray()
        }
    }

    // MARK: Shape

    /// `type` (one string, or an array for several tokens) and `pref`.
    private static func kindParameters(_ tokens: [String], preference: Int?) -> [(String, [String])] {
        var parameters: [(String, [String])] = []
        if !tokens.isEmpty { parameters.append(("type", tokens)) }
        if let preference { parameters.append(("pref", [String(preference)])) }
        return parameters
    }

    /// The parameters `contact` keeps for one of its single-valued properties, as a jCard writes them.
    private static func kept(_ property: String, of contact: Contact) -> [(String, [String])] {
        contact.propertyParameters[property].map { merging($0, into: []) } ?? []
    }

    /// `parameters` with `kept` added by lower-cased name, the values of a name already there (a
    /// second `type`) joined to its own: a JSON object holds each key once (RFC 7095 §3.4).
    private static func merging(_ kept: [RawParameter], into parameters: [(String, [String])]) -> [(String, [String])] {
        var parameters = parameters
        for parameter in kept {
            let name = parameter.name.lowercased()
            if let index = parameters.firstIndex(where: { $0.0 == name }) {
                parameters[index].1 += parameter.values
            } else {
                parameters.append((name, parameter.values))
            }
        }
        return parameters
    }

    /// One property array: name, parameter object, value type, then the value `body` writes.
    private func property(
        _ name: String, _ parameters: [(String, [String])] = [], type: String = "text",
        into json: inout JSONWriter, body: (inout JSONWriter) -> Void
    ) {
        json.beginArray()
        json.string(name)
        json.beginObject()
        for (key, values) in parameters {
            json.key(key)
            if values.count == 1 {
                json.string(values[0])
            } else {
                json.beginArray()
                for value in values { json.string(value) }
                json.endArray()
            }
        }
        json.endObject()
        json.string(type)
        body(&json)
        json.endArray()
    }
}
