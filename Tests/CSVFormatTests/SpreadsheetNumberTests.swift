import ContactModel
import Testing
@testable import CSVFormat

/// Phone numbers a spreadsheet took for numbers: a float's `.0` or `,00` and the commas of
/// thousands are dropped, scientific notation with every digit is read, and one that lost its last
/// digits is never sent as a phone.
@Suite struct SpreadsheetNumberTests {
    @Test(arguments: [
        ("593991234567.0", .recovered("593991234567")), ("+14155550100.0", .recovered("+14155550100")),
        ("593991234567.00", .recovered("593991234567")), ("0991234567,00", .recovered("0991234567")),
        ("593,991,234,567", .recovered("593991234567")), ("5.93991234567E+11", .recovered("593991234567")),
        ("1.4155550100e+10", .recovered("14155550100")),
        ("5.93991E+11", .digitsLost), ("5,93991E+11", .digitsLost), ("5E+11", .digitsLost),
        ("0991234567", .asWritten), ("+1 555 0100 ext 12", .asWritten), ("02.234.5678", .asWritten),
        ("1.0", .asWritten), ("Ext. 5E+11", .asWritten), ("593991234567.5", .asWritten), ("099 123 4567, 098 765 4321", .asWritten),
        ("02 234 5678,12", .asWritten), ("1,234", .asWritten),
    ] as [(String, SpreadsheetNumber.Reading)])
    func readings(_ cell: String, _ reading: SpreadsheetNumber.Reading) {
        #expect(SpreadsheetNumber.reading(cell) == reading)
    }

    @Test func aRowKeepsWhatItCanAndSaysWhatItLost() throws {
        let text = "Nombre,Celular,Teléfono\nAna,5.93991E+11,022345678.0\n"
        let result = try readAll(text)
        let contact = try #require(result.records.first).contact
        #expect(contact.phones == [Phone(value: "022345678", readAt: SourcePosition(line: 2, column: 17))])
        #expect(contact.unmapped == [customField("Celular", "5.93991E+11")])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:5: warning: '5.93991E+11' is a phone number a spreadsheet wrote in scientific notation, which lost its last "
                + "digits; kept as a custom field (format the column as text and export again)",
        ])
    }

    @Test func googleValuesToo() throws {
        let text = "First Name,Phone 1 - Label,Phone 1 - Value\nAna,Mobile,5.93991E+11 ::: 593991234567.0\n"
        let result = try readAll(text)
        let contact = try #require(result.records.first).contact
        #expect(contact.phones == [Phone(value: "593991234567", kind: .mobile)])
        #expect(contact.unmapped == [customField("Phone 1 - Value", "5.93991E+11")])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:12: warning: '5.93991E+11' is a phone number a spreadsheet wrote in scientific notation, which lost its last "
                + "digits; kept as a custom field (format the column as text and export again)",
        ])
    }
}
