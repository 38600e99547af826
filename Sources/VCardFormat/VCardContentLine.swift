/// One content line, `[group "."] name *(";" param) ":" value` (RFC 6350 §3.3, RFC 2425 §5.8.2),
/// split into byte ranges of the buffer it was read from.
struct VCardContentLine {
    /// The group prefix (`item1` in `item1.TEL`), without its last period; everything before the
    /// last period of the name counts as the group.
    var group: Range<Int>?
    var name: Range<Int>
    var property: VCardPropertyName
    /// Everything between the first `;` after the name and the colon that starts the value.
    var parameters: Range<Int>?
    var value: Range<Int>
    /// True when a double quote in the parameters is never closed; the value then starts at the
    /// first colon after the name (`TEL;TYPE="CELL:+1 555` keeps its number).
    var hasUnclosedQuote = false

    /// Why a line is not a content line.
    enum Problem: Error {
        case missingColon
        case invalidName
    }

    /// Splits the line `bytes[range]`. Leading whitespace is skipped; the colon that ends the
    /// parameters is the first one outside double quotes (an Apple `\"` inside quotes does not end
    /// them), or the first one after the name when a quote is never closed.
    static func parse(_ bytes: [UInt8], in range: Range<Int>) -> Result<VCardContentLine, Problem> {
        bytes.withUnsafeBufferPointer { parse($0, in: range) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Result<VCardContentLine, Problem> {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end, VCardByte.isWhitespace(bytes[index]) { index += 1 }
        var nameStart = index
        var group: Range<Int>?
        while index < end {
            let byte = bytes[index]
            if byte == VCardByte.colon || byte == VCardByte.semicolon { break }
            if byte == VCardByte.period {
                group = (group?.lowerBound ?? nameStart)..<index
                nameStart = index + 1
            } else if !isNameByte(byte) {
                // A line with no colon at all is reported as that, whatever its letters.
                let hasColon = bytes[index..<end].contains(VCardByte.colon)
                return .failure(byte == VCardByte.lineFeed || !hasColon ? .missingColon : .invalidName)
            }
            index += 1
        }
        guard index < end else { return .failure(.missingColon) }
        var nameEnd = index
        while nameEnd > nameStart, VCardByte.isWhitespace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        guard nameEnd > nameStart else { return .failure(.invalidName) }
        let name = nameStart..<nameEnd
        var parameters: Range<Int>?
        var unclosedQuote = false
        if bytes[index] == VCardByte.semicolon {
            let parametersStart = index + 1
            var quoted = false
            // Nearly every line: no quote before the colon.
            index = VCardByte.firstIndex(of: VCardByte.colon, or: VCardByte.doubleQuote, in: bytes, from: parametersStart, to: end)
            while index < end {
                let byte = bytes[index]
                if byte == VCardByte.doubleQuote {
                    quoted.toggle()
                } else if quoted, byte == VCardByte.backslash, index + 1 < end, bytes[index + 1] == VCardByte.doubleQuote {
                    index += 1
                } else if !quoted, byte == VCardByte.colon {
                    break
                }
                index += 1
            }
            if index == end, quoted, let colon = bytes[parametersStart..<end].firstIndex(of: VCardByte.colon) {
                index = colon
                unclosedQuote = true
            }
            guard index < end else { return .failure(.missingColon) }
            parameters = parametersStart..<index
        }
        let line = VCardContentLine(
            group: group, name: name, property: VCardPropertyName(UnsafeBufferPointer(rebasing: bytes[name])),
            parameters: parameters, value: (index + 1)..<end, hasUnclosedQuote: unclosedQuote)
        return .success(line)
    }

    /// Letters, digits, `-`, `_`, `/` and spaces: RFC 6350 names plus what lenient writers use in
    /// X- names.
    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte < 64 ? nameBytesLow >> byte & 1 == 1 : byte < 128 && nameBytesHigh >> (byte - 64) & 1 == 1
    }

    /// Bit n set when byte n (0–63) may appear in a name: tab, space, `-`, `/`, digits.
    private static let nameBytesLow: UInt64 = (1 << 0x09) | (1 << 0x20) | (1 << 0x2D) | (1 << 0x2F) | (0x3FF << 0x30)
    /// Bit n set when byte 64 + n may appear in a name: letters and `_`.
    private static let nameBytesHigh: UInt64 = (0x3FF_FFFF << 1) | (1 << 0x1F) | (0x3FF_FFFF << 33)
}
