import ContactModel
import PhoneNormalization

extension ContactNormalizer {
    /// Normalises `contact.phones`, splitting a phone whose value holds several numbers —
    /// `0991234567 / 0987654321` in one TEL or JSON `phone`, as some converters copy a spreadsheet
    /// cell — into one phone per number, each with the source's type, label and position
    /// (RFC 6350 §6.4.1: one number per TEL), and a warning that names the split.
    ///
    /// A value is split only when it is not one valid number and every piece
    /// (``FieldValues/phones(in:)``: 7 digits or more each) is a valid number in `region` or
    /// written internationally; otherwise it is read, or reported, as one value. A phone with an
    /// extension or a WhatsApp id of its own is one number.
    static func normalizePhones(
        _ phones: inout [Phone], regions: PhoneRegions, cardName: String, context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        // National numbers read without a region, each with where its warning goes.
        var unread: [(phone: Int, diagnostic: Int)] = []
        var index = phones.startIndex
        while index < phones.endIndex {
            // Checked after reading, and only for a phone that is no valid number: nearly every
            // phone is one, and costs nothing more. (Reading a number that fails changes nothing
            // but `normalized`.)
            let reported = diagnostics.count
            let region = regions.region(for: phones[index].kind)
            let reading = normalizePhone(
                &phones[index], region: region, cardName: cardName, context: context, diagnostics: &diagnostics)
            // A `;` between two numbers reads as an extension dialled after the first (RFC 3966
            // `;ext=`), which a seven-digit "extension" is not.
            let longExtension = (phones[index].normalized?.extensionNumber?.utf8.count ?? 0) >= 7
            guard reading != .valid || longExtension, let pieces = severalNumbers(in: phones[index], region: region, wholeIsValid: reading == .valid) else {
                if reading == .nationalWithoutRegion { unread.append((index, diagnostics.count)) }
                index += 1
                continue
            }
            // What was said of the whole value is replaced by what is said of its numbers.
            diagnostics.removeSubrange(reported...)
            phones[index].normalized = nil
            let whole = phones.split(at: index, into: pieces, field: \.value)
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(whole.value)\" holds \(pieces.count) numbers; read as \(pieces.count) phones",
                context: context, readAt: whole.readAt))
            for offset in pieces.indices {
                let reading = normalizePhone(
                    &phones[index + offset], region: region, cardName: cardName, context: context,
                    diagnostics: &diagnostics)
                if reading == .nationalWithoutRegion {
                    diagnostics.append(nationalWithoutRegion(phones[index + offset], cardName: cardName, context: context))
                }
            }
            index += pieces.count
        }
        guard !unread.isEmpty else { return }
        // Inserted from the last, so that each index still points where its warning belongs.
        let otherRegion = regionOfTheValidNumbers(in: phones)
        for (phone, diagnostic) in unread.reversed() {
            let region = otherRegion.flatMap { other in
                (try? parse(phones[phone].value, region: other))?.isValid == true ? other : nil
            }
            let suggestion = region.map { "--region \($0.rawValue), the region of the contact's other numbers" }
                ?? CountryCodeWithoutPlus.internationalNumber(writtenAs: phones[phone].value).flatMap { number in
                    number.region.flatMap { region in
                        region.rawValue.utf8.count == 2 ? "--region \(region.rawValue) if it is \(number.e164) written without '+'" : nil
                    }
                }
            diagnostics.insert(
                nationalWithoutRegion(phones[phone], suggesting: suggestion, cardName: cardName, context: context),
                at: diagnostic)
        }
    }

    /// The regions a contact's national numbers are read in: one for all, but for a home or work
    /// phone the country of the contact's home or work address when it has addresses in more
    /// than one (a German office and a Polish home: the home phone is read as Polish).
    struct PhoneRegions {
        var all: RegionCode?
        var home: RegionCode?
        var work: RegionCode?

        func region(for kind: Phone.Kind) -> RegionCode? {
            switch kind {
            case .home, .homeFax: home ?? all
            case .work, .workFax: work ?? all
            default: all
            }
        }
    }

    /// The region of the contact's valid numbers — all written internationally, as there is no
    /// region to read national ones in — when they agree on one.
    private static func regionOfTheValidNumbers(in phones: [Phone]) -> RegionCode? {
        var found: String?
        for phone in phones {
            guard let normalized = phone.normalized, normalized.isValid, let other = normalized.region else { continue }
            if found.map({ $0 != other }) ?? false { return nil }
            found = other
        }
        return found.flatMap(RegionCode.init(rawValue:))
    }

    /// The warning for a national number read without a region, with the ways to give one; it
    /// names the `suggestion` — the region of the contact's other numbers, in which the number is
    /// valid, or the region of the international number its digits spell with a `+` — when there
    /// is one. A hint only: the number stays unread, nothing is guessed.
    private static func nationalWithoutRegion(
        _ phone: Phone, suggesting suggestion: String? = nil, cardName: String, context: NormalizationContext
    ) -> Diagnostic {
        let example = suggestion ?? "--region, e.g. --region EC"
        let kept = !isNumberText(phone.value)
            ? "left out of Jelou payloads, kept as written in vCard and CSV" : "kept as written, \(keptWhatsAppID(of: phone))"
        return problem(
            """
            contact "\(cardName)": phone "\(writtenText(of: phone))" is a national number and no region is known; \
            \(kept) (pass \(example), set JELOU_CONTACTS_REGION, or give the contact's address a country)
            """,
            context: context, readAt: phone.readAt)
    }

    /// The phone as the reader wrote it: its value, and ` ext. N` when an extension was split off.
    private static func writtenText(of phone: Phone) -> String {
        trimmedOrNil(phone.extensionNumber).map { phone.value + " ext. " + $0 } ?? phone.value
    }

    /// How a warning says what became of a phone's WhatsApp id.
    private static func keptWhatsAppID(of phone: Phone) -> String {
        phone.whatsAppID.map { "with the wa_id it came with, \($0)" } ?? "without wa_id"
    }

    /// What reading one phone found.
    enum PhoneReading: Equatable {
        case valid
        /// A possible number, or one that cannot be read, reported.
        case notValid
        /// A national number without a region to read it in, not yet reported: the caller says so
        /// (``nationalWithoutRegion(_:suggesting:cardName:context:)``), once it knows the
        /// contact's other numbers.
        case nationalWithoutRegion
    }

    /// The numbers `phone`'s value holds, when it holds several of seven digits or more
    /// (``FieldValues/phones(in:)``) and one at least is a valid number: the others are read and
    /// reported each on its own, rather than glued into one. Numbers separated by spaces only
    /// (`0991234567 0987654321`) are two when both are valid.
    private static func severalNumbers(in phone: Phone, region: RegionCode?, wholeIsValid: Bool) -> [String]? {
        // Two numbers of 7 digits and a separator take 15 bytes at least.
        guard phone.value.utf8.count >= 15, phone.extensionNumber == nil, phone.whatsAppID == nil else { return nil }
        let isValid = { (piece: String) in (try? parse(piece, region: region))?.isValid == true }
        let values = FieldValues.phones(in: phone.value)
        guard values.holdsSeveral else { return wholeIsValid ? nil : validNumbersAtASpace(phone.value, isValid: isValid) }
        let pieces = Array(values)
        guard !pieces.contains(where: isDateOrIdentity) else { return nil }
        return pieces.contains(where: isValid) ? pieces : nil
    }

    /// The words that name an identity or tax number written beside a phone (`CI 1712345678`,
    /// Ecuador's cédula; `RUC`, `DNI`, `CPF`, `RUT`, `NIT`, `CURP`, `RFC`, `NIF`).
    private static let identityWords: Set<String> = [
        "ci", "cc", "ruc", "dni", "cpf", "rg", "rut", "nit", "curp", "rfc", "nif", "nie", "id", "cedula", "cédula", "pasaporte",
        "passport",
    ]

    /// True when a piece of a phone value is a date (`2019-05-01`) or an identity number
    /// (`CI 1712345678`), not a phone.
    private static func isDateOrIdentity(_ piece: String) -> Bool {
        let words = piece.lowercased().split(whereSeparator: { !$0.isLetter })
        if let first = words.first, identityWords.contains(String(first)) { return true }
        let groups = piece.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" || $0 == " " })
        guard groups.count == 3, groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        let lengths = groups.map(\.count)
        return lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 || lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4
    }

    /// The two valid numbers `text`, no valid number as a whole, holds either side of one of its
    /// runs of spaces.
    private static func validNumbersAtASpace(_ text: String, isValid: (String) -> Bool) -> [String]? {
        // Two numbers of seven digits at least; no number has over 17.
        let asciiDigits = text.utf8.count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard asciiDigits >= 14, asciiDigits <= 34 else { return nil }
        let scalars = Array(text.unicodeScalars)
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar.value == 0xA0 }
        var index = 0
        while index < scalars.count {
            guard isSpace(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isSpace(scalars[end]) { end += 1 }
            let head = String(String.UnicodeScalarView(scalars[..<index]))
            let tail = String(String.UnicodeScalarView(scalars[end...]))
            if isValid(head), isValid(tail) { return [head, tail] }
            index = end
        }
        return nil
    }

    /// Reads one phone in `region` and records what the numbering plan says about it.
    ///
    /// The text parsed is ``Phone/value`` plus ` ext. N` when the reader split an extension off.
    /// A valid number gets its E.164 form, line type, region and `wa_id` (see
    /// `WhatsAppID.make(for:kind:label:policy:quirks:)`); a number that is only possible keeps its E.164
    /// form with `isValid == false`, no `wa_id` and a warning, unless it is a local number without
    /// its area code, whose E.164 form would be no number: that is kept as written. A number that
    /// cannot be read keeps `normalized == nil` and gets a warning with the reason — except a
    /// national number without a region, which the caller reports
    /// (``PhoneReading/nationalWithoutRegion``). A `wa_id` the source gave
    /// (``Phone/whatsAppID``, WhatsApp's own) is kept in every case, unless the policy is `never`,
    /// and a value of the same digits is read as that international number; a click-to-chat link
    /// (`https://wa.me/593991234567`) gives the number and its id.
    /// Corresponds to ITU-T E.164 and RFC 6350 §6.4.1 (TEL).
    /// A `wa_id` the source gave that is another number than the phone's (a bot's card with one
    /// person's number and another's id) is kept, with a warning.
    /// - Returns: whether the phone is a valid number, or what is wrong with it.
    static func normalizePhone(
        _ phone: inout Phone,
        region: RegionCode?,
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) -> PhoneReading {
        let reading = readPhone(&phone, region: region, cardName: cardName, context: context, diagnostics: &diagnostics)
        if let id = phone.whatsAppID {
            let e164 = phone.normalized?.e164
            let digits = e164.map { String($0.dropFirst()) } ?? PhoneDigits(phone.value)?.number ?? ""
            let isInternational = e164 != nil || digits.hasPrefix("+")
            if !digits.isEmpty,
                !WhatsAppIDAgreement.agrees(
                    digits: digits.hasPrefix("+") ? String(digits.dropFirst()) : digits, isInternational: isInternational, waID: id)
            {
                diagnostics.append(problem(
                    "contact \"\(cardName)\": phone \"\(phone.value)\" has the wa_id \(id), which is another number; "
                        + "both kept as given (the card shows one number, and its WhatsApp button opens the other)",
                    context: context, readAt: phone.readAt))
            }
        }
        return reading
    }

    /// Reads one phone for ``normalizePhone(_:region:cardName:context:diagnostics:)``.
    private static func readPhone(
        _ phone: inout Phone,
        region defaultRegion: RegionCode?,
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) -> PhoneReading {
        let text = writtenText(of: phone)
        var parsed = text
        if let digits = WhatsAppLink.digits(in: phone.value) {
            parsed = "+" + digits
            if phone.whatsAppID == nil { phone.whatsAppID = digits }
        } else if let id = phone.whatsAppID, !startsInternationally(text), digitsOf(text) == id {
            // WhatsApp's id is the number's international digits: a value of the same digits
            // (`TEL;waid=6281234567890:6281234567890`, as WhatsApp bots write) is that number.
            parsed = "+" + id
        }
        if context.waIDPolicy == .never { phone.whatsAppID = nil }
        let keptID = keptWhatsAppID(of: phone)
        // Nearly every phone is digits and signs only, with no word to read.
        let hasWords = mayHoldWords(parsed)
        let droppedLabel = hasWords ? PhoneNumber.addressBookLabel(in: parsed) : nil
        if PhoneDigits.isPlaceholder(text: text) {
            return reportUnreadable(
                &phone, parsed: parsed, text: text, reason: "one digit repeated, a placeholder", region: defaultRegion,
                keptID: keptID, cardName: cardName, context: context, diagnostics: &diagnostics, statesReason: true)
        }
        let region = hasWords
            ? namedRegion(of: parsed, text: text, defaultRegion: defaultRegion, cardName: cardName, context: context,
                readAt: phone.readAt, diagnostics: &diagnostics) ?? defaultRegion
            : defaultRegion

        var number: PhoneNumber
        // Whether an address-book rereading (``validRereading``) gave the number.
        var isReread = true
        do {
            number = try parse(parsed, region: region)
            isReread = false
        } catch {
            // Without a region only a number written with `+` or `00` can be read at all.
            guard region != nil || startsInternationally(parsed),
                let reread = validRereading(
                    parsed, of: &phone, region: region, cardName: cardName, context: context, diagnostics: &diagnostics)
            else {
                return reportUnreadable(
                    &phone, parsed: parsed, text: text, reason: error.message, region: region, keptID: keptID, cardName: cardName,
                    context: context, diagnostics: &diagnostics)
            }
            number = reread
        }
        if !number.isValid,
            let reread = validRereading(
                parsed, of: &phone, region: region, cardName: cardName, context: context, diagnostics: &diagnostics)
        {
            number = reread
            isReread = true
        }
        // A number reread from the text's words has been read with them already.
        let numberText = droppedLabel?.number ?? parsed
        if hasWords, !isReread, number.isValid, number.extensionNumber == nil, hasLetterAfterDigit(numberText),
            let reread = validReadingWithExtensionWord(numberText, region: region), reread.extensionNumber != nil
        {
            // An extension word libphonenumber does not know, whose digits it joined to the
            // number's in an open numbering plan (`030 12345678 DW 12` in Germany).
            number = reread
        } else if hasWords, !isReread, number.isValid, hasKeypadLetters(numberText) {
            // libphonenumber reads three letters as keypad digits: right for `1-800-FLOWERS`, not
            // for a name after a number (`030 1234567 Mama`) or letters typed among its digits.
            switch keypadReading(numberText, number: number, region: region) {
            case .vanity:
                break
            case .beforeWords(let reading):
                keepTrailingWords(reading.words, of: &phone, number: reading.number, cardName: cardName, context: context, diagnostics: &diagnostics)
                number = reading.number
            case .none:
                return reportUnreadable(
                    &phone, parsed: parsed, text: text,
                    reason: "letters among its digits, which would be the keypad digits of \(number.e164)", region: region,
                    keptID: keptID, cardName: cardName, context: context, diagnostics: &diagnostics, statesReason: true)
            }
        }
        if let droppedLabel {
            // A label the address-book tolerance skipped (`(no usar)`, `- oficina`, `(casa)`).
            let words = PhoneWords.words(of: droppedLabel.label)
            // `(Perú)`: the country the number was read in says nothing more.
            let namesTheRegion = region != nil && PhoneWords.country(namedIn: words) == region
            if PhoneWords.sayOutOfUse(words) {
                return reportUnreadable(
                    &phone, parsed: parsed, text: text, reason: "out of use", region: region, keptID: keptID, cardName: cardName, context: context, diagnostics: &diagnostics)
            }
            if !namesTheRegion, !PhoneWords.agree(words, with: &phone) {
                keepTrailingWords(words, of: &phone, number: number, cardName: cardName, context: context, diagnostics: &diagnostics)
            }
        }
        if hasWords, let words = PhoneWords.leadingWords(of: parsed),
            region == nil || PhoneWords.country(namedIn: words) != region, !PhoneWords.agree(words, with: &phone)
        {
            // `Mamá 099 123 4567`: a label libphonenumber skips before the number.
            keepTrailingWords(
                words, before: true, of: &phone, number: number, cardName: cardName, context: context, diagnostics: &diagnostics)
        }
        if number.isLocalOnly && !isNumberText(phone.value) {
            // A label with a few digits (`Tel10`) or a masked number (`+55 31 98296-8XX`): no number.
            return reportUnreadable(
                &phone, parsed: parsed, text: text, reason: "no phone number in the text",
                region: region, keptID: keptID, cardName: cardName, context: context, diagnostics: &diagnostics)
        }
        if number.isLocalOnly {
            // Its E.164 form would lack the area code: a number that looks complete but is not.
            phone.normalized = nil
            let readIn = startsWithPlus(parsed) ? "" : region.map { " read in region \($0.rawValue)" } ?? ""
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(text)\"\(readIn) is shorter than any +\(number.countryCode) fixed "
                    + "line or mobile (its area code or a digit is missing); kept as written, \(keptID)",
                context: context, readAt: phone.readAt))
            return .notValid
        }
        if ArgentineMobileNine.lacksAreaCode(number, writtenInternationally: startsInternationally(parsed)) {
            phone.normalized = nil
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(text)\" is an Argentine mobile written with 15 but without its area "
                    + "code (011 15-… in Buenos Aires); kept as written, \(keptID)",
                context: context, readAt: phone.readAt))
            return .notValid
        }

        if let hint = mobileHint(for: number, writtenAs: parsed, kind: phone.kind, region: region) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(text)\" " + hint + "; kept as \(number.e164)",
                context: context, readAt: phone.readAt))
        }
        let lineType = lineType(of: number)
        phone.normalized = NormalizedPhone(
            e164: number.e164,
            waID: number.extensionNumber == nil
                ? phone.whatsAppID ?? WhatsAppID.make(
                    for: number, kind: phone.kind, label: phone.label, policy: context.waIDPolicy,
                    quirks: context.waIDQuirks)
                : nil,
            lineType: lineType,
            isValid: number.isValid,
            extensionNumber: number.extensionNumber,
            region: number.region?.rawValue
        )
        if !number.isValid {
            let today = BrazilianNinthDigit.currentNumber(for: number).map {
                "; Brazil put a 9 before every mobile number by 2016: the number today is \($0)"
            } ?? ColombianTenDigitFixedLines.currentNumber(for: number).map {
                "; Colombia put 60 before every fixed-line number in 2021: the number today is \($0)"
            } ?? numberWithoutLeadingZero(number).map {
                "; without its leading 0, a trunk prefix the country no longer dials, it is \($0)"
            } ?? ""
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(text)\" has the length of a +\(number.countryCode) number "
                    + "but matches none of its number ranges; kept as \(number.e164), \(keptID)\(today)",
                context: context, readAt: phone.readAt))
        }
        // A phone with a label of its own (`X-Residencial`) is typed by it: no `CELL` is added.
        if lineType == .mobile && (phone.kind == .unspecified || phone.kind == .voice) && phone.label == nil {
            phone.kind = .mobile
        }
        return number.isValid ? .valid : .notValid
    }

    /// What to say of a valid number that is no mobile when the text or the source's type says
    /// it may be one: an Argentine mobile written without its 9, or a number written with its
    /// country code but without `+` and read as a national number of the same region.
    private static func mobileHint(
        for number: PhoneNumber, writtenAs text: String, kind: Phone.Kind, region: RegionCode?
    ) -> String? {
        guard number.isValid, number.type != .mobile, number.type != .fixedLineOrMobile else { return nil }
        if let mobile = ArgentineMobileNine.mobileNumber(for: number, kind: kind) {
            return "is typed mobile but \(number.e164) is a fixed line; Argentina writes its mobiles with a 9 after "
                + "+54: the mobile is \(mobile)"
        }
        guard let region, let mobile = CountryCodeWithoutPlus.mobileNumber(writtenAs: text, readAs: number) else {
            return nil
        }
        return "read in region \(region.rawValue) is \(number.e164), which is no mobile; if its digits begin with the country "
            + "code, it is the mobile \(mobile): write it with '+'"
    }

    /// Reports a phone no reading of which is a number: sets `normalized` to `nil` and says why,
    /// with Mexico's number of today when the text dials it the retired way. A national number
    /// without a region is left for the caller to report.
    private static func reportUnreadable(
        _ phone: inout Phone, parsed: String, text: String, reason libphonenumberReason: String, region: RegionCode?,
        keptID: String, cardName: String, context: NormalizationContext, diagnostics: inout [Diagnostic],
        statesReason: Bool = false
    ) -> PhoneReading {
        phone.normalized = nil
        // A region reads a national number, not text that is none (`*111#`, `1`, mojibake).
        if region == nil && containsDigit(parsed) && !startsInternationally(parsed) && isNumberText(phone.value) {
            return .nationalWithoutRegion
        }
        // A number written with `+` is read without the region, which is named for the others.
        let readIn = startsWithPlus(parsed) ? "" : region.map { " read in region \($0.rawValue)" } ?? ""
        let today = MexicanLegacyDialing.currentNumber(for: parsed, region: region).map {
            "; Mexico retired this way of dialling in 2019 (the 1 after +52, and 01, 044, 045): "
                + "the number today is \($0)"
        } ?? ""
        // Text a payload's `phone` cannot carry as a number (``PhoneDigits``) is left out of
        // payloads; the vCard and CSV writers keep it.
        let isNoNumber = !isNumberText(phone.value)
        let kept = isNoNumber ? "left out of Jelou payloads, kept as written in vCard and CSV" : "kept as written, \(keptID)"
        // libphonenumber reads words after the digits as keypad letters, and its reason then
        // speaks of digits the text does not have (`913-962-5492 not in service`: too many).
        let hasWords = !statesReason && isNoNumber && hasWordAfterDigits(phone.value)
        let verdict = hasWords && PhoneWords.sayOutOfUse(phone.value)
            ? "is marked out of use by the words after its digits"
            : "is not a valid number (\(hasWords ? "words follow its digits" : libphonenumberReason))"
        diagnostics.append(problem(
            "contact \"\(cardName)\": phone \"\(text)\"\(readIn) \(verdict); " + kept + today,
            context: context, readAt: phone.readAt))
        return .notValid
    }

    /// The valid number the text before its last digit's trailing words is (`099 123 4567 claro`,
    /// `(11) 98765-4321 TIM`, `… mamá`), with those words; `nil` when nothing but words follows the
    /// digits, or when the number before them is no valid number.
    private static func validReadingBeforeWords(_ text: String, region: RegionCode?) -> (number: PhoneNumber, words: String)? {
        let scalars = text.unicodeScalars
        guard let lastDigit = scalars.lastIndex(where: isNumeric) else { return nil }
        let tail = scalars[scalars.index(after: lastDigit)...]
        // The words without the spaces and signs around them (`- claro.`, `(mamá)`); the tail holds
        // no digit, as it follows the last one.
        guard let first = tail.firstIndex(where: isAlphabetic), let last = tail.lastIndex(where: isAlphabetic) else {
            return nil
        }
        let words = String(String.UnicodeScalarView(tail[first...last]))
        // `not in service`, `desconectado`, `viejo`: the words say the number is not to be used.
        guard !PhoneWords.sayOutOfUse(words) else { return nil }
        let head = String(String.UnicodeScalarView(scalars[...lastDigit]))
        guard let number = try? parse(head, region: region), number.isValid else { return nil }
        return (number, words)
    }

    /// The valid number address-book habits hide from libphonenumber: an extension after a word it
    /// does not know (``validReadingWithExtensionWord(_:region:)``), a trunk `0` after the country
    /// code (``validReadingWithoutTrunkZero(_:region:)``), a number of an overseas
    /// region dialled nationally (``validReadingInOverseasRegion(_:region:)``), a North American number
    /// without its 1 (``validReadingWithoutNANPOne(_:)``), a `00` the region dials
    /// otherwise (``validReadingAfterDoubleZero(_:region:)``), or words after the number
    /// (``validReadingBeforeWords(_:region:)``), which are then kept as the phone's label.
    private static func validRereading(
        _ parsed: String, of phone: inout Phone, region: RegionCode?, cardName: String, context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) -> PhoneNumber? {
        if let number = validReadingWithExtensionWord(parsed, region: region) { return number }
        if let number = validReadingWithoutTrunkZero(parsed, region: region) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" is no valid number with the 0 after its country code; "
                    + "read without it, as \(number.e164) (a trunk prefix, not dialled from abroad)",
                context: context, readAt: phone.readAt))
            return number
        }
        if let region, let number = validReadingInOverseasRegion(parsed, region: region) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" is no valid number of region \(region.rawValue); read as "
                    + "\(number.e164), a number of \(number.region?.rawValue ?? "its overseas region"), which \(region.rawValue) "
                    + "dials nationally",
                context: context, readAt: phone.readAt))
            return number
        }
        if region == nil || region?.countryCode == 1, let number = validReadingWithoutNANPOne(parsed) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" is no valid number; read as \(number.e164), its + "
                    + "before a North American area code (\(number.region?.rawValue ?? "+1"))",
                context: context, readAt: phone.readAt))
            return number
        }
        if let number = validReadingAfterDoubleZero(parsed, region: region) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" is no valid number in region \(region?.rawValue ?? "")"
                    + "; read as \(number.e164), its 00 as the international prefix",
                context: context, readAt: phone.readAt))
            return number
        }
        guard let reading = validReadingBeforeWords(parsed, region: region) else { return nil }
        keepTrailingWords(reading.words, of: &phone, number: reading.number, cardName: cardName, context: context, diagnostics: &diagnostics)
        return reading.number
    }

    /// Keeps the words after (or `before`) a phone's number as its label, or in brackets after the
    /// label it has (`Papá (claro)`), and says so: the writers write the number, not the text.
    private static func keepTrailingWords(
        _ words: String, before: Bool = false, of phone: inout Phone, number: PhoneNumber, cardName: String,
        context: NormalizationContext, diagnostics: inout [Diagnostic]
    ) {
        let kept = phone.label == nil ? "are its label" : "join its label"
        phone.label = phone.label.map { "\($0) (\(words))" } ?? words
        diagnostics.append(problem(
            "contact \"\(cardName)\": phone \"\(phone.value)\" has words \(before ? "before" : "after") its number (\"\(words)\"); read as "
                + "\(number.e164); the words \(kept)",
            context: context, readAt: phone.readAt))
    }

    /// The country a phone's words name (`Perú 987654321`, `(México)`), when the number is valid
    /// there and not in `defaultRegion`, with a warning; else `nil`. A number written
    /// internationally is read without a region.
    private static func namedRegion(
        of parsed: String, text: String, defaultRegion: RegionCode?, cardName: String, context: NormalizationContext,
        readAt: ReadPosition, diagnostics: inout [Diagnostic]
    ) -> RegionCode? {
        guard !startsInternationally(parsed), let named = PhoneWords.namedRegion(in: parsed),
            named != defaultRegion,
            // A valid number of the default region stays one: the word may be a name (`Guadalupe`,
            // `Mauricio`, `India`), and WhatsApp's own id says so.
            defaultRegion == nil || (try? parse(parsed, region: defaultRegion))?.isValid != true
        else { return nil }
        let isValid = (try? parse(parsed, region: named))?.isValid == true
            || validReadingBeforeWords(parsed, region: named) != nil
        guard isValid else { return nil }
        diagnostics.append(problem(
            "contact \"\(cardName)\": phone \"\(text)\" names its country; read in region \(named.rawValue)"
                + (defaultRegion.map { ", not \($0.rawValue)" } ?? ""),
            context: context, readAt: readAt))
        return named
    }

    /// How a valid number read with keypad letters is to be taken.
    private enum KeypadReading {
        /// A vanity number (`1-800-FLOWERS`, `0800 555 CAFE`): letters at its end, and no mobile.
        case vanity
        /// A valid number before words (`030 1234567 Mama`).
        case beforeWords((number: PhoneNumber, words: String))
    }

    /// True when libphonenumber reads letters of `text` as keypad digits: three or more ASCII
    /// letters after its first digit, that are no extension word (``PhoneDigits``).
    private static func hasKeypadLetters(_ text: String) -> Bool {
        lettersAfterFirstDigit(text) >= 3 && PhoneDigits(text) == nil
    }

    private static func hasLetterAfterDigit(_ text: String) -> Bool {
        lettersAfterFirstDigit(text) > 0
    }

    /// The ASCII letters of `text` after its first ASCII digit.
    private static func lettersAfterFirstDigit(_ text: String) -> Int {
        var letters = 0
        var seenDigit = false
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                seenDigit = true
            } else if seenDigit, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
                letters += 1
            }
        }
        return letters
    }

    /// What a valid number read with keypad letters is: the valid number before the words after
    /// it, a vanity number, or (`nil`) letters typed among digits (`6123ABC78`, `099 CASA 567`),
    /// which are no number.
    private static func keypadReading(_ text: String, number: PhoneNumber, region: RegionCode?) -> KeypadReading? {
        if let reading = validReadingBeforeWords(text, region: region) { return .beforeWords(reading) }
        let scalars = text.unicodeScalars
        guard let firstLetter = scalars.firstIndex(where: { $0.isASCII && $0.properties.isAlphabetic }),
            !scalars[firstLetter...].contains(where: isNumeric), number.type != .mobile
        else { return nil }
        return .vanity
    }

    /// True when `text` has an ASCII letter or a byte beyond ASCII (which may be one).
    private static func mayHoldWords(_ text: String) -> Bool {
        for byte in text.utf8 where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 { return true }
        return false
    }

    /// Whether a payload's `phone` can carry `text` as a number (``PhoneDigits``). Most phones are
    /// digits, spaces and `+()-./` only, which it answers without building the digits.
    private static func isNumberText(_ text: String) -> Bool {
        var digits = 0
        var firstDigit: UInt8 = 0
        var isOneDigitRepeated = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits == 0 { firstDigit = byte } else if byte != firstDigit { isOneDigitRepeated = false }
                digits += 1
            case UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
                UInt8(ascii: "."), UInt8(ascii: "/"):
                continue
            default:
                return PhoneDigits(text) != nil
            }
        }
        // Six or more of one digit are a placeholder (``PhoneDigits/isPlaceholder(_:)``).
        return digits >= 3 && !(isOneDigitRepeated && digits >= 6)
    }

    /// True when a letter follows the first digit of `text`.
    private static func hasWordAfterDigits(_ text: String) -> Bool {
        guard let firstDigit = text.unicodeScalars.firstIndex(where: isNumeric) else { return false }
        return text.unicodeScalars[firstDigit...].contains(where: isAlphabetic)
    }

    /// The valid number `text` is when its extension is read as ``PhoneDigits`` reads it: after a
    /// word libphonenumber takes for vanity letters (`ramal 3`, `interno 12`, `Durchwahl 30`) or
    /// a dangling `ext` with no digits after it; `nil` when that is no valid number either.
    private static func validReadingWithExtensionWord(_ text: String, region: RegionCode?) -> PhoneNumber? {
        // Only a text with a letter (or a byte beyond ASCII, which may be one) has a word to reread,
        // or one with a `#` (`0991234567#`, a dialler's end of number).
        guard text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x80 || $0 == 0x23 }),
            let digits = PhoneDigits(text)
        else { return nil }
        let reread = digits.number + (digits.extensionNumber.map { " ext. " + $0 } ?? "")
        guard let number = try? parse(reread, region: region), number.isValid else { return nil }
        return number
    }

    /// The valid number `number`, of the right length but in no range, is without the 0 its
    /// national number begins with, for the hint of a warning (Chile's `09 8765 4321`, from before
    /// 2012: `+56 9 8765 4321`); `nil` when that is none.
    private static func numberWithoutLeadingZero(_ number: PhoneNumber) -> String? {
        guard number.nationalNumber.hasPrefix("0"),
            let reread = try? PhoneNumber(
                parsing: "+\(number.countryCode)" + number.nationalNumber.dropFirst(), defaultRegion: nil),
            reread.isValid
        else { return nil }
        return reread.e164
    }

    /// A number written with a trunk `0` after its country code, where it is not dialled
    /// (`+34 (0) 612 345 678`, `+56 09 8765 4321`, `+1 (0)202…`): the 0 stands apart from the code,
    /// right after it. Only a valid number is taken. (A national number's leading 0 in a region
    /// without a trunk 0 is more often a foreign number written as its country writes it:
    /// `020 7946 0000` in the United States is London's, not `+1 207…`.)
    private static func validReadingWithoutTrunkZero(_ text: String, region: RegionCode?) -> PhoneNumber? {
        guard startsWithPlus(text), text.utf8.contains(UInt8(ascii: "0")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let digits = scalars.indices.filter { scalars[$0].properties.numericType == .decimal }
        guard digits.count >= 7 else { return nil }
        // The second to fourth digit, after a country code of one to three digits, apart from it.
        let candidates = digits[1...3].filter { scalars[$0] == "0" && scalars[$0 - 1].properties.numericType == nil }
        for index in candidates {
            var reread = scalars
            reread.remove(at: index)
            let readText = String(String.UnicodeScalarView(reread))
            guard let number = try? parse(readText, region: region), number.isValid, number.extensionNumber == nil else {
                continue
            }
            // The 0 must follow the code the number is read with.
            let codeDigits = digits.prefix { $0 < index }.map { scalars[$0] }
            if Int(String(String.UnicodeScalarView(codeDigits))) == number.countryCode { return number }
        }
        return nil
    }

    /// The regions a country dials as its own national numbers, with their own country codes:
    /// France's overseas departments and collectivities (`0692 12 34 56` is Réunion's
    /// `+262 692 12 34 56`), the Channel Islands and the Isle of Man from the United Kingdom, Åland
    /// from Finland, Svalbard from Norway, Christmas and Cocos Islands from Australia.
    private static let overseasRegions: [String: [String]] = [
        "FR": ["RE", "YT", "GP", "MQ", "GF", "BL", "MF", "PM"], "GB": ["GG", "JE", "IM"], "FI": ["AX"], "NO": ["SJ"],
        "AU": ["CX", "CC"],
    ]

    /// A national number of one of the regions `region` dials nationally (``overseasRegions``),
    /// when it is valid in exactly one of them.
    private static func validReadingInOverseasRegion(_ text: String, region: RegionCode) -> PhoneNumber? {
        guard let regions = overseasRegions[region.rawValue], !startsInternationally(text) else { return nil }
        var found: PhoneNumber?
        for code in regions {
            guard let overseas = RegionCode(rawValue: code), let number = try? parse(text, region: overseas), number.isValid
            else { continue }
            if let found, found.e164 != number.e164 { return nil }
            found = number
        }
        return found
    }

    /// A North American number written with `+` but without its country code 1, as the
    /// Caribbean writes its area code as if it were one (`+809 555 1234`, the Dominican
    /// Republic; no country code begins 809): ten digits after the `+`. Only a valid number is taken.
    private static func validReadingWithoutNANPOne(_ text: String) -> PhoneNumber? {
        guard startsWithPlus(text), let digits = PhoneDigits(text), digits.extensionNumber == nil else { return nil }
        let national = digits.number.utf8.dropFirst()
        guard national.count == 10, let first = national.first, first >= UInt8(ascii: "2") else { return nil }
        // Only where no country code begins the digits (`+57 4 444 1234` is Colombia's, and no
        // `+1 574 …`).
        do {
            _ = try PhoneNumber(parsing: text, defaultRegion: nil, tolerance: .addressBook)
            return nil
        } catch {
            guard error.code == .invalidCountryCode else { return nil }
        }
        guard let number = try? PhoneNumber(parsing: "+1" + String(decoding: national, as: UTF8.self), defaultRegion: nil),
            number.isValid
        else { return nil }
        return number
    }

    /// A number written with `00` and a country code that `region`'s own dialling rules read
    /// otherwise: Colombia's and Brazil's carrier prefixes `005` and `0055` take the `5` of
    /// `0057 312 902 7703` and `0055 11 98765 4321`, and the United States dials abroad with `011`.
    /// Only a valid number is taken.
    private static func validReadingAfterDoubleZero(_ text: String, region: RegionCode?) -> PhoneNumber? {
        guard region != nil, let international = replacingLeadingDoubleZero(text),
            let number = try? PhoneNumber(parsing: international, defaultRegion: nil, tolerance: .addressBook),
            number.isValid
        else { return nil }
        return number
    }

    /// Parses `text` in `region` with address-book tolerance (trailing labels such as `(móvil)`
    /// and thin or narrow no-break spaces are not read as part of the number). Without a region,
    /// a number written with `00`, the international prefix ITU-T recommends and most countries
    /// use, is read as if it began with `+`.
    private static func parse(_ text: String, region: RegionCode?) throws(PhoneNumberError) -> PhoneNumber {
        if region == nil, let international = replacingLeadingDoubleZero(text) {
            return try PhoneNumber(parsing: international, defaultRegion: nil, tolerance: .addressBook)
        }
        return try PhoneNumber(parsing: text, defaultRegion: region, tolerance: .addressBook)
    }

    /// The ASCII digits of `text`, in order.
    private static func digitsOf(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }))
    }

    /// True when the first character of `text` that is not a space or a bracket is `+` (or a
    /// full-width `＋`).
    private static func startsWithPlus(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !(scalar.properties.isWhitespace || scalar == "(" || scalar == "[") {
            return scalar == "+" || scalar == "\u{FF0B}"
        }
        return false
    }

    /// True when the first digit-like character of `text` is `+` (or a full-width `＋`), or the
    /// number starts with the international prefix `00`.
    private static func startsInternationally(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar == "+" || scalar == "\u{FF0B}" { return true }
            if isNumeric(scalar) { return replacingLeadingDoubleZero(text) != nil }
        }
        return false
    }

    private static func containsDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.isASCII ? ($0 >= "0" && $0 <= "9") : $0.properties.numericType == .decimal }
    }

    /// Whether the scalar has a Unicode numeric type; in ASCII only the digits do.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar >= "0" && scalar <= "9") : scalar.properties.numericType != nil
    }

    /// Whether the scalar is Unicode alphabetic; in ASCII only the letters are.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ((scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")) : scalar.properties.isAlphabetic
    }

    /// `text` with its leading `00` replaced by `+`, or `nil` when its first two digits are not `00`.
    /// Spaces, brackets and other punctuation before and between the zeros are skipped.
    private static func replacingLeadingDoubleZero(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        var zeros = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "0" {
                zeros += 1
                if zeros == 2 { return "+" + String(scalars[scalars.index(after: index)...]) }
            } else if isNumeric(scalar) || isAlphabetic(scalar) || scalar == "+" {
                return nil
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    private static func lineType(of number: PhoneNumber) -> NormalizedPhone.LineType {
        switch number.type {
        case .fixedLine: .fixedLine
        case .mobile: .mobile
        case .fixedLineOrMobile: .fixedLineOrMobile
        case .tollFree: .tollFree
        case .premiumRate: .premiumRate
        case .sharedCost: .sharedCost
        case .voip: .voip
        case .personalNumber: .personalNumber
        case .pager: .pager
        case .uan: .uan
        case .voicemail: .voicemail
        case .unknown: .unknown
        }
    }
}
