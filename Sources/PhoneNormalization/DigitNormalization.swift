/// Turns the text of a number into ASCII digit values 0...9, as libphonenumber's `normalize`.
enum DigitNormalization {
    /// With three or more ASCII letters (and no line break) the text is a vanity number: letters
    /// become keypad digits (ITU-T E.161), ASCII digits stay and everything else is dropped.
    /// Otherwise every decimal digit of any script is kept and everything else is dropped.
    static func digits(_ text: UnsafeBufferPointer<Unicode.Scalar>, arena: inout DigitArena) -> UnsafeBufferPointer<UInt8> {
        let result = arena.allocate(text.count)
        // One pass keeps the decimal digits and counts the letters; the rare vanity number is
        // read a second time.
        var letters = 0
        var hasLineBreak = false
        var count = 0
        for scalar in text {
            if let digit = PhoneCharacters.decimalValue(scalar) {
                result[count] = digit
                count += 1
            } else if PhoneCharacters.isASCIILetter(scalar) {
                letters += 1
            } else if scalar == "\n" {
                hasLineBreak = true
            }
        }
        if letters >= 3 && !hasLineBreak {
            count = 0
            for scalar in text {
                if scalar.value >= 0x30 && scalar.value <= 0x39 {
                    result[count] = UInt8(scalar.value - 0x30)
                    count += 1
                } else if let digit = PhoneCharacters.keypadDigit(scalar) {
                    result[count] = digit
                    count += 1
                }
            }
        }
        return UnsafeBufferPointer(rebasing: result[0..<count])
    }
}
