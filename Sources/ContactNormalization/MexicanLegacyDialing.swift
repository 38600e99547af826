import PhoneNormalization

/// The ways of dialling a Mexican number that Mexico retired on 3 August 2019, which old address
/// books still hold: the `1` between `+52` and a mobile number (`+52 1 55 1234 5678`, or without
/// its `+` as WhatsApp ids have it, `5215512345678`), and the
/// national prefixes `044` and `045` (mobiles) and `01` (long distance) before the ten digits.
///
/// The numbering plan (and libphonenumber) reads these as invalid, and so do we: the number is
/// kept as written. What this gives is the hint for the warning — the ten-digit number as it is
/// dialled today — so the user can fix the source; nothing is rewritten.
enum MexicanLegacyDialing {
    /// The E.164 number `text` stands for today, when it is written in one of the retired forms
    /// (internationally, or nationally in region MX) and that number is valid; else `nil`.
    static func currentNumber(for text: String, region: RegionCode?) -> String? {
        var digits: [UInt8] = []
        var international = false
        for scalar in text.unicodeScalars {
            if scalar == "+" || scalar == "\u{FF0B}" {
                guard digits.isEmpty else { return nil }
                international = true
            } else if scalar.isASCII {
                // Looked up in the Unicode tables only beyond ASCII, whose decimal digits are 0-9
                // and whose letters are a-z and A-Z.
                if scalar >= "0" && scalar <= "9" {
                    digits.append(UInt8(scalar.value))
                } else if (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") {
                    return nil
                }
            } else if let value = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                digits.append(UInt8(ascii: "0") + UInt8(value))
            } else if scalar.properties.isAlphabetic {
                return nil
            }
        }
        if !international, digits.starts(with: "00".utf8) {
            // `00`, the international prefix of Mexico and most countries.
            digits.removeFirst(2)
            international = true
        }
        let tenDigits: ArraySlice<UInt8>
        if international {
            guard digits.count == 13, digits.starts(with: "521".utf8) else { return nil }
            tenDigits = digits.dropFirst(3)
        } else if region?.rawValue == "MX" {
            if digits.count == 13, digits.starts(with: "044".utf8) || digits.starts(with: "045".utf8) {
                tenDigits = digits.dropFirst(3)
            } else if digits.count == 13, digits.starts(with: "521".utf8) {
                // `+52 1 …` written without its `+`, as WhatsApp ids are.
                tenDigits = digits.dropFirst(3)
            } else if digits.count == 12, digits.starts(with: "01".utf8) {
                tenDigits = digits.dropFirst(2)
            } else {
                return nil
            }
        } else {
            return nil
        }
        let candidate = "+52" + String(decoding: tenDigits, as: UTF8.self)
        guard let number = try? PhoneNumber(parsing: candidate, defaultRegion: nil), number.isValid else { return nil }
        return number.e164
    }
}
