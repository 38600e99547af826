/// The character classes libphonenumber's parser is built on, per Unicode scalar.
enum PhoneCharacters {
    /// The value of a Unicode decimal digit (general category Nd, any script), else `nil`.
    @inline(__always)
    static func decimalValue(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) ? UInt8(value - 0x30) : nil }
        return nonASCIIDecimalValue(scalar)
    }

    private static func nonASCIIDecimalValue(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x80..<0x0660, 0x2000..<0xA620, 0xFF00..<0xFF10, 0xFF1A..<0xFFFF: return nil
        case 0xFF10...0xFF19: return UInt8(value - 0xFF10)
        case 0x0660...0x0669: return UInt8(value - 0x0660)
        case 0x06F0...0x06F9: return UInt8(value - 0x06F0)
        default:
            let properties = scalar.properties
            guard properties.numericType == .decimal, let number = properties.numericValue else { return nil }
            return UInt8(number)
        }
    }

    @inline(__always)
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : nonASCIIDecimalValue(scalar) != nil
    }

    /// `+` or full-width `＋`.
    @inline(__always)
    static func isPlus(_ scalar: Unicode.Scalar) -> Bool { scalar == "+" || scalar.value == 0xFF0B }

    @inline(__always)
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let folded = scalar.value | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    /// libphonenumber's VALID_PUNCTUATION, matched case-insensitively (so `X` counts).
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // ASCII by two 64-bit masks: space ( ) - . / below 0x40; X [ ] x ~ above.
        let low: UInt64 = 1 << 0x20 | 1 << 0x28 | 1 << 0x29 | 1 << 0x2D | 1 << 0x2E | 1 << 0x2F
        let high: UInt64 = 1 << (0x58 - 0x40) | 1 << (0x5B - 0x40) | 1 << (0x5D - 0x40) | 1 << (0x78 - 0x40) | 1 << (0x7E - 0x40)
        if value < 0x40 { return (low >> UInt64(value)) & 1 != 0 }
        if value < 0x80 { return (high >> UInt64(value - 0x40)) & 1 != 0 }
        return isNonASCIIPunctuation(value)
    }

    private static func isNonASCIIPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0, 0xAD, 0x200B, 0x2060, 0x3000, 0x2212, 0x30FC, 0x2053, 0x223C: return true
        case 0x2010...0x2015, 0xFF0D...0xFF0F, 0xFF08, 0xFF09, 0xFF3B, 0xFF3D, 0xFF5E: return true
        default: return false
        }
    }

    /// Unicode general category L* or N*.
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return isASCIILetter(scalar) || (0x30...0x39).contains(scalar.value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The ITU-T E.161 keypad digit of an ASCII letter (`ABC` 2 … `WXYZ` 9), any case.
    static func keypadDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        guard isASCIILetter(scalar) else { return nil }
        let letter = Int((scalar.value | 0x20) - 0x61)
        return keypad[letter]
    }

    private static let keypad: [UInt8] = [
        2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9,
    ]

    /// Simple lower-casing for the case-insensitive labels: ASCII, Latin-1, Cyrillic and
    /// full-width Latin capitals.
    static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F, 0xFF21...0xFF3A: return value + 0x20
        default: return value
        }
    }
}
