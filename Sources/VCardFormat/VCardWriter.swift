import ContactModel

/// Writes contacts as vCard 2.1, 3.0 or 4.0, one card at a time into a byte buffer.
///
/// Corresponds to RFC 6350 (4.0), RFC 2426 (3.0) and the versit vCard 2.1 specification. Lines
/// end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence (RFC 6350 §3.2);
/// 2.1 values that are not plain short ASCII are written quoted-printable with `CHARSET=UTF-8`.
///
/// What each version cannot hold is returned as warnings, never dropped silently:
/// - 3.0 and 2.1 carry only a "preferred" flag (`TYPE=pref`, `PREF`): a preference of 1 is
///   written as that flag, a preference above 1 is left out with a warning;
/// - 3.0 and 2.1 have no reduced date forms: a partial birthday is written in the ISO 8601
///   reduced form (`--04-12`, `1985-04`) Google and Android use, with a warning;
/// - a birthday with a year and day but no month fits no version: left out with a warning;
/// - 2.1 parameters cannot hold `;` `:` `,` `=` or line breaks: such unmapped parameters are
///   left out with a warning.
///
/// Conventions (documented choices for what importers read best):
/// - `N` is always written (RFC 2426 requires it), empty components included;
/// - `FN` is always written; when the contact has none it is ``displayName(for:)``;
/// - custom labels use Apple's item groups: `item1.TEL;TYPE=CELL:…` + `item1.X-ABLabel:label`;
///   an address's ``PostalAddress/countryCode`` (its ``PostalAddress/formatCountryCode`` when it
///   has one) goes in the same group, lower-cased as Apple writes it: `itemN.X-ABADR:ec`;
/// - an address's formatted text is the `LABEL` parameter (RFC 6350 §6.3.1) in 4.0, and in 3.0
///   and 2.1, which have no such parameter, a `LABEL` property (RFC 2426 §3.2.2) right after the
///   `ADR`, both in one item group;
/// - a phone's number is ``NormalizedPhone/e164`` when normalised, else the value as written;
///   4.0 writes it as `VALUE=uri` `tel:` URI (with `;ext=`) when it is E.164 or a global
///   `tel:` number, as text otherwise; an extension with no URI to carry it is appended to
///   the text as ` ext. 123`;
/// - `NICKNAME`, which 2.1 does not define, is written in 2.1 too, as its readers accept it;
/// - unmapped properties follow the mapped ones in their model order, with their group and
///   parameters, as read; `ENCODING=QUOTED-PRINTABLE` and `CHARSET` parameters are not
///   re-emitted (the kept value is already decoded) — the 2.1 writer adds its own when it needs
///   them; photos, logos, sounds and keys held in the card are written in the target version's
///   form (``VCardInlineBinary``: a `data:` URI in 4.0, `ENCODING=b` in 3.0, `BASE64` in 2.1);
///   Google Contacts' labels, dates, related names and IM addresses from its CSV as
///   `CATEGORIES`, `ANNIVERSARY`, Apple's item-grouped `X-ABDATE` / `X-ABRELATEDNAMES` and
///   `IMPP` (Android's `X-SKYPE-USERNAME`, `X-AIM`, … in 2.1), and a photo given by its web
///   address as the version's URI form (``GoogleFieldMapping``).
public struct VCardWriter: Sendable {
    /// The version every card is written in.
    public let version: VCardVersion
    /// The content line being written (internal for the writer's extensions in other files).
    var line: VCardLineWriter

    /// - Parameter version: `.v30` by default, the version phones import most reliably; a
    ///   version other than `.v21`, `.v30` and `.v40` is written as `.v30`.
    public init(version: VCardVersion = .v30) {
        let known = version == .v21 || version == .v40 ? version : .v30
        self.version = known
        self.line = VCardLineWriter(version: known)
    }

    /// Appends one `BEGIN:VCARD` … `END:VCARD` card for `contact` to `out`.
    /// - Returns: warnings for what this version cannot hold (no positions: they are about the
    ///   contact, not a source file).
    /// - Complexity: O(n) in the size of the written card.
    public mutating func write(_ contact: Contact, into out: inout [UInt8]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var groups = VCardItemGroups(reserving: contact.unmapped)
        out.append(contentsOf: "BEGIN:VCARD\r\nVERSION:".utf8)
        out.append(contentsOf: version.rawValue.utf8)
        out.append(contentsOf: "\r\n".utf8)
        writeName(contact, diagnostics: &diagnostics, into: &out)
        writeOrganization(contact.organization, of: contact, diagnostics: &diagnostics, into: &out)
        for phone in contact.phones {
            writePhone(phone, groups: &groups, diagnostics: &diagnostics, into: &out)
        }
        for email in contact.emails {
            let group = email.label == nil ? nil : groups.next()
            line.start(group: group, name: "EMAIL")
            appendKind(email.kind.vCardTypeTokens, preference: email.preference, field: "email", diagnostics: &diagnostics)
            appendOtherParameters(email.otherParameters, of: "EMAIL", diagnostics: &diagnostics)
            line.appendText(email.address)
            line.write(into: &out)
            writeLabel(email.label, group: group, into: &out)
        }
        for address in contact.addresses {
            writeAddress(address, groups: &groups, diagnostics: &diagnostics, into: &out)
        }
        for url in contact.urls {
            let group = url.label == nil ? nil : groups.next()
            line.start(group: group, name: "URL")
            appendKind(url.kind.vCardTypeTokens, preference: url.preference, field: "website", diagnostics: &diagnostics)
            appendOtherParameters(url.otherParameters, of: "URL", diagnostics: &diagnostics)
            line.appendText(url.url)
            line.write(into: &out)
            writeLabel(url.label, group: group, into: &out)
        }
        if let birthday = contact.birthday {
            writeBirthday(birthday, parameters: contact.propertyParameters["BDAY"], diagnostics: &diagnostics, into: &out)
        }
        if let note = contact.note {
            writeText(name: "NOTE", note, of: contact, diagnostics: &diagnostics, into: &out)
        }
        for property in contact.unmapped where !writeGoogleField(property, groups: &groups, diagnostics: &diagnostics, into: &out) {
            writeUnmapped(property, diagnostics: &diagnostics, into: &out)
        }
        out.append(contentsOf: "END:VCARD\r\n".utf8)
        return diagnostics
    }

    /// Writes every contact, one card after another.
    /// - Returns: the bytes and the warnings, each warning's message prefixed with the 1-based
    ///   index of its contact (`contact 3: …`).
    public mutating func write(_ contacts: some Sequence<Contact>) -> (bytes: [UInt8], diagnostics: [Diagnostic]) {
        var bytes: [UInt8] = []
        var diagnostics: [Diagnostic] = []
        for (index, contact) in contacts.enumerated() {
            for var diagnostic in write(contact, into: &bytes) {
                diagnostic.message = "contact \(index + 1): " + diagnostic.message
                diagnostics.append(diagnostic)
            }
        }
        return (bytes, diagnostics)
    }

    /// The text written as `FN` when a contact has no formatted name: its name parts joined
    /// (prefix given middle family suffix), else its nickname, company, first email address or
    /// first phone number, else the empty string.
    public static func displayName(for contact: Contact) -> String {
        if let formatted = contact.name.formatted { return formatted }
        return contact.name.joinedParts
            ?? contact.name.nickname
            ?? contact.organization?.company
            ?? contact.emails.first?.address
            ?? contact.phones.first?.writtenNumber
            ?? ""
    }

    // MARK: Identification (RFC 6350 §6.2)

    private mutating func writeName(_ contact: Contact, diagnostics: inout [Diagnostic], into out: inout [UInt8]) {
        let name = contact.name
        line.start(name: "N")
        appendOtherParameters(name.nameParameters, of: "N", diagnostics: &diagnostics)
        for (index, part) in [name.family, name.given, name.middle, name.prefix, name.suffix].enumerated() {
            if index > 0 { line.appendComponentSeparator() }
            if let part { line.appendText(part, structured: true) }
        }
        line.write(into: &out)
        line.start(name: "FN")
        appendOtherParameters(name.formattedNameParameters, of: "FN", diagnostics: &diagnostics)
        line.appendText(Self.displayName(for: contact))
        line.write(into: &out)
        if let nickname = name.nickname {
            writeText(name: "NICKNAME", nickname, of: contact, diagnostics: &diagnostics, into: &out)
        }
    }

    // MARK: Organisation (RFC 6350 §6.6)

    private mutating func writeOrganization(
        _ organization: Organization?, of contact: Contact, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) {
        guard let organization else { return }
        if organization.company != nil || !organization.units.isEmpty {
            line.start(name: "ORG")
            appendOtherParameters(organization.otherParameters, of: "ORG", diagnostics: &diagnostics)
            if let company = organization.company { line.appendText(company, structured: true) }
            for unit in organization.units {
                line.appendComponentSeparator()
                line.appendText(unit, structured: true)
            }
            line.write(into: &out)
        }
        if let title = organization.title { writeText(name: "TITLE", title, of: contact, diagnostics: &diagnostics, into: &out) }
        if let role = organization.role { writeText(name: "ROLE", role, of: contact, diagnostics: &diagnostics, into: &out) }
    }

    // MARK: Communications (RFC 6350 §6.4)

    private mutating func writePhone(
        _ phone: Phone, groups: inout VCardItemGroups, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) {
        let number = phone.writtenNumber
        let extensionNumber = phone.writtenExtension
        let asURI = version == .v40 && (phone.normalized != nil || Self.isGlobalTelNumber(number))
        let group = phone.label == nil ? nil : groups.next()
        line.start(group: group, name: "TEL")
        if asURI { line.appendParameter(name: "VALUE", values: ["uri"]) }
        appendKind(phone.vCardTypeTokens, preference: phone.preference, field: "phone", diagnostics: &diagnostics)
        if let whatsAppID = phone.whatsAppID { line.appendParameter(name: "waid", values: [whatsAppID]) }
        appendOtherParameters(phone.otherParameters, of: "TEL", diagnostics: &diagnostics)
        if asURI {
            line.appendVerbatim("tel:" + number)
            if let extensionNumber { line.appendVerbatim(";ext=" + extensionNumber) }
        } else {
            line.appendText(number)
            if let extensionNumber { line.appendText(" ext. " + extensionNumber) }
        }
        line.write(into: &out)
        writeLabel(phone.label, group: group, into: &out)
    }

    /// True for `+` followed by digits and RFC 3966 visual separators (`-` `.` `(` `)`): a
    /// number that is a valid `tel:` URI as it stands (RFC 3966 §3 global-number-digits).
    static func isGlobalTelNumber(_ number: String) -> Bool {
        var bytes = number.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "+") else { return false }
        var digits = 0
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            default: return false
            }
        }
        return digits > 0
    }

    // MARK: Delivery addressing (RFC 6350 §6.3)

    /// The ADR line itself: its type, its `LABEL` parameter in 4.0, and its seven components.
    private mutating func writeAddressComponents(
        _ address: PostalAddress, group: String?, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) {
        line.start(group: group, name: "ADR")
        appendKind(address.kind.vCardTypeTokens, preference: address.preference, field: "address", diagnostics: &diagnostics)
        if let formatted = address.formatted, version == .v40 {
            line.appendParameter(name: "LABEL", values: [formatted])
        }
        appendOtherParameters(address.otherParameters, of: "ADR", diagnostics: &diagnostics)
        let parts = [
            address.poBox, address.extended, address.street, address.city, address.region,
            address.postalCode, address.country,
        ]
        for (index, part) in parts.enumerated() {
            if index > 0 { line.appendComponentSeparator() }
            if let part { line.appendText(part, structured: true) }
        }
        line.write(into: &out)
    }

    private mutating func writeAddress(
        _ address: PostalAddress, groups: inout VCardItemGroups, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) {
        let needsGroup = address.label != nil || address.countryCode != nil
            || (version != .v40 && address.formatted != nil)
        let group = needsGroup ? groups.next() : nil
        // An address given only as its text is a LABEL alone in 3.0 and 2.1, as Evolution writes it.
        let isLabelOnly = version != .v40 && address.formatted != nil && [
            address.poBox, address.extended, address.street, address.city, address.region, address.postalCode,
            address.country,
        ].allSatisfy { $0 == nil }
        if !isLabelOnly { writeAddressComponents(address, group: group, diagnostics: &diagnostics, into: &out) }
        if let formatted = address.formatted, version != .v40 {
            line.start(group: group, name: "LABEL")
            line.appendTypes(address.kind.vCardTypeTokens)
            line.appendText(formatted)
            line.write(into: &out)
        }
        if let countryCode = address.formatCountryCode ?? address.countryCode {
            line.start(group: group, name: "X-ABADR")
            line.appendText(countryCode.lowercased())
            line.write(into: &out)
        }
        writeLabel(address.label, group: group, into: &out)
    }

    // MARK: Explanatory (RFC 6350 §6.2.5, §6.7.2)

    private mutating func writeBirthday(
        _ birthday: PartialDate, parameters: [RawParameter]?, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) {
        guard let text = birthday.vCardDateText(extended: version != .v40) else {
            diagnostics.append(.warning("no vCard date form holds a birthday with a year and a day but no month; BDAY left out"))
            return
        }
        if version != .v40, !birthday.isComplete {
            diagnostics.append(.warning(
                "vCard \(version) has no partial dates; birthday written as '\(text)', which some importers ignore"))
        }
        line.start(name: "BDAY")
        if let parameters { appendOtherParameters(parameters, of: "BDAY", diagnostics: &diagnostics) }
        line.appendVerbatim(text)
        line.write(into: &out)
    }

    // MARK: Unmapped (RFC 6350 §6.10)

    private mutating func writeUnmapped(_ property: RawProperty, diagnostics: inout [Diagnostic], into out: inout [UInt8]) {
        let property = VCardInlineBinary(property)?.property(named: property.name, group: property.group, for: version) ?? property
        let isBase64 = property.parameters.contains { parameter in
            parameter.name == "ENCODING" && parameter.values.contains { Self.isBase64Encoding($0) }
        }
        line.start(group: property.group, name: property.name, transfer: isBase64 ? .base64 : .text)
        appendOtherParameters(property.parameters.filter { !Self.isTransferParameter($0) }, of: property.name, diagnostics: &diagnostics)
        if version == .v21 && !isBase64 {
            line.appendEscaped(Self.legacyText(fromEscaped: property.value))
        } else {
            line.appendEscaped(property.value)
        }
        line.write(into: &out)
    }

    private static func isBase64Encoding(_ value: String) -> Bool {
        value.utf8.elementsEqual("b".utf8) || value.utf8.elementsEqual("B".utf8)
            || value.uppercased() == "BASE64"
    }

    /// `CHARSET` and `ENCODING=QUOTED-PRINTABLE`, which describe the source's bytes, not the kept
    /// (decoded) value.
    private static func isTransferParameter(_ parameter: RawParameter) -> Bool {
        parameter.name == "CHARSET"
            || (parameter.name == "ENCODING" && parameter.values.contains { $0.uppercased() == "QUOTED-PRINTABLE" })
    }

    /// A kept 3.0/4.0-escaped value as 2.1 text: each `\n` becomes a line break (written
    /// quoted-printable); every other escape stays as written, as 2.1 readers keep it.
    static func legacyText(fromEscaped value: String) -> String {
        guard value.utf8.contains(.init(ascii: "\\")) else { return value }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        var escaped = false
        for byte in value.utf8 {
            if escaped {
                if byte == UInt8(ascii: "n") || byte == UInt8(ascii: "N") {
                    bytes.append(contentsOf: [0x0D, 0x0A])
                } else {
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        if escaped { bytes.append(UInt8(ascii: "\\")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Shared pieces

    /// Appends parameters kept as read (an unmapped property's, or those of a mapped one that no
    /// field holds), each as `;NAME=value,…`; 2.1, which has no lists of values, writes each value
    /// as a parameter of its own (`;PID=3.1;PID=4.2`), and leaves out one it cannot hold, with a
    /// warning.
    private mutating func appendOtherParameters(
        _ parameters: [RawParameter], of property: String, diagnostics: inout [Diagnostic]
    ) {
        for parameter in parameters {
            let pieces = version == .v21 && parameter.values.count > 1 ? parameter.values.map { [$0] } : [parameter.values]
            for values in pieces where !line.appendParameter(name: parameter.name, values: values) {
                diagnostics.append(.warning(
                    "vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; \(property) parameter \(parameter.name) "
                        + (pieces.count > 1 ? "value '\(values[0])' left out" : "left out")))
            }
        }
    }

    /// Appends the kind's `TYPE` tokens and the preference as the version holds it.
    private mutating func appendKind(_ tokens: [String], preference: Int?, field: String, diagnostics: inout [Diagnostic]) {
        guard let preference else {
            line.appendTypes(tokens)
            return
        }
        if version == .v40 {
            line.appendTypes(tokens)
            line.appendPreference(preference)
            return
        }
        line.appendTypes(tokens, preferred: preference == 1)
        if preference != 1 {
            diagnostics.append(.warning(
                "vCard \(version) holds only a 'preferred' flag; \(field) preference \(preference) left out"))
        }
    }

    /// A single-valued text property, with the parameters `contact` keeps for it.
    private mutating func writeText(
        name: String, _ text: String, of contact: Contact, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) {
        line.start(name: name)
        if let parameters = contact.propertyParameters[name] {
            appendOtherParameters(parameters, of: name, diagnostics: &diagnostics)
        }
        line.appendText(text)
        line.write(into: &out)
    }

    /// `itemN.X-ABLabel:label` after the property that opened group `itemN`; one of Apple's own
    /// labels in its constant form (`_$!<HomePage>!$_`), which Contacts shows translated, as it
    /// read it.
    mutating func writeLabel(_ label: String?, group: String?, into out: inout [UInt8]) {
        guard let label else { return }
        line.start(group: group, name: "X-ABLabel")
        line.appendText(Self.appleConstantLabels.contains(label) ? AppleLabel.constant(label) : label)
        line.write(into: &out)
    }

    /// The labels Apple's Contacts writes as constants that a phone's, email's or address's kind
    /// does not already say.
    private static let appleConstantLabels: Set<String> = ["HomePage"]
}
