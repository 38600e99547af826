/// The ASCII bytes the vCard reader compares against, named (RFC 5234 core rules as used by
/// RFC 6350 §3.3).
enum VCardByte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let doubleQuote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let equals: UInt8 = 0x3D
    static let backslash: UInt8 = 0x5C
    static let caret: UInt8 = 0x5E
    static let slash: UInt8 = 0x2F
    static let plus: UInt8 = 0x2B
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let upperN: UInt8 = 0x4E
    static let lowerN: UInt8 = 0x6E
    static let apostrophe: UInt8 = 0x27
    static let closingParenthesis: UInt8 = 0x29

    /// Space or horizontal tab (RFC 5234 WSP).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// An ASCII letter, digit or `-`: the bytes of a property or group name (RFC 6350 §3.3
    /// `name`, `group`).
    @inline(__always)
    static func isPropertyNameByte(_ byte: UInt8) -> Bool {
        let letter = byte | 0x20
        return (letter >= 0x61 && letter <= 0x7A) || (byte >= zero && byte <= nine) || byte == hyphen
    }

    /// The byte upper-cased when it is an ASCII letter (`& 0xDF`), unchanged otherwise.
    @inline(__always)
    static func upper(_ byte: UInt8) -> UInt8 {
        (byte >= 0x61 && byte <= 0x7A) ? byte & 0xDF : byte
    }

    /// True when `bytes` equal the upper-case ASCII `token`, ignoring ASCII case.
    static func equalsIgnoringCase<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ token: StaticString) -> Bool {
        guard bytes.count == token.utf8CodeUnitCount else { return false }
        var index = 0
        let pointer = token.utf8Start
        for byte in bytes {
            if upper(byte) != pointer[index] { return false }
            index += 1
        }
        return true
    }

    /// True when `bytes` start with the upper-case ASCII `token`, ignoring ASCII case.
    static func hasPrefixIgnoringCase<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ token: StaticString) -> Bool {
        guard bytes.count >= token.utf8CodeUnitCount else { return false }
        var index = 0
        let pointer = token.utf8Start
        for byte in bytes.prefix(token.utf8CodeUnitCount) {
            if upper(byte) != pointer[index] { return false }
            index += 1
        }
        return true
    }

    /// `bytes` without leading and trailing spaces and tabs.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// `bytes` without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// The index of the first `first` or `second` in `bytes[start..<end]`, or `end`; tests eight
    /// bytes at a time (parameter text is searched for its next `;`, `:` or quote so).
    @inline(__always)
    static func firstIndex(
        of first: UInt8, or second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            // Wrapping arithmetic: indices stay within the buffer, so no overflow checks.
            while index &+ 8 <= end {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let found = matches(first, in: word) | matches(second, in: word)
                if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < end, bytes[index] != first, bytes[index] != second { index += 1 }
        return index
    }

    /// True when `bytes` hold a space or a control byte (0x00–0x20); tests eight bytes at a time.
    static func containsSpaceOrControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            // Wrapping arithmetic: indices stay within the buffer, so no overflow checks.
            while index &+ 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Non-zero exactly when some byte is below 0x21 (a borrow starts only at such a byte).
                if (word &- ones &* 0x21) & ~word & (ones &* 0x80) != 0 { return true }
                index &+= 8
            }
        }
        while index < bytes.count {
            if bytes[index] <= space { return true }
            index += 1
        }
        return false
    }

    /// The high bit of each byte of `word` that is `byte`, exact for the lowest such byte (a byte
    /// above it may be flagged too), so the lowest set bit finds the first occurrence.
    @inline(__always)
    static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` that is `byte`, exact for every byte (no carry crosses
    /// from one byte into the next), so that every occurrence can be visited.
    @inline(__always)
    static func exactMatches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let lowSeven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        // Bit 7 of each byte of the sum is set when the byte's low seven bits are not all 0.
        return ~(((difference & lowSeven) &+ lowSeven) | difference | lowSeven)
    }

    /// The eight bytes of `word` each upper-cased as ``upper(_:)`` does: the ASCII lower-case
    /// letters lose bit 0x20, every other byte (non-ASCII ones too) is unchanged.
    @inline(__always)
    static func upper(eightBytes word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Bytes below 0x80 plus an offset do not carry into the next byte; bit 7 of each sum
        // tells whether the byte is at least `a` (0x61), or past `z` (0x7A).
        let low7 = word & (ones &* 0x7F)
        let fromA = low7 &+ ones &* (0x80 - 0x61)
        let pastZ = low7 &+ ones &* (0x80 - 0x7B)
        let lowercase = fromA & ~pastZ & ~word & (ones &* 0x80)
        return word ^ (lowercase >> 2)
    }

    /// The text of ASCII-or-UTF-8 bytes, upper-cased in ASCII.
    static func upperString<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        guard bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else {
            return bytes.withContiguousStorageIfAvailable(String.init(vCardUTF8:)) ?? String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: bytes.map(upper), as: UTF8.self)
    }
}
