import ContactModel

/// One CSV record (row) as its fields' bytes, unquoted, with where each field starts.
///
/// The fields' contents are stored one after another in ``bytes`` so that a row costs a few
/// array appends instead of one allocation per field; the scanner reuses the same record.
struct CSVRecord {
    /// Every field's content, concatenated, quotes removed and `""` turned into `"`.
    var bytes: [UInt8] = []
    /// Where each field ends in ``bytes`` and starts in the source; field `i` is
    /// `bytes[fields[i-1].end ..< fields[i].end]`.
    var fields: [Field] = []
    /// Where the record starts.
    var position = SourcePosition(line: 1, column: 1, byteOffset: 0)

    struct Field {
        var end: Int
        /// The 1-based line the field starts on.
        var line: Int
        /// The 1-based column (UTF-8 bytes) the field starts at.
        var column: Int
    }

    var count: Int { fields.count }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
    }

    /// The byte range of field `index` in ``bytes``.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : fields[index - 1].end)..<fields[index].end
    }

    /// True when field `index` holds no bytes.
    func isEmpty(_ index: Int) -> Bool {
        range(of: index).isEmpty
    }

    /// Where field `index` starts.
    func position(of index: Int) -> SourcePosition {
        SourcePosition(line: fields[index].line, column: fields[index].column)
    }
}
