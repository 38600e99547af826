import ContactModel
import Testing
import VCardFormat

/// WhatsApp writes the WhatsApp id a number reaches as a `waid` parameter on TEL when it exports
/// or shares a contact; it is read into ``Phone/whatsAppID`` and written back by every writer.
@Suite struct VCardWhatsAppIDTests {
    private let shared = """
        BEGIN:VCARD\r
        VERSION:3.0\r
        N:Hernández;Luis;;;\r
        FN:Luis Hernández\r
        item1.TEL;waid=5215512345678:+52 1 55 1234 5678\r
        item1.X-ABLabel:Mobile\r
        TEL;type=CELL;WAID=593991234567:+593 99 123 4567\r
        TEL;waid=not-an-id:+593 2 600 0000\r
        END:VCARD\r

        """

    @Test func readsWhatsAppsWaidParameter() throws {
        let result = VCardReader.readAll(Array(shared.utf8))
        let phones = try #require(result.contacts.first).contact.phones
        #expect(phones.map(\.whatsAppID) == ["5215512345678", "593991234567", nil])
        #expect(phones.map(\.kind) == [.mobile, .mobile, .unspecified])
        #expect(result.diagnostics.map(\.rendered) == ["8:1: warning: waid 'not-an-id' is not a WhatsApp id (6 to 15 digits); ignored"])
    }

    @Test(arguments: [
        (VCardVersion.v21, "TEL;CELL;waid=5215512345678:+52 1 55 1234 5678"),
        (.v30, "TEL;TYPE=CELL;waid=5215512345678:+52 1 55 1234 5678"),
        (.v40, "TEL;TYPE=cell;waid=5215512345678:+52 1 55 1234 5678"),
    ])
    func writesItBack(version: VCardVersion, line: String) throws {
        let contact = Contact(
            name: PersonName(formatted: "Luis"),
            phones: [Phone(value: "+52 1 55 1234 5678", kind: .mobile, whatsAppID: "5215512345678")])
        var bytes: [UInt8] = []
        var writer = VCardWriter(version: version)
        #expect(writer.write(contact, into: &bytes).isEmpty)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "\r\n").contains(line), "\(text)")
        let read = try #require(VCardReader.readAll(bytes).contacts.first).contact
        #expect(read.phones.map(\.whatsAppID) == ["5215512345678"])
    }

    @Test func jCardCarriesItAsAParameter() throws {
        let contact = Contact(
            name: PersonName(formatted: "Luis"), phones: [Phone(value: "+593991234567", whatsAppID: "593991234567")])
        let written = JCardWriter().write([contact], pretty: false)
        let json = String(decoding: written.bytes, as: UTF8.self)
        #expect(json.contains(#"["tel",{"waid":"593991234567"},"uri","tel:+593991234567"]"#), "\(json)")
        var reader = JCardReader(MemoryByteSource(written.bytes))
        var diagnostics: [Diagnostic] = []
        let read = try #require(try reader.next(diagnostics: &diagnostics)).contact
        #expect(read.phones.map(\.whatsAppID) == ["593991234567"])
    }
}
