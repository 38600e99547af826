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
    /// (vCard 2.1 §2.1.3), except where the fold splits a UTF-8 sequence or the folded line is
    /// ``fixedFoldWidth`` octets or longer.
    var foldKeepsWhitespace = false

    /// The line length at which a writer folds by width rather than at a space: KDE's and
    /// ez-vcard's 2.1 exports cut every line at 75 octets, mid-word (`…;regi` + `␣on2;…`), and
    /// insert the space the RFC 2425 §5.8.1 way, so a 2.1 fold after a line this long drops it.
    static let fixedFoldWidth = 75

    /// The whitespace every line of the card being read starts with, when the card is indented
    /// (pasted from an email or a document: `␣␣BEGIN:VCARD`, `␣␣FN:Ana`, …, or its properties
    /// indented under `BEGIN:VCARD`): removed from each line, and only whitespace beyond it folds
    /// a line. 0 for a card that is not indented.
    private var indentation = 0

    /// Where the logical line last read starts (line 1-based, column 1).
    private(set) var linePosition = SourcePosition(line: 1, column: 1)
    /// The full length of the logical line last read, including bytes beyond the cap.
    private(set) var lineLength = 0
    /// True when a quoted-printable soft break would have joined the next line although that line
    /// ends the card (`END:VCARD`) or starts a property (`TEL;CELL:…`), so the break was ignored.
    private(set) var danglingSoftBreak = false

    init(_ source: VCardChunkSource, maximumLineBytes: Int, chunkSize: Int = 65_536) {
        self.source = source
        self.maximumLineBytes = max(64, maximumLineBytes)
        self.chunkSize = max(64, chunkSize)
    }

    /// The number of bytes of the logical line last read that were kept (at most
    /// ``maximumLineBytes``).
    private(set) var keptLength = 0

    /// True when the last logical line was longer than ``maximumLineBytes``.
    var lineWasCut: Bool { lineLength > keptLength }

    /// Reads the next logical line and appends it to `target` (the caller's storage, so that a
    /// card's lines are copied once, straight into the card).
    /// - Returns: `false` at the end of the input.
    /// - Throws: ``InputError`` when the source cannot be read.
    mutating func nextLine(appendingTo target: inout [UInt8]) throws(InputError) -> Bool {
        let start = target.count
        keptLength = 0
        lineLength = 0
        danglingSoftBreak = false
        guard try fill(1) else { return false }
        let indented = indentation > 0 || VCardByte.isWhitespace(buffer[cursor]) ? try skipIndentation() : 0
        linePosition = SourcePosition(line: lineNumber, column: 1 + indented, byteOffset: bufferOffset + cursor)
        var quotedPrintable: Bool?
        // The whitespace a fold dropped still counts in the length of the line it started.
        var droppedFoldWhitespace = 0
        while true {
            let lengthBefore = lineLength - droppedFoldWhitespace
            droppedFoldWhitespace = 0
            let endedWithBreak = try readPhysicalLine(appendingTo: &target)
            guard endedWithBreak else { return true }
            let physicalLength = lineLength - lengthBefore
            let wasCut = lineWasCut
            if !wasCut, keptLength > 0, target[target.count - 1] == VCardByte.equals {
                if quotedPrintable == nil { quotedPrintable = Self.declaresQuotedPrintable(target[start...]) }
                if quotedPrintable == true {
                    guard try fill(1) else {
                        danglingSoftBreak = true
                        return true
                    }
                    let indented = try nextLineIndentation()
                    guard try !nextLineStartsProperty(after: indented) else {
                        danglingSoftBreak = true
                        return true
                    }
                    cursor += indented
                    target.removeLast()
                    keptLength -= 1
                    lineLength -= 1
                    continue
                }
            }
            guard try fill(1) else { return true }
            let next = buffer[cursor]
            if VCardByte.isWhitespace(next) {
                // In an indented card, a line indented as the card is the next line; nothing
                // continues `BEGIN:VCARD` or `END:VCARD`, nor a blank line with a property after
                // it (a blank line inside base64 data, which 2.1 writers leave, is continued).
                if indentation > 0, try leadingWhitespace(upTo: indentation + 1) <= indentation {
                    guard !wasCut, try continuesAfterBackslash(target, from: start, after: indentation) else { return true }
                    cursor += indentation
                    target[target.count - 1] = VCardByte.lineFeed
                    continue
                }
                switch Self.boundary(target[start...]) {
                case .card:
                    return true
                case .blank:
                    if try nextLineLooksLikeProperty(after: leadingWhitespace(upTo: Self.longestIndentation)) { return true }
                case nil:
                    break
                }
                cursor += indentation
                if !foldKeepsWhitespace || physicalLength >= Self.fixedFoldWidth
                    || Self.endsInsideUTF8Sequence(target[start...])
                {
                    cursor += 1
                    droppedFoldWhitespace = 1
                }
                continue
            }
            if !wasCut, try continuesAfterBackslash(target, from: start, after: 0) {
                target[target.count - 1] = VCardByte.lineFeed
                continue
            }
            return true
        }
    }

    /// True when the line read into `target` from `start` on ends with a backslash that escapes
    /// its line break (a 2.1 writer's multi-line value, seen in Android exports of addresses) and
    /// the physical line at `cursor`, after `offset` bytes of indentation, holds text that neither
    /// ends nor starts a card nor starts a property (`NOTE:\\server\docs\` before a `TEL`).
    ///
    /// Looks at the last byte before taking a slice of `target` (nearly every line ends otherwise).
    private mutating func continuesAfterBackslash(_ target: [UInt8], from start: Int, after offset: Int) throws(InputError) -> Bool {
        guard target.count > start, target[target.count - 1] == VCardByte.backslash,
            Self.endsWithEscapingBackslash(target[start...]), try fill(offset + 1)
        else { return false }
        let next = buffer[cursor + offset]
        guard next != VCardByte.carriageReturn, next != VCardByte.lineFeed else { return false }
        return try !nextLineStartsProperty(after: offset)
    }

    /// At the start of a logical line: removes the indentation of an indented card, notices that
    /// a card or its properties start indented (whitespace, then `BEGIN:VCARD`, `END:VCARD` or a
    /// property), or that lines no longer are. A blank line keeps the indentation.
    /// - Returns: the number of bytes removed.
    private mutating func skipIndentation() throws(InputError) -> Int {
        let leading = try leadingWhitespace(upTo: Self.longestIndentation)
        guard leading < Self.longestIndentation else { return 0 }
        _ = try fill(leading + 1)
        if cursor + leading == buffer.count || buffer[cursor + leading] == VCardByte.carriageReturn
            || buffer[cursor + leading] == VCardByte.lineFeed
        {
            cursor += leading
            return leading
        }
        guard leading > 0 else {
            indentation = 0
            return 0
        }
        if try nextLineLooksLikeProperty(after: leading) {
            indentation = leading
        } else if leading < indentation || indentation == 0 {
            return 0
        }
        cursor += indentation
        return indentation
    }

    /// What a logical line read so far is, when no fold may continue it: blank, or the
    /// `BEGIN:VCARD` or `END:VCARD` of a card (any case, spaces after it).
    private enum Boundary { case blank, card }

    private static func boundary(_ line: ArraySlice<UInt8>) -> Boundary? {
        guard line.count <= 16 else { return nil }
        let trimmed = VCardByte.trimmed(line)
        if trimmed.isEmpty { return .blank }
        return VCardByte.equalsIgnoringCase(trimmed, "BEGIN:VCARD") || VCardByte.equalsIgnoringCase(trimmed, "END:VCARD")
            ? .card : nil
    }

    /// True when the physical line at `cursor`, after `offset` bytes of indentation, ends or
    /// starts a card or has the shape of a property, known or not: a name (with a group) and `;`
    /// or `:` (RFC 6350 §3.3).
    private mutating func nextLineLooksLikeProperty(after offset: Int) throws(InputError) -> Bool {
        if try nextLineClosesCard(after: offset) { return true }
        _ = try fill(offset + Self.longestPropertyPrefix)
        let start = min(buffer.count, cursor + offset)
        let end = min(buffer.count, start + Self.longestPropertyPrefix)
        return buffer.withUnsafeBufferPointer { buffer in
            Self.propertyNameEnd(in: UnsafeBufferPointer(rebasing: buffer[start..<end])) != nil
        }
    }

    /// The longest indentation a card is recognised with.
    private static let longestIndentation = 64

    /// The indentation of the card when the physical line at `cursor` has it, else 0.
    private mutating func nextLineIndentation() throws(InputError) -> Int {
        guard indentation > 0 else { return 0 }
        return try leadingWhitespace(upTo: indentation) == indentation ? indentation : 0
    }

    /// The number of spaces and tabs that start the physical line at `cursor`, counted up to `limit`.
    private mutating func leadingWhitespace(upTo limit: Int) throws(InputError) -> Int {
        _ = try fill(limit)
        var count = 0
        while count < limit, cursor + count < buffer.count, VCardByte.isWhitespace(buffer[cursor + count]) { count += 1 }
        return count
    }

    /// Appends one physical line to `target` and consumes its line break.
    /// - Returns: `true` when a line break ended it, `false` when the input did.
    private mutating func readPhysicalLine(appendingTo target: inout [UInt8]) throws(InputError) -> Bool {
        while true {
            if cursor == buffer.count {
                guard try fill(1) else { return false }
            }
            let start = cursor
            let room = maximumLineBytes - keptLength
            let end = buffer.withUnsafeBufferPointer { buffer in
                let end = Self.firstLineBreak(in: buffer, from: start)
                if room > 0 {
                    let kept = min(end, start + room)
                    target.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<kept]))
                    keptLength += kept - start
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
            // Wrapping arithmetic: indices stay within the buffer, so no overflow checks.
            while index &+ 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bytes below 0x0E: CR and LF, or (rarely in text) a tab or another control byte,
                // passed over below. The lowest flagged byte is exact (only bytes above a match
                // can be flagged wrongly).
                let controls = (word &- ones &* 0x0E) & ~word & highs
                if controls != 0 {
                    let found = index &+ controls.trailingZeroBitCount >> 3
                    if bytes[found] == VCardByte.lineFeed || bytes[found] == VCardByte.carriageReturn { return found }
                    index = found &+ 1
                    continue
                }
                index &+= 8
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

    /// True when the physical line at `cursor` is `END:VCARD` or `BEGIN:VCARD` after `offset`
    /// bytes of indentation, which a dangling soft line break must not swallow.
    private mutating func nextLineClosesCard(after offset: Int) throws(InputError) -> Bool {
        _ = try fill(offset + 11)
        let start = min(buffer.count, cursor + offset)
        let rest = buffer[start..<min(buffer.count, start + 11)]
        return VCardByte.hasPrefixIgnoringCase(rest, "END:VCARD") || VCardByte.hasPrefixIgnoringCase(rest, "BEGIN:VCARD")
    }

    /// True when the physical line at `cursor`, after `offset` bytes of indentation, ends the card
    /// or starts a property a vCard holds (`TEL;CELL:0995552188`, `item1.X-ABLabel:…`): Android
    /// writes a `=` at the end of some quoted-printable values with nothing to continue, and
    /// joining the next property to the value would lose it.
    private mutating func nextLineStartsProperty(after offset: Int) throws(InputError) -> Bool {
        if try nextLineClosesCard(after: offset) { return true }
        _ = try fill(offset + Self.longestPropertyPrefix)
        let start = min(buffer.count, cursor + offset)
        let end = min(buffer.count, start + Self.longestPropertyPrefix)
        return buffer.withUnsafeBufferPointer { Self.startsProperty(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// How far ``startsProperty(_:)`` looks: a group, a dot and a property name.
    private static let longestPropertyPrefix = 64

    /// True when `line` starts with an optional group and a dot, then a property name the reader
    /// knows, an extension name (`X-…`) or another RFC 6350 / RFC 2426 name, followed by `;` or
    /// `:`; the first byte is a letter.
    static func startsProperty(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (nameStart, index) = propertyNameEnd(in: line) else { return false }
        let name = UnsafeBufferPointer(rebasing: line[nameStart..<index])
        if VCardPropertyName(name) != .other { return true }
        if name.count > 2, VCardByte.upper(name[0]) == 0x58, name[1] == 0x2D { return true }  // X-
        var upper = ""
        upper.unicodeScalars.append(contentsOf: name.map { Unicode.Scalar(VCardByte.upper($0)) })
        return otherPropertyNames.contains(upper)
    }

    /// Where the property name `line` starts with begins and ends (after an optional group and a
    /// dot), when `;` or `:` follows it and the line's first byte is a letter; `nil` otherwise.
    private static func propertyNameEnd(in line: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        guard let first = line.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return nil }
        var nameStart = 0
        var index = 0
        while index < line.count, VCardByte.isPropertyNameByte(line[index]) { index += 1 }
        if index < line.count, line[index] == VCardByte.period, index > 0 {
            nameStart = index + 1
            index += 1
            while index < line.count, VCardByte.isPropertyNameByte(line[index]) { index += 1 }
        }
        guard index > nameStart, index < line.count, line[index] == VCardByte.semicolon || line[index] == VCardByte.colon
        else { return nil }
        return (nameStart, index)
    }

    /// RFC 6350 §6 and RFC 2426 §3 property names ``VCardPropertyName`` does not single out.
    private static let otherPropertyNames: Set<String> = [
        "PHOTO", "LOGO", "SOUND", "UID", "REV", "CATEGORIES", "GEO", "TZ", "KEY", "MAILER", "CLASS",
        "PRODID", "SORT-STRING", "IMPP", "ANNIVERSARY", "GENDER", "KIND", "MEMBER", "RELATED", "LANG",
        "SOURCE", "NAME", "PROFILE", "FBURL", "CALURI", "CALADRURI", "CLIENTPIDMAP", "XML",
    ]

    /// True when the part of `line` before its first unquoted colon names quoted-printable
    /// encoding (`ENCODING=QUOTED-PRINTABLE` or the 2.1 bare `QUOTED-PRINTABLE`).
    static func declaresQuotedPrintable(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        var quoted = false
        let token: StaticString = "QUOTED-PRINTABLE"
        let tokenLength = token.utf8CodeUnitCount
        while index < line.endIndex {
            let byte = line[index]
            if byte == VCardByte.doubleQuote {
                quoted.toggle()
            } else if !quoted {
                if byte == VCardByte.colon { return false }
                if VCardByte.upper(byte) == 0x51, index + tokenLength <= line.endIndex,
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
    static func endsInsideUTF8Sequence(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.endIndex - 1
        var continuationBytes = 0
        while index >= line.startIndex, line[index] & 0xC0 == 0x80, continuationBytes < 3 {
            continuationBytes += 1
            index -= 1
        }
        guard index >= line.startIndex else { return false }
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
    static func endsWithEscapingBackslash(_ line: ArraySlice<UInt8>) -> Bool {
        var count = 0
        var index = line.endIndex - 1
        while index >= line.startIndex, line[index] == VCardByte.backslash {
            count += 1
            index -= 1
        }
        return count % 2 == 1
    }
}
