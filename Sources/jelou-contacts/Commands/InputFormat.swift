import ContactModel

/// The formats `convert`, `preview`, `check` and `send` read.
enum InputFormat: String, CaseIterable {
    case vcard, csv, jelou, jcard

    /// Recognises the format from the first bytes of the (UTF-8) stream, then from the file name.
    ///
    /// JSON starting `["vcard"` (or an array of those) is jCard (RFC 7095 §3.2), other JSON is a
    /// Jelou or WhatsApp payload; a `BEGIN:VCARD` line near the start is vCard; anything else with
    /// a `.vcf` / `.vcard` name is vCard, with a `.json` / `.ndjson` name Jelou JSON, else CSV.
    static func detect(head: [UInt8], path: String) -> InputFormat {
        let significant = head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if let first = significant.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            let compact = significant.prefix(64).filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            let text = String(decoding: compact, as: UTF8.self).lowercased()
            return text.hasPrefix("[\"vcard\"") || text.hasPrefix("[[\"vcard\"") ? .jcard : .jelou
        }
        if containsVCardBegin(head) { return .vcard }
        let lowered = path.lowercased()
        if lowered.hasSuffix(".vcf") || lowered.hasSuffix(".vcard") { return .vcard }
        if lowered.hasSuffix(".json") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".jsonl") { return .jelou }
        return .csv
    }

    /// Whether the first bytes are binary data rather than text: a NUL byte, or more than one
    /// byte in twenty a control character other than TAB, LF, FF and CR. (UTF-16 has already been
    /// transcoded to UTF-8 when this runs, so its zero bytes do not count.)
    static func looksBinary(_ head: [UInt8]) -> Bool {
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F {
                controls += 1
            }
        }
        return controls * 20 > head.count
    }

    /// Whether a line of `head` starts with `BEGIN:VCARD` (any case).
    static func containsVCardBegin(_ head: [UInt8]) -> Bool {
        let token = Array("BEGIN:VCARD".utf8)
        var lineStart = true
        var index = 0
        while index + token.count <= head.count {
            let byte = head[index]
            if lineStart, byte != 0x20, byte != 0x09 {
                var matches = true
                for offset in 0..<token.count where head[index + offset] & 0xDF != token[offset] & 0xDF {
                    matches = false
                    break
                }
                if matches { return true }
                lineStart = false
            }
            if byte == 0x0A || byte == 0x0D { lineStart = true }
            index += 1
        }
        return false
    }
}
