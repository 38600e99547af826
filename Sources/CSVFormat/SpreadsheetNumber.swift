/// What a spreadsheet does to a phone number it takes for a number, undone where it can be.
///
/// Opened in Excel or LibreOffice and saved again, `593991234567` comes back as
/// `593991234567.0` (a float), which is the number exactly, or as `5.93991E+11` (scientific
/// notation), which has lost its last digits for good.
enum SpreadsheetNumber {
    enum Reading: Equatable {
        /// Not a number a spreadsheet rewrote.
        case asWritten
        /// A float's `.0` dropped: the digits are all there.
        case recovered(String)
        /// Scientific notation: the number's last digits are gone.
        case digitsLost
    }

    /// How to read a phone cell: as written, without a float's `.0`, or not at all.
    static func reading(_ cell: String) -> Reading {
        // Nearly every cell is neither: tell them apart in one pass, without allocating.
        var cell = cell
        let mayBeRewritten = cell.withUTF8 { bytes in
            guard bytes.count >= 4, isDigit(bytes[bytes.count - 1]) else { return false }
            return bytes[bytes.count - 2] == UInt8(ascii: ".") || bytes.contains { $0 | 0x20 == UInt8(ascii: "e") }
        }
        guard mayBeRewritten else { return .asWritten }
        let utf8 = Array(cell.utf8)
        let body = utf8.first == UInt8(ascii: "+") ? utf8.dropFirst() : utf8[...]
        if body.count >= 8, body.suffix(2).elementsEqual(".0".utf8), body.dropLast(2).allSatisfy(isDigit) {
            return .recovered(String(decoding: utf8.dropLast(2), as: UTF8.self))
        }
        // d[.,]ddddE+dd: a mantissa with one digit before the separator, then E+ and an exponent.
        guard let exponent = body.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "e") }),
            body.count > exponent + 2, body[exponent + 1] == UInt8(ascii: "+"),
            body[(exponent + 2)...].allSatisfy(isDigit)
        else { return .asWritten }
        let mantissa = body[..<exponent]
        guard let first = mantissa.first, isDigit(first) else { return .asWritten }
        let fraction = mantissa.dropFirst()
        guard fraction.isEmpty || (fraction.first == UInt8(ascii: ".") || fraction.first == UInt8(ascii: ","))
            && fraction.dropFirst().allSatisfy(isDigit)
        else { return .asWritten }
        return .digitsLost
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
