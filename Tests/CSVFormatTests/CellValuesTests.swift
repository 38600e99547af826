import ContactModel
import Testing
@testable import CSVFormat

/// Several numbers or addresses typed into one spreadsheet cell are read as one value each, and
/// a cell that only looks divisible stays whole.
@Suite struct CellValuesTests {
    @Test(arguments: [
        ("0991234567 / 022345678", ["0991234567", "022345678"]),
        ("0991234567; 0987654321", ["0991234567", "0987654321"]),
        ("0991234567 - 0987654321", ["0991234567", "0987654321"]),
        ("+1 (555) 123-4567, +1 (555) 765-4321", ["+1 (555) 123-4567", "+1 (555) 765-4321"]),
        ("099 123 4567\n02 234 5678", ["099 123 4567", "02 234 5678"]),
        ("0991234567 | 0987654321 | 022345678", ["0991234567", "0987654321", "022345678"]),
        // One number each: a German area code and number, a second line of the same exchange, an
        // extension after a comma, a dashed number.
        ("0221/1234567", ["0221/1234567"]),
        ("(02) 234-5678 / 5679", ["(02) 234-5678 / 5679"]),
        ("+1 555 123 4567, ext. 12", ["+1 555 123 4567, ext. 12"]),
        ("02 - 234 5678", ["02 - 234 5678"]),
        ("555-123-4567", ["555-123-4567"]),
    ])
    func phones(_ cell: String, _ values: [String]) {
        #expect(Array(CellValues.phones(in: cell)) == values)
    }

    @Test(arguments: [
        ("ana@x.ec, ana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec;ana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec ana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec\nana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("Ana <ana@x.ec>", ["Ana <ana@x.ec>"]),
        ("\"Pérez, Ana\" <ana@x.ec>", ["\"Pérez, Ana\" <ana@x.ec>"]),
        ("ana@x.ec", ["ana@x.ec"]),
    ])
    func emails(_ cell: String, _ values: [String]) {
        #expect(Array(CellValues.emails(in: cell)) == values)
    }

    @Test func aHandMadeSheetGivesOnePhoneAndEmailPerValue() throws {
        let text = "Nombre,Teléfono,Correo\nAna,\"0991234567 / 022345678\",\"ana@x.ec, ana@y.ec\"\n"
        let contact = try #require(try readAll(text).records.first).contact
        #expect(contact.phones.map(\.value) == ["0991234567", "022345678"])
        #expect(contact.phones.map(\.readAt.position) == [SourcePosition(line: 2, column: 5), SourcePosition(line: 2, column: 5)])
        #expect(contact.emails.map(\.address) == ["ana@x.ec", "ana@y.ec"])
    }
}
