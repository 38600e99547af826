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
    /// - Complexity: O(n), scalar by scalar; returns `text` itself when there is nothing to trim.
    static func trimmedWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
