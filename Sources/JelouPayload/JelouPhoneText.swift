/// A phone number as written, reduced to what a `phone` field may carry when no normaliser has
/// read it: a leading `+`, the digits, and the extension split off.
///
/// Formatting (spaces, `-`, `.`, `/`, parentheses) is dropped; Unicode decimal digits (full-width,
/// Arabic-Indic …) become ASCII. The extension starts at the first letter, `#`, `;` or `,` after a
/// digit (`x12`, `ext. 12`, `;ext=12`, `#12`) and keeps only the digits after it.
struct JelouPhoneText {
    /// `+` (when written first) and the digits before the extension.
    var number: String
    var extensionNumber: String?

    init?(_ written: String) {
        var number = ""
        var extensionDigits = ""
        var inExtension = false
        for scalar in written.unicodeScalars {
            if let digit = Self.asciiDigit(scalar) {
                if inExtension { extensionDigits.append(digit) } else { number.append(digit) }
            } else if scalar == "+" || scalar == "\u{FF0B}" {
                if number.isEmpty && !inExtension { number = "+" }
            } else if !inExtension && number.utf8.count > (number.hasPrefix("+") ? 1 : 0)
                && (scalar == "#" || scalar == ";" || scalar == "," || Self.isLetter(scalar)) {
                inExtension = true
            }
        }
        guard number.utf8.count > (number.hasPrefix("+") ? 1 : 0) else { return nil }
        self.number = number
        extensionNumber = extensionDigits.isEmpty ? nil : extensionDigits
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic
    }

    /// The ASCII digits of `text`, or `nil` when it has none.
    static func digitsOnly(_ text: String) -> String? {
        let digits = String(text.unicodeScalars.compactMap(asciiDigit))
        return digits.isEmpty ? nil : digits
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Character? {
        if scalar.isASCII {
            return scalar >= "0" && scalar <= "9" ? Character(scalar) : nil
        }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
              value >= 0, value <= 9
        else { return nil }
        return Character(Unicode.Scalar(UInt8(48 + Int(value))))
    }
}
