import ContactModel

extension UInt8 {
    static let _comma = UInt8(ascii: ",")
    static let _semicolon = UInt8(ascii: ";")
    static let _tab = UInt8(ascii: "\t")
    static let _quote = UInt8(ascii: "\"")
    static let _cr = UInt8(ascii: "\r")
    static let _lf = UInt8(ascii: "\n")
}

/// Splits a byte stream into CSV records, byte by byte, whatever the chunk boundaries.
///
/// Corresponds to RFC 4180 §2 (fields separated by a delimiter, optionally enclosed in double
/// quotes, `""` for a quote, CR/LF allowed inside quotes), read leniently as real exports need:
/// LF, CRLF and lone CR all end a record, blank lines are skipped, a quote inside an unquoted
/// field is kept as text, text after a closing quote is kept with a warning, and an unterminated
/// quote runs to the end of the input with a warning. Fields longer than
/// ``CSVReadingOptions/Limits/maxFieldBytes`` are cut, columns past ``CSVReadingOptions/Limits/maxColumns`` are
/// dropped and a row never holds more than ``CSVReadingOptions/Limits/maxRecordBytes``, each with a
/// diagnostic, so memory stays bounded whatever the input.
struct CSVRecordScanner<Source: ByteSource> {
    private enum FieldState {
        case start
        case unquoted
        case quoted
        case quoteInQuoted
    }

    private static var chunkSize: Int { 262_144 }

    private var source: Source
    private let limits: CSVReadingOptions.Limits
    var delimiter: UInt8 = ._comma

    private var buffer: [UInt8] = []
    private var index = 0
    private var bufferStart = 0
    private var sourceEnded = false

    private var line = 1
    private var lineStart = 0
    private var previousWasCR = false
    private var skipLineFeed = false

    private var state = FieldState.start
    private var fieldStart = 0
    private var fieldLine = 1
    private var fieldColumn = 1
    private var fieldTruncated = false
    private var droppingField = false
    private var droppedColumns = 0
    private var sawQuote = false
    private var textAfterQuote = false
    private var quoteOpened = SourcePosition(line: 1, column: 1)

    init(source: Source, limits: CSVReadingOptions.Limits) {
        self.source = source
        self.limits = limits
    }

    /// The delimiter the first record suggests: the most frequent of `,` `;` TAB outside quotes
    /// (ties go to `,`, then `;`), reading ahead at most 64 KiB without consuming anything.
    mutating func sniffDelimiter() throws(InputError) -> UInt8 {
        var counts = (comma: 0, semicolon: 0, tab: 0)
        var inQuotes = false
        // Blank lines before the header (an export that starts with an empty line) count nothing.
        var lineHasText = false
        var scanned = index
        scanning: while true {
            while scanned < buffer.count {
                let byte = buffer[scanned]
                scanned += 1
                if byte == ._quote {
                    inQuotes.toggle()
                    lineHasText = true
                } else if !inQuotes {
                    switch byte {
                    case ._comma: counts.comma += 1
                    case ._semicolon: counts.semicolon += 1
                    case ._tab: counts.tab += 1
                    case ._cr, ._lf: if lineHasText || counts != (0, 0, 0) { break scanning }
                    case UInt8(ascii: " "): break
                    default: lineHasText = true
                    }
                }
            }
            if sourceEnded || buffer.count - index >= 65_536 { break }
            let chunk = try source.read(maxCount: Self.chunkSize)
            if chunk.isEmpty { sourceEnded = true } else { buffer.append(contentsOf: chunk) }
        }
        if counts.semicolon > counts.comma, counts.semicolon >= counts.tab { return ._semicolon }
        if counts.tab > counts.comma, counts.tab > counts.semicolon { return ._tab }
        return ._comma
    }

    /// Reads the next non-blank record into `record`.
    /// - Returns: `false` at the end of the input.
    /// - Throws: ``InputError`` when the source cannot be read.
    mutating func next(into record: inout CSVRecord, diagnostics: inout [Diagnostic]) throws(InputError) -> Bool {
        while true {
            record.removeAll()
            guard try beginRecord(&record) else { return false }
            var complete = false
            while !complete {
                if index == buffer.count {
                    try refill()
                    if sourceEnded {
                        finishAtEnd(&record, diagnostics: &diagnostics)
                        break
                    }
                }
                let chunk = buffer
                complete = chunk.withUnsafeBufferPointer { scan($0, into: &record, diagnostics: &diagnostics) }
            }
            if record.count == 1, record.isEmpty(0), !sawQuote { continue }
            finishRecord(&record, diagnostics: &diagnostics)
            return true
        }
    }

    private mutating func refill() throws(InputError) {
        guard !sourceEnded else { return }
        bufferStart += buffer.count
        buffer = try source.read(maxCount: Self.chunkSize)
        index = 0
        if buffer.isEmpty { sourceEnded = true }
    }

    /// Skips the LF of a CRLF that ended the previous record and notes where this one starts.
    private mutating func beginRecord(_ record: inout CSVRecord) throws(InputError) -> Bool {
        while true {
            if index == buffer.count { try refill() }
            if sourceEnded, index == buffer.count { return false }
            if skipLineFeed {
                skipLineFeed = false
                if buffer[index] == ._lf {
                    index += 1
                    lineStart = bufferStart + index
                    continue
                }
            }
            break
        }
        state = .start
        droppedColumns = 0
        sawQuote = false
        textAfterQuote = false
        record.position = SourcePosition(
            line: line, column: bufferStart + index - lineStart + 1, byteOffset: bufferStart + index)
        startField(at: bufferStart + index, record: record)
        return true
    }

    @inline(__always)
    private mutating func startField(at offset: Int, record: CSVRecord) {
        fieldStart = record.bytes.count
        fieldLine = line
        fieldColumn = offset - lineStart + 1
        fieldTruncated = false
        droppingField = record.count >= limits.maxColumns
    }

    @inline(__always)
    private mutating func endField(_ record: inout CSVRecord, diagnostics: inout [Diagnostic]) {
        if droppingField {
            droppedColumns += 1
            return
        }
        record.fields.append(CSVRecord.Field(end: record.bytes.count, line: fieldLine, column: fieldColumn))
        if fieldTruncated {
            diagnostics.append(.warning(
                "field is longer than \(limits.maxFieldBytes) bytes (or the row longer than "
                    + "\(limits.maxRecordBytes)); cut to \(record.bytes.count - fieldStart) bytes",
                at: SourcePosition(line: fieldLine, column: fieldColumn)))
        }
    }

    @inline(__always)
    private mutating func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to record: inout CSVRecord
    ) {
        guard !droppingField, !range.isEmpty else { return }
        let room = min(limits.maxFieldBytes - (record.bytes.count - fieldStart), limits.maxRecordBytes - record.bytes.count)
        if range.count <= room {
            record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        } else {
            if room > 0 {
                record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<range.lowerBound + room]))
            }
            fieldTruncated = true
        }
    }

    /// Counts a CR or LF at buffer index `i` as a line break (CRLF counts once).
    private mutating func countLineBreak(_ byte: UInt8, at i: Int) {
        if byte == ._cr || !previousWasCR { line += 1 }
        previousWasCR = byte == ._cr
        lineStart = bufferStart + i + 1
    }

    /// Scans from ``index``; returns `true` when a record ended inside this buffer.
    private mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into record: inout CSVRecord, diagnostics: inout [Diagnostic]
    ) -> Bool {
        var i = index
        let end = bytes.count
        let delimiter = self.delimiter
        defer { index = i }
        while i < end {
            switch state {
            case .start:
                if bytes[i] == ._quote {
                    state = .quoted
                    sawQuote = true
                    quoteOpened = SourcePosition(line: line, column: bufferStart + i - lineStart + 1)
                    previousWasCR = false
                    i += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let run = i
                while i < end {
                    let byte = bytes[i]
                    if byte == delimiter || byte == ._cr || byte == ._lf { break }
                    i += 1
                }
                if i > run {
                    append(bytes, run..<i, to: &record)
                    previousWasCR = false
                }
                if i == end { return false }
                let byte = bytes[i]
                i += 1
                endField(&record, diagnostics: &diagnostics)
                if byte == delimiter {
                    previousWasCR = false
                    startField(at: bufferStart + i, record: record)
                    state = .start
                } else {
                    countLineBreak(byte, at: i - 1)
                    skipLineFeed = byte == ._cr
                    return true
                }
            case .quoted:
                let run = i
                while i < end {
                    let byte = bytes[i]
                    if byte == ._quote || byte == ._cr || byte == ._lf { break }
                    i += 1
                }
                if i > run {
                    append(bytes, run..<i, to: &record)
                    previousWasCR = false
                }
                if i == end { return false }
                let byte = bytes[i]
                i += 1
                if byte == ._quote {
                    state = .quoteInQuoted
                    previousWasCR = false
                } else {
                    append(bytes, i - 1..<i, to: &record)
                    countLineBreak(byte, at: i - 1)
                }
            case .quoteInQuoted:
                let byte = bytes[i]
                if byte == ._quote {
                    append(bytes, i..<i + 1, to: &record)
                    state = .quoted
                    i += 1
                } else if byte == delimiter || byte == ._cr || byte == ._lf {
                    state = .unquoted
                } else {
                    if !textAfterQuote {
                        textAfterQuote = true
                        diagnostics.append(.warning(
                            "text after a closing quote is kept as part of the field",
                            at: SourcePosition(line: line, column: bufferStart + i - lineStart + 1)))
                    }
                    state = .unquoted
                }
            }
        }
        return false
    }

    private mutating func finishAtEnd(_ record: inout CSVRecord, diagnostics: inout [Diagnostic]) {
        if state == .quoted {
            diagnostics.append(.warning(
                "quoted field is never closed; it runs to the end of the input", at: quoteOpened))
        }
        endField(&record, diagnostics: &diagnostics)
    }

    private mutating func finishRecord(_ record: inout CSVRecord, diagnostics: inout [Diagnostic]) {
        if droppedColumns > 0 {
            diagnostics.append(.warning(
                "row has more than \(limits.maxColumns) columns; \(droppedColumns) ignored", at: record.position))
        }
        if record.count == 1, delimiter != ._tab, !sawQuote, record.bytes.contains(._tab) {
            record.splitSingleField(on: ._tab)
            diagnostics.append(.warning(
                "row has no '\(Character(Unicode.Scalar(delimiter)))' but has TABs; read as TAB-separated",
                at: record.position))
        }
    }
}

extension CSVRecord {
    /// Splits a one-field record at every `separator` (used for a TAB-separated row in a file
    /// whose header used another delimiter).
    mutating func splitSingleField(on separator: UInt8) {
        let line = fields[0].line
        let column = fields[0].column
        fields.removeAll(keepingCapacity: true)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var fieldColumn = column
        for (offset, byte) in bytes.enumerated() {
            if byte == separator {
                fields.append(Field(end: kept.count, line: line, column: fieldColumn))
                fieldColumn = column + offset + 1
            } else {
                kept.append(byte)
            }
        }
        fields.append(Field(end: kept.count, line: line, column: fieldColumn))
        bytes = kept
    }
}
