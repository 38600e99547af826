/// What a spreadsheet does to a phone number it takes for a number, undone where it can be.
///
/// Opened in Excel or LibreOffice and saved again, `593991234567` comes back as
/// `593991234567.0` or `593991234567,00` (a float, with the decimal point or comma of the sheet's
/// language), as `593,991,234,567` (grouped in thousands), or in scientific notation: with every
/// digit (`5.93991234567E+11`), which is the number exactly, or with a few (`5.93991E+11`), which
/// has lost its last digits for good.
enum SpreadsheetNumber {
    enum Reading: Equatable {
        /// Not a number a spreadsheet rewrote.
        case asWritten
        /// The digits, all there, without the float's fraction, the thousands' commas or the
        /// exponent.
        case recovered(String)
        /// Scientific notation: the number's last digits are gone.
        case digitsLost
    }

    /// How to read a phone cell: as written, as its recovered digits, or not at all.
    static func reading(_ cell: String) -> Reading {
        // Nearly every cell is neither: tell them apart in one pass, without allocating.
        var cell = cell
        let mayBeRewritten = cell.withUTF8 { bytes in
            guard bytes.count >= 4, isDigit(bytes[bytes.count - 1]) else { return false }
            return bytes.contains { $0 == UInt8(ascii: ",") || $0 | 0x20 == UInt8(ascii: "e") }
                || bytes[bytes.count - 2] == UInt8(ascii: ".") || bytes[bytes.count - 3] == UInt8(ascii: ".")
        }
        guard mayBeRewritten else { return .asWritten }
        let utf8 = Array(cell.utf8)
        let sign = utf8.first == UInt8(ascii: "+") ? "+" : ""
        let body = utf8.first == UInt8(ascii: "+") ? utf8.dropFirst() : utf8[...]
        if let digits = withoutZeroFraction(body) ?? withoutThousandsCommas(body) {
            return .recovered(sign + String(decoding: digits, as: UTF8.self))
        }
        // d[.,]ddddE+dd: a mantissa with one digit before the separator, then E+ and an exponent.
        guard let exponentStart = body.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "e") }),
            body.count > exponentStart + 2, body[exponentStart + 1] == UInt8(ascii: "+"),
            body[(exponentStart + 2)...].allSatisfy(isDigit),
            let exponent = Int(String(decoding: body[(exponentStart + 2)...], as: UTF8.self))
        else { return .asWritten }
        let mantissa = body[..<exponentStart]
        guard let first = mantissa.first, isDigit(first) else { return .asWritten }
        let fraction = mantissa.dropFirst()
        guard fraction.isEmpty || (fraction.first == UInt8(ascii: ".") || fraction.first == UInt8(ascii: ","))
            && fraction.dropFirst().allSatisfy(isDigit)
        else { return .asWritten }
        let digits = [first] + fraction.dropFirst()
        // Every digit of the integer written: the number exactly (15 digits at most, as E.164).
        if digits.count == exponent + 1, digits.count >= 8 {
            return .recovered(sign + String(decoding: digits, as: UTF8.self))
        }
        return digits.count < exponent + 1 ? .digitsLost : .asWritten
    }

    /// The digits before a fraction of zeros (`593991234567.0`, `0991234567,00`): a float.
    private static func withoutZeroFraction(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        guard let separator = body.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) else { return nil }
        let integer = body[..<separator]
        let fraction = body[(separator + 1)...]
        guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0 == UInt8(ascii: "0") }),
            integer.count >= 7, integer.allSatisfy(isDigit)
        else { return nil }
        return Array(integer)
    }

    /// The digits of a number grouped in thousands with commas (`593,991,234,567`).
    private static func withoutThousandsCommas(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        let groups = body.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard groups.count >= 3, let head = groups.first, (1...3).contains(head.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy(isDigit) })
        else { return nil }
        return Array(groups.joined())
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
