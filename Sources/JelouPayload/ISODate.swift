import ContactModel

/// The two date forms a WhatsApp contact's `birthday` may hold: `YYYY-MM-DD` (what we write and
/// validate) and the year-less `--MM-DD` received cards sometimes carry (RFC 6350 §4.3.1).
enum ISODate {
    /// A real calendar date written `YYYY-MM-DD` (ISO 8601 extended form, year 0001–9999).
    static func complete(_ text: String) -> PartialDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = decimal(bytes[0..<4]), let month = decimal(bytes[5..<7]), let day = decimal(bytes[8..<10]),
            year >= 1, (1...12).contains(month), day >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1] ? PartialDate(year: year, month: month, day: day) : nil
    }

    /// A month and day written `--MM-DD`.
    static func yearless(_ text: String) -> PartialDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "-"), bytes[1] == UInt8(ascii: "-"), bytes[4] == UInt8(ascii: "-"),
            let month = decimal(bytes[2..<4]), let day = decimal(bytes[5..<7]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return PartialDate(month: month, day: day)
    }

    /// The value of a run of ASCII digits; `nil` when any byte is not one.
    private static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
