import CSVFormat
import ContactModel
import Testing

/// Every phone, email and address read from a CSV row remembers the cell it came from (its
/// line and the byte column the cell starts at), so that the normaliser can point at it.
@Suite struct CSVValuePositionTests {
    @Test func googleValuesRememberTheirCells() throws {
        let text = """
            Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Type,E-mail 1 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City
            Ana Vera,* Mobile ::: Work,099 123 4567 ::: 02 123 4567,Home,ana@example.ec,Home,,Quito

            """
        let contact = try #require(try readAll(text).records.first).contact
        #expect(contact.phones.map(\.readAt.position) == [
            SourcePosition(line: 2, column: 28), SourcePosition(line: 2, column: 28),
        ])
        #expect(contact.emails.map(\.readAt.position) == [SourcePosition(line: 2, column: 62)])
        #expect(contact.addresses.map(\.readAt.position) == [SourcePosition(line: 2, column: 83)])
    }

    @Test func outlookValuesRememberTheirCells() throws {
        let text = """
            "First Name","Last Name","Mobile Phone","Home City","Business Phone","E-mail Address"\r
            "Ana","Vera","099 123 4567","Quito","02 123 4567","ana@example.ec"\r

            """
        let contact = try #require(try readAll(text).records.first).contact
        #expect(contact.phones.map(\.readAt.position) == [
            SourcePosition(line: 2, column: 14), SourcePosition(line: 2, column: 37),
        ])
        #expect(contact.emails.map(\.readAt.position) == [SourcePosition(line: 2, column: 51)])
        #expect(contact.addresses.map(\.readAt.position) == [SourcePosition(line: 2, column: 29)])
    }
}
