/// Conversions between jCard's plain text values and the backslash-escaped text form
/// ``ContactModel/RawProperty/value`` keeps (RFC 6350 §3.4; RFC 7095 §3.3.1.3 says jCard text
/// carries no vCard escapes).
enum JCardText {
    /// `\n` `\N` → line feed, `\,` `\;` `\\` → the character; other backslashes stay.
    static func unescaped(_ escaped: String) -> String {
        guard escaped.utf8.contains(UInt8(ascii: "\\")) else { return escaped }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(escaped.utf8.count)
        var pendingBackslash = false
        for byte in escaped.utf8 {
            if pendingBackslash {
                switch byte {
                case UInt8(ascii: "n"), UInt8(ascii: "N"): bytes.append(0x0A)
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\\"): bytes.append(byte)
                default: bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
                }
                pendingBackslash = false
            } else if byte == UInt8(ascii: "\\") {
                pendingBackslash = true
            } else {
                bytes.append(byte)
            }
        }
        if pendingBackslash { bytes.append(UInt8(ascii: "\\")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An escaped value split on its unescaped `;` into components and each component on its
    /// unescaped `,` into items, every item unescaped (RFC 6350 §3.3, §3.4).
    static func components(_ escaped: String) -> [[String]] {
        var components: [[String]] = []
        var items: [String] = []
        var current: [UInt8] = []
        var pendingBackslash = false
        for byte in escaped.utf8 {
            if pendingBackslash {
                current.append(contentsOf: [UInt8(ascii: "\\"), byte])
                pendingBackslash = false
            } else if byte == UInt8(ascii: "\\") {
                pendingBackslash = true
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                items.append(unescaped(String(decoding: current, as: UTF8.self)))
                current.removeAll(keepingCapacity: true)
                if byte == UInt8(ascii: ";") {
                    components.append(items)
                    items = []
                }
            } else {
                current.append(byte)
            }
        }
        if pendingBackslash { current.append(UInt8(ascii: "\\")) }
        items.append(unescaped(String(decoding: current, as: UTF8.self)))
        components.append(items)
        return components
    }

    /// Line breaks (CRLF, CR, LF) written `\n`, as ``ContactModel/RawProperty/value`` keeps them;
    /// nothing else changes.
    static func escapingLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A where previous == 0x0D: break
            case 0x0A, 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            default: bytes.append(byte)
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `\` `,` `;` and line breaks escaped, for one list item or structured component.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ","), UInt8(ascii: ";"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x0A where previous == 0x0D: break
            case 0x0A, 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            default: bytes.append(byte)
            }
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
