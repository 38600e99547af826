import ContactModel

/// Splits a vCard byte stream into logical lines: physical lines joined across folds
/// (RFC 6350 §3.2, RFC 2425 §5.8.1), quoted-printable soft line breaks (RFC 2045 §6.7, as vCard
/// 2.1 writers use them, with or without whitespace on the next line) and 2.1 values continued
/// after a trailing backslash.
///
/// Accepts CRLF, LF, CR and CR CR LF as one line break each. Reads its source in chunks and keeps
/// at most ``maximumLineBytes`` of a logical line, so memory stays bounded whatever the input.
struct VCardLineScanner {
    private let source: VCardChunkSource
    private var buffer: [UInt8] = []
    private var cursor = 0
    private var sourceExhausted = false
    /// Stream offset of `buffer[0]`.
    private var bufferOffset = 0
    /// 1-based number of the physical line that starts at `cursor`.
    private var lineNumber = 1
    private let chunkSize: Int

    /// The longest logical line kept; bytes beyond it are counted but dropped.
    let maximumLineBytes: Int
    /// Unfold the vCard 2.1 way: the whitespace that starts a continuation line stays in the value
    /// (vCard 2.1 §2.1.3), except where the fold splits a UTF-8 sequence.
    var foldKeepsWhitespace = false

    /// The bytes of the logical line last read (at most ``maximumLineBytes``).
    private(set) var line: [UInt8] = []
    /// Where the logical line last read starts (line 1-based, column 1).
    private(set) var linePosition = SourcePosition(line: 1, column: 1)
    /// The full length of the logical line last read, including bytes beyond the cap.
    private(set) var lineLength = 0
    /// True when a quoted-printable soft break joined the next line although it was the end of the
    /// card (`END:VCARD`), so the break was ignored.
    private(set) var danglingSoftBreak = false

    init(_ source: VCardChunkSource, maximumLineBytes: Int, chunkSize: Int = 65_536) {
        self.source = source
        self.maximumLineBytes = max(64, maximumLineBytes)
        self.chunkSize = max(64, chunkSize)
    }

    /// True when the last logical line was longer than ``maximumLineBytes``.
    var lineWasCut: Bool { lineLength > line.count }

    /// Reads the next logical line into ``line``.
    /// - Returns: `false` at the end of the input.
    /// - Throws: ``InputError`` when the source cannot be read.
    mutating func nextLine() throws(InputError) -> Bool {
        line.removeAll(keepingCapacity: true)
        lineLength = 0
        danglingSoftBreak = false
        guard try fill(1) else { return false }
        linePosition = SourcePosition(line: lineNumber, column: 1, byteOffset: bufferOffset + cursor)
        var quotedPrintable: Bool?
        while true {
            let endedWithBreak = try readPhysicalLine()
            guard endedWithBreak else { return true }
            let wasCut = lineLength > line.count
            if !wasCut, line.last == VCardByte.equals {
                if quotedPrintable == nil { quotedPrintable = Self.declaresQuotedPrintable(line) }
                if quotedPrintable == true {
                    guard try fill(1), try !nextLineClosesCard() else {
                        danglingSoftBreak = true
                        return true
                    }
                    line.removeLast()
                    lineLength -= 1
                    continue
                }
            }
            guard try fill(1) else { return true }
            let next = buffer[cursor]
            if VCardByte.isWhitespace(next) {
                if !foldKeepsWhitespace || Self.endsInsideUTF8Sequence(line) {
                    cursor += 1
                }
                continue
            }
            if !wasCut, Self.endsWithEscapingBackslash(line), next != VCardByte.carriageReturn,
                next != VCardByte.lineFeed, try !nextLineClosesCard()
            {
                line[line.count - 1] = VCardByte.lineFeed
                continue
            }
            return true
        }
    }

    /// Appends one physical line to ``line`` and consumes its line break.
    /// - Returns: `true` when a line break ended it, `false` when the input did.
    private mutating func readPhysicalLine() throws(InputError) -> Bool {
        while true {
            if cursor == buffer.count {
                guard try fill(1) else { return false }
            }
            let start = cursor
            let room = maximumLineBytes - line.count
            let end = buffer.withUnsafeBufferPointer { buffer in
                let end = Self.firstLineBreak(in: buffer, from: start)
                if room > 0 {
                    line.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<min(end, start + room)]))
                }
                return end
            }
            lineLength += end - start
            cursor = end
            if end < buffer.count {
                try consumeLineBreak()
                return true
            }
        }
    }

    /// The index of the first CR or LF in `bytes` at or after `start`, or `bytes.count`; tests eight
    /// bytes at a time.
    @inline(__always)
    private static func firstLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let lineFeeds = word ^ (ones &* UInt64(VCardByte.lineFeed))
                let returns = word ^ (ones &* UInt64(VCardByte.carriageReturn))
                let found = ((lineFeeds &- ones) & ~lineFeeds | (returns &- ones) & ~returns) & highs
                // The lowest flagged byte is exact (only bytes above a match can be flagged wrongly).
                if found != 0 { return index + found.trailingZeroBitCount >> 3 }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == VCardByte.lineFeed || byte == VCardByte.carriageReturn { return index }
            index += 1
        }
        return count
    }

    /// Consumes CRLF, CR CR LF, LF or a lone CR at `cursor`.
    @inline(__always)
    private mutating func consumeLineBreak() throws(InputError) {
        let first = buffer[cursor]
        if first == VCardByte.lineFeed {
            cursor += 1
            lineNumber += 1
            return
        }
        if cursor + 1 < buffer.count, buffer[cursor + 1] == VCardByte.lineFeed {
            cursor += 2
            lineNumber += 1
            return
        }
        try consumeOtherLineBreak()
    }

    /// ``consumeLineBreak()`` for a CR that is not followed by LF within the buffer.
    private mutating func consumeOtherLineBreak() throws(InputError) {
        let first = buffer[cursor]
        cursor += 1
        lineNumber += 1
        guard first == VCardByte.carriageReturn, try fill(1) else { return }
        if buffer[cursor] == VCardByte.lineFeed {
            cursor += 1
        } else if buffer[cursor] == VCardByte.carriageReturn, try fill(2), buffer[cursor + 1] == VCardByte.lineFeed {
            cursor += 2
        }
    }

    /// Makes at least `count` bytes available after `cursor` unless the input ends first.
    /// - Returns: whether `count` bytes are available.
    @inline(__always)
    private mutating func fill(_ count: Int) throws(InputError) -> Bool {
        if buffer.count - cursor >= count { return true }
        return try refill(count)
    }

    /// ``fill(_:)`` when the buffer holds fewer than `count` bytes after `cursor`.
    private mutating func refill(_ count: Int) throws(InputError) -> Bool {
        while buffer.count - cursor < count {
            if sourceExhausted { return false }
            if cursor > 0 {
                buffer.removeSubrange(0..<cursor)
                bufferOffset += cursor
                cursor = 0
            }
            let chunk = try source.read(maxCount: chunkSize)
            if chunk.isEmpty {
                sourceExhausted = true
                return false
            }
            if buffer.isEmpty {
                buffer = chunk
            } else {
                buffer.append(contentsOf: chunk)
            }
        }
        return true
    }

    /// True when the physical line at `cursor` is `END:VCARD` or `BEGIN:VCARD`, which a dangling
    /// soft line break must not swallow.
    private mutating func nextLineClosesCard() throws(InputError) -> Bool {
        _ = try fill(11)
        let rest = buffer[cursor..<min(buffer.count, cursor + 11)]
        return VCardByte.hasPrefixIgnoringCase(rest, "END:VCARD") || VCardByte.hasPrefixIgnoringCase(rest, "BEGIN:VCARD")
    }

    /// True when the part of `line` before its first unquoted colon names quoted-printable
    /// encoding (`ENCODING=QUOTED-PRINTABLE` or the 2.1 bare `QUOTED-PRINTABLE`).
    static func declaresQuotedPrintable(_ line: [UInt8]) -> Bool {
        var index = 0
        var quoted = false
        let token: StaticString = "QUOTED-PRINTABLE"
        let tokenLength = token.utf8CodeUnitCount
        while index < line.count {
            let byte = line[index]
            if byte == VCardByte.doubleQuote {
                quoted.toggle()
            } else if !quoted {
                if byte == VCardByte.colon { return false }
                if VCardByte.upper(byte) == 0x51, index + tokenLength <= line.count,
                    VCardByte.equalsIgnoringCase(line[index..<(index + tokenLength)], token)
                {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// True when `line` ends in the middle of a multi-byte UTF-8 sequence.
    static func endsInsideUTF8Sequence(_ line: [UInt8]) -> Bool {
        var index = line.count - 1
        var continuationBytes = 0
        while index >= 0, line[index] & 0xC0 == 0x80, continuationBytes < 3 {
            continuationBytes += 1
            index -= 1
        }
        guard index >= 0 else { return false }
        let lead = line[index]
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 1
        case 0xE0...0xEF: expected = 2
        case 0xF0...0xF4: expected = 3
        default: return false
        }
        return continuationBytes < expected
    }

    /// True when `line` ends with an odd number of backslashes: a 2.1 writer escaped the line
    /// break itself (seen in Android exports of multi-line addresses).
    static func endsWithEscapingBackslash(_ line: [UInt8]) -> Bool {
        var count = 0
        var index = line.count - 1
        while index >= 0, line[index] == VCardByte.backslash {
            count += 1
            index -= 1
        }
        return count % 2 == 1
    }
}
