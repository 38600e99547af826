import PhoneNormalization

/// Brazil's mobile numbers gained a leading 9 between 2012 and 2016 (ANATEL's "nono dígito"):
/// `(11) 8765-4321` became `(11) 98765-4321`. Old address books still hold the eight-digit form,
/// which the numbering plan (and libphonenumber) reads as possible but not valid, so it is kept
/// without a `wa_id`. What this gives is the hint for the warning — the number as it is dialled
/// today — so the user can fix the source; nothing is rewritten.
enum BrazilianNinthDigit {
    /// The E.164 number `number` is today when it is a Brazilian number of the old eight-digit
    /// mobile form (a two-digit area code, then 6–9 and seven digits) and, with the 9, a valid
    /// mobile; else `nil`.
    static func currentNumber(for number: PhoneNumber) -> String? {
        let national = Array(number.nationalNumber.utf8)
        guard number.countryCode == 55, !number.isValid, number.extensionNumber == nil, national.count == 10,
            (UInt8(ascii: "6")...UInt8(ascii: "9")).contains(national[2])
        else { return nil }
        let candidate = "+55" + String(decoding: national[..<2], as: UTF8.self) + "9"
            + String(decoding: national[2...], as: UTF8.self)
        guard let today = try? PhoneNumber(parsing: candidate, defaultRegion: nil), today.isValid,
            today.type == .mobile
        else { return nil }
        return today.e164
    }
}
