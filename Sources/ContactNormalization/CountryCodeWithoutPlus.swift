import PhoneNormalization

/// A number written with its country code but without `+` (`62812345678`, `573012563708`), as
/// WhatsApp ids and bulk-sending sheets write them. Read in its own region, libphonenumber keeps
/// the country code when the digits happen to make a national number too: Indonesia's
/// `62812345678` becomes the fixed line `+6262812345678`. What this gives is the hint for the
/// warning — the international number the digits spell with a `+` — so the user can fix the
/// source; nothing is rewritten.
enum CountryCodeWithoutPlus {
    /// The valid number `text`'s digits are with a `+` before them, when `text` is written without
    /// `+` or `00`, does not start with a trunk `0`, and has ten digits or more; else `nil`.
    static func internationalNumber(writtenAs text: String) -> PhoneNumber? {
        var digits = "+"
        for scalar in text.unicodeScalars {
            if scalar == "+" || scalar == "\u{FF0B}" { return nil }
            if let value = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                if digits.utf8.count == 1 && value == 0 { return nil }
                digits.unicodeScalars.append(Unicode.Scalar(UInt8(48 + Int(value))))
            } else if scalar.properties.isAlphabetic {
                return nil
            }
        }
        guard digits.utf8.count > 10, let number = try? PhoneNumber(parsing: digits, defaultRegion: nil), number.isValid
        else { return nil }
        return number
    }

    /// The international mobile `text` spells with a `+`, when `number` — `text` read in its own
    /// region — is no mobile but its digits start with that region's country code; else `nil`.
    static func mobileNumber(writtenAs text: String, readAs number: PhoneNumber) -> String? {
        guard number.type != .mobile, number.type != .fixedLineOrMobile,
            number.nationalNumber.hasPrefix(String(number.countryCode)),
            let international = internationalNumber(writtenAs: text),
            international.type == .mobile || international.type == .fixedLineOrMobile
        else { return nil }
        return international.e164
    }
}
