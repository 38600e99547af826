import PhoneNormalization

/// A number written with its country code but without `+` (`62812345678`, `573012563708`), as
/// WhatsApp ids and bulk-sending sheets write them. Read in its own region, libphonenumber keeps
/// the country code when the digits happen to make a national number too: Indonesia's
/// `62812345678` becomes the fixed line `+6262812345678`. What this gives is the hint for the
/// warning — the international number the digits spell with a `+` — so the user can fix the
/// source; nothing is rewritten.
enum CountryCodeWithoutPlus {
    /// The valid number `text`'s digits are with a `+` before them, when `text` is one run of
    /// eleven or more ASCII digits that does not start with a trunk `0` — spaces between them too
    /// when `allowingSpaces` — else `nil`. Asked of every national number read without a region, so it
    /// looks at bytes and gives up at the first that rules a hint out.
    static func internationalNumber(writtenAs text: String, allowingSpaces: Bool = false) -> PhoneNumber? {
        // Counted first, and copied only when there are enough: nearly every text asked is ruled
        // out by its bytes.
        var digitCount = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digitCount == 0 && byte == UInt8(ascii: "0") { return nil }
                digitCount += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                // Digits grouped by spaces or marks follow a national plan (`131 2523 7291`, a
                // Chinese mobile; `(51) 98765-4321`, a Brazilian area code): only a bare run of
                // digits, as WhatsApp ids and bulk-sending sheets write them, is a hint.
                if digitCount > 0 && !allowingSpaces { return nil }
            default:
                return nil
            }
        }
        // A country code and a national number make eleven digits or more (`+506 8312 3456`);
        // a ten-digit national number (`212 555 0123`) is not tried.
        guard digitCount >= 11 else { return nil }
        var digits: [UInt8] = [UInt8(ascii: "+")]
        digits.reserveCapacity(1 + digitCount)
        for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { digits.append(byte) }
        guard let number = try? PhoneNumber(parsing: String(decoding: digits, as: UTF8.self), defaultRegion: nil),
            number.isValid
        else { return nil }
        return number
    }

    /// The international mobile `text` spells with a `+`, when `number` — `text` read in its own
    /// region — is no mobile but its digits start with that region's country code; else `nil`.
    static func mobileNumber(writtenAs text: String, readAs number: PhoneNumber) -> String? {
        guard number.type != .mobile, number.type != .fixedLineOrMobile,
            number.nationalNumber.hasPrefix(String(number.countryCode)),
            let international = internationalNumber(writtenAs: text, allowingSpaces: true),
            international.type == .mobile || international.type == .fixedLineOrMobile
        else { return nil }
        return international.e164
    }
}
