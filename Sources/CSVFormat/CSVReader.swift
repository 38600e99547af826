import ContactModel

/// Reads contacts from a CSV address book, one row at a time: Google Contacts (current and
/// legacy), Outlook (English and localized), Thunderbird, or any sheet with recognisable column
/// names.
///
/// Corresponds to RFC 4180 (records, quoting) read leniently: the delimiter (`,` `;` TAB) is
/// sniffed from the first row (Excel's `sep=;` line is honoured and skipped), the header is
/// recognised by name (see ``CSVProfile``), and a file without a header is read in
/// Thunderbird's order when it fits and by content otherwise.
/// UTF-8 with or without a byte-order mark and UTF-16 are read as text; 8-bit fields that are not
/// valid UTF-8 are read as Windows-1252, or Windows-1251 when their letters are Cyrillic words
/// (``TextCharset/likelySingleByteCharset(of:)``), with one warning. Every diagnostic carries the 1-based
/// line and column (UTF-8 bytes) where its row or field starts.
///
/// Rows whose field count differs from the header's are read anyway with a warning; rows with no
/// name, company, phone or email are reported and skipped; a column no field takes is kept as a
/// custom field labelled with the column's name, and such columns are named in one warning at the
/// end (Outlook's defaults, such as `Normal` priority or an `Unspecified` gender, are not data:
/// see ``OutlookDefaults``).
public struct CSVReader<Source: ByteSource>: ContactReader {
    /// The reading options, under the reader's own name.
    public typealias Options = CSVReadingOptions

    private var scanner: CSVRecordScanner<UnicodeByteSource<Source>>
    private let options: Options
    private var record = CSVRecord()
    private var cells: [String?] = []
    private var layout: RowLayout?
    private var firstRowIsData = false
    private var started = false
    private var finished = false
    private var customWithData: [Bool] = []
    /// The columns the layout keeps as custom fields.
    private var customColumns: [Int] = []
    private var headerPositions: [SourcePosition] = []
    private var reportedFallback = false

    /// The header layout in use, known after the first call to ``next(diagnostics:)``.
    public var profile: CSVProfile? { layout?.profile }
    /// The delimiter in use, known after the first call to ``next(diagnostics:)``.
    public var delimiter: CSVDelimiter? {
        started ? CSVDelimiter.allCases.first { $0.byte == scanner.delimiter } : nil
    }

    /// - Parameters:
    ///   - source: the bytes of the file; a UTF-8 or UTF-16 byte-order mark is handled here.
    ///   - options: forced delimiter, encoding, profile, column mappings and limits.
    public init(source: Source, options: Options = Options()) {
        scanner = CSVRecordScanner(
            source: UnicodeByteSource(source, assumingUTF16: options.encoding?.streamEncoding), limits: options.limits)
        self.options = options
    }

    /// Reads the next contact.
    /// - Complexity: O(n) in the row's length; memory is bounded by ``CSVReadingOptions/Limits``.
    public mutating func next(diagnostics: inout [Diagnostic]) throws(InputError) -> ContactRecord? {
        if finished { return nil }
        if !started {
            started = true
            try start(diagnostics: &diagnostics)
        }
        guard let layout else {
            finished = true
            return nil
        }
        while true {
            if firstRowIsData {
                firstRowIsData = false
            } else if try !scanner.next(into: &record, diagnostics: &diagnostics) {
                finish(layout, diagnostics: &diagnostics)
                return nil
            }
            if let contact = contact(layout, diagnostics: &diagnostics) {
                return ContactRecord(contact: contact, position: record.position)
            }
        }
    }

    private mutating func start(diagnostics: inout [Diagnostic]) throws(InputError) {
        if let forced = options.delimiter {
            scanner.delimiter = forced.byte
        } else {
            scanner.delimiter = try scanner.sniffDelimiter()
        }
        guard try scanner.next(into: &record, diagnostics: &diagnostics) else { return }
        if record.isSeparatorHint {
            guard try scanner.next(into: &record, diagnostics: &diagnostics) else { return }
        }
        if record.isNotesTitle {
            // LinkedIn's Connections.csv opens with `Notes:`, a paragraph and a blank line.
            let notes = record.position
            var rows = 0
            repeat {
                rows += 1
                guard try scanner.next(into: &record, diagnostics: &diagnostics) else { return }
            } while record.count <= 1 && rows < CSVRecord.longestNotes
            diagnostics.append(.warning("the \(rows) rows before the header are notes, not contacts; skipped", at: notes))
        }
        let record = self.record
        let decoded = record.bytes.withUnsafeBufferPointer { bytes in
            (0..<record.count).map { Self.decode(bytes, record.range(of: $0), forced: options.encoding) }
        }
        let first = decoded.map { $0.text ?? "" }
        if let fallback = decoded.firstIndex(where: { $0.guessed != nil }), let charset = decoded[fallback].guessed {
            reportedFallback = true
            diagnostics.append(Self.fallbackWarning(charset, at: record.position(of: fallback)))
        }
        headerPositions = (0..<record.count).map(record.position(of:))
        let forcedHeader: Bool
        switch options.profile {
        case .googleContacts, .googleContactsLegacy, .outlook: forcedHeader = true
        default: forcedHeader = false
        }
        if forcedHeader || RowLayout.isHeader(first, options: options) {
            layout = RowLayout(header: first, options: options)
            let keys = Set(first.map(HeaderKey.fold))
            for mapping in options.mappings where !keys.contains(HeaderKey.fold(mapping.column)) {
                diagnostics.append(.warning(
                    "--map '\(mapping.column)': the header has no such column", at: record.position))
            }
        } else if options.profile == .thunderbird || (options.profile == nil && RowLayout.fitsThunderbird(first)) {
            layout = RowLayout(thunderbirdColumns: record.count)
            firstRowIsData = true
        } else {
            let byContent = RowLayout(contentOf: first)
            guard byContent.hasPhoneOrEmailColumn || options.profile == .generic || !options.mappings.isEmpty else {
                diagnostics.append(.error(
                    "the first row names no contact column (name, phone, email, …) and holds no phone number or "
                        + "email address: not read as an address book (add a header such as Name,Phone, or say what "
                        + "the columns are with --map)",
                    at: record.position))
                return
            }
            layout = byContent
            firstRowIsData = true
        }
        customWithData = Array(repeating: false, count: layout?.roles.count ?? 0)
        customColumns = layout?.customColumns ?? []
    }

    private mutating func contact(_ layout: RowLayout, diagnostics: inout [Diagnostic]) -> Contact? {
        let width = layout.roles.count
        let count = record.count
        let trailingEmpty = count == width + 1 && record.isEmpty(count - 1)
        let missingSilent = count == width - 1 && layout.roles.last == .silent
        if layout.hasHeader, repeatsHeader(layout) {
            // Two exports joined into one file: the second one's header is no contact.
            diagnostics.append(.warning("row repeats the header; skipped", at: record.position))
            return nil
        }
        // Cells past the header's width have no column to say what they are: each is kept as a
        // custom field named by its position (`column 9`), never guessed at.
        var beyondHeader: [RawProperty] = []
        if count > width, !trailingEmpty {
            let row = self.record
            row.bytes.withUnsafeBufferPointer { bytes in
                for column in width..<count {
                    guard let text = Self.decode(bytes, row.range(of: column), forced: options.encoding).text else { continue }
                    beyondHeader.append(RawProperty(
                        name: GoogleHeaders.customFieldProperty,
                        parameters: [RawParameter(name: GoogleHeaders.labelParameter, values: ["column \(column + 1)"])],
                        value: RawText.escape(text)))
                }
            }
        }
        if count != width, !trailingEmpty, !missingSilent {
            let kept = beyondHeader.isEmpty
                ? "read anyway"
                : "the \(beyondHeader.count) with data past it kept as custom fields ("
                    + beyondHeader.map { "'\($0.parameterValue(GoogleHeaders.labelParameter))'" }.joined(separator: ", ") + ")"
            diagnostics.append(.warning(
                "row has \(count) fields, the \(layout.hasHeader ? "header" : "first row") has \(width); \(kept)",
                at: record.position))
        }
        if cells.count != width { cells = Array(repeating: nil, count: width) }
        var cells = self.cells
        var customWithData = self.customWithData
        self.cells = []
        self.customWithData = []
        let record = self.record
        let forced = options.encoding
        var firstFallback: (column: Int, charset: TextCharset)?
        record.bytes.withUnsafeBufferPointer { bytes in
            for column in 0..<width {
                guard column < count else {
                    cells[column] = nil
                    continue
                }
                switch layout.roles[column] {
                case .silent:
                    break
                default:
                    let (text, guessed) = Self.decode(bytes, record.range(of: column), forced: forced)
                    cells[column] = text
                    if let guessed, firstFallback == nil { firstFallback = (column, guessed) }
                }
            }
        }
        self.cells = cells
        for column in customColumns where column < count {
            if let text = cells[column], !layout.isPlaceholder(text) { customWithData[column] = true }
        }
        self.customWithData = customWithData
        if let firstFallback, !reportedFallback {
            reportedFallback = true
            diagnostics.append(Self.fallbackWarning(firstFallback.charset, at: record.position(of: firstFallback.column)))
        }
        var contact = layout.contact(cells: cells, customColumns: customColumns, record: record, diagnostics: &diagnostics)
        contact.unmapped += beyondHeader
        if !contact.name.hasText, contact.phones.isEmpty, contact.emails.isEmpty,
            contact.organization?.company == nil, !(layout.profile.isAddressBookExport && contact.holdsOtherFields)
        {
            diagnostics.append(.warning("row has no name, company, phone or email; skipped", at: record.position))
            return nil
        }
        return contact
    }

    /// True when the record's fields are the header's names (blank fields matching blank names).
    private func repeatsHeader(_ layout: RowLayout) -> Bool {
        guard record.count >= layout.names.count, record.count <= layout.names.count + 1, let firstName = layout.names.first
        else { return false }
        return record.bytes.withUnsafeBufferPointer { bytes in
            // Nearly every row differs from the header in its first field: its bytes, when they are
            // ASCII, are compared as they stand, without making a String.
            var first = UnsafeBufferPointer(rebasing: bytes[record.range(of: 0)])
            while let byte = first.first, Self.isTrimmed(byte) { first = UnsafeBufferPointer(rebasing: first.dropFirst()) }
            while let byte = first.last, Self.isTrimmed(byte) { first = UnsafeBufferPointer(rebasing: first.dropLast()) }
            if UTF8Validation.isASCII(first), !first.elementsEqual(firstName.utf8) { return false }
            for (column, name) in layout.names.enumerated() {
                let text = Self.decode(bytes, record.range(of: column), forced: options.encoding).text ?? ""
                if text != name { return false }
            }
            return true
        }
    }

    private static func fallbackWarning(_ charset: TextCharset, at position: SourcePosition) -> Diagnostic {
        .warning(
            "text is not valid UTF-8; read as \(charset.displayName) (the first such field is here)" + TextCharset.guessedCodePageHint,
            at: position)
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// The text of a field, decoded, with spaces, TABs and line breaks trimmed from both ends and
    /// the `'` that guards a formula-like cell removed (``SpreadsheetFormulaGuard``); `nil` when
    /// empty. `guessed` is the code page the bytes were read in when they were not UTF-8 and no
    /// encoding was forced (``TextCharset/likelySingleByteCharset(of:)``).
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, forced: TextCharset?
    ) -> (text: String?, guessed: TextCharset?) {
        var range = range
        while let first = range.first, isTrimmed(bytes[first]) { range.removeFirst() }
        while let last = range.last, isTrimmed(bytes[last]) { range.removeLast() }
        guard !range.isEmpty else { return (nil, nil) }
        if SpreadsheetFormulaGuard.isGuarded(UnsafeBufferPointer(rebasing: bytes[range])) { range.removeFirst() }
        let field = UnsafeBufferPointer(rebasing: bytes[range])
        // UTF-16 was decoded for the whole stream; other forced charsets are decoded here.
        if let forced, forced != .utf8, forced.streamEncoding == nil, let text = forced.decode(field) { return (text, nil) }
        if UTF8Validation.isASCII(field) || UTF8Validation.isValid(field) {
            return (String(decoding: field, as: UTF8.self), nil)
        }
        let charset = TextCharset.likelySingleByteCharset(of: field)
        let text = charset.decode(field) ?? TextCharset.windows1252.decode(field) ?? ""
        return (text, forced == nil ? charset : nil)
    }

    private mutating func finish(_ layout: RowLayout, diagnostics: inout [Diagnostic]) {
        finished = true
        let custom = customWithData.indices.filter { customWithData[$0] }
        guard let first = custom.first else { return }
        var names = custom.prefix(20).map { "'" + layout.names[$0] + "'" }.joined(separator: ", ")
        if custom.count > 20 { names += " and \(custom.count - 20) more" }
        let columns = custom.count == 1 ? "1 column has no contact field and is kept as a custom field"
            : "\(custom.count) columns have no contact field and are kept as custom fields"
        diagnostics.append(.warning(
            "\(columns): \(names)",
            at: first < headerPositions.count ? headerPositions[first] : nil))
    }
}

extension CSVRecord {
    /// The most one-field rows read as notes after a notes title, before the header.
    static let longestNotes = 10

    /// True for a one-field first row that ends in `:` (`Notes:`): the title of notes written
    /// before the header, one field a row.
    var isNotesTitle: Bool {
        guard count == 1 else { return false }
        var field = bytes[range(of: 0)]
        while let last = field.last, last == 0x20 || last == 0x09 { field.removeLast() }
        return (2...40).contains(field.count) && field.last == UInt8(ascii: ":")
    }

    /// True for Excel's `sep=;` first line, which names the delimiter (already sniffed from it)
    /// and is not a header.
    var isSeparatorHint: Bool {
        let first = bytes[range(of: 0)]
        let hint: [UInt8] = Array("sep=".utf8)
        switch count {
        case 1: return first.count == 5 && first.prefix(4).map { $0 | 0x20 } == hint
        case 2: return isEmpty(1) && first.map { $0 | 0x20 } == hint
        default: return false
        }
    }
}
