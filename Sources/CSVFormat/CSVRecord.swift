import ContactModel

/// One CSV record (row) as its fields' bytes, unquoted, with where each field starts.
///
/// The fields' contents are stored one after another in ``bytes`` so that a row costs a few
/// array appends instead of one allocation per field; the scanner reuses the same record.
struct CSVRecord {
    /// Every field's content, concatenated, quotes removed and `""` turned into `"`.
    var bytes: [UInt8] = []
    /// Where each field ends in ``bytes``; field `i` is `bytes[ends[i-1] ..< ends[i]]`.
    var ends: [Int] = []
    /// The 1-based line each field starts on.
    var lines: [Int] = []
    /// The 1-based column (UTF-8 bytes) each field starts at.
    var columns: [Int] = []
    /// Where the record starts.
    var position = SourcePosition(line: 1, column: 1, byteOffset: 0)

    var count: Int { ends.count }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
    }

    /// The byte range of field `index` in ``bytes``.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// True when field `index` holds no bytes.
    func isEmpty(_ index: Int) -> Bool {
        range(of: index).isEmpty
    }

    /// Where field `index` starts.
    func position(of index: Int) -> SourcePosition {
        SourcePosition(line: lines[index], column: columns[index])
    }
}
