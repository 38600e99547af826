/// Address-book habits libphonenumber does not expect, undone before parsing when the caller
/// asks for ``PhoneNumber/Tolerance/addressBook``.
///
/// libphonenumber reads a trailing label such as `(mobile)` as vanity letters, and rejects
/// numbers spaced with U+2009 THIN SPACE or U+202F NARROW NO-BREAK SPACE (French style).
enum AddressBookLabels {
    /// Label words dropped when they end the text after a space (compared in lower case, a
    /// final `.` ignored).
    private static let words: Set<String> = [
        "mobile", "mob", "cell", "cel", "celular", "cellular", "móvil", "movil", "home", "casa",
        "work", "trabajo", "office", "oficina", "fax", "whatsapp", "phone", "tel", "handy",
        "privat", "büro", "bureau", "domicile", "portable", "main", "other", "otro", "personal",
    ]

    /// Rewrites `text[0..<count]` in place and returns its new length: Unicode spaces (Zs other
    /// than the ones libphonenumber accepts) become U+0020, and trailing labels are dropped: a
    /// bracketed `(…)` or `[…]` holding letters and no digits, ` - ` followed by words, or one
    /// of the label ``words``.
    /// `isASCII` says the text is ASCII, which holds no such space.
    static func clean(_ text: UnsafeMutableBufferPointer<Unicode.Scalar>, count: Int, isASCII: Bool = false) -> Int {
        if !isASCII {
            for index in 0..<count where isOtherSpace(text[index]) { text[index] = " " }
        }
        var end = count
        while true {
            let trimmed = trimmingSpaces(text, end)
            guard trimmed > 0 else { return end }
            if let start = bracketedLabelStart(text, trimmed) {
                end = start
                continue
            }
            var wordStart = trimmed
            while wordStart > 0, isLetter(text[wordStart - 1]) || text[wordStart - 1] == "." { wordStart -= 1 }
            guard wordStart < trimmed, wordStart > 0, text[wordStart - 1] == " " else { return end }
            let beforeWord = trimmingSpaces(text, wordStart)
            if beforeWord >= 2, text[beforeWord - 1] == "-", text[beforeWord - 2] == " " {
                end = beforeWord - 1
                continue
            }
            var word = ""
            for index in wordStart..<trimmed where text[index] != "." {
                word.unicodeScalars.append(contentsOf: String(text[index]).lowercased().unicodeScalars)
            }
            guard words.contains(word) else { return end }
            end = wordStart
        }
    }

    /// The start of a final `(…)` or `[…]` that holds a letter and no digit.
    private static func bracketedLabelStart(_ text: UnsafeMutableBufferPointer<Unicode.Scalar>, _ end: Int) -> Int? {
        let close = text[end - 1]
        guard close == ")" || close == "]" else { return nil }
        let open: Unicode.Scalar = close == ")" ? "(" : "["
        var index = end - 2
        var hasLetter = false
        while index >= 0, text[index] != open {
            if PhoneCharacters.isDecimalDigit(text[index]) { return nil }
            if isLetter(text[index]) { hasLetter = true }
            index -= 1
        }
        return index >= 0 && hasLetter ? index : nil
    }

    private static func trimmingSpaces(_ text: UnsafeMutableBufferPointer<Unicode.Scalar>, _ end: Int) -> Int {
        var end = end
        while end > 0, text[end - 1] == " " || text[end - 1] == "\t" || text[end - 1].value == 0xA0 { end -= 1 }
        return end
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        PhoneCharacters.isASCIILetter(scalar) || (scalar.value >= 0x80 && scalar.properties.isAlphabetic)
    }

    /// Space separators (Zs) that libphonenumber does not count as punctuation.
    private static func isOtherSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1680, 0x2000...0x200A, 0x202F, 0x205F: return true
        default: return false
        }
    }
}

extension PhoneNumber {
    /// The trailing label that ``Tolerance/addressBook`` drops before reading `raw` (`(no usar)`,
    /// `- oficina`, `móvil`), trimmed of spaces, and the text before it; `nil` when it drops
    /// none, or `raw` is longer than a number can be. The caller decides what the words say: the
    /// parser only skips them.
    public static func addressBookLabel(in raw: String) -> (number: String, label: String)? {
        let scalars = Array(raw.unicodeScalars)
        guard scalars.count <= PhoneNumberParser.maximumInputLength else { return nil }
        return scalars.withUnsafeBufferPointer { original in
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: original.count) { buffer in
                _ = buffer.initialize(fromContentsOf: original)
                let kept = AddressBookLabels.clean(buffer, count: original.count)
                guard kept < original.count else { return nil }
                var label = String.UnicodeScalarView(original[kept...])
                while let last = label.last, last == " " || last == "\t" || last.value == 0xA0 { label.removeLast() }
                while let first = label.first, first == " " || first == "\t" || first.value == 0xA0 { label.removeFirst() }
                guard !label.isEmpty else { return nil }
                return (String(String.UnicodeScalarView(original[..<kept])), String(label))
            }
        }
    }
}
