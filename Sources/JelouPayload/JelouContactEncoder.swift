import ContactModel
import JSONCoding

/// Writes a ``Contact`` as the contact object of a Jelou `contacts` message (SPEC.md "Contact",
/// Meta's WhatsApp contacts object), bytes only.
///
/// Keys come in SPEC order — `name`, `phones`, `emails`, `addresses`, `org`, `urls`, `birthday` —
/// and empty values are left out, never written as `""` or `[]`. Rules:
/// - `name.formatted_name` is always present: the first of FN, the N parts joined, the
///   nickname, the company, the first email, the first phone. When no other name part exists the
///   formatted name is also written as `first_name`, since WhatsApp requires one more part.
/// - A phone is `NormalizedPhone.e164` when normalised (with ` ext. N` appended when there is an
///   extension, and then no `wa_id`, which names a line, not an extension), else the value as
///   written reduced to `+` and digits, its extension split off the same way. `wa_id` is
///   `NormalizedPhone.waID`.
/// - `street` joins street, extended address and PO box with `", "`; an address with none of
///   them but a formatted label uses the label (line breaks become `", "`).
/// - `org.department` joins the units with `", "`; `title` falls back to the role.
/// - `birthday` only when year, month and day are known (`YYYY-MM-DD`).
/// What the object cannot hold (a note, a nickname not used as the name, a partial birthday,
/// unmapped properties, and with ``Fields/jelou`` the keys Jelou's page does not show) is
/// reported in one warning per contact.
public struct JelouContactEncoder: Sendable {
    /// Which keys to write.
    public enum Fields: Sendable, Hashable {
        /// Every key of WhatsApp's contact object.
        case all
        /// Only the keys on Jelou's page: `name`, `phones`, `emails`, `addresses`.
        case jelou
    }

    public var fields: Fields

    public init(fields: Fields = .all) {
        self.fields = fields
    }

    /// Writes one contact object into `writer`.
    /// - Parameters:
    ///   - contact: the contact, normalised or not.
    ///   - writer: receives the object as the next value.
    ///   - diagnostics: receives a warning naming what the object cannot hold, or an error when
    ///     the contact has nothing to name it by.
    /// - Returns: `false`, writing nothing, when the contact has no name, company, email or phone
    ///   to make `formatted_name` from.
    @discardableResult
    public func encode(_ contact: Contact, into writer: inout JSONWriter, diagnostics: inout [Diagnostic]) -> Bool {
        guard let formattedName = Self.formattedName(for: contact) else {
            diagnostics.append(.error(
                "contact has no name, company, email or phone to use as formatted_name; not written"))
            return false
        }
        var left: [String] = []
        writer.beginObject()
        writeName(contact.name, formattedName: formattedName, into: &writer)
        writePhones(contact.phones, into: &writer)
        writeEmails(contact.emails, into: &writer)
        writeAddresses(contact.addresses, into: &writer)
        if fields == .all {
            writeOrganization(contact.organization, into: &writer, left: &left)
            writeURLs(contact.urls, into: &writer)
            if let birthday = contact.birthday {
                if let iso = birthday.isoDate {
                    writer.key("birthday")
                    writer.string(iso)
                } else {
                    left.append("partial birthday")
                }
            }
        } else {
            if let organization = contact.organization, !organization.isEmpty { left.append("org") }
            if !contact.urls.isEmpty { left.append("urls") }
            if contact.birthday != nil { left.append("birthday") }
        }
        writer.endObject()

        if let nickname = contact.name.nickname.trimmedNonEmpty, nickname != formattedName { left.append("nickname") }
        if contact.note.trimmedNonEmpty != nil { left.append("note") }
        if !contact.unmapped.isEmpty {
            var seen = Set<String>()
            for name in contact.unmapped.map(\.name) where seen.insert(name).inserted {
                left.append(name)
            }
        }
        if !left.isEmpty {
            let switchHint = fields == .jelou ? " (only Jelou's keys were asked for)" : ""
            diagnostics.append(.warning(
                "contact \"\(formattedName)\": not in the Jelou contact object\(switchHint): "
                    + left.joined(separator: ", ")))
        }
        return true
    }

    /// One contact object as bytes, compact or pretty; `nil` when the contact cannot be written.
    public func encode(_ contact: Contact, pretty: Bool = false, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        var writer = JSONWriter(pretty: pretty)
        guard encode(contact, into: &writer, diagnostics: &diagnostics) else { return nil }
        return writer.bytes
    }

    /// The `formatted_name` for a contact: FN, the N parts joined, the nickname, the company, the
    /// first email, the first phone (as it would be written) — the first that is not blank.
    public static func formattedName(for contact: Contact) -> String? {
        if let name = contact.name.formatted.trimmedNonEmpty { return name }
        if let joined = Self.joinedNameParts(contact.name) { return joined }
        if let name = contact.name.nickname.trimmedNonEmpty { return name }
        if let company = contact.organization?.company.trimmedNonEmpty { return company }
        if let email = contact.emails.lazy.compactMap({ $0.address.trimmedNonEmpty }).first { return email }
        return contact.phones.lazy.compactMap { phoneFields(for: $0)?.phone }.first
    }

    /// The `phone` and `wa_id` written for a phone, or `nil` when it has no digits.
    public static func phoneFields(for phone: Phone) -> (phone: String, waID: String?)? {
        if let normalized = phone.normalized {
            let written = phone.extensionNumber.flatMap { JelouPhoneText.digitsOnly($0) }
            if let ext = normalized.extensionNumber.trimmedNonEmpty ?? written {
                return (normalized.e164 + " ext. " + ext, nil)
            }
            return (normalized.e164, normalized.waID.trimmedNonEmpty)
        }
        guard var raw = JelouPhoneText(phone.value) else { return nil }
        if raw.extensionNumber == nil { raw.extensionNumber = phone.extensionNumber.flatMap { JelouPhoneText.digitsOnly($0) } }
        if let ext = raw.extensionNumber { return (raw.number + " ext. " + ext, nil) }
        return (raw.number, nil)
    }

    private static func joinedNameParts(_ name: PersonName) -> String? {
        let parts = [name.prefix, name.given, name.middle, name.family, name.suffix].compactMap { $0.trimmedNonEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private func writeName(_ name: PersonName, formattedName: String, into writer: inout JSONWriter) {
        writer.key("name")
        writer.beginObject()
        writer.member("formatted_name", formattedName)
        let parts = [
            ("first_name", name.given.trimmedNonEmpty), ("last_name", name.family.trimmedNonEmpty),
            ("middle_name", name.middle.trimmedNonEmpty), ("prefix", name.prefix.trimmedNonEmpty),
            ("suffix", name.suffix.trimmedNonEmpty),
        ]
        if parts.allSatisfy({ $0.1 == nil }) {
            writer.member("first_name", formattedName)
        } else {
            for (key, value) in parts { writer.member(key, value) }
        }
        writer.endObject()
    }

    private func writePhones(_ phones: [Phone], into writer: inout JSONWriter) {
        let rows = phones.compactMap { phone in Self.phoneFields(for: phone).map { (phone, $0) } }
        guard !rows.isEmpty else { return }
        writer.key("phones")
        writer.beginArray()
        for (phone, fields) in rows {
            writer.beginObject()
            writer.member("phone", fields.phone)
            writer.member("type", JelouTypeTable.typeString(for: phone.kind, label: phone.label))
            writer.member("wa_id", fields.waID)
            writer.endObject()
        }
        writer.endArray()
    }

    private func writeEmails(_ emails: [Email], into writer: inout JSONWriter) {
        let rows = emails.compactMap { email in email.address.trimmedNonEmpty.map { (email, $0) } }
        guard !rows.isEmpty else { return }
        writer.key("emails")
        writer.beginArray()
        for (email, address) in rows {
            writer.beginObject()
            writer.member("email", address)
            writer.member("type", JelouTypeTable.typeString(for: email.kind, label: email.label))
            writer.endObject()
        }
        writer.endArray()
    }

    /// The `street` of an address (see the type's rules).
    public static func street(of address: PostalAddress) -> String? {
        let parts = [address.street, address.extended, address.poBox].compactMap { $0.trimmedNonEmpty }
        if !parts.isEmpty { return parts.joined(separator: ", ") }
        let placed = [address.city, address.region, address.postalCode, address.country, address.countryCode]
        guard placed.allSatisfy({ $0.trimmedNonEmpty == nil }), let label = address.formatted.trimmedNonEmpty else {
            return nil
        }
        return label.split(whereSeparator: \.isNewline).compactMap { String($0).trimmedNonEmpty }
            .joined(separator: ", ")
    }

    private func writeAddresses(_ addresses: [PostalAddress], into writer: inout JSONWriter) {
        let rows = addresses.filter { address in
            Self.street(of: address) != nil
                || [address.city, address.region, address.postalCode, address.country, address.countryCode]
                    .contains { $0.trimmedNonEmpty != nil }
        }
        guard !rows.isEmpty else { return }
        writer.key("addresses")
        writer.beginArray()
        for address in rows {
            writer.beginObject()
            writer.member("street", Self.street(of: address))
            writer.member("city", address.city.trimmedNonEmpty)
            writer.member("state", address.region.trimmedNonEmpty)
            writer.member("zip", address.postalCode.trimmedNonEmpty)
            writer.member("country", address.country.trimmedNonEmpty)
            writer.member("country_code", address.countryCode.trimmedNonEmpty?.uppercased())
            writer.member("type", JelouTypeTable.typeString(for: address.kind, label: address.label))
            writer.endObject()
        }
        writer.endArray()
    }

    private func writeOrganization(_ organization: Organization?, into writer: inout JSONWriter, left: inout [String]) {
        guard let organization else { return }
        let company = organization.company.trimmedNonEmpty
        let units = organization.units.compactMap { $0.trimmedNonEmpty }
        let department = units.isEmpty ? nil : units.joined(separator: ", ")
        let role = organization.role.trimmedNonEmpty
        let title = organization.title.trimmedNonEmpty ?? role
        if role != nil && organization.title.trimmedNonEmpty != nil { left.append("role") }
        guard company != nil || department != nil || title != nil else { return }
        writer.key("org")
        writer.beginObject()
        writer.member("company", company)
        writer.member("department", department)
        writer.member("title", title)
        writer.endObject()
    }

    private func writeURLs(_ urls: [WebAddress], into writer: inout JSONWriter) {
        let rows = urls.compactMap { url in url.url.trimmedNonEmpty.map { (url, $0) } }
        guard !rows.isEmpty else { return }
        writer.key("urls")
        writer.beginArray()
        for (url, text) in rows {
            writer.beginObject()
            writer.member("url", text)
            writer.member("type", JelouTypeTable.typeString(for: url.kind, label: url.label))
            writer.endObject()
        }
        writer.endArray()
    }
}
