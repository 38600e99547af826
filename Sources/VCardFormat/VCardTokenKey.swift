/// A short ASCII token (a TYPE value, a parameter name) upper-cased and packed into two words, so
/// it is matched against a known vocabulary with integer comparisons instead of byte by byte.
///
/// Tokens longer than 16 bytes, or holding a NUL byte, have no key: no known token is that long.
struct VCardTokenKey: Equatable, Sendable {
    private let low: UInt64
    private let high: UInt64

    /// The key of `bytes`, compared ignoring ASCII case; `nil` when longer than 16 bytes.
    @inline(__always)
    init?<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        for byte in bytes {
            guard index < 16, byte != 0 else { return nil }
            let upper = UInt64(VCardByte.upper(byte))
            if index < 8 {
                low |= upper << (index * 8)
            } else {
                high |= upper << ((index - 8) * 8)
            }
            index += 1
        }
        self.low = low
        self.high = high
    }

    /// The key of `text`, compared ignoring ASCII case; `nil` when longer than 16 bytes.
    @inline(__always)
    init?(_ text: String) {
        guard text.utf8.count <= 16 else { return nil }
        var text = text
        guard let key = text.withUTF8({ VCardTokenKey($0) }) else { return nil }
        self = key
    }

    /// The key of a known token written in upper case.
    init(_ token: StaticString) {
        let buffer = UnsafeBufferPointer(start: token.utf8Start, count: token.utf8CodeUnitCount)
        guard let key = VCardTokenKey(buffer) else { preconditionFailure("vocabulary token longer than 16 bytes") }
        self = key
    }
}
