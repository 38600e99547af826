extension JSONNumber {
    /// The most digits ``integerText`` writes out of an exponent.
    private static let maximumIntegerDigits = 40

    /// The number in plain decimal digits when its value is a whole number written with a
    /// fraction or an exponent (`5.93991234567E11` → `593991234567`, `593991234567.0` →
    /// `593991234567`), as spreadsheets and scripts write phone numbers; otherwise the literal.
    /// Exact, from the literal's digits (RFC 8259 §6), never through floating point.
    public var integerText: String {
        let bytes = Array(literal.utf8)
        var index = 0
        let isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative { index = 1 }
        var digits: [UInt8] = []
        var fractionCount = 0
        var inFraction = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte)
                if inFraction { fractionCount += 1 }
            } else if byte == UInt8(ascii: ".") {
                inFraction = true
            } else {
                break
            }
            index += 1
        }
        guard fractionCount > 0 || index < bytes.count else { return literal }
        var exponent = 0
        if index < bytes.count {
            // `e` or `E`, an optional sign, digits.
            guard let written = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)),
                abs(written) <= Self.maximumIntegerDigits
            else { return literal }
            exponent = written
        }
        let shift = exponent - fractionCount
        if shift < 0 {
            guard -shift <= digits.count, digits.suffix(-shift).allSatisfy({ $0 == UInt8(ascii: "0") }) else {
                return literal
            }
            digits.removeLast(-shift)
        } else {
            digits += repeatElement(UInt8(ascii: "0"), count: shift)
        }
        guard digits.count <= Self.maximumIntegerDigits else { return literal }
        let significant = digits.drop(while: { $0 == UInt8(ascii: "0") })
        let text = significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self)
        return isNegative && !significant.isEmpty ? "-" + text : text
    }
}
