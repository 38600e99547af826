import ContactModel

/// Reads a record of named text fields that did not come from a CSV file — a flat JSON object as
/// CRMs and spreadsheet tools export contacts (`{"Nombre": "Ana Vera", "Celular": "0991234567"}`)
/// — as one CSV row under a header of its names, so that the names are understood exactly as CSV
/// headers are (Google, Outlook and Thunderbird layouts, and hand-made headers in seven
/// languages).
///
/// A field no contact field takes is kept as a custom field, as a CSV column is. A record is a
/// contact only when it yields a phone or an email address: a flat object of anything else (a
/// `package.json`, a product) is not one.
public struct NamedFieldReader {
    private let options: CSVReadingOptions
    /// The layouts of the name lists seen, with their custom columns; records of one export share
    /// one list, so a layout is worked out once.
    private var layouts: [[String]: (layout: RowLayout, customColumns: [Int])] = [:]
    /// How many name lists are remembered before the cache starts again (memory stays bounded
    /// when every record has names of its own).
    private static let maximumLayouts = 64

    /// Makes a reader; of `options`, only the profile and the hand mappings apply (a record has no
    /// delimiter, charset or CSV limits).
    public init(options: CSVReadingOptions = CSVReadingOptions()) {
        self.options = options
    }

    /// The contact the fields describe.
    /// - Parameters:
    ///   - fields: names and values in the record's order; a `nil` value is an empty cell.
    ///   - position: where the record is, for every diagnostic about it.
    ///   - diagnostics: receives what reading the record found, only when it is a contact.
    /// - Returns: `nil` when the record yields no phone and no email address.
    public mutating func contact(
        fields: [(name: String, value: String?)], at position: SourcePosition, diagnostics: inout [Diagnostic]
    ) -> Contact? {
        let names = fields.map(\.name)
        let (layout, customColumns) = layout(for: names)
        var record = CSVRecord()
        record.position = position
        var cells: [String?] = []
        cells.reserveCapacity(fields.count)
        for field in fields {
            let text = field.value?.trimmingSpaces ?? ""
            record.bytes += text.utf8
            record.fields.append(CSVRecord.Field(end: record.bytes.count, line: position.line, column: position.column))
            cells.append(text.isEmpty ? nil : text)
        }
        var found: [Diagnostic] = []
        let contact = layout.contact(cells: cells, customColumns: customColumns, record: record, diagnostics: &found)
        guard !contact.phones.isEmpty || !contact.emails.isEmpty else { return nil }
        diagnostics += found
        return contact
    }

    private mutating func layout(for names: [String]) -> (layout: RowLayout, customColumns: [Int]) {
        if let known = layouts[names] { return known }
        let layout = RowLayout(header: names, options: options)
        let customColumns = layout.customColumns
        if layouts.count >= Self.maximumLayouts { layouts.removeAll(keepingCapacity: true) }
        layouts[names] = (layout, customColumns)
        return (layout, customColumns)
    }
}
