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
        // National numbers read without a region, each with the place its warning holds: it names
        // the region of the contact's other numbers, written once they are all read.
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
            let longExtension = hasLongExtension(phones[index])
            guard reading != .valid || longExtension,
                phones[index].extensionNumber == nil, phones[index].whatsAppID == nil,
                let pieces = severalNumbers(in: phones[index].value, region: region, wholeIsValid: reading == .valid)
            else {
                if reading == .nationalWithoutRegion {
                    unread.append((index, diagnostics.count))
                    diagnostics.append(Diagnostic(.warning, ""))
                }
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
        let otherRegion = regionOfTheValidNumbers(in: phones)
        for (phone, diagnostic) in unread {
            let region = otherRegion.flatMap { other in
                (try? parse(phones[phone].value, region: other))?.isValid == true ? other : nil
            }
            let suggestion = region.map {
                String(concatenating: "--region ", $0.rawValue, ", the region of the contact's other numbers")
            }
                ?? CountryCodeWithoutPlus.internationalNumber(writtenAs: phones[phone].value).flatMap { number in
                    number.region.flatMap { region in
                        region.rawValue.utf8.count == 2 ? "--region \(region.rawValue) if it is \(number.e164) written without '+'" : nil
                    }
                }
            diagnostics[diagnostic] = nationalWithoutRegion(
                phones[phone], suggesting: suggestion, cardName: cardName, context: context)
        }
    }

    /// Whether the number read has an extension of seven digits or more. (A function of its own,
    /// inlined, reads the phone in the array in place; the same test written in the loop copied
    /// the whole phone for every phone read.)
    private static func hasLongExtension(_ phone: borrowing Phone) -> Bool {
        (phone.normalized?.extensionNumber?.utf8.count ?? 0) >= 7
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
    /// is one. A hint only: the number stays unread, nothing is guessed. Such a phone's text is a
    /// number a payload carries (``reportUnreadable(_:parsed:text:reason:region:keptID:cardName:context:diagnostics:statesReason:)``
    /// tells it so), kept as written.
    private static func nationalWithoutRegion(
        _ phone: Phone, suggesting suggestion: String? = nil, cardName: String, context: NormalizationContext
    ) -> Diagnostic {
        problem(
            String(
                concatenating: "contact \"", cardName, "\": phone \"", writtenText(of: phone),
                "\" is a national number and no region is known; kept as written, ", keptWhatsAppID(of: phone),
                " (pass ", suggestion ?? "--region, e.g. --region EC",
                ", set JELOU_CONTACTS_REGION, or give the contact's address a country)"),
            context: context, readAt: phone.readAt)
    }

    /// The phone as the reader wrote it: its value, and ` ext. N` when an extension was split off.
    /// (Inlined, as the next, for it is asked of every phone read.)
    @inline(__always)
    private static func writtenText(of phone: borrowing Phone) -> String {
        guard let extensionNumber = trimmedOrNil(phone.extensionNumber) else { return phone.value }
        return phone.value + " ext. " + extensionNumber
    }

    /// How a warning says what became of a phone's WhatsApp id.
    @inline(__always)
    private static func keptWhatsAppID(of phone: borrowing Phone) -> String {
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

    /// Reads one phone in `region` and records what the numbering plan says about it.
    ///
    /// The text parsed is ``Phone/value`` plus ` ext. N` when the reader split an extension off.
    /// A valid number gets its E.164 form, line type, region and `wa_id` (see
    /// `WhatsAppID.make(for:e164:kind:label:policy:quirks:)`); a number that is only possible keeps its E.164
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
            // The E.164 digits of a number read, else the digits as written, `+` apart.
            let written = phone.normalized?.e164 ?? PhoneDigits(phone.value)?.number ?? ""
            let isInternational = written.hasPrefix("+")
            let digits = isInternational ? String(written.dropFirst()) : written
            if !digits.isEmpty, !WhatsAppIDAgreement.agrees(digits: digits, isInternational: isInternational, waID: id) {
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
        if text.withUTF8Bytes(PhoneDigits.isPlaceholder) {
            return reportUnreadable(
                &phone, parsed: parsed, text: text, reason: "one digit repeated, a placeholder", region: defaultRegion,
                keptID: keptID, cardName: cardName, context: context, diagnostics: &diagnostics, statesReason: true)
        }
        var region = hasWords
            ? namedRegion(of: parsed, text: text, defaultRegion: defaultRegion, cardName: cardName, context: context,
                readAt: phone.readAt, diagnostics: &diagnostics) ?? defaultRegion
            : defaultRegion
        if let id = phone.whatsAppID, parsed == text, !startsInternationally(parsed),
            let idRegion = regionOfWhatsAppID(id, nationalNumber: parsed, unless: region)
        {
            if let region {
                diagnostics.append(problem(
                    "contact \"\(cardName)\": phone \"\(phone.value)\" is no number of \(region.rawValue) with its wa_id \(id); "
                        + "read in \(idRegion.rawValue), the wa_id's country",
                    context: context, readAt: phone.readAt))
            }
            region = idRegion
        }

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
                    parsed, failure: error.code, of: &phone, region: region, cardName: cardName, context: context,
                    diagnostics: &diagnostics)
            else {
                return reportUnreadable(
                    &phone, parsed: parsed, text: text, reason: error.message, region: region, keptID: keptID, cardName: cardName,
                    context: context, diagnostics: &diagnostics)
            }
            number = reread
        }
        if !number.isValid,
            let reread = validRereading(
                parsed, failure: nil, of: &phone, region: region, cardName: cardName, context: context,
                diagnostics: &diagnostics)
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
                keepWords(
                    reading.words, of: &phone, number: reading.number, cardName: cardName, context: context,
                    diagnostics: &diagnostics)
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
                    &phone, parsed: parsed, text: text, reason: "out of use", region: region, keptID: keptID,
                    cardName: cardName, context: context, diagnostics: &diagnostics)
            }
            if !namesTheRegion, !PhoneWords.agree(words, with: &phone) {
                keepWords(words, of: &phone, number: number, cardName: cardName, context: context, diagnostics: &diagnostics)
            }
        }
        if hasWords, let words = PhoneWords.leadingWords(of: parsed),
            region == nil || PhoneWords.country(namedIn: words) != region, !PhoneWords.agree(words, with: &phone)
        {
            // `Mamá 099 123 4567`: a label libphonenumber skips before the number.
            keepWords(
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
        let e164 = number.e164
        phone.normalized = NormalizedPhone(
            e164: e164,
            waID: number.extensionNumber == nil
                ? phone.whatsAppID ?? WhatsAppID.make(
                    for: number, e164: e164, kind: phone.kind, label: phone.label, policy: context.waIDPolicy,
                    quirks: context.waIDQuirks)
                : nil,
            lineType: lineType,
            isValid: number.isValid,
            // In ASCII, as payloads carry it: an extension typed in full-width or Arabic-Indic digits.
            extensionNumber: number.extensionNumber.flatMap(PhoneDigits.digitsOnly),
            region: number.region?.rawValue
        )
        if !number.isValid {
            let today = BrazilianNinthDigit.currentNumber(for: number).map {
                "; Brazil put a 9 before every mobile number by 2016: the number today is \($0)"
            } ?? ColombianTenDigitFixedLines.currentNumber(for: number).map {
                "; Colombia put 60 before every fixed-line number in 2021: the number today is \($0)"
            } ?? numberWithoutLeadingZero(number).map {
                "; without its leading 0, a trunk prefix the country no longer dials, it is \($0)"
            } ?? countryCodeWithoutPlusHint(parsed) ?? ""
            diagnostics.append(problem(
                String(
                    concatenating: "contact \"", cardName, "\": phone \"", text, "\" has the length of a +",
                    String(number.countryCode), " number but matches none of its number ranges; kept as ", number.e164,
                    ", ", keptID, today),
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
        let readIn = startsWithPlus(parsed) ? nil : region
        let today = MexicanLegacyDialing.currentNumber(for: parsed, region: region).map {
            "; Mexico retired this way of dialling in 2019 (the 1 after +52, and 01, 044, 045): "
                + "the number today is \($0)"
        } ?? countryCodeWithoutPlusHint(parsed) ?? ""
        // Text a payload's `phone` cannot carry as a number (``PhoneDigits``) is left out of
        // payloads; the vCard and CSV writers keep it.
        let isNoNumber = !isNumberText(phone.value)
        // libphonenumber reads words after the digits as keypad letters, and its reason then
        // speaks of digits the text does not have (`913-962-5492 not in service`: too many).
        let hasWords = !statesReason && isNoNumber && hasWordAfterDigits(phone.value)
        // `nil`: the words say the number is out of use.
        let reason = hasWords && PhoneWords.sayOutOfUse(phone.value)
            ? nil : hasWords ? "words follow its digits" : libphonenumberReason
        // `phone "…" read in region XX is not a valid number (reason); kept as written, wa_id…`
        diagnostics.append(problem(
            String(
                concatenating: "contact \"", cardName, "\": phone \"", text, "\"",
                readIn == nil ? "" : " read in region ", readIn?.rawValue ?? "",
                reason == nil ? " is marked out of use by the words after its digits" : " is not a valid number (",
                reason ?? "", reason == nil ? "; " : "); ",
                isNoNumber ? "left out of Jelou payloads, kept as written in vCard and CSV" : "kept as written, ",
                isNoNumber ? "" : keptID, today),
            context: context, readAt: phone.readAt))
        return .notValid
    }

    /// The hint for a number that is its country code and digits without `+` (`593991234567` read
    /// in the United States): the valid number they spell with one, which is not written for it.
    private static func countryCodeWithoutPlusHint(_ parsed: String) -> String? {
        CountryCodeWithoutPlus.internationalNumber(writtenAs: parsed).map { number in
            "; with a '+' before it, it is \(number.e164)" + (number.region.map { ", a number of \($0.rawValue)" } ?? "")
        }
    }

    /// The country a phone's words name (`Perú 987654321`, `(México)`, `Nicaragua 8888-1234`),
    /// when the number is valid there, with a warning; else `nil`. A number written
    /// internationally is read without a region. A word that is also a given name (`Guadalupe`,
    /// `Mauricio`, `India`) moves only a number that is no valid number of `defaultRegion`.
    private static func namedRegion(
        of parsed: String, text: String, defaultRegion: RegionCode?, cardName: String, context: NormalizationContext,
        readAt: ReadPosition, diagnostics: inout [Diagnostic]
    ) -> RegionCode? {
        guard !startsInternationally(parsed), let named = PhoneWords.namedRegion(in: parsed), named != defaultRegion
        else { return nil }
        let isValidInDefault = defaultRegion.map { region in
            (try? parse(parsed, region: region))?.isValid == true || validReadingBeforeWords(parsed, region: region) != nil
        } ?? false
        if isValidInDefault && PhoneWords.mayNameAPerson(parsed) { return nil }
        let isValid = (try? parse(parsed, region: named))?.isValid == true
            || validReadingBeforeWords(parsed, region: named) != nil
        guard isValid else { return nil }
        diagnostics.append(problem(
            "contact \"\(cardName)\": phone \"\(text)\" names its country; read in region \(named.rawValue)"
                + (defaultRegion.map { ", not \($0.rawValue)" + (isValidInDefault ? ", where it is a valid number too" : "") } ?? ""),
            context: context, readAt: readAt))
        return named
    }

    /// How a valid number read with keypad letters is to be taken.
    private enum KeypadReading {
        /// A vanity number (`1-800-FLOWERS`, `0800 555 CAFE`): letters at its end, of a kind of
        /// line businesses advertise that way.
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
    /// it, a vanity number, or (`nil`) letters typed among digits (`6123ABC78`, `099 CASA 567`)
    /// or standing for them (`+39 349 REDACTED`), which are no number.
    private static func keypadReading(_ text: String, number: PhoneNumber, region: RegionCode?) -> KeypadReading? {
        if let reading = validReadingBeforeWords(text, region: region) { return .beforeWords(reading) }
        let scalars = text.unicodeScalars
        guard let firstLetter = scalars.firstIndex(where: { $0.isASCII && $0.properties.isAlphabetic }),
            !scalars[firstLetter...].contains(where: isNumeric), isVanityLine(number)
        else { return nil }
        return .vanity
    }

    /// True for the lines businesses advertise with letters: toll-free, premium-rate, shared-cost,
    /// personal and universal access numbers and fixed lines (`1-212-MUSEUMS`, `020 7946 CAFE`).
    /// A mobile, or a voicemail or pager number (`+39 349 REDACTED` is an Italian voicemail
    /// number), is not one.
    private static func isVanityLine(_ number: PhoneNumber) -> Bool {
        switch number.type {
        case .tollFree, .premiumRate, .sharedCost, .personalNumber, .uan, .fixedLine: true
        case .fixedLineOrMobile: number.countryCode == 1
        default: false
        }
    }

    /// True when `text` has an ASCII letter or a byte beyond ASCII (which may be one).
    static func mayHoldWords(_ text: String) -> Bool {
        text.withUTF8Bytes { utf8 in
            // Asked of every phone, nearly none of which has a word: eight bytes at a time, the
            // last eight overlapping the eight before them when the count is no multiple of 8.
            guard utf8.count >= 8 else {
                // Padded with zeros, which are no letter.
                var word: UInt64 = 0
                for byte in utf8.reversed() { word = word << 8 | UInt64(byte) }
                return mayHoldWords(word)
            }
            let bytes = UnsafeRawPointer(utf8.baseAddress!)
            var offset = 0
            while offset + 8 < utf8.count {
                if mayHoldWords(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
                offset += 8
            }
            return mayHoldWords(bytes.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self))
        }
    }

    /// True when one of the eight bytes of `word` is beyond ASCII or, `| 0x20`, in `a`...`z`.
    private static func mayHoldWords(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        if word & high != 0 { return true }
        // Every byte is below 0x80 now, and so `| 0x20` between 0x20 and 0x7F: adding 0x1F sets
        // its high bit from `a` (0x61) up, adding 0x05 from past `z` (0x7B) up, and neither
        // carries into the next byte.
        let folded = word | 0x2020_2020_2020_2020
        return (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & high != 0
    }

    /// Whether a payload's `phone` can carry `text` as a number (``PhoneDigits``). Most phones are
    /// digits, spaces and `+()-./` only, which it answers without building the digits.
    private static func isNumberText(_ text: String) -> Bool {
        let plain = text.withUTF8Bytes { utf8 -> Bool? in
            var digits = 0
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                case UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
                    UInt8(ascii: "."), UInt8(ascii: "/"):
                    continue
                default:
                    return nil
                }
            }
            return digits >= 3 && !PhoneDigits.isPlaceholder(utf8)
        }
        return plain ?? (PhoneDigits(text) != nil)
    }

    /// True when a letter follows the first digit of `text`.
    private static func hasWordAfterDigits(_ text: String) -> Bool {
        guard let firstDigit = text.unicodeScalars.firstIndex(where: isNumeric) else { return false }
        return text.unicodeScalars[firstDigit...].contains(where: isAlphabetic)
    }

    /// The country of a phone's WhatsApp id, when the phone is written as a national number that
    /// is valid there and is that id's number (`310 555 0101` with the wa_id `573105550101`, as
    /// received cards carry a number saved without its country): WhatsApp's id says the country,
    /// nothing is guessed. `nil` when that country is `region` already, or the number is no
    /// valid number there, or another one.
    ///
    /// The country is one of those of the id's calling code (codes are prefix-free), as an id
    /// WhatsApp keeps from before a numbering change (Mexico's `521…`) is no valid number itself.
    private static func regionOfWhatsAppID(_ id: String, nationalNumber text: String, unless region: RegionCode?) -> RegionCode? {
        let candidates = (1...3).lazy.compactMap { length -> [RegionCode]? in
            guard let code = Int(id.prefix(length)) else { return nil }
            let regions = RegionCode.allRegions.filter { $0.countryCode == code }
            return regions.isEmpty ? nil : regions
        }.first ?? []
        return candidates.first { candidate in
            guard candidate != region, let number = try? parse(text, region: candidate), number.isValid else { return false }
            return WhatsAppIDAgreement.agrees(digits: String(number.e164.dropFirst()), isInternational: true, waID: id)
        }
    }

    /// Parses `text` in `region` with address-book tolerance (trailing labels such as `(móvil)`
    /// and thin or narrow no-break spaces are not read as part of the number). Without a region,
    /// a number written with `00`, the international prefix ITU-T recommends and most countries
    /// use, is read as if it began with `+`.
    static func parse(_ text: String, region: RegionCode?) throws(PhoneNumberError) -> PhoneNumber {
        if region == nil, hasLeadingDoubleZero(text), let international = replacingLeadingDoubleZero(text) {
            return try PhoneNumber(parsing: international, defaultRegion: nil, tolerance: .addressBook)
        }
        return try PhoneNumber(parsing: text, defaultRegion: region, tolerance: .addressBook)
    }

    /// The ASCII digits of `text`, in order.
    static func digitsOf(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }))
    }

    /// True when the first character of `text` that is not a space or a bracket is `+` (or a
    /// full-width `＋`).
    static func startsWithPlus(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !(isWhitespace(scalar) || scalar == "(" || scalar == "[") {
            return scalar == "+" || scalar == "\u{FF0B}"
        }
        return false
    }

    /// Whether the scalar is Unicode white space; in ASCII the space and tab to carriage return.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// True when the first digit-like character of `text` is `+` (or a full-width `＋`), or the
    /// number starts with the international prefix `00`.
    static func startsInternationally(_ text: String) -> Bool {
        // Nearly every phone is ASCII up to its first digit or `+`: told from the bytes.
        let ascii = text.withUTF8Bytes { utf8 -> Bool? in
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "+") { return true }
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return hasLeadingDoubleZero(text) }
            }
            return false
        }
        if let ascii { return ascii }
        for scalar in text.unicodeScalars {
            if scalar == "+" || scalar == "\u{FF0B}" { return true }
            if isNumeric(scalar) { return hasLeadingDoubleZero(text) }
        }
        return false
    }

    /// Whether `text` has a decimal digit, of any script; an ASCII text is told from its bytes.
    private static func containsDigit(_ text: String) -> Bool {
        let ascii = text.withUTF8Bytes { utf8 -> Bool? in
            var isASCII = true
            for byte in utf8 {
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
                if byte >= 0x80 { isASCII = false }
            }
            return isASCII ? false : nil
        }
        return ascii ?? text.unicodeScalars.contains(where: isDecimalDigit)
    }

    /// Whether the scalar is a decimal digit, of any script; in ASCII only 0-9 are.
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar >= "0" && scalar <= "9") : scalar.properties.numericType == .decimal
    }

    /// Whether the scalar has a Unicode numeric type; in ASCII only the digits do.
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar >= "0" && scalar <= "9") : scalar.properties.numericType != nil
    }

    /// Whether the scalar is Unicode alphabetic; in ASCII only the letters are.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ((scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")) : scalar.properties.isAlphabetic
    }

    /// Whether ``replacingLeadingDoubleZero(_:)`` finds a leading `00` in `text`: told from the
    /// bytes while they are ASCII, as nearly every phone is, without building the string.
    static func hasLeadingDoubleZero(_ text: String) -> Bool {
        let ascii = text.withUTF8Bytes { utf8 -> Bool? in
            var zeros = 0
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "0"):
                    zeros += 1
                    if zeros == 2 { return true }
                // What ends the search in ASCII: another digit, a letter, a `+`.
                case UInt8(ascii: "1")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "+"):
                    return false
                case 0x80...:
                    return nil
                default:
                    continue
                }
            }
            return false
        }
        return ascii ?? (replacingLeadingDoubleZero(text) != nil)
    }

    /// `text` with its leading `00` replaced by `+`, or `nil` when its first two digits are not `00`.
    /// Spaces, brackets and other punctuation before and between the zeros are skipped.
    static func replacingLeadingDoubleZero(_ text: String) -> String? {
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
