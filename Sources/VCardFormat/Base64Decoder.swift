/// Decodes base64 (RFC 4648 §4, the standard alphabet), as vCard's `ENCODING=b` (RFC 2426 §5)
/// and 2.1's `ENCODING=BASE64` carry a value. White space (folding) is skipped; padding is
/// optional; any other byte outside the alphabet makes the value no base64.
enum Base64Decoder {
    /// The decoded bytes, or `nil` when `encoded` is not base64.
    static func decode(_ encoded: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var padding = 0
        for byte in encoded {
            if byte == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            if byte <= VCardByte.space { continue }
            guard padding == 0, let sextet = Self.value(of: byte) else { return nil }
            accumulator = accumulator << 6 | UInt32(sextet)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        // A lone sextet (one character of a group) is no byte: the text was cut.
        guard bits < 6, padding <= 2 else { return nil }
        return out
    }

    private static func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
