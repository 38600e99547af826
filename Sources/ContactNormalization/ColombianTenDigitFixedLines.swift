import PhoneNormalization

/// Colombia gave its fixed lines ten digits in 2021 (CRC resolution 5826 of 2019): the one-digit
/// area code and seven digits of `(1) 555 0103`, `+57 1 5550103` gained a leading `60`, giving
/// `601 555 0103`. Old address books still hold the eight-digit form, which the numbering plan
/// (and libphonenumber) reads as possible but not valid, so it is kept without a `wa_id`. What
/// this gives is the hint for the warning — the number as it is dialled today — so the user can
/// fix the source; nothing is rewritten.
enum ColombianTenDigitFixedLines {
    /// The E.164 number `number` is today when it is a Colombian number of the old eight-digit
    /// fixed-line form (an area code 1–8, then seven digits) and, with `60` before it, a valid
    /// fixed line; else `nil`.
    static func currentNumber(for number: PhoneNumber) -> String? {
        let national = Array(number.nationalNumber.utf8)
        guard number.countryCode == 57, !number.isValid, number.extensionNumber == nil, national.count == 8,
            (UInt8(ascii: "1")...UInt8(ascii: "8")).contains(national[0])
        else { return nil }
        guard let today = try? PhoneNumber(parsing: "+5760" + number.nationalNumber, defaultRegion: nil), today.isValid,
            today.type == .fixedLine
        else { return nil }
        return today.e164
    }
}
