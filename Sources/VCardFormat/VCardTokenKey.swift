/// A short ASCII token (a TYPE value, a parameter name) upper-cased and packed into two words, so
/// it is matched against a known vocabulary with integer comparisons instead of byte by byte.
///
/// Tokens longer than 16 bytes, or holding a NUL byte, have no key: no known token is that long.
struct VCardTokenKey: Equatable, Sendable {
    /// Bytes 0 to 7, the first in the lowest byte; 0 beyond the token.
    private let low: UInt64
    /// Bytes 8 to 15, the same way.
    private let high: UInt64

    /// The key of `bytes`, compared ignoring ASCII case; `nil` when longer than 16 bytes.
    ///
    /// Reads and upper-cases eight bytes at a time where the buffer holds eight from there on (a
    /// TYPE value nearly always has the rest of its line after it), else byte by byte.
    @inline(__always)
    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        let count = bytes.count
        guard count <= 16 else { return nil }
        guard count > 0, let base = bytes.base.baseAddress else {
            (low, high) = (0, 0)
            return
        }
        let readable = bytes.base.count - bytes.startIndex
        guard let low = Self.word(at: base + bytes.startIndex, count: min(count, 8), readable: readable) else { return nil }
        var high: UInt64 = 0
        if count > 8 {
            guard let word = Self.word(at: base + bytes.startIndex + 8, count: count - 8, readable: readable - 8)
            else { return nil }
            high = word
        }
        (self.low, self.high) = (low, high)
    }

    /// The key of `text`, compared ignoring ASCII case; `nil` when longer than 16 bytes.
    @inline(__always)
    init?(_ text: String) {
        guard text.utf8.count <= 16 else { return nil }
        var text = text
        guard let key = text.withUTF8({ VCardTokenKey($0[...]) }) else { return nil }
        self = key
    }

    /// The key of a known token written in upper case.
    init(_ token: StaticString) {
        let buffer = UnsafeBufferPointer(start: token.utf8Start, count: token.utf8CodeUnitCount)
        guard let key = VCardTokenKey(buffer[...]) else { preconditionFailure("vocabulary token longer than 16 bytes") }
        self = key
    }

    /// The `count` bytes (1 to 8) at `pointer` upper-cased, the first in the lowest byte and 0
    /// beyond them; `nil` when one is NUL. One load when `readable` bytes at `pointer` may be read.
    @inline(__always)
    private static func word(at pointer: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64? {
        let kept: UInt64 = count == 8 ? ~0 : (1 << (UInt64(count) &* 8)) &- 1
        var word: UInt64 = 0
        if readable >= 8 {
            word = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)) & kept
        } else {
            for index in 0..<count { word |= UInt64(pointer[index]) << (index &* 8) }
        }
        // The bytes beyond the token set to 1, so that only a NUL of the token is found.
        if VCardByte.matches(0, in: word | (0x0101_0101_0101_0101 & ~kept)) != 0 { return nil }
        return VCardByte.upper(eightBytes: word)
    }
}
