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
/// - `street` joins street, extended address and PO box with `", "`; a street typed on several
///   lines keeps them, each break a `\n` (Outlook's `Home Street` cell holds `\r\n`); an address
///   with none of them but a formatted label uses the label (line breaks become `", "`).
/// - `org.department` joins the units with `", "`; `title` falls back to the role.
/// - `birthday` only when year, month and day are known (`YYYY-MM-DD`).
/// What the object cannot hold (a note, a nickname not used as the name, a partial birthday,
/// unmapped properties other than bookkeeping such as `UID` and `REV`, and with ``Fields/jelou``
/// the keys Jelou's page does not show) is reported in one warning per contact, or, with
/// ``reportsOmittedFields`` off, left for the caller to ask ``omittedFields(of:)`` or to take from
/// ``encode(_:into:omittedFields:diagnostics:)``.
public struct JelouContactEncoder: Sendable {
    /// Which keys to write.
    public enum Fields: Sendable, Hashable {
        /// Every key of WhatsApp's contact object.
        case all
        /// Only the keys on Jelou's page: `name`, `phones`, `emails`, `addresses`.
        case jelou
    }

    /// Which keys to write: all of WhatsApp's contact object, or only those on Jelou's page.
    public var fields: Fields
    /// Whether ``encode(_:into:diagnostics:)`` warns, per contact, about what the object cannot
    /// hold (see ``omittedFields(of:)``). A caller converting many contacts can turn it off and
    /// summarise ``omittedFields(of:)`` itself.
    public var reportsOmittedFields: Bool

    /// Makes an encoder.
    /// - Parameters:
    ///   - fields: which keys to write (every key of WhatsApp's object by default).
    ///   - reportsOmittedFields: whether to warn, per contact, about what the object cannot hold.
    public init(fields: Fields = .all, reportsOmittedFields: Bool = true) {
        self.fields = fields
        self.reportsOmittedFields = reportsOmittedFields
    }

    /// Writes one contact object into `writer`.
    /// - Parameters:
    ///   - contact: the contact, normalised or not.
    ///   - writer: receives the object as the next value.
    ///   - diagnostics: receives a warning naming what the object cannot hold (when
    ///     ``reportsOmittedFields`` is on), a warning for a contact group, or an error when the
    ///     contact has nothing to name it by.
    /// - Returns: `false`, writing nothing, when the contact is a group (``Contact/isGroup``) or has
    ///   no name, company, email or phone to make `formatted_name` from.
    @discardableResult
    public func encode(_ contact: Contact, into writer: inout JSONWriter, diagnostics: inout [Diagnostic]) -> Bool {
        guard let written = writeObject(contact, into: &writer, diagnostics: &diagnostics) else { return false }
        if reportsOmittedFields {
            var left: [String] = []
            appendOmittedFields(
                of: contact, formattedName: written.formattedName, written: written, to: &left)
            reportOmitted(left, formattedName: written.formattedName, diagnostics: &diagnostics)
        }
        return true
    }

    /// Writes one contact object into `writer` and hands back what it cannot hold, sparing a
    /// caller who summarises omissions the second pass of ``omittedFields(of:)``.
    /// - Parameters:
    ///   - contact: the contact, normalised or not.
    ///   - writer: receives the object as the next value.
    ///   - omittedFields: replaced by ``omittedFields(of:)`` of `contact`, whether or not
    ///     ``reportsOmittedFields`` is on.
    ///   - diagnostics: as for ``encode(_:into:diagnostics:)``.
    /// - Returns: `false`, writing nothing and leaving `omittedFields` empty, when the contact is
    ///   a group or has nothing to make `formatted_name` from.
    @discardableResult
    public func encode(
        _ contact: Contact, into writer: inout JSONWriter, omittedFields: inout [String], diagnostics: inout [Diagnostic]
    ) -> Bool {
        encodeNoting(contact, into: &writer, omittedFields: &omittedFields, diagnostics: &diagnostics) != nil
    }

    /// ``encode(_:into:omittedFields:diagnostics:)``, handing back what writing found (for the
    /// batcher's count of contacts Jelou would refuse); `nil` when nothing was written.
    func encodeNoting(
        _ contact: Contact, into writer: inout JSONWriter, omittedFields: inout [String], diagnostics: inout [Diagnostic]
    ) -> WrittenObject? {
        // Asked only when there is something to remove: on an empty array it still costs ~110
        // instructions (the generic replaceSubrange), and most contacts leave nothing out.
        if !omittedFields.isEmpty { omittedFields.removeAll(keepingCapacity: true) }
        guard let written = writeObject(contact, into: &writer, diagnostics: &diagnostics) else { return nil }
        appendOmittedFields(
            of: contact, formattedName: written.formattedName, written: written, to: &omittedFields)
        if reportsOmittedFields {
            reportOmitted(omittedFields, formattedName: written.formattedName, diagnostics: &diagnostics)
        }
        return written
    }

    /// What ``writeObject(_:into:diagnostics:)`` found while writing.
    struct WrittenObject {
        var formattedName: String
        /// Whether a phone with text was left out as no number (``phoneFields(for:)`` is `nil`).
        var hasPhoneThatIsNoNumber: Bool
        /// Whether an email with text was left out for having no `@`.
        var hasEmailThatIsNoAddress: Bool
        /// Whether a `phone` written is one Jelou refuses for not being E.164 (a national number
        /// read without a region, a short code, an extension of more than ten digits).
        var hasRefusedPhone: Bool
    }

    /// Writes the object and returns its `formatted_name` and what it left out of `phones`, or
    /// reports an error and returns `nil`.
    private func writeObject(
        _ contact: Contact, into writer: inout JSONWriter, diagnostics: inout [Diagnostic]
    ) -> WrittenObject? {
        if contact.isGroup {
            let name = Self.formattedName(for: contact).map { " \"\($0)\"" } ?? ""
            diagnostics.append(.warning("contact group\(name) is a list of members, not a contact; not written"))
            return nil
        }
        guard let formattedName = Self.formattedName(for: contact) else {
            if contact.isBlank {
                diagnostics.append(.warning("contact is empty; skipped"))
                return nil
            }
            diagnostics.append(.error(
                "contact has no name, company, email or phone to use as formatted_name; not written"))
            return nil
        }
        writer.beginObject()
        writeName(contact.name, formattedName: formattedName, into: &writer)
        let phones = writePhones(contact.phones, into: &writer)
        let hasEmailThatIsNoAddress = writeEmails(contact.emails, into: &writer)
        writeAddresses(contact.addresses, into: &writer)
        if fields == .all {
            writeOrganization(contact.organization, into: &writer)
            writeURLs(contact.urls, into: &writer)
            writer.member(plain: "birthday", contact.birthday?.isoDate)
        }
        writer.endObject()
        return WrittenObject(
            formattedName: formattedName, hasPhoneThatIsNoNumber: phones.hasPhoneThatIsNoNumber,
            hasEmailThatIsNoAddress: hasEmailThatIsNoAddress, hasRefusedPhone: phones.hasRefusedPhone)
    }

    /// The per-contact warning naming what the object cannot hold, when anything is left out.
    private func reportOmitted(_ left: [String], formattedName: String, diagnostics: inout [Diagnostic]) {
        guard !left.isEmpty else { return }
        let switchHint = fields == .jelou ? " (only Jelou's keys were asked for)" : ""
        diagnostics.append(.warning(
            "contact \"\(formattedName)\": not in the Jelou contact object\(switchHint): "
                + left.joined(separator: ", ")))
    }

    /// What the contact object cannot hold, in the order the per-contact warning names it: with
    /// ``Fields/all`` a `role` beside a title and a `partial birthday`; with ``Fields/jelou`` the
    /// `org`, `urls` and `birthday` left out; then a `phone that is no number` (a SIP address in a TEL,
    /// a word), which a payload phone cannot hold, and an `email that is no address` (no `@`:
    /// `N/A`); a `nickname` not used as the name, a `note`, and
    /// the name of each unmapped property once (RFC 6350 §6.10), except bookkeeping that is no
    /// contact data: `UID`, `REV`, `PRODID`, `VERSION`, `CLIENTPIDMAP`, `X-ABUID`, `SOURCE`, `NAME`
    /// (RFC 6350 §6.7.6, §6.7.4, §6.7.3, §6.7.9, §6.7.7, §6.1.3; vCard 3.0's `NAME`, RFC 2426
    /// §2.1.2), `KIND:individual` (§6.1.4, the default), vCard 3.0's `CLASS` and `SORT-STRING`
    /// (RFC 2426 §3.7.1, §3.6.5), Apple's `X-ABShowAs` (show the card as a company), Evolution's
    /// `X-EVOLUTION-FILE-AS` and Thunderbird's `X-MOZILLA-HTML` (how the book files the card, which
    /// mail format it prefers), Outlook's `X-MS-OL-DESIGN` and `X-MS-OL-DEFAULT-POSTAL-ADDRESS` (the
    /// electronic business card's layout, which address is for mail); and Apple's `X-ABLabel` and `X-ABADR`, which only label the
    /// property of their group, itself named.
    /// - Parameter contact: the contact, as it would be given to ``encode(_:into:diagnostics:)``.
    /// - Returns: the names, empty when nothing is left out or the contact cannot be written.
    public func omittedFields(of contact: Contact) -> [String] {
        guard let formattedName = Self.formattedName(for: contact) else { return [] }
        var left: [String] = []
        appendOmittedFields(of: contact, formattedName: formattedName, written: nil, to: &left)
        return left
    }

    /// Appends what ``omittedFields(of:)`` names; `written` is what writing the object found about
    /// its phones and emails, or `nil` to look at them here.
    private func appendOmittedFields(
        of contact: Contact, formattedName: String, written: WrittenObject?, to left: inout [String]
    ) {
        if fields == .all {
            if let organization = contact.organization, organization.role.trimmedNonEmpty != nil,
                organization.title.trimmedNonEmpty != nil {
                left.append("role")
            }
            if let birthday = contact.birthday, birthday.year == nil || birthday.month == nil || birthday.day == nil {
                left.append("partial birthday")
            }
        } else {
            if let organization = contact.organization, !organization.isEmpty { left.append("org") }
            if !contact.urls.isEmpty { left.append("urls") }
            if contact.birthday != nil { left.append("birthday") }
        }
        if written?.hasPhoneThatIsNoNumber
            ?? contact.phones.contains(where: { $0.value.trimmedNonEmpty != nil && Self.phoneFields(for: $0) == nil })
        {
            left.append("phone that is no number")
        }
        if written?.hasEmailThatIsNoAddress
            ?? contact.emails.contains(where: { !$0.hasAtSign && $0.address.trimmedNonEmpty != nil })
        {
            left.append("email that is no address")
        }
        if let nickname = contact.name.nickname.trimmedNonEmpty, nickname != formattedName { left.append("nickname") }
        if contact.note.trimmedNonEmpty != nil { left.append("note") }
        let isLong = contact.unmapped.count > 16
        var seen = isLong ? Set(left) : []
        // Read in place through a pointer: `for property in contact.unmapped` copied each whole.
        contact.unmapped.withUnsafeBufferPointer { unmapped in
            for index in unmapped.indices {
                let property = unmapped.baseAddress! + index
                if Self.isBookkeeping(property) { continue }
                let name = Self.displayName(of: property)
                let isNew = isLong ? seen.insert(name).inserted : !left.contains(name)
                if isNew { left.append(name) }
            }
        }
    }

    /// How a left-out property is named to the user: by its `X-LABEL` when it has one (a CSV
    /// column kept as a custom field is named by its column), else by its property name.
    private static func displayName(of property: UnsafePointer<RawProperty>) -> String {
        let name = property.pointee.name
        // A second NOTE or NICKNAME, kept raw, is named as the first is.
        if name == "NOTE" || name == "NICKNAME" { return name.lowercased() }
        guard name.hasPrefix("X-"),
            let label = property.pointee.parameters.first(where: { $0.name == GoogleFieldNames.label })?.values.first?
                .trimmedNonEmpty
        else {
            return name
        }
        return label
    }

    /// True for a property that only keeps an address book's books (identity, revision, producer,
    /// sync state, how the book shows the card) or labels another property, which no contact card
    /// shows on its own.
    private static func isBookkeeping(_ property: UnsafePointer<RawProperty>) -> Bool {
        // An empty property (Evolution's `X-EVOLUTION-SPOUSE:`, `FBURL:`) holds nothing to leave out.
        if property.pointee.value.trimmedNonEmpty == nil { return true }
        // Each name is matched with its UTF-8 length first, so a name of another length costs an
        // integer comparison, not a string comparison (which a switch on the name alone makes for
        // every case before the match: ~230 instructions for a CATEGORIES or PHOTO).
        let name = property.pointee.name
        return switch (name.utf8.count, name) {
        case (3, "UID"), (3, "REV"), (6, "PRODID"), (7, "VERSION"), (12, "CLIENTPIDMAP"), (7, "X-ABUID"), (6, "SOURCE"),
            (4, "NAME"), (10, "X-ABSHOWAS"), (5, "CLASS"), (11, "SORT-STRING"), (19, "X-EVOLUTION-FILE-AS"),
            (14, "X-MOZILLA-HTML"), (14, "X-MS-OL-DESIGN"), (30, "X-MS-OL-DEFAULT-POSTAL-ADDRESS"),
            (15, "X-RADICALE-NAME"):
            true
        case (9, "X-ABLABEL"), (7, "X-ABADR"): property.pointee.group != nil
        case (4, "KIND"): property.pointee.value.trimmedNonEmpty?.lowercased() == "individual"
        default: false
        }
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

    /// The `phone` and `wa_id` written for a phone: the normaliser's E.164 number and id, else the
    /// number as written with the id its source gave (``Phone/whatsAppID``); `nil` when it has no
    /// digits. A number with an extension gets no id.
    public static func phoneFields(for phone: Phone) -> (phone: String, waID: String?)? {
        withUnsafePointer(to: phone) { phoneFields(at: $0).map { ($0.phone, $0.waID) } }
    }

    /// ``phoneFields(for:)`` of the phone at `phone`, and whether it is normalised, read through
    /// the pointer field by field: a `Phone` (or its `NormalizedPhone`) passed or bound whole is
    /// copied, each of its strings retained then released.
    private static func phoneFields(
        at phone: UnsafePointer<Phone>
    ) -> (phone: String, waID: String?, isNormalized: Bool)? {
        if let e164 = phone.pointee.normalized?.e164 {
            if let ext = phone.pointee.normalized?.extensionNumber.trimmedNonEmpty
                ?? phone.pointee.extensionNumber.flatMap({ PhoneDigits.digitsOnly($0) }) {
                return (e164 + " ext. " + ext, nil, true)
            }
            return (e164, phone.pointee.normalized?.waID.trimmedNonEmpty, true)
        }
        guard var raw = PhoneDigits(phone.pointee.value) else { return nil }
        if raw.extensionNumber == nil {
            raw.extensionNumber = phone.pointee.extensionNumber.flatMap { PhoneDigits.digitsOnly($0) }
        }
        if let ext = raw.extensionNumber { return (raw.number + " ext. " + ext, nil, false) }
        // A WhatsApp id is the number's international digits: written bare, they are that number.
        if let id = phone.pointee.whatsAppID, raw.number == id { return ("+" + id, id, false) }
        return (raw.number, phone.pointee.whatsAppID, false)
    }

    /// The N parts joined with spaces in reading order, or `nil` when all are blank.
    private static func joinedNameParts(_ name: PersonName) -> String? {
        var joined: String?
        for part in [name.prefix, name.given, name.middle, name.family, name.suffix] {
            appendPart(part, separator: " ", to: &joined)
        }
        return joined
    }

    /// Appends `part`, when not blank, to `joined` after `separator`.
    private static func appendPart(_ part: String?, separator: String, to joined: inout String?) {
        guard let part = part.trimmedNonEmpty else { return }
        if joined == nil {
            joined = part
        } else {
            joined! += separator
            joined! += part
        }
    }

    private func writeName(_ name: PersonName, formattedName: String, into writer: inout JSONWriter) {
        writer.key(plain: "name")
        writer.beginObject()
        writer.member(plain: "formatted_name", formattedName)
        let given = name.given.trimmedNonEmpty
        let family = name.family.trimmedNonEmpty
        let middle = name.middle.trimmedNonEmpty
        let prefix = name.prefix.trimmedNonEmpty
        let suffix = name.suffix.trimmedNonEmpty
        if given == nil && family == nil && middle == nil && prefix == nil && suffix == nil {
            writer.member(plain: "first_name", formattedName)
        } else {
            writer.member(plain: "first_name", given)
            writer.member(plain: "last_name", family)
            writer.member(plain: "middle_name", middle)
            writer.member(plain: "prefix", prefix)
            writer.member(plain: "suffix", suffix)
        }
        writer.endObject()
    }

    /// Writes `key` and opens its array before the first element, so an array with no element
    /// leaves no key.
    private static func openArray(_ key: StaticString, _ isOpen: inout Bool, into writer: inout JSONWriter) {
        guard !isOpen else { return }
        isOpen = true
        writer.key(plain: key)
        writer.beginArray()
    }

    /// Writes the phones that have a `phone` field.
    /// - Returns: whether a phone with text was left out as no number, and whether a `phone`
    ///   written is one Jelou refuses (a number read into E.164 without an extension never is).
    private func writePhones(
        _ phones: [Phone], into writer: inout JSONWriter
    ) -> (hasPhoneThatIsNoNumber: Bool, hasRefusedPhone: Bool) {
        var isOpen = false
        var hasPhoneThatIsNoNumber = false
        var hasRefusedPhone = false
        // The phones are read in place through a pointer: `for phone in phones` copied each whole.
        phones.withUnsafeBufferPointer { phones in
            for index in phones.indices {
                let phone = phones.baseAddress! + index
                guard let fields = Self.phoneFields(at: phone) else {
                    if !hasPhoneThatIsNoNumber { hasPhoneThatIsNoNumber = phone.pointee.value.trimmedNonEmpty != nil }
                    continue
                }
                if !hasRefusedPhone,
                    !fields.isNormalized || fields.phone.withUTF8Bytes({ $0.contains(UInt8(ascii: " ")) }) {
                    hasRefusedPhone = !JelouPayloadValidator.isE164(fields.phone)
                }
                Self.openArray("phones", &isOpen, into: &writer)
                writer.beginObject()
                writer.member(plain: "phone", fields.phone)
                writer.member(plain: "type", JelouTypeTable.typeString(for: phone.pointee.kind, label: phone.pointee.label))
                writer.member(plain: "wa_id", fields.waID)
                writer.endObject()
            }
        }
        if isOpen { writer.endArray() }
        return (hasPhoneThatIsNoNumber, hasRefusedPhone)
    }

    /// Writes the emails that have an `@`.
    /// - Returns: whether an email with text was left out for having none.
    private func writeEmails(_ emails: [Email], into writer: inout JSONWriter) -> Bool {
        var isOpen = false
        var hasEmailThatIsNoAddress = false
        // Read in place through a pointer: `for email in emails` copied each whole.
        emails.withUnsafeBufferPointer { emails in
            for index in emails.indices {
                let email = emails.baseAddress! + index
                // `Email.hasAtSign`'s test, made on the address: asked of the pointee, it copied the email.
                guard email.pointee.address.withUTF8Bytes({ $0.contains(UInt8(ascii: "@")) }) else {
                    if !hasEmailThatIsNoAddress { hasEmailThatIsNoAddress = email.pointee.address.trimmedNonEmpty != nil }
                    continue
                }
                guard let address = email.pointee.address.trimmedNonEmpty else { continue }
                Self.openArray("emails", &isOpen, into: &writer)
                writer.beginObject()
                writer.member(plain: "email", address)
                writer.member(plain: "type", JelouTypeTable.typeString(for: email.pointee.kind, label: email.pointee.label))
                writer.endObject()
            }
        }
        if isOpen { writer.endArray() }
        return hasEmailThatIsNoAddress
    }

    /// The `street` of an address (see the type's rules).
    public static func street(of address: PostalAddress) -> String? {
        withUnsafePointer(to: address) { street(at: $0) }
    }

    /// ``street(of:)`` of the address at `address`, read through the pointer field by field (a
    /// `PostalAddress` passed or bound whole is copied, each of its strings retained then released).
    private static func street(at address: UnsafePointer<PostalAddress>) -> String? {
        var street: String?
        appendPart(address.pointee.street.map(unixLineBreaks), separator: ", ", to: &street)
        appendPart(address.pointee.extended.map(unixLineBreaks), separator: ", ", to: &street)
        appendPart(address.pointee.poBox, separator: ", ", to: &street)
        if street != nil { return street }
        guard address.pointee.city.trimmedNonEmpty == nil, address.pointee.region.trimmedNonEmpty == nil,
            address.pointee.postalCode.trimmedNonEmpty == nil, address.pointee.country.trimmedNonEmpty == nil,
            address.pointee.countryCode.trimmedNonEmpty == nil, let label = address.pointee.formatted.trimmedNonEmpty
        else {
            return nil
        }
        return label.split(whereSeparator: \.isNewline).compactMap { String($0).trimmedNonEmpty }
            .joined(separator: ", ")
    }

    /// `text` with each `\r\n` or lone `\r` written `\n`, as the vCard and CSV writers write breaks.
    private static func unixLineBreaks(_ text: String) -> String {
        guard text.withUTF8Bytes({ $0.contains(0x0D) }) else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    private func writeAddresses(_ addresses: [PostalAddress], into writer: inout JSONWriter) {
        var isOpen = false
        // Read in place through a pointer: `for address in addresses` copied each whole.
        addresses.withUnsafeBufferPointer { addresses in
            for index in addresses.indices {
                let address = addresses.baseAddress! + index
                let street = Self.street(at: address)
                let city = address.pointee.city.trimmedNonEmpty
                let state = address.pointee.region.trimmedNonEmpty
                let zip = address.pointee.postalCode.trimmedNonEmpty
                let country = address.pointee.country.trimmedNonEmpty
                let countryCode = address.pointee.countryCode.trimmedNonEmpty.map(Self.uppercased)
                guard street != nil || city != nil || state != nil || zip != nil || country != nil || countryCode != nil
                else { continue }
                Self.openArray("addresses", &isOpen, into: &writer)
                writer.beginObject()
                writer.member(plain: "street", street)
                writer.member(plain: "city", city)
                writer.member(plain: "state", state)
                writer.member(plain: "zip", zip)
                writer.member(plain: "country", country)
                writer.member(plain: "country_code", countryCode)
                writer.member(
                    plain: "type", JelouTypeTable.typeString(for: address.pointee.kind, label: address.pointee.label))
                writer.endObject()
            }
        }
        if isOpen { writer.endArray() }
    }

    /// `text` uppercased; itself, without a copy, when it has no lowercase ASCII letter and no
    /// non-ASCII byte.
    private static func uppercased(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 && ($0 < UInt8(ascii: "a") || $0 > UInt8(ascii: "z")) }) ? text : text.uppercased()
    }

    private func writeOrganization(_ organization: Organization?, into writer: inout JSONWriter) {
        guard let organization else { return }
        let company = organization.company.trimmedNonEmpty
        var department: String?
        for unit in organization.units { Self.appendPart(unit, separator: ", ", to: &department) }
        let title = organization.title.trimmedNonEmpty ?? organization.role.trimmedNonEmpty
        guard company != nil || department != nil || title != nil else { return }
        writer.key(plain: "org")
        writer.beginObject()
        writer.member(plain: "company", company)
        writer.member(plain: "department", department)
        writer.member(plain: "title", title)
        writer.endObject()
    }

    private func writeURLs(_ urls: [WebAddress], into writer: inout JSONWriter) {
        var isOpen = false
        for url in urls {
            guard let text = url.url.trimmedNonEmpty else { continue }
            Self.openArray("urls", &isOpen, into: &writer)
            writer.beginObject()
            writer.member(plain: "url", text)
            writer.member(plain: "type", JelouTypeTable.typeString(for: url.kind, label: url.label))
            writer.endObject()
        }
        if isOpen { writer.endArray() }
    }
}
