/// Decodes quoted-printable text to bytes (RFC 2045 §6.7), as vCard 2.1 values use it
/// (vCard 2.1 §2.1.3).
///
/// The reader joins soft line breaks before decoding, so this decodes one whole logical value: a
/// multi-byte character split across physical lines (`=E5=` / `=BA=A7`) comes out whole. It is
/// lenient: an `=` not followed by two hex digits stays as written, and a final `=` is dropped.
enum QuotedPrintableDecoder {
    /// The bytes `encoded` stands for.
    /// - Complexity: O(n) in the length of `encoded`.
    static func decode(_ encoded: ArraySlice<UInt8>) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(encoded.count)
        var index = encoded.startIndex
        let end = encoded.endIndex
        while index < end {
            let byte = encoded[index]
            guard byte == VCardByte.equals else {
                decoded.append(byte)
                index += 1
                continue
            }
            if index + 2 < end, let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
                continue
            }
            if index + 1 == end { break }
            decoded.append(byte)
            index += 1
        }
        return decoded
    }

    /// The text a value without an `ENCODING` parameter stands for when it is quoted-printable
    /// all the same, as converters that drop 2.1's parameters write it (`FN:=D0=A8=D1=83`, Шу):
    /// two `=XX` escapes or more, every `=` starting one (upper-case hex, as RFC 2045 §6.7 writes
    /// them), decoding to UTF-8 beyond ASCII. `nil` for any other value, which is text as written
    /// (`a=b`, `1=1`, `Lo=Lo`).
    static func decodeUnmarked(_ value: ArraySlice<UInt8>) -> [UInt8]? {
        // Nearly every value has no `=`: one pass, eight bytes at a time, says so.
        let hasEquals = value.withUnsafeBufferPointer {
            VCardByte.firstIndex(of: VCardByte.equals, or: VCardByte.equals, in: $0, from: 0, to: $0.count) < $0.count
        }
        guard hasEquals else { return nil }
        var escapes = 0
        var index = value.startIndex
        while let equals = value[index...].firstIndex(of: VCardByte.equals) {
            guard equals + 2 < value.endIndex, isUpperHex(value[equals + 1]), isUpperHex(value[equals + 2]) else { return nil }
            escapes += 1
            index = equals + 3
        }
        guard escapes >= 2 else { return nil }
        let decoded = decode(value)
        guard !VCardValueText.isASCII(decoded[...]), VCardValueText.isValidUTF8(decoded[...]) else { return nil }
        return decoded
    }

    @inline(__always)
    private static func isUpperHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte)
    }

    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
