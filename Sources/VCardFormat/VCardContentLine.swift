/// One content line, `[group "."] name *(";" param) ":" value` (RFC 6350 §3.3, RFC 2425 §5.8.2),
/// split into byte ranges of the buffer it was read from.
///
/// Kept as plain offsets (no optional ranges), so that the line a card stores for each property
/// is small and copied cheaply.
struct VCardContentLine {
    /// Where the line's text starts: its group, or its name when it has none.
    private(set) var start: Int
    private var nameStart: Int
    private var nameEnd: Int
    /// Just after the `;` that starts the parameters (meaningful only when ``hasParameters``).
    private var parametersStart: Int
    /// Just after the colon that ends the parameters.
    private var valueStart: Int
    private var valueEnd: Int
    var property: VCardPropertyName
    private var hasGroup: Bool
    private var hasParameters: Bool
    /// True when a double quote in the parameters is never closed; the value then starts at the
    /// first colon after the name (`TEL;TYPE="CELL:+1 555` keeps its number).
    private(set) var hasUnclosedQuote: Bool

    /// The group prefix (`item1` in `item1.TEL`), without its last period; everything before the
    /// last period of the name counts as the group.
    var group: Range<Int>? { hasGroup ? start..<(nameStart - 1) : nil }
    var name: Range<Int> { nameStart..<nameEnd }
    /// Everything between the first `;` after the name and the colon that starts the value.
    var parameters: Range<Int>? { hasParameters ? parametersStart..<(valueStart - 1) : nil }
    var value: Range<Int> { valueStart..<valueEnd }

    /// Moves the end of the value to `end` (a value continued on further lines).
    mutating func extendValue(to end: Int) {
        valueEnd = end
    }

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

    /// ``parse(_:in:)`` over bytes read in place.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Result<VCardContentLine, Problem> {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end, VCardByte.isWhitespace(bytes[index]) { index += 1 }
        let start = index
        var nameStart = index
        while true {
            while index < end, isNameByte(bytes[index]) { index += 1 }
            guard index < end else { return .failure(.missingColon) }
            let byte = bytes[index]
            if byte == VCardByte.colon || byte == VCardByte.semicolon { break }
            guard byte == VCardByte.period else {
                // A line with no colon at all is reported as that, whatever its letters.
                let hasColon = bytes[index..<end].contains(VCardByte.colon)
                return .failure(byte == VCardByte.lineFeed || !hasColon ? .missingColon : .invalidName)
            }
            index += 1
            nameStart = index
        }
        var nameEnd = index
        while nameEnd > nameStart, VCardByte.isWhitespace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        guard nameEnd > nameStart else { return .failure(.invalidName) }
        let parametersStart = index + 1
        let hasParameters = bytes[index] == VCardByte.semicolon
        var unclosedQuote = false
        if hasParameters {
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
        }
        let property = VCardPropertyName(UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]))
        return .success(VCardContentLine(
            start: start, nameStart: nameStart, nameEnd: nameEnd, parametersStart: parametersStart, valueStart: index + 1,
            valueEnd: end, property: property, hasGroup: nameStart > start, hasParameters: hasParameters,
            hasUnclosedQuote: unclosedQuote))
    }

    /// Letters, digits, `-`, `_`, `/` and spaces: RFC 6350 names plus what lenient writers use in
    /// X- names.
    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        let bits = byte < 64 ? nameBytesLow : nameBytesHigh
        return byte < 128 && bits >> (byte & 63) & 1 == 1
    }

    /// Bit n set when byte n (0–63) may appear in a name: tab, space, `-`, `/`, digits.
    private static let nameBytesLow: UInt64 = (1 << 0x09) | (1 << 0x20) | (1 << 0x2D) | (1 << 0x2F) | (0x3FF << 0x30)
    /// Bit n set when byte 64 + n may appear in a name: letters and `_`.
    private static let nameBytesHigh: UInt64 = (0x3FF_FFFF << 1) | (1 << 0x1F) | (0x3FF_FFFF << 33)
}
