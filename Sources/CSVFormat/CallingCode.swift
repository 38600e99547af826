/// A country calling code (ITU-T E.164 §6.2: one to three digits, the first not 0) written in a
/// column of its own, as sheets made for WhatsApp campaigns split a number (`593` | `991234567`).
enum CallingCode {
    /// The code's digits when `text` is one — `593`, `+593`, `00593`, `(+57)`, `+1`, or `593.0` as a
    /// spreadsheet saves a number — else `nil` (a country name, an ISO code such as `EC`, a longer
    /// number).
    static func digits(in text: String) -> String? {
        var digits: [UInt8] = []
        var sawPlus = false
        var utf8 = Substring(text).utf8
        if utf8.count > 2, utf8.last == UInt8(ascii: "0"), utf8.dropLast().last == UInt8(ascii: ".") { utf8 = utf8.dropLast(2) }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
            case UInt8(ascii: "+") where !sawPlus && digits.isEmpty: sawPlus = true
            case UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            default: return nil
            }
        }
        if !sawPlus, digits.starts(with: [0x30, 0x30]) { digits.removeFirst(2) }
        guard (1...3).contains(digits.count), digits[0] != UInt8(ascii: "0") else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }

    /// True when `number` is written internationally already: its first digit-like character is
    /// `+` (or full-width `＋`), or it starts with `00`.
    static func startsInternationally(_ number: String) -> Bool {
        var zeros = 0
        for scalar in number.unicodeScalars {
            switch scalar {
            case "+", "\u{FF0B}": return zeros == 0
            case "0":
                zeros += 1
                if zeros == 2 { return true }
            case "1"..."9": return false
            default: continue
            }
        }
        return false
    }
}
