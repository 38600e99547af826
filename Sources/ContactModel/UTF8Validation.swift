/// Byte-level UTF-8 checks for readers that decode many small values (RFC 3629 §4; Unicode §3.9
/// table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), eight bytes at a time over
/// ASCII runs, without building a `String` just to check.
public enum UTF8Validation {
    /// True when every byte is below 0x80.
    @inlinable
    public static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return true }
        var combined: UInt64 = 0
        var index = 0
        while index + 8 <= buffer.count {
            combined |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < buffer.count {
            combined |= UInt64(buffer[index])
            index += 1
        }
        return combined & 0x8080_8080_8080_8080 == 0
    }

    /// True when the bytes are well-formed UTF-8.
    @inlinable
    public static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        while index < count {
            if index + 8 <= count, let base = UnsafeRawPointer(buffer.baseAddress),
                base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            switch lead {
            case 0xC2...0xDF:
                guard index + 1 < count, buffer[index + 1] & 0xC0 == 0x80 else { return false }
                index += 2
            case 0xE0...0xEF:
                guard index + 2 < count else { return false }
                let second = buffer[index + 1]
                let lowest: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let highest: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard second >= lowest, second <= highest, buffer[index + 2] & 0xC0 == 0x80 else { return false }
                index += 3
            case 0xF0...0xF4:
                guard index + 3 < count else { return false }
                let second = buffer[index + 1]
                let lowest: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let highest: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard second >= lowest, second <= highest, buffer[index + 2] & 0xC0 == 0x80,
                    buffer[index + 3] & 0xC0 == 0x80
                else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }
}
