import ContactModel

/// Maps the content lines of one finished card to a ``Contact``.
///
/// FN, N, NICKNAME (RFC 6350 §6.2), ADR and the 2.1 LABEL property (§6.3), TEL and EMAIL (§6.4),
/// ORG, TITLE, ROLE (§6.6), URL (§6.7.8), BDAY (§6.2.5, with Apple's `X-APPLE-OMIT-YEAR` placeholder
/// year read as no year) and NOTE (§6.7.2) fill the model's fields;
/// every other property, and every repeat of a single-valued one, is kept as a ``RawProperty`` in
/// source order. Apple's `itemN.X-ABLabel` and `itemN.X-ABADR` are folded into the property of the
/// same group (group names compared case-insensitively, label before or after the property).
///
/// The reader keeps one mapping for all its cards, so the storage of its working lists is reused.
struct VCardContactMapping {
    /// The card being mapped (swapped in for the length of ``map(_:dialect:diagnostics:)``).
    private var card = VCardCardBuffer(position: SourcePosition(line: 1, column: 1))
    private var dialect = VCardDialect.v30
    /// The charset of 8-bit values that name none, when the user gave it
    /// (``VCardReader/init(_:limits:codePage:)``).
    var codePage: TextCharset?
    private var contact = Contact()
    /// Where warnings go (swapped in for the length of ``map(_:dialect:diagnostics:)``).
    private var diagnostics: [Diagnostic] = []
    /// The parameters of the line being mapped, kept to reuse their storage (taken out for the
    /// length of ``map(_:dialect:diagnostics:)``, so that no blank set is made and destroyed per
    /// card).
    private var parameters: VCardParameters? = VCardParameters()
    private var organization = Organization()
    private var sawName = false
    /// The code pages guessed so far: each is reported once per input, at its first value.
    private var reportedGuessedCharsets: Set<TextCharset> = []
    /// The CHARSET names already reported as labelling UTF-8 text, lower-cased: once per file.
    private var reportedUTF8Charsets: Set<String> = []
    /// Lower-cased groups of the TEL, EMAIL, ADR and URL lines: the labels these groups carry are
    /// consumed.
    private var labelledGroups: [String] = []
    private var appleLabels: [(group: String, text: String)] = []
    private var appleCountries: [(group: String, code: String)] = []
    /// The 2.1 LABEL properties, with their lower-cased group and line index, given to an
    /// address once every ADR is read.
    private var pendingDeliveryLabels: [
        (kind: EntryKind, text: String, raw: RawProperty, group: String?, line: Int, position: SourcePosition)
    ] = []
    /// For each of `contact.addresses`: the lower-cased group and the line index of its ADR.
    private var addressOrigins: [(group: String?, line: Int)] = []
    /// The components of the structured value being mapped (N, ADR, ORG), reused from value to value.
    private var structured = VCardStructuredValue()
    /// The index in `card.lines` of the line being mapped.
    private var lineIndex = 0
    /// True while the line being mapped had its base64 value decoded to text: a copy kept of it
    /// holds the text, so it no longer carries its ENCODING.
    private var lineWasBase64Text = false

    /// Maps `card`, reading values by `dialect` (the card's VERSION or the reader's default).
    /// - Parameters:
    ///   - card: the card; unchanged when this returns.
    ///   - diagnostics: receives the problems found.
    /// - Returns: the contact.
    mutating func map(_ card: inout VCardCardBuffer, dialect: VCardDialect, diagnostics: inout [Diagnostic]) -> Contact {
        swap(&self.card, &card)
        swap(&self.diagnostics, &diagnostics)
        defer {
            swap(&self.card, &card)
            swap(&self.diagnostics, &diagnostics)
        }
        self.dialect = dialect
        startCard()
        var parameters = self.parameters.take() ?? VCardParameters()
        collectGroupLabels(readingInto: &parameters)
        for (index, line) in self.card.lines.enumerated() {
            lineIndex = index
            parameters.read(self.card.arena, in: line.content.parameters, keepingAll: line.content.property == .other)
            mapLine(line, parameters)
        }
        parameters.releaseSource()
        self.parameters = consume parameters
        attachDeliveryLabels()
        adoptWhatsAppBusinessName()
        adoptDepartment()
        if !organization.isEmpty {
            // Moved into the contact, not copied.
            var kept = Organization()
            swap(&kept, &organization)
            contact.organization = consume kept
        }
        var result = Contact()
        swap(&result, &contact)
        return result
    }

    /// A WhatsApp Business account shares its card with the business's name in `X-WA-BIZ-NAME` and
    /// often no ORG: that name is then the organisation's (RFC 6350 §6.6.4), as WhatsApp shows it.
    /// Beside an ORG it stays an unmapped property.
    private mutating func adoptWhatsAppBusinessName() {
        guard organization.company == nil, organization.units.isEmpty, !contact.unmapped.isEmpty,
            let index = contact.unmapped.firstIndex(where: { $0.name == "X-WA-BIZ-NAME" }),
            let company = VCardValueText.trimmedText(Array(contact.unmapped[index].value.utf8)[...], dialect: .v30)
        else { return }
        organization.company = company
        contact.unmapped.remove(at: index)
    }

    /// Roundcube writes a contact's department in `X-DEPARTMENT`, beside an ORG that holds only
    /// the company: it is the organisation's unit (RFC 6350 §6.6.4) when ORG gave none.
    private mutating func adoptDepartment() {
        guard organization.units.isEmpty, !contact.unmapped.isEmpty,
            let index = contact.unmapped.firstIndex(where: { $0.name == "X-DEPARTMENT" }),
            let department = VCardValueText.trimmedText(Array(contact.unmapped[index].value.utf8)[...], dialect: .v30)
        else { return }
        organization.units = [department]
        contact.unmapped.remove(at: index)
    }

    /// Forgets what the previous card left, keeping the storage.
    private mutating func startCard() {
        // A set organisation was moved into the previous contact, leaving a blank one; only
        // parameters of an ORG without components can be left.
        if !organization.otherParameters.isEmpty { organization = Organization() }
        sawName = false
        lineIndex = 0
        if !labelledGroups.isEmpty { labelledGroups.removeAll(keepingCapacity: true) }
        if !appleLabels.isEmpty { appleLabels.removeAll(keepingCapacity: true) }
        if !appleCountries.isEmpty { appleCountries.removeAll(keepingCapacity: true) }
        if !pendingDeliveryLabels.isEmpty { pendingDeliveryLabels.removeAll(keepingCapacity: true) }
        if !addressOrigins.isEmpty { addressOrigins.removeAll(keepingCapacity: true) }
    }

    private func group(of line: VCardCardBuffer.Line) -> String? {
        line.content.group.map { card.arena[$0].withUnsafeBufferPointer(String.init(vCardUTF8:)) }
    }

    /// Reads the `X-ABLabel` and `X-ABADR` values of every group (quoted-printable and charset
    /// decoded like any value; their problems are reported when the line itself is mapped), and
    /// reserves room for the TEL, EMAIL, ADR and URL lines and the unknown properties. Their
    /// parameters are read into `parameters`, whose storage the lines mapped next reuse.
    private mutating func collectGroupLabels(readingInto parameters: inout VCardParameters) {
        var counts = (phones: 0, emails: 0, addresses: 0, urls: 0, others: 0)
        defer {
            if counts.phones > 1 { contact.phones.reserveCapacity(counts.phones) }
            if counts.emails > 1 { contact.emails.reserveCapacity(counts.emails) }
            if counts.addresses > 1 { contact.addresses.reserveCapacity(counts.addresses) }
            if counts.urls > 1 { contact.urls.reserveCapacity(counts.urls) }
            if counts.others > 1 { contact.unmapped.reserveCapacity(counts.others) }
        }
        for line in card.lines {
            switch line.content.property {
            case .telephone: counts.phones += 1
            case .email: counts.emails += 1
            case .address: counts.addresses += 1
            case .url: counts.urls += 1
            case .other: counts.others += 1
            default: break
            }
            guard line.content.group != nil, let group = group(of: line)?.lowercased() else { continue }
            switch line.content.property {
            case .telephone, .email, .address, .url:
                labelledGroups.append(group)
            case .appleLabel:
                if !appleLabels.contains(where: { $0.group == group }) {
                    parameters.read(card.arena, in: line.content.parameters, keepingAll: false)
                    let text = VCardValueText.text(decodedValue(line, parameters), dialect: dialect)
                    appleLabels.append((group, text.vCardTrimmed))
                }
            case .appleAddressCountry:
                parameters.read(card.arena, in: line.content.parameters, keepingAll: false)
                let written = String(decoding: decodedValue(line, parameters), as: UTF8.self)
                if let code = Self.countryCode(written), !appleCountries.contains(where: { $0.group == group }) {
                    appleCountries.append((group, code))
                }
            default:
                break
            }
        }
    }

    /// The value of `line` as UTF-8, transfer- and charset-decoded, any problem left unreported.
    private func decodedValue(_ line: VCardCardBuffer.Line, _ parameters: VCardParameters) -> ArraySlice<UInt8> {
        var problem: VCardValueText.CharsetProblem?
        return VCardValueText.utf8Bytes(
            card.arena[line.content.value], parameters: parameters, codePage: codePage, problem: &problem)
    }

    private mutating func mapLine(_ line: VCardCardBuffer.Line, _ parameters: VCardParameters) {
        let content = line.content
        var decodedBase64: [UInt8]?
        if case .base64 = parameters.encoding {
            // A text property in base64 (`NOTE;ENCODING=b:…`) is read as its text, when that is
            // UTF-8 or in its CHARSET; a photo, a key or anything else is kept as written.
            guard content.property.holdsText, let bytes = Base64Decoder.decode(card.arena[content.value]),
                parameters.charset != nil || VCardValueText.isValidUTF8(bytes[...])
            else {
                keepRaw(line, parameters, value: VCardValueText.base64(card.arena[content.value]))
                return
            }
            decodedBase64 = bytes
        }
        lineWasBase64Text = decodedBase64 != nil
        defer { lineWasBase64Text = false }
        if case .unknown(let name) = parameters.encoding {
            warn("unknown ENCODING '\(name)'; \(propertyName(line)) kept as written", at: line.position)
            keepRaw(line, parameters, value: VCardValueText.raw(card.arena[content.value]))
            return
        }
        var problem: VCardValueText.CharsetProblem?
        var value = VCardValueText.utf8Bytes(
            decodedBase64.map { $0[...] } ?? card.arena[content.value], parameters: parameters, codePage: codePage,
            problem: &problem)
        if let problem { report(problem, line) }
        if parameters.hasNoEncoding, content.property.holdsWrittenText,
            let decoded = QuotedPrintableDecoder.decodeUnmarked(value)
        {
            warn(
                "\(propertyName(line)) is quoted-printable without ENCODING=QUOTED-PRINTABLE; decoded as such",
                at: line.position)
            value = decoded[...]
        }
        let lowerGroup = group(of: line)?.lowercased()
        switch content.property {
        case .formattedName where contact.name.formatted == nil:
            contact.name.formatted = VCardValueText.trimmedText(value, dialect: dialect)
            if parameters.hasOthersOrTypeOrPreference {
                contact.name.formattedNameParameters = parameters.othersWithTypeAndPreference
            }
        case .name where !sawName:
            sawName = true
            mapName(value, line: line)
            if parameters.hasOthersOrTypeOrPreference { contact.name.nameParameters = parameters.othersWithTypeAndPreference }
        case .nickname where contact.name.nickname == nil:
            contact.name.nickname = VCardValueText.trimmedText(value, dialect: dialect)
            keepParameters(parameters, of: "NICKNAME")
        case .telephone:
            mapTelephone(value, parameters, group: lowerGroup, line: line)
        case .email:
            guard let address = VCardValueText.trimmedText(value, dialect: dialect) else { return }
            let entry = VCardTypeVocabulary.entry(
                tokens: parameters.typeTokens, appleLabel: appleLabel(lowerGroup), customLabel: parameters.customLabel,
                preference: parameters.preference)
            contact.emails.append(Email(
                address: address, kind: entry.kind, label: entry.label, preference: entry.preference,
                readAt: line.position, otherParameters: parameters.others))
        case .address:
            mapAddress(value, parameters, group: lowerGroup, line: line)
        case .deliveryLabel:
            let entry = VCardTypeVocabulary.entry(
                tokens: parameters.typeTokens, appleLabel: nil, customLabel: nil, preference: nil)
            let text = VCardValueText.text(value, dialect: dialect)
            let raw = rawProperty(line, parameters, value: VCardValueText.raw(value))
            pendingDeliveryLabels.append((entry.kind, text, raw, lowerGroup, lineIndex, line.position))
        case .organization where organization.company == nil && organization.units.isEmpty:
            value.withUnsafeBufferPointer { value in
                structured.read(value, dialect: dialect, joiningLists: false)
                organization.company = structured.text(at: 0, in: value)
                organization.units = (1..<structured.count).compactMap { structured.text(at: $0, in: value) }
            }
            if parameters.hasOthersOrTypeOrPreference { organization.otherParameters = parameters.othersWithTypeAndPreference }
        case .title where organization.title == nil:
            organization.title = VCardValueText.trimmedText(value, dialect: dialect)
            keepParameters(parameters, of: "TITLE")
        case .role where organization.role == nil:
            organization.role = VCardValueText.trimmedText(value, dialect: dialect)
            keepParameters(parameters, of: "ROLE")
        case .url:
            guard let url = VCardValueText.trimmedText(value, dialect: dialect) else { return }
            let entry = VCardTypeVocabulary.entry(
                tokens: parameters.typeTokens, appleLabel: appleLabel(lowerGroup), customLabel: parameters.customLabel,
                preference: parameters.preference)
            contact.urls.append(WebAddress(
                url: url, kind: entry.kind, label: entry.label, preference: entry.preference,
                otherParameters: parameters.others))
        case .birthday where contact.birthday == nil && parameters.valueType != "TEXT":
            let text = VCardValueText.text(value, dialect: dialect)
            if var date = PartialDate(vCardDate: text) {
                // 1604, Apple's placeholder for an unknown year, also without its parameter, as
                // Thunderbird's CardBook writes it (`BDAY:16040101`): no birthday is that old.
                if date.year == (parameters.omittedYear ?? PartialDate.placeholderYear) { date.year = nil }
                contact.birthday = date
                keepParameters(parameters, of: "BDAY")
            } else {
                warn("BDAY '\(text)' is not a date; kept unparsed", at: line.position)
                keepRaw(line, parameters, value: VCardValueText.raw(value))
            }
        case .note where contact.note == nil:
            contact.note = VCardValueText.trimmedText(value, dialect: dialect)
            keepParameters(parameters, of: "NOTE")
        case .appleLabel where lowerGroup.map(labelledGroups.contains) ?? false:
            return
        case .appleLabel where value.allSatisfy({ VCardByte.isWhitespace($0) }):
            // Google's `item3.ORG` + an empty `item3.X-ABLabel`: no label, nothing to keep.
            return
        // Not `lowerGroup.map(consumesCountry)`: that method reference copies the whole mapping.
        case .appleAddressCountry where lowerGroup.map { consumesCountry($0) } ?? false:
            return
        case .version:
            return
        default:
            keepRaw(line, parameters, value: VCardValueText.raw(value))
        }
    }

    private mutating func mapName(_ value: ArraySlice<UInt8>, line: VCardCardBuffer.Line) {
        value.withUnsafeBufferPointer { value in
            structured.read(value, dialect: dialect, joiningLists: dialect != .v21)
            let count = structured.count
            if structured.hasText(from: 5) {
                warn("N has \(count) components; the \(count - 5) after the 5th are left out", at: line.position)
            }
            contact.name.family = structured.text(at: 0, in: value)
            contact.name.given = structured.text(at: 1, in: value)
            contact.name.middle = structured.text(at: 2, in: value)
            contact.name.prefix = structured.text(at: 3, in: value)
            contact.name.suffix = structured.text(at: 4, in: value)
        }
    }

    private mutating func mapTelephone(
        _ value: ArraySlice<UInt8>, _ parameters: VCardParameters, group: String?, line: VCardCardBuffer.Line
    ) {
        guard var number = VCardValueText.trimmedText(value, dialect: dialect) else { return }
        var extensionNumber: String?
        if number.utf8.first.map({ $0 | 0x20 == 0x74 }) == true, number.utf8.count > 4,
            VCardByte.hasPrefixIgnoringCase(number.utf8, "TEL:")
        {
            let parts = number.dropFirst(4).split(separator: ";", omittingEmptySubsequences: false)
            number = String(parts.first ?? "")
            for part in parts.dropFirst() where part.lowercased().hasPrefix("ext=") {
                extensionNumber = String(part.dropFirst(4))
            }
        }
        let entry = VCardTypeVocabulary.phone(
            tokens: parameters.typeTokens, appleLabel: appleLabel(group), customLabel: parameters.customLabel,
            preference: parameters.preference)
        var whatsAppID: String?
        if let written = parameters.whatsAppID {
            whatsAppID = Phone.whatsAppID(from: written)
            if whatsAppID == nil { warn("waid '\(written)' is not a WhatsApp id (6 to 15 digits); ignored", at: line.position) }
        }
        contact.phones.append(
            Phone(
                value: number, kind: entry.kind, label: entry.label, additionalKinds: entry.additionalKinds,
                preference: entry.preference, extensionNumber: extensionNumber, whatsAppID: whatsAppID, readAt: line.position,
                otherParameters: parameters.others))
    }

    private mutating func mapAddress(
        _ value: ArraySlice<UInt8>, _ parameters: VCardParameters, group: String?, line: VCardCardBuffer.Line
    ) {
        // Taken out for the call, which changes `self`.
        var components = VCardStructuredValue()
        swap(&components, &structured)
        defer { swap(&components, &structured) }
        value.withUnsafeBufferPointer { value in
            components.read(value, dialect: dialect, joiningLists: false)
            mapAddress(components, in: value, parameters, group: group, line: line)
        }
    }

    /// ``mapAddress(_:_:group:line:)`` once its value is split into `components`.
    private mutating func mapAddress(
        _ components: borrowing VCardStructuredValue, in value: UnsafeBufferPointer<UInt8>, _ parameters: VCardParameters,
        group: String?, line: VCardCardBuffer.Line
    ) {
        guard components.hasText(from: 0) || parameters.deliveryLabel != nil else { return }
        // SOGo Connector and hand-written cards leave out the post office box: six parts, the last
        // a country name (no digit) after a postcode or an empty part.
        var shifted = false
        if components.count == 6, let last = components.text(at: 5, in: value) {
            shifted = !last.contains(where: \.isNumber)
                && (components.text(at: 4, in: value).map { $0.contains(where: \.isNumber) } ?? true)
        }
        if shifted {
            warn("ADR has 6 components, not 7; read as without the post office box, the last being the country", at: line.position)
        }
        func part(_ index: Int) -> String? {
            let index = shifted ? index - 1 : index
            return index >= 0 ? components.text(at: index, in: value) : nil
        }
        if components.hasText(from: 8) {
            warn(
                "ADR has \(components.count) components; the \(components.count - 8) after the 8th are left out",
                at: line.position)
        }
        let entry = VCardTypeVocabulary.entry(
            tokens: parameters.typeTokens, appleLabel: appleLabel(group), customLabel: parameters.customLabel,
            preference: parameters.preference)
        let countryCode =
            group.flatMap { group in appleCountries.first { $0.group == group }?.code }
            ?? parameters.countryCode.flatMap(Self.countryCode)
        var otherParameters = parameters.others
        let deliveryTypes = VCardTypeVocabulary.deliveryTypes(tokens: parameters.typeTokens)
        if !deliveryTypes.isEmpty { otherParameters.append(RawParameter(name: "TYPE", values: deliveryTypes)) }
        addressOrigins.append((group, lineIndex))
        contact.addresses.append(
            PostalAddress(
                poBox: part(0), extended: part(1), street: part(2), city: part(3), region: part(4),
                postalCode: part(5), country: part(6), countryCode: countryCode.flatMap(Self.nonEmpty),
                formatted: part(7) ?? parameters.deliveryLabel.flatMap(Self.nonEmpty), kind: entry.kind,
                label: entry.label, preference: entry.preference, readAt: line.position,
                otherParameters: otherParameters))
    }

    /// Gives each LABEL property (vCard 2.1 §2.3.2, RFC 2426 §3.2.2) to an address without a
    /// formatted text: the ADR of its item group, else the nearest ADR of the same kind before
    /// it, else the first ADR of the same kind after it. A LABEL no ADR takes is an address of its
    /// own, given only as its text (Outlook and Evolution write some addresses so); an empty one
    /// stays raw.
    private mutating func attachDeliveryLabels() {
        for pending in pendingDeliveryLabels {
            guard let text = Self.nonEmpty(pending.text) else {
                contact.unmapped.append(pending.raw)
                continue
            }
            guard let index = addressIndex(forLabel: (pending.kind, pending.group, pending.line)) else {
                addressOrigins.append((pending.group, pending.line))
                contact.addresses.append(PostalAddress(formatted: text, kind: pending.kind, readAt: pending.position))
                continue
            }
            contact.addresses[index].formatted = text
        }
    }

    private func addressIndex(forLabel label: (kind: EntryKind, group: String?, line: Int)) -> Int? {
        let open = contact.addresses.indices.filter { contact.addresses[$0].formatted == nil }
        if let group = label.group {
            // A grouped LABEL belongs to its group's ADR; with none, it is an address of its own.
            return open.first { addressOrigins[$0].group == group }
        }
        let sameKind = open.filter { contact.addresses[$0].kind == label.kind }
        return sameKind.last { addressOrigins[$0].line < label.line } ?? sameKind.first
    }

    /// The `X-ABLabel` of `group`; none when it is empty or iOS's `(null)`, the text it writes for
    /// a label it does not have.
    private func appleLabel(_ group: String?) -> String? {
        guard let group, let label = appleLabels.first(where: { $0.group == group }).flatMap({ Self.nonEmpty($0.text) })
        else { return nil }
        return label == "(null)" ? nil : label
    }

    /// `written`, upper-cased, when it is an ISO 3166-1 alpha-2 code (two ASCII letters), as
    /// Apple's X-ABADR and RFC 8605's `CC` parameter give one.
    private static func countryCode(_ written: String) -> String? {
        let code = written.vCardTrimmed
        let isCode = code.utf8.count == 2 && code.utf8.allSatisfy { VCardByte.upper($0) >= 0x41 && VCardByte.upper($0) <= 0x5A }
        return isCode ? code.uppercased() : nil
    }

    /// True when the group's X-ABADR is an ISO 3166-1 code that an ADR of the group takes.
    private func consumesCountry(_ group: String) -> Bool {
        appleCountries.contains { $0.group == group } && card.lines.contains { line in
            line.content.property == .address && self.group(of: line)?.lowercased() == group
        }
    }

    /// Keeps the parameters of a single-valued property no field holds (``Contact/propertyParameters``).
    private mutating func keepParameters(_ parameters: VCardParameters, of property: String) {
        guard parameters.hasOthersOrTypeOrPreference else { return }
        contact.propertyParameters[property] = parameters.othersWithTypeAndPreference
    }

    private func propertyName(_ line: VCardCardBuffer.Line) -> String {
        VCardByte.upperString(card.arena[line.content.name])
    }

    private func rawProperty(_ line: VCardCardBuffer.Line, _ parameters: VCardParameters, value: String) -> RawProperty {
        var kept =
            parameters.keepsAll
            ? parameters.keptForRawProperty
            : VCardParameters(card.arena, in: line.content.parameters ?? 0..<0).keptForRawProperty
        if lineWasBase64Text { kept.removeAll { $0.name == "ENCODING" } }
        return RawProperty(group: group(of: line), name: propertyName(line), parameters: kept, value: value)
    }

    private mutating func keepRaw(_ line: VCardCardBuffer.Line, _ parameters: VCardParameters, value: String) {
        contact.unmapped.append(rawProperty(line, parameters, value: value))
    }

    private mutating func report(_ problem: VCardValueText.CharsetProblem, _ line: VCardCardBuffer.Line) {
        switch problem {
        case .unknownCharset(let name):
            warn("unknown CHARSET '\(name)' on \(propertyName(line)); read as UTF-8 or Windows-1252", at: line.position)
        case .invalidInCharset(let name):
            warn("\(propertyName(line)) is not valid \(name); read as Windows-1252", at: line.position)
        case .cutUTF8Character:
            warn("\(propertyName(line)) ends in the middle of a UTF-8 character; the cut character is dropped", at: line.position)
        case .utf8DespiteCharset(let name):
            guard reportedUTF8Charsets.insert(name.lowercased()).inserted else { return }
            warn(
                "\(propertyName(line)) names CHARSET=\(name) but its text is UTF-8; read as UTF-8 "
                    + "(the first such value is here)",
                at: line.position)
        case .guessed(let charset):
            guard reportedGuessedCharsets.insert(charset).inserted else { return }
            warn(
                "8-bit text that is not UTF-8 and names no CHARSET; read as \(charset.displayName) "
                    + "(the first such value is here)" + TextCharset.guessedCodePageHint,
                at: line.position)
        }
    }

    private mutating func warn(_ message: String, at position: SourcePosition) {
        diagnostics.append(.warning(message, at: position))
    }

    private static func nonEmpty(_ text: String) -> String? {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first > VCardByte.space, last > VCardByte.space { return text }
        let trimmed = text.vCardTrimmed
        return trimmed.isEmpty ? nil : trimmed
    }
}
