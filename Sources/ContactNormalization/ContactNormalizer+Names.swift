import ContactModel

extension ContactNormalizer {
    /// Trims every name part of surrounding whitespace in place; a part that was only whitespace
    /// becomes `nil`, and line breaks inside a part (a quoted-printable `=0D=0A` in N) become one
    /// space, as a name is shown on one line. Nothing else changes: no case folding, no
    /// reordering (RFC 6350 §6.2.1, §6.2.2).
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
        var trimmed = trimmedWhitespace(text)
        if Self.hasLineBreak(trimmed) {
            trimmed = trimmed.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .map { trimmedWhitespace(String($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
            part = trimmed
        }
        if trimmed.isEmpty {
            part = nil
        } else if trimmed.utf8.count != text.utf8.count {
            part = trimmed
        }
    }

    /// True when `text` holds a line feed or a carriage return (read from its UTF-8 bytes).
    private static func hasLineBreak(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.contains { $0 == 0x0A || $0 == 0x0D }
        }) {
            return found
        }
        return text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
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
