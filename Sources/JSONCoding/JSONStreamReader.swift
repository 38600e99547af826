import ContactModel

/// Reads JSON values one at a time from a ``ByteSource``: newline-delimited JSON, values simply
/// written one after another, or the elements of a top-level array — holding only the value being
/// read, so memory does not grow with the input.
///
/// Each value is parsed strictly (RFC 8259, through ``JSONParser``). A bad value yields a
/// ``JSONError`` and reading goes on: after a value whose brackets balance, with what follows it;
/// otherwise from the next line that starts (column 1) with `{` or `[`, which is where the next
/// record of NDJSON or of pretty-printed concatenated values begins. A value larger than
/// ``JSONLimits/maxValueBytes`` is an error, never an unbounded buffer. A leading UTF-8
/// byte-order mark is skipped (RFC 8259 §8.1).
public struct JSONStreamReader<Source: ByteSource> {
    /// How top-level arrays are read.
    public enum Mode: Sendable, Hashable {
        /// Every top-level value is read whole, arrays included.
        case values
        /// A top-level array is read one element at a time; other top-level values are read whole.
        case arrayElements
    }

    /// One value read, with where it starts.
    public struct Item: Sendable, Hashable {
        /// The value, parsed whole.
        public var value: JSONValue
        /// The position of the value's first byte (1-based line, column in UTF-8 bytes).
        public var position: SourcePosition
        /// The 0-based index within its top-level array in ``Mode/arrayElements``; `nil` for a
        /// top-level value.
        public var arrayIndex: Int?
        /// The value's JSON text as read, which starts at ``position``: what a ``JSONLocator``
        /// finds the parts of the value in. It shares the reader's buffer, so let it go before the
        /// next call to ``JSONStreamReader/next()``, or that call copies the buffer.
        public var text: ArraySlice<UInt8>
    }

    /// Where the reader is within the top level.
    private enum State {
        case topLevel
        case inArray(expectingElement: Bool, nextIndex: Int)
    }

    /// A line count at a given absolute offset.
    private struct Mark {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    /// How top-level arrays are read; may be changed between calls to ``next()``.
    public var mode: Mode
    /// The depth and size caps every value read must keep to.
    public let limits: JSONLimits
    private var source: Source
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Index in ``buffer`` of the first byte not yet consumed.
    private var start = 0
    private var atEnd = false
    private var checkedByteOrderMark = false
    /// The absolute offset and line of `buffer[0]`.
    private var base = Mark(offset: 0, line: 1, lineStart: 0)
    /// A later mark, advanced as positions are asked for in order.
    private var cursor = Mark(offset: 0, line: 1, lineStart: 0)
    private var state = State.topLevel

    /// - Parameters:
    ///   - source: the bytes, UTF-8 (wrap UTF-16 input in ``UnicodeByteSource`` first).
    ///   - mode: how top-level arrays are read.
    ///   - limits: nesting depth and value size caps.
    ///   - chunkSize: how many bytes to ask the source for at a time.
    public init(_ source: Source, mode: Mode = .values, limits: JSONLimits = JSONLimits(), chunkSize: Int = 65_536) {
        self.source = source
        self.mode = mode
        self.limits = limits
        self.chunkSize = max(1, chunkSize)
    }

    /// Reads the next value.
    /// - Returns: the value and its position, a ``JSONError`` for a value that could not be read
    ///   (reading can go on after it), or `nil` at the end of the input.
    /// - Throws: ``InputError`` only when the source cannot be read.
    public mutating func next() throws(InputError) -> Result<Item, JSONError>? {
        try readByteOrderMark()
        if start > 0 && start >= buffer.count / 2 { compact() }
        while true {
            try skipWhitespace()
            guard start < buffer.count else {
                if case .inArray = state {
                    state = .topLevel
                    return .failure(error(.unexpectedEnd, "unexpected end of input, unterminated array", at: start))
                }
                return nil
            }
            let byte = buffer[start]
            switch state {
            case .topLevel:
                if mode == .arrayElements && byte == .openBracket {
                    start += 1
                    state = .inArray(expectingElement: true, nextIndex: 0)
                    continue
                }
                return try readValue(arrayIndex: nil)
            case .inArray(let expectingElement, let nextIndex):
                if expectingElement {
                    if byte == .closeBracket {
                        start += 1
                        state = .topLevel
                        if nextIndex == 0 { continue }
                        return .failure(error(.syntax, "trailing comma before ']'", at: start - 1))
                    }
                    state = .inArray(expectingElement: false, nextIndex: nextIndex + 1)
                    return try readValue(arrayIndex: nextIndex)
                }
                if byte == .comma {
                    start += 1
                    state = .inArray(expectingElement: true, nextIndex: nextIndex)
                    continue
                }
                if byte == .closeBracket {
                    start += 1
                    state = .topLevel
                    continue
                }
                let failure = error(.syntax, "unexpected \(Self.describe(byte)), expected ',' or ']' after an array element", at: start)
                try resynchronize(afterLineOf: start)
                return .failure(failure)
            }
        }
    }

    /// The next two bytes that are not whitespace, without consuming anything: enough to tell
    /// `{` from `[` and `[[` from `["`.
    /// - Throws: ``InputError`` when the source cannot be read.
    public mutating func peekSignificantBytes() throws(InputError) -> (first: UInt8?, second: UInt8?) {
        try readByteOrderMark()
        try skipWhitespace()
        guard start < buffer.count else { return (nil, nil) }
        var index = start + 1
        while true {
            while index < buffer.count && buffer[index].isJSONWhitespace && index - start < limits.maxValueBytes {
                index += 1
            }
            if index < buffer.count || atEnd || index - start >= limits.maxValueBytes { break }
            try refill()
        }
        return (buffer[start], index < buffer.count ? buffer[index] : nil)
    }

    // MARK: Values

    private mutating func readValue(arrayIndex: Int?) throws(InputError) -> Result<Item, JSONError> {
        let valueStart = start
        guard Self.canStartValue(buffer[valueStart]) else {
            let expectation = arrayIndex == nil ? " between top-level values" : ", expected an array element"
            let failure = error(.syntax, "unexpected \(Self.describe(buffer[valueStart]))\(expectation)", at: valueStart)
            try resynchronize(afterLineOf: valueStart)
            return .failure(failure)
        }
        let position = position(at: valueStart)
        let extent = try scanExtent()
        if extent.tooLarge {
            let failure = JSONError(
                code: .tooLarge, message: "value larger than \(limits.maxValueBytes) bytes", position: position)
            try resynchronize(afterLineOf: valueStart)
            return .failure(failure)
        }
        do throws(JSONError) {
            let value = try JSONParser(limits: limits).parse(buffer[valueStart..<extent.end], origin: position)
            start = extent.end
            let text = buffer[valueStart..<extent.end]
            return .success(Item(value: value, position: position, arrayIndex: arrayIndex, text: text))
        } catch {
            if extent.balanced {
                start = extent.end
            } else {
                try resynchronize(afterLineOf: valueStart)
            }
            return .failure(error)
        }
    }

    /// Finds where the value at `start` ends, reading more input as needed, without parsing it:
    /// brackets are counted outside strings. `balanced` is false when the input ended first, or a
    /// raw control character broke a string (the parser then reports it).
    private mutating func scanExtent() throws(InputError) -> (end: Int, balanced: Bool, tooLarge: Bool) {
        let first = buffer[start]
        var scan = ExtentScan(isScalar: first != .openBrace && first != .openBracket && first != .quote)
        var index = start
        let limit = start + limits.maxValueBytes
        while true {
            let found = buffer.withUnsafeBufferPointer { bytes in
                scan.run(bytes, from: &index, limit: min(limit, bytes.count))
            }
            if let found { return (found.end, found.balanced, false) }
            if index >= limit { return (index, false, true) }
            if atEnd { return (index, scan.isScalar, false) }
            try refill()
        }
    }

    /// Skips to the first line after the one holding `offset` that starts with `{` or `[`, or to
    /// the end of the input. Inside a top-level array, what starts there is read as the next
    /// element.
    private mutating func resynchronize(afterLineOf offset: Int) throws(InputError) {
        start = offset
        while true {
            if let newline = buffer[start...].firstIndex(of: .lineFeed) {
                start = newline + 1
                while start >= buffer.count && !atEnd { try refill() }
                if start < buffer.count && (buffer[start] == .openBrace || buffer[start] == .openBracket) {
                    if case .inArray(_, let nextIndex) = state {
                        state = .inArray(expectingElement: true, nextIndex: nextIndex)
                    }
                    return
                }
            } else {
                start = buffer.count
                if atEnd { break }
                compact()
                try refill()
            }
        }
        state = .topLevel
    }

    // MARK: Buffer

    /// How many bytes are held, consumed or not (for tests of bounded memory).
    var bufferedByteCount: Int { buffer.count }

    private mutating func skipWhitespace() throws(InputError) {
        while true {
            while start < buffer.count && buffer[start].isJSONWhitespace { start += 1 }
            if start < buffer.count || atEnd { return }
            compact()
            try refill()
        }
    }

    private mutating func refill() throws(InputError) {
        guard !atEnd else { return }
        let chunk = try source.read(maxCount: chunkSize)
        if chunk.isEmpty {
            atEnd = true
            return
        }
        buffer.append(contentsOf: chunk)
    }

    /// Skips a UTF-8 byte-order mark at the very start of the input (RFC 8259 §8.1).
    private mutating func readByteOrderMark() throws(InputError) {
        guard !checkedByteOrderMark else { return }
        checkedByteOrderMark = true
        while buffer.count < 3 && !atEnd { try refill() }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            base.lineStart = 3
            cursor = base
        }
    }

    /// Drops consumed bytes, keeping the line count of what is dropped.
    private mutating func compact() {
        guard start > 0 else { return }
        advanceCursor(to: base.offset + start)
        buffer.removeSubrange(..<start)
        base = cursor
        start = 0
    }

    private mutating func advanceCursor(to offset: Int) {
        if offset < cursor.offset { cursor = base }
        var index = cursor.offset - base.offset
        let end = offset - base.offset
        while index < end {
            if buffer[index] == .lineFeed {
                cursor.line += 1
                cursor.lineStart = base.offset + index + 1
            }
            index += 1
        }
        cursor.offset = offset
    }

    /// The position of `buffer[index]`.
    private mutating func position(at index: Int) -> SourcePosition {
        advanceCursor(to: base.offset + index)
        return SourcePosition(line: cursor.line, column: cursor.offset - cursor.lineStart + 1, byteOffset: cursor.offset)
    }

    private mutating func error(_ code: JSONError.Code, _ message: String, at index: Int) -> JSONError {
        JSONError(code: code, message: message, position: position(at: index))
    }

    private static func canStartValue(_ byte: UInt8) -> Bool {
        switch byte {
        case .openBrace, .openBracket, .quote, .minus, .zero ... .nine,
             UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            true
        default:
            false
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex2(byte))"
    }
}

/// Where a value ends, found by counting brackets outside strings, resumable across refills.
private struct ExtentScan {
    let isScalar: Bool
    var depth = 0
    var inString = false
    var escaped = false

    init(isScalar: Bool) {
        self.isScalar = isScalar
    }

    /// Scans `bytes[index..<limit]`; returns the end when found, else leaves `index` at `limit`.
    /// A raw control character inside a string ends the value unbalanced, for the parser to report.
    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, limit: Int) -> (end: Int, balanced: Bool)? {
        while index < limit {
            let byte = bytes[index]
            index += 1
            if isScalar {
                if byte.isJSONWhitespace || byte == .comma || byte == .colon || byte == .openBrace
                    || byte == .closeBrace || byte == .openBracket || byte == .closeBracket || byte == .quote {
                    index -= 1
                    return (index, true)
                }
            } else if inString {
                if escaped {
                    escaped = false
                } else if byte == .backslash {
                    escaped = true
                } else if byte == .quote {
                    inString = false
                    if depth == 0 { return (index, true) }
                } else if byte < 0x20 {
                    return (index, false)
                }
            } else if byte == .quote {
                inString = true
            } else if byte == .openBrace || byte == .openBracket {
                depth += 1
            } else if byte == .closeBrace || byte == .closeBracket {
                depth -= 1
                if depth == 0 { return (index, true) }
            }
        }
        return nil
    }
}
