/// Turns the text of a number into ASCII digit values 0...9, as libphonenumber's `normalize`.
enum DigitNormalization {
    /// With three or more ASCII letters (and no line break) the text is a vanity number: letters
    /// become keypad digits (ITU-T E.161), ASCII digits stay and everything else is dropped.
    /// Otherwise every decimal digit of any script is kept and everything else is dropped.
    static func digits(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [UInt8] {
        var letters = 0
        var hasLineBreak = false
        for scalar in text {
            if PhoneCharacters.isASCIILetter(scalar) { letters += 1 }
            if scalar == "\n" { hasLineBreak = true }
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        if letters >= 3 && !hasLineBreak {
            for scalar in text {
                if scalar.value >= 0x30 && scalar.value <= 0x39 {
                    result.append(UInt8(scalar.value - 0x30))
                } else if let digit = PhoneCharacters.keypadDigit(scalar) {
                    result.append(digit)
                }
            }
        } else {
            for scalar in text {
                if let digit = PhoneCharacters.decimalValue(scalar) { result.append(digit) }
            }
        }
        return result
    }
}
