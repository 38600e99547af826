import ContactModel
import PhoneNormalization

/// The valid numbers address-book habits hide from libphonenumber, read when its own reading is
/// no valid number: each is taken only when valid, and said in a warning.
extension ContactNormalizer {
    /// The valid number address-book habits hide from libphonenumber: an extension after a word it
    /// does not know (``validReadingWithExtensionWord(_:region:)``), a trunk `0` after the country
    /// code (``validReadingWithoutTrunkZero(_:region:)``), a country code written twice
    /// (``validReadingWithoutRepeatedCountryCode(_:)``), a number of an overseas
    /// region dialled nationally (``validReadingInOverseasRegion(_:region:)``), a North American number
    /// without its 1 (``validReadingWithoutNANPOne(_:)``), a `00` the region dials
    /// otherwise (``validReadingAfterDoubleZero(_:region:)``), or words after the number
    /// (``validReadingBeforeWords(_:region:)``), which are then kept as the phone's label.
    /// - Parameter failure: why libphonenumber read no number, or `nil` when it read an invalid one.
    static func validRereading(
        _ parsed: String, failure: PhoneNumberError.Code?, of phone: inout Phone, region: RegionCode?, cardName: String,
        context: NormalizationContext, diagnostics: inout [Diagnostic]
    ) -> PhoneNumber? {
        if let number = validReadingWithExtensionWord(parsed, region: region) { return number }
        if let id = phone.whatsAppID, digitsOf(parsed) == id, let number = numberToday(ofWhatsAppID: id) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" is its WhatsApp id, kept from before a numbering change; "
                    + "read as the number it stands for today, \(number.e164)",
                context: context, readAt: phone.readAt))
            return number
        }
        if let number = validReadingWithoutTrunkZero(parsed, region: region) {
            diagnostics.append(problem(
                String(
                    concatenating: "contact \"", cardName, "\": phone \"", phone.value,
                    "\" is no valid number with the 0 after its country code; read without it, as ", number.e164,
                    " (a trunk prefix, not dialled from abroad)"),
                context: context, readAt: phone.readAt))
            return number
        }
        if let number = validReadingWithoutRepeatedCountryCode(parsed) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" writes its country code twice; read once, as \(number.e164)",
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
        // Only where no country code begins the digits (`+57 4 444 1234` is Colombia's, and no
        // `+1 574 …`), and without a region or in a North American one.
        if failure == .invalidCountryCode, region == nil || region?.countryCode == 1,
            let number = validReadingWithoutNANPOne(parsed)
        {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" is no valid number; read as \(number.e164), its + "
                    + "before a North American area code (\(number.region?.rawValue ?? "+1"))",
                context: context, readAt: phone.readAt))
            return number
        }
        if failure == .invalidCountryCode, let region, let number = validReadingWithoutPlus(parsed, region: region) {
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" begins with '+' and no country code; read without the '+', "
                    + "as a national number of \(region.rawValue): \(number.e164)",
                context: context, readAt: phone.readAt))
            return number
        }
        if let number = validReadingAfterDoubleZero(parsed, region: region) {
            diagnostics.append(problem(
                String(
                    concatenating: "contact \"", cardName, "\": phone \"", phone.value, "\" is no valid number in region ",
                    region?.rawValue ?? "", "; read as ", number.e164, ", its 00 as the international prefix"),
                context: context, readAt: phone.readAt))
            return number
        }
        if let reading = validReadingBeforeSlashedDigits(parsed, region: region) {
            let kept = phone.label == nil ? "is its label" : "joins its label"
            phone.label = phone.label.map { "\($0) (\(reading.rest))" } ?? reading.rest
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" has \"\(reading.rest)\" after its number, an extension or the "
                    + "last digits of a second number; read as \(reading.number.e164), and \"\(reading.rest)\" \(kept)",
                context: context, readAt: phone.readAt))
            return reading.number
        }
        guard let reading = validReadingBeforeWords(parsed, region: region) else { return nil }
        keepWords(
            reading.words, of: &phone, number: reading.number, cardName: cardName, context: context, diagnostics: &diagnostics)
        return reading.number
    }

    /// The valid number before a slash and one to four digits that end the text
    /// (`0212 123 45 67 / 123`, `(02) 2128988 / 89`), with that slash and its digits: Turkish and
    /// other address books write an extension, or a second number's last digits, so; which one
    /// the text does not say. `nil` when the text has no such end, or the number before it is no
    /// valid number.
    static func validReadingBeforeSlashedDigits(_ text: String, region: RegionCode?) -> (number: PhoneNumber, rest: String)? {
        let bytes = Array(text.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var digitsStart = end
        while digitsStart > 0, bytes[digitsStart - 1] >= UInt8(ascii: "0"), bytes[digitsStart - 1] <= UInt8(ascii: "9") {
            digitsStart -= 1
        }
        guard (1...4).contains(end - digitsStart) else { return nil }
        var slash = digitsStart
        while slash > 0, bytes[slash - 1] == UInt8(ascii: " ") { slash -= 1 }
        guard slash > 0, bytes[slash - 1] == UInt8(ascii: "/") else { return nil }
        let head = String(decoding: bytes[..<(slash - 1)], as: UTF8.self)
        guard let number = try? parse(head, region: region), number.isValid else { return nil }
        return (number, String(decoding: bytes[(slash - 1)..<end], as: UTF8.self))
    }

    /// The valid number the text before its last digit's trailing words is (`099 123 4567 claro`,
    /// `(11) 98765-4321 TIM`, `… mamá`), with those words; `nil` when nothing but words follows the
    /// digits, or when the number before them is no valid number.
    static func validReadingBeforeWords(_ text: String, region: RegionCode?) -> (number: PhoneNumber, words: String)? {
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

    /// Keeps the words after (or `before`) a phone's number as its label, or in brackets after the
    /// label it has (`Papá (claro)`), and says so: the writers write the number, not the text.
    /// Words that only name the number's own country (`8888-1234 Nicaragua`) say nothing more.
    static func keepWords(
        _ words: String, before: Bool = false, of phone: inout Phone, number: PhoneNumber, cardName: String,
        context: NormalizationContext, diagnostics: inout [Diagnostic]
    ) {
        if let region = number.region, PhoneWords.country(namedIn: words) == region { return }
        let kept = phone.label == nil ? "are its label" : "join its label"
        phone.label = phone.label.map { "\($0) (\(words))" } ?? words
        diagnostics.append(problem(
            "contact \"\(cardName)\": phone \"\(phone.value)\" has words \(before ? "before" : "after") its number "
                + "(\"\(words)\"); read as \(number.e164); the words \(kept)",
            context: context, readAt: phone.readAt))
    }

    /// The valid number `text` is when its extension is read as ``PhoneDigits`` reads it: after a
    /// word libphonenumber takes for vanity letters (`ramal 3`, `interno 12`, `Durchwahl 30`) or
    /// a dangling `ext` with no digits after it; `nil` when that is no valid number either.
    static func validReadingWithExtensionWord(_ text: String, region: RegionCode?) -> PhoneNumber? {
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
    static func numberWithoutLeadingZero(_ number: PhoneNumber) -> String? {
        guard number.nationalNumber.hasPrefix("0"),
            let reread = try? PhoneNumber(
                parsing: "+\(number.countryCode)" + number.nationalNumber.dropFirst(), defaultRegion: nil),
            reread.isValid
        else { return nil }
        return reread.e164
    }

    /// A number written with its country code twice (`+593 593991234567`), as a sheet's country
    /// code column joined to a phone column that held the code already: the code standing apart
    /// after `+` and repeated at the start of the rest. Only a valid number is taken.
    private static func validReadingWithoutRepeatedCountryCode(_ text: String) -> PhoneNumber? {
        guard startsWithPlus(text), let digits = PhoneDigits(text), digits.extensionNumber == nil,
            repeatsALeadingCode(digits.number)
        else { return nil }
        let groups = text.split(whereSeparator: { !$0.isNumber && $0 != "+" })
        guard groups.count >= 2, groups[0].hasPrefix("+") else { return nil }
        let code = groups[0].dropFirst()
        guard (1...3).contains(code.count), digits.number.dropFirst(1 + code.count).hasPrefix(code),
            let number = try? PhoneNumber(parsing: "+" + digits.number.dropFirst(1 + code.count), defaultRegion: nil),
            number.isValid, number.countryCode == Int(code)
        else { return nil }
        return number
    }

    /// False when `number` (``PhoneDigits/number``: `+` and ASCII digits) does not begin with one
    /// to three digits written twice over, which a code written twice needs: told without
    /// splitting the text into groups of characters. True when it may.
    private static func repeatsALeadingCode(_ number: String) -> Bool {
        number.withUTF8Bytes { utf8 in
            guard utf8.first == UInt8(ascii: "+") else { return true }
            return (1...3).contains { length in
                utf8.count >= 1 + 2 * length && utf8[1...length].elementsEqual(utf8[(1 + length)...(2 * length)])
            }
        }
    }

    /// A number written with a trunk `0` after its country code, where it is not dialled
    /// (`+34 (0) 612 345 678`, `+56 09 8765 4321`, `+1 (0)202…`): the 0 stands apart from the code,
    /// right after it. Only a valid number is taken. (A national number's leading 0 in a region
    /// without a trunk 0 is more often a foreign number written as its country writes it:
    /// `020 7946 0000` in the United States is London's, not `+1 207…`.)
    private static func validReadingWithoutTrunkZero(_ text: String, region: RegionCode?) -> PhoneNumber? {
        guard startsWithPlus(text), text.utf8.contains(UInt8(ascii: "0")), mayHaveTrunkZero(text) else { return nil }
        let scalars = text.unicodeScalars
        let digits = scalars.indices.filter { isDecimalDigit(scalars[$0]) }
        guard digits.count >= 7 else { return nil }
        // The second to fourth digit, after a country code of one to three digits, apart from it.
        let candidates = digits[1...3].filter {
            scalars[$0] == "0" && !isNumeric(scalars[scalars.index(before: $0)])
        }
        for index in candidates {
            let readText = String(scalars[..<index]) + String(scalars[scalars.index(after: index)...])
            guard let number = try? parse(readText, region: region), number.isValid, number.extensionNumber == nil else {
                continue
            }
            // The 0 must follow the code the number is read with.
            let codeDigits = digits.prefix { $0 < index }.map { scalars[$0] }
            if Int(String(String.UnicodeScalarView(codeDigits))) == number.countryCode { return number }
        }
        return nil
    }

    /// False when `text` is ASCII and none of its second to fourth digits is a `0` after a
    /// non-digit, which ``validReadingWithoutTrunkZero(_:region:)`` would try: told from its
    /// bytes, without the scalar arrays that reading builds. True when it may be.
    private static func mayHaveTrunkZero(_ text: String) -> Bool {
        var digits = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return true }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if (1...3).contains(digits), byte == UInt8(ascii: "0"),
                    !(previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9"))
                {
                    return true
                }
                digits += 1
            }
            previous = byte
        }
        return false
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
    /// when it is valid in exactly one of them and is that region's own number. (Christmas
    /// Island's dialling rule turns any eight digits starting 9 into a Perth number: `9876 5432`
    /// read there is `+61 8 9876 5432`, a number of Australia, no overseas one.)
    private static func validReadingInOverseasRegion(_ text: String, region: RegionCode) -> PhoneNumber? {
        guard let regions = overseasRegions[region.rawValue], !startsInternationally(text) else { return nil }
        var found: PhoneNumber?
        for code in regions {
            guard let overseas = RegionCode(rawValue: code), let number = try? parse(text, region: overseas), number.isValid,
                number.region == overseas
            else { continue }
            if let found, found.e164 != number.e164 { return nil }
            found = number
        }
        return found
    }

    /// A North American number written with `+` but without its country code 1, as the
    /// Caribbean writes its area code as if it were one (`+809 555 1234`, the Dominican
    /// Republic; no country code begins 809): ten digits after the `+`, which the caller read as
    /// an unknown country code. Only a valid number is taken.
    private static func validReadingWithoutNANPOne(_ text: String) -> PhoneNumber? {
        guard startsWithPlus(text), let digits = PhoneDigits(text), digits.extensionNumber == nil else { return nil }
        let national = digits.number.utf8.dropFirst()
        guard national.count == 10, let first = national.first, first >= UInt8(ascii: "2"),
            let number = try? PhoneNumber(parsing: "+1" + String(decoding: national, as: UTF8.self), defaultRegion: nil),
            number.isValid
        else { return nil }
        return number
    }

    /// The valid number a WhatsApp id that is none itself stands for today (``WhatsAppIDAgreement/numberToday(ofID:)``).
    private static func numberToday(ofWhatsAppID id: String) -> PhoneNumber? {
        guard let digits = WhatsAppIDAgreement.numberToday(ofID: id),
            let number = try? parse("+" + digits, region: nil), number.isValid
        else { return nil }
        return number
    }

    /// The valid national number of `region` a text is without the `+` it begins with, when the
    /// digits after that `+` start with no country code but with the region's trunk prefix: a
    /// national number whose trunk prefix was taken for a country code (`+8 916 123-45-67` in
    /// Russia, `+0991234567` in Ecuador). Digits with no trunk prefix to read (`+991234567`) are
    /// not taken: nothing says they are a national number.
    private static func validReadingWithoutPlus(_ text: String, region: RegionCode) -> PhoneNumber? {
        guard startsWithPlus(text), let plus = text.unicodeScalars.firstIndex(where: { $0 == "+" || $0 == "\u{FF0B}" }) else {
            return nil
        }
        var national = text.unicodeScalars
        national.remove(at: plus)
        let written = String(national)
        guard let number = try? parse(written, region: region), number.isValid,
            number.nationalNumber.utf8.count < digitsOf(written).utf8.count
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
}
