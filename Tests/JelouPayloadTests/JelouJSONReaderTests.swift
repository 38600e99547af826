import ContactModel
import Foundation
import JelouPayload
import Testing
import _ContactsTestSupport

@Suite struct JelouJSONReaderTests {
    private func readAll(_ bytes: [UInt8], chunkSize: Int) throws -> (records: [ContactRecord], diagnostics: [String]) {
        var reader = JelouJSONReader(MemoryByteSource(bytes, chunkSize: chunkSize))
        var records: [ContactRecord] = []
        var diagnostics: [Diagnostic] = []
        while let record = try reader.next(diagnostics: &diagnostics) { records.append(record) }
        return (records, diagnostics.map(\.rendered))
    }

    private func readFixture(_ name: String, chunkSize: Int) throws -> (records: [ContactRecord], diagnostics: [String]) {
        let url = TestPaths.fixtures.appendingPathComponent("json").appendingPathComponent(name)
        return try readAll(try TestPaths.bytes(of: url), chunkSize: chunkSize)
    }

    private func positions(_ records: [ContactRecord]) -> [String] {
        records.map { "\($0.position.line):\($0.position.column)" }
    }

    static let chunkSizes = [1, 7, 65_536]

    @Test(arguments: chunkSizes)
    func readsAPayload(chunkSize: Int) throws {
        let (records, diagnostics) = try readFixture("jelou-payload.json", chunkSize: chunkSize)
        #expect(diagnostics == [])
        // Each contact at its own object in the `contacts` list, not at the payload.
        #expect(positions(records) == ["5:5", "36:5"])
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "John Smith", given: "John", family: "Smith"),
                phones: [Phone(value: "+12125550123", kind: .mobile, whatsAppID: "12125550123")],
                emails: [Email(address: "john.smith@example.com", kind: .work)],
                addresses: [PostalAddress(
                    street: "123 Main Street", city: "New York", region: "NY", postalCode: "10001",
                    country: "United States", countryCode: "US", kind: .work)]
            ),
            Contact(
                name: PersonName(formatted: "Dra. María José Pérez", given: "María José", family: "Pérez", prefix: "Dra."),
                phones: [
                    Phone(value: "+593 99 123 4567", kind: .mobile),
                    Phone(value: "+59322501234 ext. 204", kind: .work),
                ],
                organization: Organization(company: "Clínica Quito Norte", units: ["Pediatría"], title: "Jefa de servicio"),
                urls: [WebAddress(url: "https://clinica.example.ec/perez", kind: .work)],
                birthday: PartialDate(year: 1984, month: 2, day: 29)
            ),
        ])
    }

    @Test(arguments: chunkSizes)
    func readsNDJSONPayloads(chunkSize: Int) throws {
        let (records, diagnostics) = try readFixture("jelou-payloads.ndjson", chunkSize: chunkSize)
        #expect(diagnostics == ["3:1: warning: message of type \"text\" is not a contacts message; skipped"])
        // Each line's contacts at their own objects in it.
        #expect(positions(records) == ["1:55", "2:55", "2:253"])
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Ana Gómez", given: "Ana", family: "Gómez"),
                phones: [Phone(value: "+5215512345678", kind: .mobile, whatsAppID: "5215512345678")]
            ),
            Contact(
                name: PersonName(formatted: "Luca Bianchi", given: "Luca"),
                phones: [Phone(value: "+39 347 123 4567", kind: .mobile, whatsAppID: "393471234567")],
                emails: [Email(address: "luca@example.it", kind: .home)]
            ),
            Contact(
                name: PersonName(formatted: "Jonas Weber", family: "Weber"),
                phones: [Phone(value: "+49 30 1234567", kind: .mobile)]
            ),
        ])
    }

    @Test(arguments: chunkSizes)
    func readsAnArrayOfPayloads(chunkSize: Int) throws {
        let (records, diagnostics) = try readFixture("payload-array.json", chunkSize: chunkSize)
        #expect(diagnostics == [])
        #expect(positions(records) == ["3:5", "7:5", "9:5"])
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Help Desk", given: "Help Desk"),
                phones: [Phone(value: "+18005550199", kind: .main)]
            ),
            Contact(
                name: PersonName(formatted: "Kenji Sato", given: "Kenji", family: "Sato"),
                emails: [Email(address: "kenji@example.jp")]
            ),
            Contact(
                name: PersonName(formatted: "Night Line", given: "Night Line"),
                phones: [Phone(value: "+81 3-1234-5678", kind: .unspecified, label: "Landline")]
            ),
        ])
    }

    @Test(arguments: chunkSizes)
    func readsABareContactsArray(chunkSize: Int) throws {
        let (records, diagnostics) = try readFixture("contacts-array.json", chunkSize: chunkSize)
        #expect(diagnostics == ["7:17: warning: contact \"Priya Nair\": nickname is not a WhatsApp contact field; kept as X-JELOU-NICKNAME"])
        #expect(positions(records) == ["2:3", "9:3"])
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Priya Nair", given: "Priya", family: "Nair"),
                phones: [Phone(value: "+91 98765 43210", kind: .mobile, whatsAppID: "919876543210")],
                addresses: [PostalAddress(
                    street: "12 MG Road", city: "Bengaluru", region: "KA", postalCode: "560001", country: "India",
                    countryCode: "IN", kind: .home)],
                unmapped: [RawProperty(name: "X-JELOU-NICKNAME", value: "Pri")]
            ),
            Contact(
                name: PersonName(formatted: "Tom O'Brien", given: "Tom", family: "O'Brien", suffix: "Jr."),
                emails: [Email(address: "tom@example.ie", kind: .work)],
                birthday: PartialDate(month: 7, day: 14)
            ),
        ])
    }

    @Test(arguments: chunkSizes)
    func readsAWhatsAppWebhook(chunkSize: Int) throws {
        let (records, diagnostics) = try readFixture("whatsapp-webhook.json", chunkSize: chunkSize)
        #expect(diagnostics == ["70:15: warning: WhatsApp message of type \"text\" is not a contacts message; skipped"])
        #expect(positions(records) == ["29:19", "57:19"])
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Barbara Johnson", given: "Barbara", family: "Johnson"),
                phones: [
                    Phone(value: "+1 (415) 555-0829", kind: .mobile, whatsAppID: "14155550829"),
                    Phone(value: "(415) 555-0100", kind: .home),
                ],
                emails: [Email(address: "bjohnson@example.com", kind: .work)],
                organization: Organization(company: "Lucky Shrub", title: "Manager")
            ),
            Contact(
                name: PersonName(formatted: "Carlos Ruiz"),
                phones: [Phone(value: "+34 612 34 56 78", kind: .mobile)]
            ),
        ])
    }

    @Test(arguments: chunkSizes)
    func malformedInputGivesPositionedDiagnosticsAndTheRestConverts(chunkSize: Int) throws {
        let (records, diagnostics) = try readFixture("malformed.json", chunkSize: chunkSize)
        #expect(diagnostics == [
            "3:30: error: unexpected '\"', expected ':' after an object key",
            "4:86: warning: contact \"Good Two\": phones.phone should be a string, found the number 14155550100; read as text",
            "5:3: warning: expected a Jelou payload, a contact or a WhatsApp webhook, found number; skipped",
            "6:1: error: trailing comma before ']'",
        ])
        #expect(positions(records) == ["2:3", "4:3"])
        #expect(records.map(\.contact) == [
            Contact(name: PersonName(formatted: "Good One", given: "Good")),
            Contact(name: PersonName(formatted: "Good Two", given: "Two"), phones: [Phone(value: "14155550100")]),
        ])
    }

    @Test(arguments: chunkSizes)
    func aBadNDJSONLineDoesNotStopTheRest(chunkSize: Int) throws {
        let text = #"{"contacts":[{"name":{"formatted_name":"Uno","first_name":"Uno"}}]}"# + "\n"
            + #"{"contacts":[{"name":{"formatted_name":"Dos","first_name":"Dos"}]}"# + "\n"
            + #"{"contacts":[{"name":{"formatted_name":"Tres","first_name":"Tres"}}]}"# + "\n"
        let (records, diagnostics) = try readAll(Array(text.utf8), chunkSize: chunkSize)
        #expect(records.map(\.contact.name.formatted) == ["Uno", "Tres"])
        #expect(positions(records) == ["1:14", "3:14"])
        #expect(diagnostics == ["2:65: error: unexpected ']', expected ',' or '}' after an object member"])
    }

    @Test func readsABareMessagesBodyAndUTF16() throws {
        let text = #"{"messages":[{"type":"contacts","contacts":[{"name":{"formatted_name":"Zoë"},"phones":[{"phone":"0991234567","wa_id":"593991234567"}]}]}]}"#
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (records, diagnostics) = try readAll(utf16, chunkSize: 3)
        #expect(diagnostics == [])
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Zoë"),
                phones: [Phone(value: "0991234567", whatsAppID: "593991234567")]
            ),
        ])
    }

    @Test(arguments: [
        (#"{"name":{"formatted_name":"A","nick":"x"},"phones":[{"phone":"+1 555","label":"Car"}],"org":"Acme"}"#, [
            "1:38: warning: contact \"A\": name.nick is not a WhatsApp contact field; kept as X-JELOU-NAME-NICK",
            "1:79: warning: contact \"A\": phones.label is not a WhatsApp contact field; kept as X-JELOU-PHONES-LABEL",
            "1:93: warning: contact \"A\": org should be an object, found string; kept as X-JELOU-ORG",
        ]),
        (#"{"name":"Solo","birthday":"1990-13-01","emails":{"email":"a@b.c"}}"#, [
            "1:27: warning: contact \"Solo\": birthday is not a YYYY-MM-DD date; kept as X-JELOU-BIRTHDAY",
            "1:49: warning: contact \"Solo\": emails should be an array, found one object; read as a list of one",
        ]),
        (#"{"name":{"formatted_name":"B"},"phones":[{"type":"Mobile"},{"wa_id":"15550100"},{"wa_id":"n/a"}],"#
            + #""emails":[{"type":"Work"}],"addresses":[{"type":"Home"}],"urls":[{}]}"#, [
            "1:42: warning: contact \"B\": phones entry has no phone; skipped",
            "1:60: warning: contact \"B\": phones entry has no phone; its wa_id 15550100 is read as the number +15550100",
            "1:81: warning: contact \"B\": phones entry has no phone; its wa_id is kept as X-JELOU-WA-ID",
            "1:108: warning: contact \"B\": emails entry has no email; skipped",
            "1:138: warning: contact \"B\": addresses entry has no street, city, state, zip, country or country_code; skipped",
            "1:163: warning: contact \"B\": urls entry has no url; skipped",
        ]),
        (#"{"webhook":true}"#, [
            "1:1: warning: object holds no phone number or email address (keys: webhook); skipped",
        ]),
        // A string `name` among other keys only is no contact (a package.json became contact "my-app").
        (#"{"name":"my-app","version":"1.0.0","dependencies":{"x":"1"}}"#, [
            "1:1: warning: object is not a Jelou payload, a contact or a WhatsApp webhook (keys: name, version, dependencies); skipped",
        ]),
        (#"{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"statuses":[]}}]}]}"#, [
            "1:1: warning: WhatsApp webhook body has no contacts message",
        ]),
        // A change on its own: its `contacts` are the senders' profiles, not shared cards.
        (#"{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"1"},"contacts":[{"wa_id":"593987047531","user_id":"EC.17"}],"statuses":[{"status":"read"}]}}"#, [
            "1:29: warning: WhatsApp webhook change has no contacts message",
        ]),
        (#"{"field":"smb_message_echoes","value":{"messaging_product":"whatsapp","contacts":[{"wa_id":"593987047531"}],"message_echoes":[{"to":"593987047531","type":"text","text":{"body":"Test"}}]}}"#, [
            "1:127: warning: WhatsApp message of type \"text\" is not a contacts message; skipped",
        ]),
    ])
    func oddShapesAreReportedNotDropped(text: String, expected: [String]) throws {
        let (_, diagnostics) = try readAll(Array(text.utf8), chunkSize: 65_536)
        #expect(diagnostics == expected)
    }

    /// A flat object, as CRMs and spreadsheet tools export contacts, is read by its keys as CSV
    /// headers are: in any of the header languages, in camel case, with numbers as their literal.
    @Test(arguments: chunkSizes)
    func flatObjectsAreReadByTheirKeys(chunkSize: Int) throws {
        let text = """
            [{"nombre":"Ana","apellido":"Vera","celular":"0991234567","correo":"ana@example.ec","cédula":1712345678},
             {"firstName":"Eva","lastName":"Mora","phoneNumber":13055550142,"vip":true,"notes":null},
             {"name":"my-app","version":"1.0.0"},
             {"name":{"formatted_name":"Luis"},"phones":[{"phone":"+593987654321"}]}]
            """
        let (records, diagnostics) = try readAll(Array(text.utf8), chunkSize: chunkSize)
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Ana", family: "Vera"), phones: [Phone(value: "0991234567", kind: .mobile)],
                emails: [Email(address: "ana@example.ec")],
                unmapped: [RawProperty(
                    name: "X-GOOGLE-CUSTOM-FIELD", parameters: [RawParameter(name: "X-LABEL", values: ["cédula"])],
                    value: "1712345678")]),
            Contact(
                name: PersonName(given: "Eva", family: "Mora"), phones: [Phone(value: "13055550142")],
                unmapped: [RawProperty(
                    name: "X-GOOGLE-CUSTOM-FIELD", parameters: [RawParameter(name: "X-LABEL", values: ["vip"])],
                    value: "true")]),
            Contact(name: PersonName(formatted: "Luis"), phones: [Phone(value: "+593987654321")]),
        ])
        #expect(positions(records) == ["1:2", "2:2", "4:2"])
        #expect(diagnostics == [
            "3:2: warning: object holds no phone number or email address (keys: name, version); skipped"
        ])
    }

    /// A hand-made payload that lists flat contacts (`phone`, `email` in the singular) is read by
    /// their keys too; a WhatsApp contact beside them is read as before.
    @Test func flatContactsInAPayloadAreReadByTheirKeys() throws {
        let text = #"""
            {"type":"contacts","userId":"15551112222","contacts":[
              {"name":"Ana Vera","phone":"+593991234567","email":"ana@example.ec"},
              {"name":{"formatted_name":"Luis"},"phones":[{"phone":"+593987654321"}]},
              {"name":"Solo Nombre"}]}
            """#
        let (records, diagnostics) = try readAll(Array(text.utf8), chunkSize: 7)
        #expect(records.map(\.contact) == [
            Contact(name: PersonName(formatted: "Ana Vera"), phones: [Phone(value: "+593991234567")],
                    emails: [Email(address: "ana@example.ec")]),
            Contact(name: PersonName(formatted: "Luis"), phones: [Phone(value: "+593987654321")]),
            Contact(name: PersonName(formatted: "Solo Nombre")),
        ])
        #expect(diagnostics == [])
    }

    @Test func unknownKeysAreKeptInUnmapped() throws {
        let text = #"{"name":{"formatted_name":"A","nick":"x"},"phones":[{"phone":"+1 555","label":"Car"}],"org":"Acme"}"#
        let (records, _) = try readAll(Array(text.utf8), chunkSize: 65_536)
        #expect(records.first?.contact.unmapped == [
            RawProperty(name: "X-JELOU-NAME-NICK", value: "x"),
            RawProperty(name: "X-JELOU-PHONES-LABEL", value: "Car"),
            RawProperty(name: "X-JELOU-ORG", value: "Acme"),
        ])
    }

    /// vCards carried as JSON strings, as WhatsApp bots pass a shared contact on: Baileys'
    /// `contactMessage`, whatsapp-web.js's `type: vcard` message, a contacts list of `vcard` entries.
    @Test(arguments: [
        #"{"key":{"id":"3EB0"},"message":{"contactMessage":{"displayName":"Soporte","vcard":"BEGIN:VCARD\nVERSION:3.0\nN:Bot;Soporte;;;\nFN:Soporte Bot\nTEL;type=CELL;waid=51925015528:+51 925 015 528\nEND:VCARD"}}}"#,
        #"{"id":"m6","type":"vcard","contacts":[{"vcard":"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Soporte Bot\r\nTEL;type=CELL;waid=51925015528:+51 925 015 528\r\nEND:VCARD"}]}"#,
        #"{"type":"contacts","contacts":[{"displayName":"Soporte","vcard":"BEGIN:VCARD\nVERSION:3.0\nFN:Soporte Bot\nTEL;waid=51925015528:+51 925 015 528\nEND:VCARD"}]}"#,
    ])
    func readsVCardsCarriedInJSONStrings(text: String) throws {
        let (records, diagnostics) = try readAll(Array(text.utf8), chunkSize: 7)
        #expect(records.map(\.contact.name.formatted) == ["Soporte Bot"])
        #expect(records.first?.contact.phones.map(\.whatsAppID) == ["51925015528"])
        // A line of the string is no line of the file: the normaliser points at the record.
        #expect(records.first?.contact.phones.map(\.readAt.position) == [nil])
        #expect(diagnostics == [])
    }

    /// API responses: Salesforce's `records` with each record's `attributes`, Zoho's `data` with a
    /// nested lookup (named once in a warning), Infobip's camel-case contact in `content`.
    @Test func readsRecordsWrappedAsAPIsReturnThem() throws {
        let salesforce = #"""
            {"totalSize":1,"done":true,"records":[{"attributes":{"type":"Contact","url":"/x"},"FirstName":"John","LastName":"Smith","Email":"john@example.com","HasOptedOutOfEmail":false,"Birthdate":"1994-10-14"}]}
            """#
        let (sfRecords, sfDiagnostics) = try readAll(Array(salesforce.utf8), chunkSize: 65_536)
        #expect(sfRecords.map(\.contact) == [
            Contact(
                name: PersonName(given: "John", family: "Smith"), emails: [Email(address: "john@example.com")],
                birthday: PartialDate(year: 1994, month: 10, day: 14),
                unmapped: [RawProperty(name: "X-GOOGLE-CUSTOM-FIELD", parameters: [RawParameter(name: "X-LABEL", values: ["HasOptedOutOfEmail"])], value: "false")])
        ])
        #expect(sfDiagnostics.allSatisfy { !$0.contains("attributes") })
        let zoho = #"{"data":[{"First_Name":"Ana","Email":"ana@example.ec","Account_Name":{"id":"41508"}},{"First_Name":"Luis","Email":"luis@example.ec","Account_Name":{"id":"41509"}}]}"#
        let (zohoRecords, zohoDiagnostics) = try readAll(Array(zoho.utf8), chunkSize: 65_536)
        #expect(zohoRecords.map(\.contact.name.given) == ["Ana", "Luis"])
        #expect(zohoDiagnostics.filter { $0.contains("nested") } == ["1:10: warning: the nested values of a record are not read: Account_Name"])
        let infobip = #"{"content":{"contacts":[{"name":{"formattedName":"Mr. John Smith","firstName":"John","namePrefix":"Mr."},"phones":[{"phone":"+441134960019","type":"HOME","waId":"441134960019"}]}]}}"#
        let (infobipRecords, infobipDiagnostics) = try readAll(Array(infobip.utf8), chunkSize: 65_536)
        #expect(infobipRecords.map(\.contact.name) == [PersonName(formatted: "Mr. John Smith", given: "John", prefix: "Mr.")])
        #expect(infobipRecords.first?.contact.phones.map(\.whatsAppID) == ["441134960019"])
        #expect(infobipDiagnostics == [])
        // Gupshup's inbound event: the contacts message is the payload of a `message` payload.
        let gupshup = #"{"app":"DemoApp","type":"message","payload":{"id":"ABEGkYaY","source":"5939911","type":"contact","payload":{"contacts":[{"name":{"firstName":"John","formattedName":"John Smith","lastName":"Smith"},"phones":[{"phone":"+1 (650) 555-1234","type":"WORK","waId":"16505551234"}],"addresses":[{"city":"Menlo Park","countryCode":"us","type":"HOME"}]}]},"sender":{"phone":"5939911","name":"Smit"}}}"#
        let (gupshupRecords, gupshupDiagnostics) = try readAll(Array(gupshup.utf8), chunkSize: 65_536)
        #expect(gupshupRecords.map(\.contact.name) == [PersonName(formatted: "John Smith", given: "John", family: "Smith")])
        #expect(gupshupRecords.first?.contact.phones == [Phone(value: "+1 (650) 555-1234", kind: .work, whatsAppID: "16505551234")])
        #expect(gupshupRecords.first?.contact.addresses.map(\.countryCode) == ["us"])
        #expect(gupshupDiagnostics == [])
        let gupshupText = #"{"type":"message","payload":{"type":"text","payload":{"text":"hola"}}}"#
        let (textRecords, textDiagnostics) = try readAll(Array(gupshupText.utf8), chunkSize: 65_536)
        #expect(textRecords.isEmpty)
        #expect(textDiagnostics.contains { $0.contains("not a contacts message") })
        // Evolution API's send request: `number` is the recipient, `contact` the cards.
        let evolution = #"{"number":"5581999990000","contact":[{"fullName":"Jane Doe","wuid":"5511912345678","phoneNumber":"+55 11 91234-5678","email":"jane@example.com"}]}"#
        let (evolutionRecords, _) = try readAll(Array(evolution.utf8), chunkSize: 65_536)
        #expect(evolutionRecords.map(\.contact.name.formatted) == ["Jane Doe"])
        #expect(evolutionRecords.first?.contact.phones.map(\.whatsAppID) == ["5511912345678"])
    }

    /// WhatsApp Cloud API's `contact_request` sends the contact's own vCard beside a contact object
    /// that has no name: the card fills what the object left out, and the object's own fields win.
    @Test func aContactsOwnVCardFillsWhatTheObjectLeftOut() throws {
        let json = #"{"messages":[{"type":"contacts","contacts":[{"vcard":"BEGIN:VCARD\nVERSION:3.0\nFN:Sheena Nelson\nN:Nelson;Sheena;;;\nTEL;TYPE=CELL:+1 555 123 4567\nTEL;TYPE=WORK:+1 555 765 4321\nEMAIL:sheena@example.com\nEND:VCARD","phones":[{"phone":"15551234567"},{"phone":"+1 555 000 1111","type":"HOME"}]}]}]}"#
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 7)
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Sheena Nelson", given: "Sheena", family: "Nelson"),
                phones: [
                    Phone(value: "15551234567", kind: .mobile), Phone(value: "+1 555 000 1111", kind: .home),
                    Phone(value: "+1 555 765 4321", kind: .work),
                ],
                emails: [Email(address: "sheena@example.com")])
        ])
        #expect(diagnostics == [])
        // The card's number written another way (nationally, with Mexico's old 1) is the same phone.
        let twice = #"{"contacts":[{"vcard":"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL;TYPE=CELL:0991234567\nTEL;TYPE=WORK:+52 1 55 1234 5678\nEND:VCARD","phones":[{"phone":"+593 99 123 4567"},{"phone":"+52 55 1234 5678","wa_id":"5215512345678"}]}]}"#
        let (twiceRecords, _) = try readAll(Array(twice.utf8), chunkSize: 65_536)
        #expect(twiceRecords.first?.contact.phones == [
            Phone(value: "+593 99 123 4567", kind: .mobile), Phone(value: "+52 55 1234 5678", kind: .work, whatsAppID: "5215512345678"),
        ])
        // A `vcard` that is no one card is kept as it was given.
        let (kept, keptDiagnostics) = try readAll(
            Array(#"{"contacts":[{"name":{"formatted_name":"Ana"},"phones":[{"phone":"+593991234567"}],"vcard":"hola"}]}"#.utf8),
            chunkSize: 65_536)
        #expect(kept.first?.contact.unmapped == [RawProperty(name: "X-JELOU-VCARD", value: "hola")])
        #expect(keptDiagnostics == ["1:92: warning: contact \"Ana\": vcard is not one vCard; kept as X-JELOU-VCARD"])
    }

    /// Google People API's persons (`connections.list`, `searchContacts`' `{"person": …}`): each
    /// list's primary entry preferred, a phone by Google's `canonicalForm`, Google's types, and the
    /// lists the model has no field for kept.
    @Test func readsGooglePeopleAPIPersons() throws {
        let person = #"{"resourceName":"people/c1","etag":"%E","names":[{"displayName":"Luis Paz"},{"metadata":{"primary":true},"displayName":"Ana Vera","givenName":"Ana","familyName":"Vera"}],"phoneNumbers":[{"metadata":{"primary":true},"value":"099 123 4567","canonicalForm":"+593991234567","type":"mobile"},{"value":"02 212 8988","type":"workMobile"},{"value":"+1 650 555 1234","type":"casa de playa","formattedType":"Casa de playa"}],"emailAddresses":[{"value":"ana@example.ec","type":"home"}],"organizations":[{"name":"Andes S.A.","title":"Gerente"}],"birthdays":[{"date":{"month":4,"day":30}}],"relations":[{"person":"Luis","type":"spouse"}]}"#
        for json in [#"{"connections":["# + person + #"],"totalPeople":1}"#, #"{"results":[{"person":"# + person + #"}]}"#] {
            let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 7)
            #expect(records.map(\.contact) == [
                Contact(
                    name: PersonName(formatted: "Ana Vera", given: "Ana", family: "Vera"),
                    phones: [
                        Phone(value: "+593991234567", kind: .mobile, preference: 1),
                        Phone(value: "02 212 8988", kind: .mobile, additionalKinds: [.work]),
                        Phone(value: "+1 650 555 1234", label: "Casa de playa"),
                    ],
                    emails: [Email(address: "ana@example.ec", kind: .home)],
                    organization: Organization(company: "Andes S.A.", title: "Gerente"),
                    birthday: PartialDate(month: 4, day: 30),
                    unmapped: [RawProperty(name: "X-GOOGLE-PEOPLE-RELATIONS", value: #"[{"person":"Luis","type":"spouse"}]"#)])
            ])
            #expect(diagnostics == [])
        }
    }

    /// Cordova's and Capacitor's contacts (the W3C Contacts API shape, as Ionic apps save them):
    /// the `name` object, typed and preferred entries, the organisation, the birthday as a
    /// JavaScript date of local midnight in UTC, and what no field holds kept.
    @Test func readsCordovaContacts() throws {
        let json = #"[{"id":"7","rawId":"7","displayName":"Ana Paz","name":{"formatted":"Ana Paz","givenName":"Ana","familyName":"Paz","middleName":null},"phoneNumbers":[{"id":"3","pref":false,"value":"099 123 4567","type":"mobile"},{"id":"4","pref":true,"value":"02 212 8988","type":"Oficina Quito"}],"emails":[{"id":"5","pref":false,"value":"ana@x.ec","type":"home"}],"addresses":[{"type":"home","streetAddress":"Av. Amazonas 123","locality":"Quito","region":"Pichincha","postalCode":"170102","country":"Ecuador"}],"ims":[{"value":"ana.paz","type":"skype"}],"organizations":[{"type":"work","name":"Acme","department":"Ventas","title":"CEO"}],"birthday":"1985-04-29T22:00:00.000Z","note":"hola","photos":null}]"#
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 7)
        #expect(records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Ana Paz", given: "Ana", family: "Paz"),
                phones: [
                    Phone(value: "099 123 4567", kind: .mobile),
                    Phone(value: "02 212 8988", label: "Oficina Quito", preference: 1),
                ],
                emails: [Email(address: "ana@x.ec", kind: .home)],
                addresses: [
                    PostalAddress(street: "Av. Amazonas 123", city: "Quito", region: "Pichincha", postalCode: "170102",
                                  country: "Ecuador", kind: .home),
                ],
                organization: Organization(company: "Acme", units: ["Ventas"], title: "CEO"),
                birthday: PartialDate(year: 1985, month: 4, day: 30), note: "hola",
                unmapped: [RawProperty(name: "X-CORDOVA-IMS", value: #"[{"value":"ana.paz","type":"skype"}]"#)])
        ])
        #expect(diagnostics == [])
    }

    /// Sinch's WhatsApp callback names its channel in `type` and lists the senders' profiles in
    /// `contacts`; the cards are in each notification's message.
    @Test func readsTheContactsOfASinchNotification() throws {
        let json = #"{"type":"whatsapp","contacts":[{"profile":{"name":"John Smith"},"wa_id":"0732001122"}],"notifications":[{"from":"0732001122","to":"sinchbot","message":{"type":"contacts","contacts":[{"name":{"formatted_name":"Soporte"},"phones":[{"phone":"+1 (650) 555-1234","type":"WORK","wa_id":"16505551234"}]}]}},{"from":"0732001122","message":{"type":"text","text":{"body":"hola"}}}]}"#
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 7)
        #expect(records.map(\.contact.name.formatted) == ["Soporte"])
        #expect(records.first?.contact.phones == [Phone(value: "+1 (650) 555-1234", kind: .work, whatsAppID: "16505551234")])
        #expect(diagnostics == ["1:332: warning: WhatsApp message of type \"text\" is not a contacts message; skipped"])
    }

    /// Providers that wrap Meta's message in their own event: Infobip (`results[].message`,
    /// `"type": "CONTACT"`, camel-case keys), YCloud (`whatsappInboundMessage`), Zenvia
    /// (`message.contents[]`), Kaleyra (`meta_object`, a Meta change), Chatwoot (one `contact`
    /// attachment per phone, titled by the phone, the name in its `meta`).
    @Test(arguments: [
        (#"{"results":[{"from":"385919998888","integrationType":"WHATSAPP","messageId":"AB","message":{"type":"CONTACT","contacts":[{"name":{"formattedName":"Ivan Horvat"},"phones":[{"phone":"+385 91 234 5678","type":"CELL","waId":"385912345678"}]}]},"contact":{"name":"Frank"}}],"messageCount":1}"#,
         "Ivan Horvat", ["+385 91 234 5678"]),
        (#"{"id":"evt_1","type":"whatsapp.inbound_message.received","whatsappInboundMessage":{"from":"+16315551111","customerProfile":{"name":"Joe"},"type":"contacts","contacts":[{"name":{"formatted_name":"Ana Vera"},"phones":[{"phone":"+593 99 123 4567","wa_id":"593991234567"}]}]}}"#,
         "Ana Vera", ["+593 99 123 4567"]),
        (#"{"id":"6a7e","type":"MESSAGE","channel":"whatsapp","direction":"IN","message":{"from":"5511999999999","visitor":{"name":"Carlos"},"contents":[{"type":"text","text":"oi"},{"type":"contacts","contacts":[{"name":{"formattedName":"João Silva"},"phones":[{"phone":"+55 11 98765-4321","waId":"5511987654321"}]}]}]}}"#,
         "João Silva", ["+55 11 98765-4321"]),
        (#"{"meta_object":{"value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":"Sam"},"wa_id":"919740776507"}],"messages":[{"from":"919740776505","type":"contacts","contacts":[{"name":{"formatted_name":"Rajat Lavekar"},"phones":[{"phone":"+91 97400 12987","wa_id":"919740012987"}]}]}]},"field":"messages"},"extra_info":{"ref":"x"}}"#,
         "Rajat Lavekar", ["+91 97400 12987"]),
        (#"{"event":"message_created","message_type":"incoming","sender":{"name":"Sheena Nelson","phone_number":"+16505551234"},"attachments":[{"file_type":"contact","fallback_title":"+1 (415) 555-0829","meta":{"firstName":"Barbara","lastName":"Johnson"}},{"file_type":"contact","fallback_title":"+1 (415) 555-0025","meta":{"firstName":"Barbara","lastName":"Johnson"}},{"file_type":"contact","fallback_title":"Phone number is not available","meta":{"firstName":"Carlos"}}]}"#,
         "Barbara Johnson", ["+1 (415) 555-0829", "+1 (415) 555-0025"]),
    ])
    func readsTheCardsProvidersWrap(json: String, name: String, phones: [String]) throws {
        let (records, _) = try readAll(Array(json.utf8), chunkSize: 7)
        #expect(records.first.map { JelouContactEncoder.formattedName(for: $0.contact) } == name)
        #expect(records.first?.contact.phones.map(\.value) == phones)
        // Chatwoot's card without a phone is its name alone.
        #expect(records.dropFirst().map(\.contact) == (name == "Barbara Johnson" ? [Contact(name: PersonName(given: "Carlos"))] : []))
    }

    /// A record's or a chat log's `message`, an event name or a message id beside a contact's
    /// fields make no webhook: the record is read by its keys, as a flat object is.
    @Test(arguments: [
        #"{"name":"Ana Vera","phone":"+593 99 123 4567","message":{"type":"text","body":"Llamar el lunes"}}"#,
        #"{"chat":"Familia","message":{"type":"contacts","from":"Ana"},"name":"Ana Vera","phone":"+593 99 123 4567"}"#,
        #"{"eventType":"contact.created","name":"Ana Vera","phone":"+593 99 123 4567"}"#,
        #"{"name":"Ana Vera","phone":"+593 99 123 4567","MessageSid":"SM123"}"#,
        #"{"eventType":"message","type":"contacts","waId":"593991112222","senderName":"Ravi","contacts":[{"name":{"formatted_name":"Ana Vera"},"phones":[{"phone":"+593 99 123 4567"}]}]}"#,
    ])
    func recordsThatLookLikeEventsAreStillRead(json: String) throws {
        let (records, _) = try readAll(Array(json.utf8), chunkSize: 65_536)
        #expect(records.map(\.contact.name.formatted) == ["Ana Vera"])
        #expect(records.first?.contact.phones.map(\.value) == ["+593 99 123 4567"])
    }

    /// Flat message events are no contacts: a Twilio message (its card is a media to download)
    /// and Wati's events gave contacts named by the sender's number or the operator's email.
    @Test(arguments: [
        (#"{"MessageSid":"MM1","SmsMessageSid":"MM1","NumMedia":"1","ProfileName":"Carlos Lima","WaId":"5511999999999","From":"whatsapp:+5511999999999","MediaContentType0":"text/vcard","MediaUrl0":"https://api.twilio.com/M/ME1"}"#,
         "1:1: warning: Twilio message whose shared contact is not in the webhook but the vCard at MediaUrl0 (https://api.twilio.com/M/ME1); download it and convert that file; skipped"),
        (#"{"EventType":"onMessageAdded","MessageSid":"IM1","Author":"whatsapp:+5511999999999","Media":"[{\"Sid\":\"ME1\",\"ContentType\":\"text/vcard\"}]","Source":"WHATSAPP"}"#,
         "1:1: warning: Twilio message whose shared contact is not in the webhook but a vCard in its Media; download it and convert that file; skipped"),
        (#"{"MessageSid":"MM2","NumMedia":"0","Body":"hola","WaId":"5511999999999","From":"whatsapp:+5511999999999"}"#,
         "1:1: warning: Twilio message that carries no contact card; skipped"),
        (#"{"id":"1a","whatsappMessageId":"abc_def","text":"Hello","type":"text","eventType":"message","operatorEmail":"operator@example.com","waId":"911234567890","senderName":"Ravi"}"#,
         "1:1: warning: Wati event \"message\" of type \"text\" is not a contacts message; skipped"),
        (#"{"eventType":"newContactMessageReceived","id":"63","waId":"911234567890","senderName":"New User"}"#,
         "1:1: warning: Wati event \"newContactMessageReceived\" is not a contacts message; skipped"),
    ])
    func flatMessageEventsAreNoContacts(json: String, warning: String) throws {
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 65_536)
        #expect(records.isEmpty)
        #expect(diagnostics == [warning])
    }

    /// Hand-made payloads list phones and emails as strings, and a phone by its `wa_id` alone.
    @Test func phonesAndEmailsGivenAsStringsOrByTheirWhatsAppID() throws {
        let json = #"{"name":{"formatted_name":"Ana Vera"},"phones":["+593 99 123 4567",{"wa_id":"593987654321","type":"WORK"}],"emails":["ana@example.ec"]}"#
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 65_536)
        let contact = try #require(records.first).contact
        #expect(contact.phones == [
            Phone(value: "+593 99 123 4567"), Phone(value: "+593987654321", kind: .work, whatsAppID: "593987654321"),
        ])
        #expect(contact.emails == [Email(address: "ana@example.ec")])
        #expect(diagnostics == [
            "1:68: warning: contact \"Ana Vera\": phones entry has no phone; its wa_id 593987654321 is read as the number +593987654321"
        ])
    }

    /// A contacts message a Coexistence number sent from the WhatsApp Business app comes back as
    /// a `message_echoes` change: its cards are read, not the change's sender profiles.
    @Test func readsTheContactsOfAMessageEcho() throws {
        let json = #"{"entry":[{"changes":[{"field":"smb_message_echoes","value":{"messaging_product":"whatsapp","metadata":{"phone_number_id":"1"},"contacts":[{"wa_id":"593987047531"}],"message_echoes":[{"from":"593979104167","to":"593987047531","type":"contacts","contacts":[{"name":{"formatted_name":"Soporte"},"phones":[{"phone":"+593 99 123 4567","type":"WORK"}]}]}]}}]}]}"#
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 65_536)
        #expect(records.map(\.contact.name.formatted) == ["Soporte"])
        #expect(records.first?.contact.phones.map(\.value) == ["+593 99 123 4567"])
        #expect(diagnostics == [])
    }

    /// A phone a script or spreadsheet wrote as a JSON number with an exponent or a fraction is
    /// read as its digits, exactly (not `+59399123456711`, the literal's digits).
    @Test func aWholeNumberWithAnExponentIsReadAsItsDigits() throws {
        let json = #"[{"Nombre":"Ana","Celular":5.93991234567E11},{"contacts":[{"name":{"formatted_name":"Luis"},"phones":[{"phone":593987654321.0}]}]}]"#
        let (records, diagnostics) = try readAll(Array(json.utf8), chunkSize: 65_536)
        #expect(records.flatMap { $0.contact.phones.map(\.value) } == ["593991234567", "593987654321"])
        #expect(diagnostics.contains { $0.hasSuffix("found the number 593987654321.0; read as \"593987654321\"") })
        // Without every digit (a spreadsheet's `5.93991E11`) it is kept as written, no padded number.
        let (imprecise, _) = try readAll(Array(#"[{"Nombre":"Ana","Celular":5.93991E11}]"#.utf8), chunkSize: 65_536)
        #expect(imprecise.flatMap { $0.contact.phones.map(\.value) } == ["5.93991E11"])
    }

    /// CRM records that list values: Microsoft Graph's `businessPhones: ["…"]` and
    /// `emailAddresses: [{"address": …}]` beside its `birthday`, Pipedrive's `phone: [{"value": …}]`.
    @Test func readsListedValuesOfCRMRecords() throws {
        let graph = #"{"displayName":"Garth Fort","givenName":"Garth","surname":"Fort","birthday":"1974-07-22","businessPhones":["+1 918 555 0101"],"emailAddresses":[{"name":"Garth","address":"garth@contoso.example"}],"homeAddress":{}}"#
        let (graphRecords, graphDiagnostics) = try readAll(Array(graph.utf8), chunkSize: 65_536)
        #expect(graphRecords.map(\.contact.name) == [PersonName(formatted: "Garth Fort", given: "Garth", family: "Fort")])
        #expect(graphRecords.first?.contact.phones == [Phone(value: "+1 918 555 0101", kind: .work)])
        #expect(graphRecords.first?.contact.emails.map(\.address) == ["garth@contoso.example"])
        #expect(graphDiagnostics == ["1:1: warning: the nested values of a record are not read: homeAddress"])
        let pipedrive = #"{"name":"João Silva","phone":[{"label":"mobile","value":"+55 11 98765-4321","primary":true},{"label":"work","value":"+55 11 3456-7890"}],"email":[{"value":"joao@empresa.example"}]}"#
        let (pipedriveRecords, _) = try readAll(Array(pipedrive.utf8), chunkSize: 65_536)
        #expect(pipedriveRecords.first?.contact.phones.map(\.value) == ["+55 11 98765-4321", "+55 11 3456-7890"])
        #expect(pipedriveRecords.first?.contact.emails.map(\.address) == ["joao@empresa.example"])
    }
}
