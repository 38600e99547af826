import ContactModel
import JelouPayload
import Testing
import _ContactsTestSupport

/// Inside one JSON value — a pretty-printed webhook body, a provider's event, a payload — each
/// contact is placed at its own object, each phone, email and address at its value, and each
/// warning at the value it is about, so that a preview or a check points at the place to fix.
@Suite struct JelouJSONValuePositionTests {
    private struct Read {
        var records: [ContactRecord]
        /// Each contact's diagnostics, as `next(diagnostics:)` handed them over with it.
        var diagnosticsByContact: [[String]]
        /// Those handed over at the end of the input.
        var trailing: [String]
    }

    private func read(_ text: String, chunkSize: Int = 65_536) throws -> Read {
        try read(Array(text.utf8), chunkSize: chunkSize)
    }

    private func read(_ bytes: [UInt8], chunkSize: Int) throws -> Read {
        var reader = JelouJSONReader(MemoryByteSource(bytes, chunkSize: chunkSize))
        var result = Read(records: [], diagnosticsByContact: [], trailing: [])
        var diagnostics: [Diagnostic] = []
        while let record = try reader.next(diagnostics: &diagnostics) {
            result.records.append(record)
            result.diagnosticsByContact.append(diagnostics.map(\.rendered))
            diagnostics = []
        }
        result.trailing = diagnostics.map(\.rendered)
        return result
    }

    private func positions(_ records: [ContactRecord]) -> [String] {
        records.map { "\($0.position.line):\($0.position.column)" }
    }

    private func positions(_ positions: [SourcePosition?]) -> [String] {
        positions.map { $0.map { "\($0.line):\($0.column)" } ?? "none" }
    }

    /// Meta's webhook, pretty-printed: two messages of two contacts each, and a text message.
    @Test(arguments: [1, 7, 65_536])
    func aWebhookBodysContactsPhonesAndWarningsAreAtTheirOwnValues(chunkSize: Int) throws {
        let url = TestPaths.fixtures.appendingPathComponent("json").appendingPathComponent("webhook-two-messages.json")
        let read = try read(try TestPaths.bytes(of: url), chunkSize: chunkSize)
        #expect(read.records.map(\.contact.name.formatted) == ["Ana Vera", "Luis Mora", "Eva Ríos", "Tomás Paz"])
        #expect(positions(read.records) == ["16:19", "20:19", "31:19", "35:19"])
        #expect(positions(read.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["18:44", "22:44", "38:34", "39:34"])
        #expect(positions(read.records.flatMap(\.contact.emails).map(\.readAt.position)) == ["33:44"])
        // Each warning with the contact it is about; the skipped text message with the next one.
        #expect(read.diagnosticsByContact == [
            [],
            [],
            ["26:15: warning: WhatsApp message of type \"text\" is not a contacts message; skipped"],
            [
                "39:76: warning: contact \"Tomás Paz\": phones.label is not a WhatsApp contact field; kept as X-JELOU-PHONES-LABEL",
                "41:33: warning: contact \"Tomás Paz\": nickname is not a WhatsApp contact field; kept as X-JELOU-NICKNAME",
            ],
        ])
        #expect(read.trailing == [])
    }

    /// Infobip's `results[].message` and YCloud's `whatsappInboundMessage`, pretty-printed: each
    /// card at its own object inside the provider's event, and a warning at the value it is about.
    @Test func providerWrappedCardsAreAtTheirOwnObjects() throws {
        let infobip = #"""
            {
              "results": [
                {
                  "from": "385919998888",
                  "message": {
                    "type": "CONTACT",
                    "contacts": [
                      {
                        "name": { "formattedName": "Ivan Horvat" },
                        "phones": [ { "phone": "+385 91 234 5678", "waId": "3859" } ]
                      }
                    ]
                  }
                },
                {
                  "from": "385919998888",
                  "message": {
                    "type": "CONTACT",
                    "contacts": [ { "name": { "formattedName": "Ana Kovač" }, "birthday": "someday" } ]
                  }
                }
              ],
              "messageCount": 2
            }
            """#
        let infobipRead = try read(infobip, chunkSize: 7)
        #expect(positions(infobipRead.records) == ["8:11", "19:23"])
        #expect(positions(infobipRead.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["10:36"])
        #expect(infobipRead.diagnosticsByContact == [
            ["10:64: warning: contact \"Ivan Horvat\": phones.wa_id '3859' is not a WhatsApp id (6 to 15 digits); kept as X-JELOU-WA-ID"],
            ["19:80: warning: contact \"Ana Kovač\": birthday is not a YYYY-MM-DD date; kept as X-JELOU-BIRTHDAY"],
        ])
        let ycloud = #"""
            {
              "id": "evt_1",
              "type": "whatsapp.inbound_message.received",
              "whatsappInboundMessage": {
                "from": "+16315551111",
                "type": "contacts",
                "contacts": [
                  { "name": { "formatted_name": "Ana Vera" }, "phones": [ "+593 99 123 4567" ] },
                  { "name": { "formatted_name": "Luis Mora" }, "phones": { "phone": "+593 98 765 4321" } }
                ]
              }
            }
            """#
        let ycloudRead = try read(ycloud)
        #expect(positions(ycloudRead.records) == ["8:7", "9:7"])
        #expect(positions(ycloudRead.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["8:63", "9:73"])
        #expect(ycloudRead.diagnosticsByContact == [
            [],
            ["9:62: warning: contact \"Luis Mora\": phones should be an array, found one object; read as a list of one"],
        ])
    }

    /// A hand-made payload, pretty-printed: a flat contact (read by its keys) and a WhatsApp one.
    @Test func aPayloadsContactsAreAtTheirOwnObjects() throws {
        let payload = #"""
            {
              "type": "contacts",
              "userId": "15551112222",
              "contacts": [
                {
                  "name": "Ana Vera",
                  "phone": "0991234567",
                  "email": "ana@example.ec"
                },
                {
                  "name": { "formatted_name": "Luis Mora" },
                  "phones": [ { "phone": 593987654321, "type": "Celular" } ],
                  "emails": [ "luis@example.ec" ],
                  "addresses": [ { "city": "Quito" } ]
                }
              ]
            }
            """#
        let read = try read(payload, chunkSize: 1)
        #expect(positions(read.records) == ["5:5", "10:5"])
        // A flat object's fields are placed at the object, as a CSV row's are at its line.
        #expect(positions(read.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["5:5", "12:30"])
        #expect(positions(read.records.flatMap(\.contact.emails).map(\.readAt.position)) == ["5:5", "13:19"])
        #expect(positions(read.records.flatMap(\.contact.addresses).map(\.readAt.position)) == ["14:22"])
        #expect(read.diagnosticsByContact == [
            [],
            ["12:30: warning: contact \"Luis Mora\": phones.phone should be a string, found the number 593987654321; read as text"],
        ])
    }

    /// NDJSON keeps each contact on its line; the column is now that of its own object.
    @Test func ndjsonLinesKeepTheirContactsAndWarnings() throws {
        let text = #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Ana"},"phones":[{"phone":"+593991234567"}]},{"name":"Luis","nick":"L"}]}"#
            + "\n" + #"{"type":"text","text":{"body":"hola"}}"# + "\n"
            + #"{"type":"contacts","contacts":[{"name":"Eva","phones":[{"phone":"+593987654321","type":7}]}]}"# + "\n"
        let read = try read(text, chunkSize: 7)
        #expect(positions(read.records) == ["1:32", "1:103", "3:32"])
        #expect(positions(read.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["1:84", "3:65"])
        #expect(read.diagnosticsByContact == [
            [],
            ["1:125: warning: contact \"Luis\": nick is not a WhatsApp contact field; kept as X-JELOU-NICK"],
            [
                "2:1: warning: message of type \"text\" is not a contacts message; skipped",
                "3:88: warning: contact \"Eva\": phones.type should be a string, found the number 7; read as text",
            ],
        ])
    }

    /// UTF-16 is transcoded: columns count the UTF-8 bytes of what comes before (`é`, two).
    @Test func utf16InputIsPlacedInItsUTF8Bytes() throws {
        let text = "{\r\n  \"contacts\": [ { \"name\": { \"formatted_name\": \"Andrés\" }, \"phones\": [ \"+593991234567\" ], \"x\": 1 } ]\r\n}"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let read = try read(utf16, chunkSize: 3)
        #expect(positions(read.records) == ["2:17"])
        #expect(positions(read.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["2:72"])
        #expect(read.diagnosticsByContact == [["2:96: warning: contact \"Andrés\": x is not a WhatsApp contact field; kept as X-JELOU-X"]])
    }

    /// A Coexistence number's `message_echoes` written before its `messages`: the echo is read
    /// after the messages, and its warnings still come with it, not with the first message's card.
    @Test func warningsComeWithTheirContactWhateverOrderItIsReadIn() throws {
        let text = """
            {"entry": [{"changes": [{"field": "messages", "value": {"messaging_product": "whatsapp",
              "message_echoes": [{"type": "contacts", "contacts": [
                {"name": {"formatted_name": "Eco"}, "phones": [{"phone": "+593991234567", "wa_id": "x1"}]}]}],
              "messages": [{"type": "contacts", "contacts": [
                {"name": {"formatted_name": "Ana"}, "phones": [{"phone": "+593991234569"}]}]}]}}]}]}
            """
        let read = try read(text)
        #expect(read.records.map(\.contact.name.formatted) == ["Ana", "Eco"])
        #expect(read.diagnosticsByContact == [
            [],
            ["3:88: warning: contact \"Eco\": phones.wa_id 'x1' is not a WhatsApp id (6 to 15 digits); kept as X-JELOU-WA-ID"],
        ])
    }

    /// Two cards in one embedded vCard string: a bad line of the first card is reported with the
    /// first card, and both cards are at the string, whose lines are no lines of the file.
    @Test func anEmbeddedCardsWarningsComeWithThatCard() throws {
        let text = #"{"type": "vcard", "contacts": [{"vcard": "BEGIN:VCARD\nVERSION:3.0\nFN:One\nX-FOO;BAR\nEND:VCARD\n"#
            + #"BEGIN:VCARD\nVERSION:3.0\nFN:Two\nX-BAR;BAZ\nEND:VCARD"}]}"#
        let read = try read(text)
        #expect(read.records.map(\.contact.name.formatted) == ["One", "Two"])
        #expect(positions(read.records) == ["1:42", "1:42"])
        #expect(read.diagnosticsByContact == [
            ["1:42: warning: vCard in JSON: line has no colon; skipped"],
            ["1:42: warning: vCard in JSON: line has no colon; skipped"],
        ])
    }

    /// whatsapp-web.js's `multi_vcard`: each card is at its own string.
    @Test func eachEmbeddedStringsCardIsAtThatString() throws {
        let text = """
            {"type": "multi_vcard",
             "vCards": ["BEGIN:VCARD\\nVERSION:3.0\\nFN:One\\nEND:VCARD",
                        "BEGIN:VCARD\\nVERSION:3.0\\nFN:Two\\nEND:VCARD"]}
            """
        let read = try read(text)
        #expect(read.records.map(\.contact.name.formatted) == ["One", "Two"])
        #expect(positions(read.records) == ["2:13", "3:13"])
    }

    /// A contact with a member named twice (`phones` in two places): each phone and warning is at
    /// its own member, as both are read.
    @Test func aDuplicateMembersValuesAreAtTheirOwnPlace() throws {
        let text = """
            {"name": {"formatted_name": "Dup"},
             "phones": [{"phone": "+593991234567"}],
             "phones": [{"phone": "+593991234568", "wa_id": "zz"}]}
            """
        let read = try read(text)
        #expect(positions(read.records.flatMap(\.contact.phones).map(\.readAt.position)) == ["2:23", "3:23"])
        #expect(read.diagnosticsByContact == [
            ["3:49: warning: contact \"Dup\": phones.wa_id 'zz' is not a WhatsApp id (6 to 15 digits); kept as X-JELOU-WA-ID"],
        ])
    }
}
