import ContactModel
import PhoneNormalization

/// A phone value that holds several numbers, as converters copy a spreadsheet cell.
extension ContactNormalizer {
    /// The numbers a phone's `value` holds, when it holds several of seven digits or more
    /// (``FieldValues/phones(in:)``) and one at least is a valid number: the others are read and
    /// reported each on its own, rather than glued into one. Numbers separated by spaces only
    /// (`0991234567 0987654321`) are two when both are valid. Asked of a phone with no extension
    /// or WhatsApp id of its own (the caller tells), which is one number.
    static func severalNumbers(in value: String, region: RegionCode?, wholeIsValid: Bool) -> [String]? {
        // Two numbers of 7 digits and a separator take 15 bytes at least.
        guard value.utf8.count >= 15, decimalDigitCount(value) >= 14 else { return nil }
        let isValid = { (piece: String) in (try? parse(piece, region: region))?.isValid == true }
        let values = FieldValues.phones(in: value)
        guard values.holdsSeveral else { return wholeIsValid ? nil : validNumbersAtASpace(value, isValid: isValid) }
        let pieces = Array(values)
        guard !pieces.contains(where: isDateOrIdentity) else { return nil }
        return pieces.contains(where: isValid) ? pieces : nil
    }

    /// The decimal digits of `text`, ASCII and other scripts' (`٠١٢`, full-width), as
    /// ``FieldValues/phones(in:)`` counts them: fewer than 14 make neither two numbers of seven
    /// digits nor two valid numbers at a space (``validNumbersAtASpace(_:isValid:)``).
    private static func decimalDigitCount(_ text: String) -> Int {
        var digits = 0
        for byte in text.utf8 {
            guard byte < 0x80 else {
                return text.unicodeScalars.count(where: isDecimalDigit)
            }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 }
        }
        return digits
    }

    /// The words that name an identity or tax number written beside a phone (`CI 1712345678`,
    /// Ecuador's cédula; `RUC`, `DNI`, `CPF`, `RUT`, `NIT`, `CURP`, `RFC`, `NIF`).
    private static let identityWords: Set<String> = [
        "ci", "cc", "ruc", "dni", "cpf", "rg", "rut", "nit", "curp", "rfc", "nif", "nie", "id", "cedula", "cédula", "pasaporte",
        "passport",
    ]

    /// True when a piece of a phone value is a date (`2019-05-01`) or an identity number
    /// (`CI 1712345678`), not a phone.
    private static func isDateOrIdentity(_ piece: String) -> Bool {
        let words = piece.lowercased().split(whereSeparator: { !$0.isLetter })
        if let first = words.first, identityWords.contains(String(first)) { return true }
        let groups = piece.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" || $0 == " " })
        guard groups.count == 3, groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        let lengths = groups.map(\.count)
        return lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 || lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4
    }

    /// The two valid numbers `text`, no valid number as a whole, holds either side of one of its
    /// runs of spaces.
    private static func validNumbersAtASpace(_ text: String, isValid: (String) -> Bool) -> [String]? {
        // Two numbers of seven digits at least; no number has over 17.
        let asciiDigits = text.utf8.count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard asciiDigits >= 14, asciiDigits <= 34 else { return nil }
        let scalars = text.unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar.value == 0xA0 }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isSpace(scalars[index]) else {
                scalars.formIndex(after: &index)
                continue
            }
            var end = index
            while end < scalars.endIndex, isSpace(scalars[end]) { scalars.formIndex(after: &end) }
            let head = String(scalars[..<index])
            let tail = String(scalars[end...])
            if isValid(head), isValid(tail) { return [head, tail] }
            index = end
        }
        return nil
    }
}
