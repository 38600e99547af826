/// The text encoding a byte stream was found to be in, from its byte-order mark or its first bytes.
public enum StreamEncoding: String, Sendable, Hashable {
    /// UTF-8, or 8-bit text that readers decode per value (with a charset or a Windows-1252 fallback).
    case utf8
    case utf8WithBOM
    case utf16LittleEndian
    case utf16BigEndian
}

/// Wraps a ``ByteSource`` and hands out UTF-8: a UTF-8 byte-order mark is removed, and UTF-16
/// (little- or big-endian, with or without a byte-order mark) is transcoded, so readers only
/// ever scan UTF-8 (or 8-bit) bytes.
///
/// UTF-16 without a mark is recognised when, in the first bytes, every other byte is zero
/// (ASCII text in UTF-16), which is how address books without a BOM look. Unpaired surrogates
/// become U+FFFD.
public struct UnicodeByteSource<Base: ByteSource>: ByteSource {
    private var base: Base
    private var pending: [UInt8] = []
    private var sniffed = false
    private var atEnd = false
    /// The encoding detected; valid after the first ``read(maxCount:)``.
    public private(set) var encoding: StreamEncoding = .utf8
    private var carry: [UInt8] = []
    private var highSurrogate: UInt16?

    /// The UTF-16 byte order the user named, used when the stream has no byte-order mark.
    private let assumedUTF16: StreamEncoding?

    /// - Parameters:
    ///   - base: the bytes.
    ///   - assumedUTF16: `.utf16LittleEndian` or `.utf16BigEndian` when the user said the input is
    ///     UTF-16 (a file without a mark whose first letters are not ASCII cannot be recognised);
    ///     a byte-order mark still wins.
    public init(_ base: Base, assumingUTF16 assumedUTF16: StreamEncoding? = nil) {
        self.base = base
        self.assumedUTF16 = assumedUTF16 == .utf16LittleEndian || assumedUTF16 == .utf16BigEndian ? assumedUTF16 : nil
    }

    /// The next chunk as UTF-8 (or the 8-bit bytes as they are), a byte-order mark removed; empty at
    /// the end. A chunk transcoded from UTF-16 can be up to half again as long as `maxCount` (a
    /// 2-byte unit may become 3 bytes).
    /// - Throws: ``InputError`` when the base cannot be read.
    public mutating func read(maxCount: Int) throws(InputError) -> [UInt8] {
        if !sniffed { try sniff(maxCount: maxCount) }
        if !pending.isEmpty {
            let out = pending
            pending = []
            return out
        }
        if atEnd { return [] }
        switch encoding {
        case .utf8, .utf8WithBOM:
            let chunk = try base.read(maxCount: maxCount)
            if chunk.isEmpty { atEnd = true }
            return chunk
        case .utf16LittleEndian, .utf16BigEndian:
            while true {
                let chunk = try base.read(maxCount: maxCount)
                if chunk.isEmpty {
                    atEnd = true
                    var tail: [UInt8] = []
                    if !carry.isEmpty || highSurrogate != nil { tail.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
                    carry = []
                    highSurrogate = nil
                    return tail
                }
                let out = transcode(chunk)
                if !out.isEmpty { return out }
            }
        }
    }

    private mutating func sniff(maxCount: Int) throws(InputError) {
        sniffed = true
        var head: [UInt8] = []
        while head.count < 4 {
            let chunk = try base.read(maxCount: max(maxCount, 4))
            if chunk.isEmpty { break }
            head.append(contentsOf: chunk)
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8WithBOM
            pending = Array(head.dropFirst(3))
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            pending = transcode(Array(head.dropFirst(2)))
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            pending = transcode(Array(head.dropFirst(2)))
        } else if let assumedUTF16 {
            encoding = assumedUTF16
            pending = transcode(head)
        } else if head.count >= 4, head[0] == 0, head[1] != 0, head[2] == 0, head[3] != 0 {
            encoding = .utf16BigEndian
            pending = transcode(head)
        } else if head.count >= 4, head[0] != 0, head[1] == 0, head[2] != 0, head[3] == 0 {
            encoding = .utf16LittleEndian
            pending = transcode(head)
        } else {
            encoding = .utf8
            pending = head
        }
        if head.isEmpty { atEnd = true }
    }

    private mutating func transcode(_ chunk: [UInt8]) -> [UInt8] {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        let usable = bytes.count & ~1
        carry = Array(bytes[usable...])
        var out: [UInt8] = []
        out.reserveCapacity(usable + usable / 2)
        var index = 0
        let littleEndian = encoding == .utf16LittleEndian
        while index < usable {
            let unit = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            index += 2
            if let high = highSurrogate {
                highSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                    UTF8Encoding.append(scalar, to: &out)
                    continue
                }
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            }
            switch unit {
            case 0xD800...0xDBFF: highSurrogate = unit
            case 0xDC00...0xDFFF: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: UTF8Encoding.append(UInt32(unit), to: &out)
            }
        }
        return out
    }
}
