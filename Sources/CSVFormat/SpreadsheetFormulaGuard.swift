/// Cells a spreadsheet would run as a formula (CSV injection, OWASP): those starting with `=`,
/// `+`, `-`, `@`, TAB or CR. ``CSVWriter`` writes them with a leading `'`, which spreadsheets
/// hide, and ``CSVReader`` removes that `'` again, so our own files round-trip exactly; a value
/// that starts with `'` before such a sign gets one more `'`, for the same reason.
enum SpreadsheetFormulaGuard {
    /// The mark put before a guarded cell.
    static let mark = UInt8(ascii: "'")

    /// Whether a cell as read starts with the mark the writer adds: `'` before a sign, or before
    /// another mark and a sign.
    static func isGuarded(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cell.count > 1, cell[0] == mark else { return false }
        return startsFormula(cell[1]) || (cell.count > 2 && cell[1] == mark && startsFormula(cell[2]))
    }

    /// Whether a cell starting with `byte` would be run as a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
