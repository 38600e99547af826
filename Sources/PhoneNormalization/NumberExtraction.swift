/// Finds the phone number inside what people typed: RFC 3966 `tel:` URIs, surrounding text and
/// the viability check, as libphonenumber's `buildNationalNumberForParsing`,
/// `extractPossibleNumber` and `isViablePhoneNumber` do.
enum NumberExtraction {
    private static let phoneContext = Array(";phone-context=".unicodeScalars)
    private static let telPrefix = Array("tel:".unicodeScalars)
    private static let subaddress = Array(";isub=".unicodeScalars)

    /// What the input may hold, as far as its reader saw: `false` only when it holds none.
    struct Marks {
        /// A `;`, which every RFC 3966 parameter starts with.
        var parameters: Bool
        /// An ASCII letter, such as the `x` of a second number after `/ x`.
        var letters: Bool

        /// Nothing known: every search runs.
        static var unknown: Marks { Marks(parameters: true, letters: true) }
    }

    /// The text to parse: a slice of the input, or text assembled from an RFC 3966 URI.
    enum Candidate {
        case slice(Range<Int>)
        case assembled([Unicode.Scalar])
    }

    /// Finds the text to parse in `raw`.
    ///
    /// With `;phone-context=` (RFC 3966 §5.1.5), a global context (`+…`) comes first, then the
    /// text between `tel:` (or the start) and the parameter (nothing when `tel:` comes after
    /// it, as in the Python port of libphonenumber). Otherwise the number is cut out of
    /// the text by ``extractPossibleNumber(_:mayHoldLetters:)``. An `;isub=` subaddress (RFC 3966 §5.2) is
    /// dropped in both cases.
    /// - Parameter marks: what `raw` may hold; searches for what it does not are skipped.
    /// - Returns: `nil` when the phone context is malformed.
    static func candidate(_ raw: UnsafeBufferPointer<Unicode.Scalar>, marks: Marks = .unknown) -> Candidate? {
        guard marks.parameters, let contextIndex = firstIndex(of: phoneContext, in: raw, from: 0) else {
            var range = extractPossibleNumber(raw, mayHoldLetters: marks.letters)
            if marks.parameters,
                let cut = firstIndex(of: subaddress, in: UnsafeBufferPointer(rebasing: raw[range]), from: 0), cut > 0
            {
                range = range.lowerBound..<(range.lowerBound + cut)
            }
            return .slice(range)
        }
        let contextStart = contextIndex + phoneContext.count
        var contextEnd = contextStart
        while contextEnd < raw.count, raw[contextEnd] != ";" { contextEnd += 1 }
        let context = UnsafeBufferPointer(rebasing: raw[contextStart..<contextEnd])
        guard isGlobalNumber(context) || isDomainName(context) else { return nil }
        var assembled: [Unicode.Scalar] = context.first == "+" ? Array(context) : []
        let numberStart = firstIndex(of: telPrefix, in: raw, from: 0).map { $0 + telPrefix.count } ?? 0
        if numberStart < contextIndex {
            assembled += raw[numberStart..<contextIndex]
        }
        if let cut = assembled.withUnsafeBufferPointer({ firstIndex(of: subaddress, in: $0, from: 0) }), cut > 0 {
            assembled.removeSubrange(cut...)
        }
        return .assembled(assembled)
    }

    /// The part of `text` that can be a number: from the first `+` or digit, without trailing
    /// characters that are neither letters, numbers nor `#`, and cut before a second number
    /// introduced by `/ x` or `\ x`.
    /// `mayHoldLetters` `false` skips the search for `x`.
    static func extractPossibleNumber(_ text: UnsafeBufferPointer<Unicode.Scalar>, mayHoldLetters: Bool = true) -> Range<Int> {
        guard let start = text.firstIndex(where: { PhoneCharacters.isPlus($0) || PhoneCharacters.isDecimalDigit($0) }) else {
            return 0..<0
        }
        var end = text.count
        while end > start, text[end - 1] != "#", !PhoneCharacters.isLetterOrNumber(text[end - 1]) { end -= 1 }
        guard mayHoldLetters else { return start..<end }
        var index = start
        while index < end {
            if text[index] == "/" || text[index] == "\\" {
                var next = index + 1
                while next < end, text[next] == " " { next += 1 }
                if next < end, text[next] == "x" { return start..<index }
            }
            index += 1
        }
        return start..<end
    }

    /// libphonenumber's `isViablePhoneNumber`: exactly two digits, or optional plus signs, at
    /// least three digits separated only by punctuation or `*`, then punctuation, `*`, ASCII
    /// letters and digits, optionally ending in an extension.
    static func isViable(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard text.count >= 2 else { return false }
        if text.count == 2, text.allSatisfy(PhoneCharacters.isDecimalDigit) { return true }
        var index = 0
        while index < text.count, PhoneCharacters.isPlus(text[index]) { index += 1 }
        var digits = 0
        while index < text.count, digits < 3 {
            let scalar = text[index]
            if PhoneCharacters.isDecimalDigit(scalar) {
                digits += 1
            } else if !(PhoneCharacters.isPunctuation(scalar) || scalar == "*") {
                return false
            }
            index += 1
        }
        guard digits == 3 else { return false }
        let bodyEnd = index
        while index < text.count {
            let scalar = text[index]
            if !(isASCIIBodyCharacter(scalar) || PhoneCharacters.isPunctuation(scalar)
                || PhoneCharacters.isDecimalDigit(scalar))
            {
                break
            }
            index += 1
        }
        if index == text.count { return true }
        guard let tail = ExtensionParsing.tail(text), max(bodyEnd, tail.earliestStart) <= index,
            ExtensionParsing.mayHoldLabel(text, tail: tail)
        else { return false }
        for start in max(bodyEnd, tail.earliestStart)...index where ExtensionParsing.matches(text, from: start, tail: tail) {
            return true
        }
        return false
    }

    /// An ASCII digit, letter, `*` or punctuation character: what may follow the first three
    /// digits of a viable number, told by two 64-bit masks (non-ASCII is `false`).
    @inline(__always)
    private static func isASCIIBodyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Below 0x40: space ( ) * - . / and 0-9; from 0x40: A-Z X [ ] a-z ~.
        let low: UInt64 = 1 << 0x20 | 1 << 0x28 | 1 << 0x29 | 1 << 0x2A | 1 << 0x2D | 1 << 0x2E | 1 << 0x2F | 0x3FF << 0x30
        let high: UInt64 = 0x3FF_FFFF << 1 | 1 << (0x5B - 0x40) | 1 << (0x5D - 0x40) | 0x3FF_FFFF << 33 | 1 << (0x7E - 0x40)
        if value < 0x40 { return (low >> UInt64(value)) & 1 != 0 }
        if value < 0x80 { return (high >> UInt64(value - 0x40)) & 1 != 0 }
        return false
    }

    /// RFC 3966 §3 `global-number-digits`: `+` then digits and visual separators `-.()`.
    private static func isGlobalNumber(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard text.first == "+" else { return false }
        var sawDigit = false
        for scalar in text.dropFirst() {
            if PhoneCharacters.isDecimalDigit(scalar) {
                sawDigit = true
            } else if !(scalar == "-" || scalar == "." || scalar == "(" || scalar == ")") {
                return false
            }
        }
        return sawDigit
    }

    /// RFC 3966 §3 `domainname`: dot-separated labels of letters, digits and inner hyphens, the
    /// last starting with a letter, with an optional final dot.
    private static func isDomainName(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var labels = text.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count > 1, labels.last?.isEmpty == true { labels.removeLast() }
        guard let last = labels.last, let first = last.first, PhoneCharacters.isASCIILetter(first) else { return false }
        let isAlphanumeric = { (scalar: Unicode.Scalar) in
            PhoneCharacters.isASCIILetter(scalar) || PhoneCharacters.isDecimalDigit(scalar)
        }
        return labels.allSatisfy { label in
            guard let head = label.first, let tail = label.last, isAlphanumeric(head), isAlphanumeric(tail) else {
                return false
            }
            return label.allSatisfy { isAlphanumeric($0) || $0 == "-" }
        }
    }

    static func firstIndex(
        of needle: [Unicode.Scalar], in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int
    ) -> Int? {
        guard needle.count <= text.count else { return nil }
        var index = start
        while index + needle.count <= text.count {
            if text[index] == needle[0] {
                var offset = 1
                while offset < needle.count, text[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
