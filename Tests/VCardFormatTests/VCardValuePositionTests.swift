import ContactModel
import Testing
import VCardFormat

/// Every phone, email and address remembers the physical line its property starts on, so that
/// the normaliser can point at it; folded and quoted-printable lines before it do not shift it.
@Suite struct VCardValuePositionTests {
    @Test func valuesRememberTheLineTheirPropertyStartsOn() throws {
        let text = """
            BEGIN:VCARD\r
            VERSION:2.1\r
            N;ENCODING=QUOTED-PRINTABLE:Vera;Ana Mar=\r
            =C3=ADa\r
            NOTE:a note folded\r
              over two lines\r
            TEL;CELL:099 123 4567\r
            item1.EMAIL;INTERNET:ana@example.ec\r
            item1.X-ABLabel:personal\r
            ADR;HOME:;;Av. Amazonas 100;Quito;;;Ecuador\r
            TEL;WORK:02 123 4567\r
            END:VCARD\r

            """
        let result = VCardReader.readAll(Array(text.utf8))
        let contact = try #require(result.contacts.first).contact
        #expect(contact.phones.map(\.readAt.position?.line) == [7, 11])
        #expect(contact.emails.map(\.readAt.position?.line) == [8])
        #expect(contact.addresses.map(\.readAt.position?.line) == [10])
        #expect(contact.phones.map(\.readAt.position?.column) == [1, 1])
    }
}
