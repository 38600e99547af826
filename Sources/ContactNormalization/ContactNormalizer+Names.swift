import ContactModel

extension ContactNormalizer {
    /// Every name part without surrounding whitespace; a part that was only whitespace becomes
    /// `nil`. Nothing else changes: no case folding, no reordering (RFC 6350 §6.2.1, §6.2.2).
    static func trimmed(_ name: PersonName) -> PersonName {
        PersonName(
            formatted: trimmedOrNil(name.formatted),
            given: trimmedOrNil(name.given),
            family: trimmedOrNil(name.family),
            middle: trimmedOrNil(name.middle),
            prefix: trimmedOrNil(name.prefix),
            suffix: trimmedOrNil(name.suffix),
            nickname: trimmedOrNil(name.nickname)
        )
    }

    static func trimmedOrNil(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = trimmedWhitespace(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text` without leading and trailing Unicode whitespace (spaces, tabs, line breaks, NBSP).
    /// - Complexity: O(1) when both ends are visible ASCII, which needs no trimming; else O(n),
    ///   scalar by scalar. Returns `text` itself when there is nothing to trim.
    static func trimmedWhitespace(_ text: String) -> String {
        let needsNoTrim = text.utf8.withContiguousStorageIfAvailable { utf8 in
            !utf8.isEmpty && isVisibleASCII(utf8[0]) && isVisibleASCII(utf8[utf8.count - 1])
        }
        if needsNoTrim == true { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isWhitespace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// An ASCII byte that is not whitespace nor a control below the space.
    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80
    }

    /// Unicode's White_Space property, answered without a property lookup for ASCII
    /// (tab, line feed, vertical tab, form feed, carriage return and space).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
