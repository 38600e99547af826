import ContactModel

extension ContactNormalizer {
    /// Trims every name part of surrounding whitespace in place; a part that was only whitespace
    /// becomes `nil`. Nothing else changes: no case folding, no reordering (RFC 6350 §6.2.1,
    /// §6.2.2).
    static func trimName(_ name: inout PersonName) {
        trimPart(&name.formatted)
        trimPart(&name.given)
        trimPart(&name.family)
        trimPart(&name.middle)
        trimPart(&name.prefix)
        trimPart(&name.suffix)
        trimPart(&name.nickname)
    }

    /// Replaces `part` only when trimming changes it, so an already clean part is left untouched.
    private static func trimPart(_ part: inout String?) {
        guard let text = part else { return }
        let trimmed = trimmedWhitespace(text)
        if trimmed.isEmpty {
            part = nil
        } else if trimmed.utf8.count != text.utf8.count {
            part = trimmed
        }
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
