import ContactModel
import Testing
import VCardFormat

/// What particular exporters write that the standards do not say, read as the exporter meant it;
/// one regression per quirk found by running new samples through the reader.
@Suite struct VCardReaderExporterQuirkTests {
    private func card(_ version: String, _ lines: String) throws -> Contact {
        let result = VCardReader.readAll(Array("BEGIN:VCARD\r\nVERSION:\(version)\r\n\(lines)\r\nEND:VCARD\r\n".utf8))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.contacts.first).contact
    }

    /// Outlook 2.1 writes its callback, company, radio, assistant and TTY/TDD numbers as
    /// `X-MS-TEL`; they are phones, not unknown properties.
    @Test func outlookExtraPhonesAreTelephones() throws {
        let read = try card(
            "2.1",
            """
            TEL;WORK;VOICE:+33 1 42 14 20 00\r
            X-MS-TEL;VOICE;CALLBACK:06 98 76 54 32\r
            x-ms-tel;VOICE;COMPANY:+33 1 42 14 20 10\r
            X-MS-TEL;VOICE;RADIO:06 11 22 33 44\r
            X-MS-TEL;VOICE;ASSISTANT:01 40 00 00 01\r
            X-MS-TEL;TTYTDD:01 40 00 00 02
            """)
        #expect(
            read.phones == [
                Phone(value: "+33 1 42 14 20 00", kind: .work), Phone(value: "06 98 76 54 32", kind: .callback),
                Phone(value: "+33 1 42 14 20 10", kind: .main), Phone(value: "06 11 22 33 44", kind: .radio),
                Phone(value: "01 40 00 00 01", kind: .assistant), Phone(value: "01 40 00 00 02", kind: .textphone),
            ])
        #expect(read.unmapped.isEmpty)
    }
}
