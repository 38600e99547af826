/// Cells a spreadsheet would run as a formula (CSV injection, OWASP): those starting with `=`,
/// `+`, `-`, `@`, TAB or CR. ``CSVWriter`` writes them with a leading `'`, which spreadsheets
/// hide, and ``CSVReader`` removes that `'` again, so our own files round-trip exactly.
enum SpreadsheetFormulaGuard {
    /// The mark put before a guarded cell.
    static let mark = UInt8(ascii: "'")

    /// Whether a cell starting with `byte` would be run as a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
