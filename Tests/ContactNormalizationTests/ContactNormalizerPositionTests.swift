import ContactModel
@testable import ContactNormalization
import Testing

/// A problem with one phone, email or address is reported at the line or cell the reader found
/// it on; without one, at the card.
@Suite struct ContactNormalizerPositionTests {
    private let telLine = SourcePosition(line: 15, column: 1)
    private let emailCell = SourcePosition(line: 3, column: 57)
    private let addressLine = SourcePosition(line: 17, column: 1)

    @Test func eachProblemPointsAtItsValue() throws {
        let contact = Contact(
            name: PersonName(formatted: "Ana Vera"),
            phones: [Phone(value: "099 123 4567", kind: .mobile, readAt: telLine), Phone(value: "+593 2 123")],
            emails: [Email(address: "Ana <ana@example.ec>", readAt: emailCell)],
            addresses: [PostalAddress(city: "Quito", country: "Ecuadorr", readAt: addressLine)])
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.diagnostics.map(\.position) == [addressLine, telLine, cardPosition, emailCell])
        #expect(result.diagnostics.map(\.message) == [
            #"contact "Ana Vera": country "Ecuadorr" is not a country name we know; country_code left empty"#,
            #"contact "Ana Vera": phone "099 123 4567" is a national number and no region is known; kept as written, without wa_id (pass --region, e.g. --region EC, set JELOU_CONTACTS_REGION, or give the contact's address a country)"#,
            #"contact "Ana Vera": phone "+593 2 123" is not a valid number (too few digits for +593); kept as written, without wa_id"#,
            #"contact "Ana Vera": email written as "Ana <ana@example.ec>"; the address ana@example.ec is used"#,
        ])
    }

    @Test func strictErrorsPointAtTheValueToo() throws {
        let contact = Contact(name: PersonName(formatted: "Ana"), phones: [Phone(value: "12", readAt: telLine)])
        let result = ContactNormalizer.normalize(contact, in: try context(region: "EC", strict: true))
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.map(\.position) == [telLine])
    }

    /// Where a value was read is not part of it: the same number read from a vCard line and a CSV
    /// cell is the same phone, so round trips and duplicate checks compare values only.
    @Test func whereAValueWasReadDoesNotMakeItDifferent() {
        let fromVCard = Phone(value: "+593991234567", kind: .mobile, readAt: telLine)
        let fromCSV = Phone(value: "+593991234567", kind: .mobile, readAt: emailCell)
        #expect(fromVCard == fromCSV)
        #expect(Set([fromVCard, fromCSV, Phone(value: "+593991234567", kind: .mobile)]).count == 1)
        #expect(fromVCard != Phone(value: "+593991234568", kind: .mobile, readAt: telLine))
        #expect(Email(address: "a@b.ec", readAt: telLine) == Email(address: "a@b.ec"))
        #expect(PostalAddress(city: "Quito", readAt: telLine) == PostalAddress(city: "Quito"))
    }
}
