/// Finds an extension at the end of a number, as libphonenumber's `maybeStripExtension` and its
/// extension grammar do (RFC 3966 §5.3 `;ext=` plus the labels people write).
enum ExtensionParsing {
    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// `e?xt(?:ensi(?:o\u0301?|ó))?n?`, full-width `ｅ?ｘｔｎ?`, `доб`, `anexo`: up to 20 digits.
    private static let explicitLabels: [[UInt32]] = {
        var labels: [[UInt32]] = []
        for start in ["ext", "xt"] {
            for middle in ["", "ensio", "ensio\u{301}", "ensi\u{F3}"] {
                for end in ["", "n"] { labels.append(scalars(start + middle + end)) }
            }
        }
        for start in ["\u{FF45}\u{FF58}\u{FF54}", "\u{FF58}\u{FF54}"] {
            labels.append(scalars(start))
            labels.append(scalars(start + "\u{FF4E}"))
        }
        labels.append(scalars("\u{434}\u{43E}\u{431}"))
        labels.append(scalars("anexo"))
        return labels
    }()

    /// RFC 3966 §5.3 `;ext=`: up to 20 digits.
    private static let rfcLabel = scalars(";ext=")

    /// `x`, `ｘ`, `#`, `＃`, `~`, `～`, `int`, `ｉｎｔ`: up to 9 digits.
    private static let ambiguousLabels: [[UInt32]] = [
        "x", "\u{FF58}", "#", "\u{FF03}", "~", "\u{FF5E}", "int", "\u{FF49}\u{FF4E}\u{FF54}",
    ].map(scalars)

    /// The digits an extension would consist of: the run of decimal digits at the end of the
    /// text, before an optional final `#`.
    struct Tail {
        var digits: Range<Int>
        var hasHash: Bool
        /// No extension can start before this: the text before it ends in a digit.
        var earliestStart: Int
    }

    /// The ``Tail`` of `text`, `nil` when it does not end in a digit (or a digit and `#`).
    static func tail(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Tail? {
        var end = text.count
        let hasHash = end > 0 && text[end - 1] == "#"
        if hasHash { end -= 1 }
        var digitStart = end
        while digitStart > 0, PhoneCharacters.isDecimalDigit(text[digitStart - 1]) { digitStart -= 1 }
        guard digitStart < end else { return nil }
        var earliest = digitStart
        while earliest > 0, !PhoneCharacters.isDecimalDigit(text[earliest - 1]) { earliest -= 1 }
        return Tail(digits: digitStart..<end, hasHash: hasHash, earliestStart: earliest)
    }

    /// The leftmost start and the digits of an extension at the end of `text`.
    static func find(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> (start: Int, digits: Range<Int>)? {
        guard let tail = tail(text), mayHoldLabel(text, tail: tail) else { return nil }
        for start in tail.earliestStart..<tail.digits.lowerBound where matches(text, from: start, tail: tail) {
            return (start, tail.digits)
        }
        return nil
    }

    /// Whether an extension can start anywhere before the tail's digits: every alternative of
    /// the grammar (see ``matches(_:from:tail:)``) needs a final `#` or, before the digits, a
    /// letter, `;`, `,`, `#`, `~` or a character outside ASCII. Nearly every number has only
    /// spaces and punctuation there, which this tells without trying each label.
    static func mayHoldLabel(_ text: UnsafeBufferPointer<Unicode.Scalar>, tail: Tail) -> Bool {
        if tail.hasHash { return true }
        for index in tail.earliestStart..<tail.digits.lowerBound {
            let value = text[index].value
            if value >= 0x80 || PhoneCharacters.isASCIILetter(text[index]) { return true }
            if value == 0x3B || value == 0x2C || value == 0x23 || value == 0x7E { return true }
        }
        return false
    }

    /// Whether the extension grammar matches `text[start...]` to its end.
    ///
    /// The grammar's alternatives: `;ext=` and 1–20 digits; separators, an explicit label,
    /// optional `:` `.` `．`, separators, 1–20 digits, optional `#`; the same with an ambiguous
    /// label and 1–9 digits; `-` or spaces, 1–6 digits and a mandatory `#`; `,,` or `;` then
    /// 1–15 digits; commas then 1–9 digits. Labels are matched case-insensitively.
    static func matches(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, tail: Tail) -> Bool {
        let count = tail.digits.count
        guard start < tail.digits.lowerBound, start >= tail.earliestStart else { return false }
        let label = start..<tail.digits.lowerBound
        let hasHash = tail.hasHash
        if !hasHash, count <= 20, matchesLiteral(text, label, rfcLabel) { return true }
        if count <= 20, matchesLabelled(text, label, labels: explicitLabels) { return true }
        if count <= 9, matchesLabelled(text, label, labels: ambiguousLabels) { return true }
        if hasHash, count <= 6, label.allSatisfy({ text[$0] == "-" || text[$0] == " " }) { return true }
        if count <= 15, matchesAutoDial(text, label) { return true }
        if count <= 9, matchesCommas(text, label) { return true }
        return false
    }

    /// `[ \u00A0\t,]*` label `[:.．]?[ \u00A0\t,-]*`.
    private static func matchesLabelled(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, labels: [[UInt32]]
    ) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, isSeparator(text[index], comma: true) { index += 1 }
        guard index < range.upperBound else { return false }
        for label in labels where index + label.count <= range.upperBound {
            var matches = true
            for (offset, expected) in label.enumerated()
            where PhoneCharacters.lowercased(text[index + offset]) != expected {
                matches = false
                break
            }
            if matches, matchesAfterLabel(text, (index + label.count)..<range.upperBound) { return true }
        }
        return false
    }

    /// `[ \u00A0\t]*(?:,{2}|;)[:.．]?[ \u00A0\t,-]*`.
    private static func matchesAutoDial(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, isSeparator(text[index], comma: false) { index += 1 }
        if index < range.upperBound, text[index] == ";" {
            index += 1
        } else if index + 1 < range.upperBound, text[index] == ",", text[index + 1] == "," {
            index += 2
        } else {
            return false
        }
        return matchesAfterLabel(text, index..<range.upperBound)
    }

    /// `[ \u00A0\t]*,+[:.．]?[ \u00A0\t,-]*`.
    private static func matchesCommas(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, isSeparator(text[index], comma: false) { index += 1 }
        guard index < range.upperBound, text[index] == "," else { return false }
        while index < range.upperBound, text[index] == "," { index += 1 }
        return matchesAfterLabel(text, index..<range.upperBound)
    }

    /// `[:.．]?[ \u00A0\t,-]*` over the whole range.
    private static func matchesAfterLabel(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        if index < range.upperBound, text[index] == ":" || text[index] == "." || text[index].value == 0xFF0E {
            index += 1
        }
        while index < range.upperBound {
            let scalar = text[index]
            guard isSeparator(scalar, comma: true) || scalar == "-" else { return false }
            index += 1
        }
        return true
    }

    private static func matchesLiteral(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ literal: [UInt32]
    ) -> Bool {
        guard range.count == literal.count else { return false }
        return zip(range, literal).allSatisfy { PhoneCharacters.lowercased(text[$0]) == $1 }
    }

    @inline(__always)
    private static func isSeparator(_ scalar: Unicode.Scalar, comma: Bool) -> Bool {
        scalar == " " || scalar.value == 0xA0 || scalar == "\t" || (comma && scalar == ",")
    }
}
