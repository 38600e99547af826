import ContactModel
import JSONCoding
import JelouPayload
import Testing
import _ContactsTestSupport

@Suite struct JelouContactEncoderTests {
    /// The card of ARCHITECTURE.md's worked example, as the vCard reader and normaliser leave it.
    static let workedExample = Contact(
        name: PersonName(formatted: "John Smith", given: "John", family: "Smith"),
        phones: [Phone(
            value: "+1 (212) 555-0123", kind: .mobile,
            normalized: NormalizedPhone(
                e164: "+12125550123", waID: "12125550123", lineType: .fixedLineOrMobile, isValid: true, region: "US"))],
        emails: [Email(address: "john.smith@example.com", kind: .work)],
        addresses: [PostalAddress(
            street: "123 Main Street", city: "New York", region: "NY", postalCode: "10001",
            country: "United States", countryCode: "US", kind: .work)]
    )

    private func json(_ contact: Contact, fields: JelouContactEncoder.Fields = .all) -> (String?, [String]) {
        var diagnostics: [Diagnostic] = []
        let bytes = JelouContactEncoder(fields: fields).encode(contact, diagnostics: &diagnostics)
        return (bytes.map { String(decoding: $0, as: UTF8.self) }, diagnostics.map(\.rendered))
    }

    /// The compact JSON of `path` (a key, then `0` for an array's first element) in `text`.
    private func part(_ text: String?, _ key: String, first: Bool = false) throws -> String {
        let document = try JSONParser().parse(try #require(text))
        var value = try #require(document[key])
        if first { value = try #require(value.arrayValue?.first) }
        var writer = JSONWriter()
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func workedExampleGivesTheDocumentedLine() throws {
        var batcher = try JelouMessageBatcher(userID: "15551112222")
        var diagnostics: [Diagnostic] = []
        #expect(batcher.add(Self.workedExample, diagnostics: &diagnostics) == nil)
        let finished = batcher.finish()
        let body = try #require(finished)
        #expect(String(decoding: body, as: UTF8.self) == #"{"type":"contacts","userId":"15551112222","contacts":[{"#
            + #""name":{"formatted_name":"John Smith","first_name":"John","last_name":"Smith"},"#
            + #""phones":[{"phone":"+12125550123","type":"Mobile","wa_id":"12125550123"}],"#
            + #""emails":[{"email":"john.smith@example.com","type":"Work"}],"#
            + #""addresses":[{"street":"123 Main Street","city":"New York","state":"NY","zip":"10001","#
            + #""country":"United States","country_code":"US","type":"Work"}]}]}"#)
        #expect(diagnostics == [])
        #expect(JelouPayloadValidator().validate(body) == [])
    }

    @Test func prettyOutputIsIndentedByTwoSpaces() throws {
        var batcher = try JelouMessageBatcher(userID: "15551112222", pretty: true)
        var diagnostics: [Diagnostic] = []
        _ = batcher.add(Contact(
            name: PersonName(formatted: "Ana", given: "Ana"),
            phones: [Phone(value: "+593 99 123 4567", kind: .mobile, normalized: NormalizedPhone(e164: "+593991234567", waID: "593991234567"))]
        ), diagnostics: &diagnostics)
        let finished = batcher.finish()
        let body = try #require(finished)
        #expect(String(decoding: body, as: UTF8.self) == """
            {
              "type": "contacts",
              "userId": "15551112222",
              "contacts": [
                {
                  "name": {
                    "formatted_name": "Ana",
                    "first_name": "Ana"
                  },
                  "phones": [
                    {
                      "phone": "+593991234567",
                      "type": "Mobile",
                      "wa_id": "593991234567"
                    }
                  ]
                }
              ]
            }
            """)
    }

    @Test func emptyValuesAreLeftOut() {
        let contact = Contact(
            name: PersonName(formatted: "  Eva Ruiz ", given: "Eva", family: " ", middle: ""),
            phones: [Phone(value: "n/a"), Phone(value: "099 123 4567")],
            emails: [Email(address: " "), Email(address: "N/A"), Email(address: "eva@example.com")],
            addresses: [PostalAddress(kind: .home), PostalAddress(city: "Quito", countryCode: "ec")],
            organization: Organization(units: [" "]),
            urls: [WebAddress(url: "")],
            birthday: PartialDate(month: 5, day: 12)
        )
        let (text, diagnostics) = json(contact)
        #expect(text == #"{"name":{"formatted_name":"Eva Ruiz","first_name":"Eva"},"phones":[{"phone":"0991234567"}],"#
            + #""emails":[{"email":"eva@example.com"}],"addresses":[{"city":"Quito","country_code":"EC"}]}"#)
        // A phone with no digits ("n/a", a SIP address) cannot be a payload phone, nor text without an `@` a
        // payload email: they are named, not dropped in silence.
        #expect(diagnostics == [
            "warning: contact \"Eva Ruiz\": not in the Jelou contact object: partial birthday, phone that is no number, "
                + "email that is no address",
        ])
    }

    /// A phone no normaliser read is written as its digits, with an extension when a word or sign
    /// for one follows; a label before the number is dropped. Any other word after the digits makes
    /// it no number: `+49 MOBIL2` was written `+49 ext. 2`, and `+1-800-MYFAX` `+1800`.
    /// So do USSD and service codes (`*121*1#` was written `1211`) and a word with one or two
    /// digits (`business 1`, `Phone 1, xExtension 1`), and a placeholder of one digit repeated
    /// (`0000000000`).
    @Test(arguments: [
        ("Tel: 099 123 4567", "0991234567"), ("+1 (212) 555-0100 x12", "+12125550100 ext. 12"),
        ("02 298 0000 anexo 104", "022980000 ext. 104"), ("p1234p5678w9", "1234 ext. 56789"),
        ("+52 1 55 1234 5678", "+5215512345678"), ("911", "911"), ("+593 2 298 0000;ext=7", "+59322980000 ext. 7"),
    ])
    func unreadPhonesAreWrittenAsTheirDigits(written: String, phone: String) {
        #expect(JelouContactEncoder.phoneFields(for: Phone(value: written))?.phone == phone)
    }

    @Test(arguments: [
        "+49 MOBIL2", "+49 PRIVAT", "+1-800-MYFAX", "Handy", "sip:ana@example.com", "n/a", "*325#", "*121*11#", "#456#",
        "business 1", "Phone 1, xExtension 1", "12", "0000000000", "(555) 555-5555", "+5555555", "02 2128988 ext. 104-105",
        "02 2128988 ext 104 y 105",
    ])
    func wordsAfterTheDigitsMakeNoNumber(written: String) {
        #expect(JelouContactEncoder.phoneFields(for: Phone(value: written)) == nil)
    }

    @Test(arguments: [
        (Contact(name: PersonName(formatted: "FN Wins", given: "Given")), #"{"formatted_name":"FN Wins","first_name":"Given"}"#),
        (Contact(name: PersonName(given: "Ana", family: "Gómez", middle: "Luz", prefix: "Dra.", suffix: "PhD")),
         #"{"formatted_name":"Dra. Ana Luz Gómez PhD","first_name":"Ana","last_name":"Gómez","middle_name":"Luz","prefix":"Dra.","suffix":"PhD"}"#),
        (Contact(name: PersonName(nickname: "Pepe")), #"{"formatted_name":"Pepe","first_name":"Pepe"}"#),
        (Contact(organization: Organization(company: "Acme S.A.")), #"{"formatted_name":"Acme S.A.","first_name":"Acme S.A."}"#),
        (Contact(emails: [Email(address: " "), Email(address: "info@acme.ec")], organization: Organization(title: "CEO")),
         #"{"formatted_name":"info@acme.ec","first_name":"info@acme.ec"}"#),
        (Contact(phones: [Phone(value: "x"), Phone(value: "099", normalized: NormalizedPhone(e164: "+59399"))]),
         #"{"formatted_name":"+59399","first_name":"+59399"}"#),
        (Contact(phones: [Phone(value: "(02) 250-1234")]), #"{"formatted_name":"022501234","first_name":"022501234"}"#),
    ])
    func formattedNameFallsBackInOrder(contact: Contact, expectedName: String) throws {
        let (text, _) = json(contact)
        #expect(try part(text, "name") == expectedName)
    }

    @Test func aContactWithNothingToNameItIsNotWritten() {
        let (text, diagnostics) = json(Contact(addresses: [PostalAddress(city: "Lima")], note: "hi"))
        #expect(text == nil)
        #expect(diagnostics == ["error: contact has no name, company, email or phone to use as formatted_name; not written"])
    }

    /// A card with nothing in it (BEGIN, VERSION, END) loses nothing by being skipped: a warning,
    /// not an error that fails the run.
    @Test func anEmptyContactIsSkippedWithAWarning() {
        let (text, diagnostics) = json(Contact())
        #expect(text == nil)
        #expect(diagnostics == ["warning: contact is empty; skipped"])
    }

    @Test(arguments: [
        (Phone(value: "+1 212 555 0123 x45", normalized: NormalizedPhone(e164: "+12125550123", waID: "12125550123", extensionNumber: "45")),
         #"{"phone":"+12125550123 ext. 45"}"#),
        (Phone(value: "+1 212 555 0123", extensionNumber: "7", normalized: NormalizedPhone(e164: "+12125550123", waID: "12125550123")),
         #"{"phone":"+12125550123 ext. 7"}"#),
        (Phone(value: "+1 (212) 555-0123 ext. 45", kind: .work), #"{"phone":"+12125550123 ext. 45","type":"Work"}"#),
        (Phone(value: "0099-123;ext=9", kind: .home), #"{"phone":"0099123 ext. 9","type":"Home"}"#),
        (Phone(value: "＋５９３ ９９ １２３ ４５６７", kind: .iPhone), #"{"phone":"+593991234567","type":"iPhone"}"#),
        (Phone(value: "+44 20 7946 0958", kind: .workFax, label: "Oficina Londres"), #"{"phone":"+442079460958","type":"Oficina Londres"}"#),
        (Phone(value: "+1 555 0100", kind: .voice, normalized: NormalizedPhone(e164: "+15550100", waID: nil)), #"{"phone":"+15550100"}"#),
        // Unread numbers with the WhatsApp id they came with: the id's digits written bare are
        // that international number.
        (Phone(value: "wa.me/5215512345678", whatsAppID: "5215512345678"), #"{"phone":"+5215512345678","wa_id":"5215512345678"}"#),
        (Phone(value: "0991234567", whatsAppID: "593991234567"), #"{"phone":"0991234567","wa_id":"593991234567"}"#),
    ])
    func phonesAreE164OrReducedToDigits(phone: Phone, expected: String) throws {
        let (text, _) = json(Contact(name: PersonName(formatted: "P", given: "P"), phones: [phone]))
        #expect(try part(text, "phones", first: true) == expected)
    }

    @Test(arguments: [
        (PostalAddress(poBox: "Casilla 17-01-123", extended: "Of. 402", street: "Av. Amazonas N34-45", city: "Quito", kind: .work),
         #"{"street":"Av. Amazonas N34-45, Of. 402, Casilla 17-01-123","city":"Quito","type":"Work"}"#),
        (PostalAddress(poBox: "PO Box 12", kind: .other), #"{"street":"PO Box 12","type":"Other"}"#),
        (PostalAddress(formatted: "1 Infinite Loop\nCupertino CA 95014\n", label: "Campus"),
         #"{"street":"1 Infinite Loop, Cupertino CA 95014","type":"Campus"}"#),
        (PostalAddress(city: "Guayaquil", formatted: "Malecón 2000\nGuayaquil"), #"{"city":"Guayaquil"}"#),
    ])
    func addressStreetJoinsItsParts(address: PostalAddress, expected: String) throws {
        let (text, _) = json(Contact(name: PersonName(formatted: "P", given: "P"), addresses: [address]))
        #expect(try part(text, "addresses", first: true) == expected)
    }

    static let fullContact = Contact(
        name: PersonName(formatted: "Lucía Mena", given: "Lucía", family: "Mena", nickname: "Lu"),
        phones: [Phone(value: "+593 2 250 1234", kind: .main)],
        emails: [Email(address: "lucia@example.ec", kind: .home)],
        addresses: [PostalAddress(city: "Cuenca", country: "Ecuador", kind: .home)],
        organization: Organization(company: "Andes Tech", units: ["Ventas", "Costa"], title: "Gerente", role: "Ventas regionales"),
        urls: [WebAddress(url: "https://andes.example.ec", kind: .work), WebAddress(url: "https://lu.example", label: "Blog")],
        birthday: PartialDate(year: 1990, month: 3, day: 7),
        note: "Prefers WhatsApp",
        unmapped: [RawProperty(name: "X-SOCIALPROFILE", value: "x")]
    )

    @Test func allFieldsInSpecOrder() {
        let (text, diagnostics) = json(Self.fullContact)
        #expect(text == #"{"name":{"formatted_name":"Lucía Mena","first_name":"Lucía","last_name":"Mena"},"#
            + #""phones":[{"phone":"+59322501234","type":"Main"}],"emails":[{"email":"lucia@example.ec","type":"Home"}],"#
            + #""addresses":[{"city":"Cuenca","country":"Ecuador","type":"Home"}],"#
            + #""org":{"company":"Andes Tech","department":"Ventas, Costa","title":"Gerente"},"#
            + #""urls":[{"url":"https://andes.example.ec","type":"Work"},{"url":"https://lu.example","type":"Blog"}],"#
            + #""birthday":"1990-03-07"}"#)
        #expect(diagnostics == [
            "warning: contact \"Lucía Mena\": not in the Jelou contact object: role, nickname, note, X-SOCIALPROFILE",
        ])
    }

    @Test func jelouFieldsKeepOnlyTheKeysOnJelousPage() {
        let (text, diagnostics) = json(Self.fullContact, fields: .jelou)
        #expect(text == #"{"name":{"formatted_name":"Lucía Mena","first_name":"Lucía","last_name":"Mena"},"#
            + #""phones":[{"phone":"+59322501234","type":"Main"}],"emails":[{"email":"lucia@example.ec","type":"Home"}],"#
            + #""addresses":[{"city":"Cuenca","country":"Ecuador","type":"Home"}]}"#)
        #expect(diagnostics == [
            "warning: contact \"Lucía Mena\": not in the Jelou contact object (only Jelou's keys were asked for): "
                + "org, urls, birthday, nickname, note, X-SOCIALPROFILE",
        ])
    }

    /// An iPhone export's card: bookkeeping beside data the object has no place for.
    static let exportedCard = Contact(
        name: PersonName(formatted: "Ana Vera", given: "Ana", family: "Vera"),
        phones: [Phone(value: "+593 99 123 4567", kind: .mobile)],
        note: "Met at the fair",
        unmapped: [
            RawProperty(name: "PRODID", value: "-//Apple Inc.//iPhone OS 17.4//EN"),
            RawProperty(name: "UID", value: "5c941cf0-dc98-42c1-a2ac-f72f9e574f7a"),
            RawProperty(name: "REV", value: "2024-03-01T10:00:00Z"),
            RawProperty(name: "CATEGORIES", value: "Clientes"),
            RawProperty(name: "KIND", value: "Individual"),
            RawProperty(name: "VERSION", value: "4.0"),
            RawProperty(name: "CLIENTPIDMAP", value: "1;urn:uuid:53e374d9-337e-4727-8803-a1e9c14e0556"),
            RawProperty(group: "item1", name: "X-ABUID", value: "5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson"),
            RawProperty(name: "SOURCE", value: "https://contacts.example.com/ana.vcf"),
            RawProperty(name: "NAME", value: "Ana Vera"),
            RawProperty(name: "X-ABSHOWAS", value: "COMPANY"),
            RawProperty(name: "CATEGORIES", value: "Quito"),
            RawProperty(name: "KIND", value: "org"),
            RawProperty(group: "item2", name: "X-ABDATE", value: "2015-06-01"),
            RawProperty(group: "item2", name: "X-ABLABEL", value: "_$!<Anniversary>!$_"),
            RawProperty(name: "X-ABLABEL", value: "Orphan label"),
            RawProperty(name: "CLASS", value: "PUBLIC"),
            RawProperty(name: "SORT-STRING", value: "Vera"),
            RawProperty(name: "X-EVOLUTION-FILE-AS", value: "Vera, Ana"),
            RawProperty(name: "X-MOZILLA-HTML", value: "FALSE"),
            RawProperty(name: "X-MS-OL-DEFAULT-POSTAL-ADDRESS", value: "2"),
            RawProperty(name: "X-MS-OL-DESIGN", parameters: [RawParameter(name: "CHARSET", values: ["utf-8"])], value: "<card/>"),
            RawProperty(name: "X-RADICALE-NAME", value: "ana.vcf"),
            RawProperty(group: "item3", name: "X-ABADR", value: "ec"),
            RawProperty(name: "X-ABADR", value: "ec"),
        ]
    )

    /// A second NOTE or NICKNAME, kept raw, is named as the first: the summary said `NOTE (4),
    /// note (4)`.
    @Test func aSecondNoteIsNamedAsTheFirst() {
        let contact = Contact(
            name: PersonName(formatted: "Ana Vera", nickname: "Anita"), note: "one",
            unmapped: [RawProperty(name: "NOTE", value: "two"), RawProperty(name: "NICKNAME", value: "Ani")])
        #expect(JelouContactEncoder().omittedFields(of: contact) == ["nickname", "note"])
    }

    @Test func bookkeepingPropertiesAreNotReported() {
        let (_, diagnostics) = json(Self.exportedCard)
        #expect(diagnostics == [
            "warning: contact \"Ana Vera\": not in the Jelou contact object: note, CATEGORIES, KIND, X-ABDATE, X-ABLABEL, X-ABADR",
        ])
        #expect(JelouContactEncoder().omittedFields(of: Self.exportedCard) == [
            "note", "CATEGORIES", "KIND", "X-ABDATE", "X-ABLABEL", "X-ABADR",
        ])
    }

    /// A group card (iCloud's, or vCard 4.0's KIND) has members, not a phone: it is not sent.
    @Test(arguments: [
        RawProperty(name: "X-ADDRESSBOOKSERVER-KIND", value: "group"), RawProperty(name: "KIND", value: " Group "),
    ])
    func contactGroupsAreNotWritten(kind: RawProperty) {
        let group = Contact(
            name: PersonName(formatted: "Familia"), phones: [Phone(value: "+593991234567")],
            unmapped: [kind, RawProperty(name: "X-ADDRESSBOOKSERVER-MEMBER", value: "urn:uuid:1")])
        let (text, diagnostics) = json(group)
        #expect(text == nil)
        #expect(diagnostics == ["warning: contact group \"Familia\" is a list of members, not a contact; not written"])
        var organization = group
        organization.unmapped = [RawProperty(name: "KIND", value: "org")]
        #expect(json(organization).0 != nil)
    }

    /// A CSV column or Google custom field kept raw is named by its label, as the user knows it.
    @Test func labelledCustomFieldsAreNamedByTheirLabel() {
        func labelled(_ name: String, _ label: String) -> RawProperty {
            RawProperty(name: name, parameters: [RawParameter(name: "X-LABEL", values: [label])], value: "1")
        }
        let card = Contact(
            name: PersonName(formatted: "Ana Vera"),
            unmapped: [
                labelled("X-GOOGLE-CUSTOM-FIELD", "Cédula"), labelled("X-GOOGLE-EVENT", "Anniversary"),
                labelled("X-GOOGLE-CUSTOM-FIELD", " "), RawProperty(name: "IMPP", parameters: [RawParameter(name: "X-LABEL", values: ["Skype"])], value: "x"),
            ])
        #expect(JelouContactEncoder().omittedFields(of: card) == ["Cédula", "Anniversary", "X-GOOGLE-CUSTOM-FIELD", "IMPP"])
    }

    @Test func aCardWithOnlyBookkeepingGivesNoWarning() {
        var card = Self.exportedCard
        card.note = nil
        card.unmapped.removeAll {
            ["CATEGORIES", "KIND", "X-ABDATE"].contains($0.name) || $0.group == nil && ["X-ABLABEL", "X-ABADR"].contains($0.name)
        }
        card.unmapped.append(RawProperty(name: "KIND", value: " individual "))
        // Empty properties (Evolution's `X-EVOLUTION-SPOUSE:`) hold nothing to leave out.
        card.unmapped.append(RawProperty(name: "X-EVOLUTION-SPOUSE", value: ""))
        card.unmapped.append(RawProperty(name: "FBURL", value: " "))
        let (text, diagnostics) = json(card)
        #expect(text == #"{"name":{"formatted_name":"Ana Vera","first_name":"Ana","last_name":"Vera"},"#
            + #""phones":[{"phone":"+593991234567","type":"Mobile"}]}"#)
        #expect(diagnostics.isEmpty)
        #expect(JelouContactEncoder().omittedFields(of: card).isEmpty)
    }

    @Test(arguments: [JelouContactEncoder.Fields.all, .jelou])
    func omittedFieldsNameWhatTheWarningNames(fields: JelouContactEncoder.Fields) throws {
        let encoder = JelouContactEncoder(fields: fields)
        var diagnostics: [Diagnostic] = []
        _ = encoder.encode(Self.fullContact, diagnostics: &diagnostics)
        let warning = try #require(diagnostics.first?.rendered)
        let listed = try #require(warning.split(separator: ": ").last).split(separator: ", ").map(String.init)
        #expect(encoder.omittedFields(of: Self.fullContact) == listed)
        #expect(listed.count == (fields == .all ? 4 : 6))
    }

    @Test func turningReportingOffWritesTheSameObjectWithoutTheWarning() {
        var diagnostics: [Diagnostic] = []
        let reported = JelouContactEncoder().encode(Self.fullContact, diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        var quiet: [Diagnostic] = []
        let encoder = JelouContactEncoder(reportsOmittedFields: false)
        #expect(encoder.encode(Self.fullContact, diagnostics: &quiet) == reported)
        #expect(quiet.isEmpty)
        #expect(encoder.omittedFields(of: Self.fullContact) == ["role", "nickname", "note", "X-SOCIALPROFILE"])
    }

    @Test(arguments: [true, false])
    func encodingHandsBackTheOmittedFields(reporting: Bool) {
        let encoder = JelouContactEncoder(reportsOmittedFields: reporting)
        var writer = JSONWriter()
        var omitted = ["left from the last contact"]
        var diagnostics: [Diagnostic] = []
        #expect(encoder.encode(Self.fullContact, into: &writer, omittedFields: &omitted, diagnostics: &diagnostics))
        #expect(omitted == ["role", "nickname", "note", "X-SOCIALPROFILE"])
        #expect(diagnostics.count == (reporting ? 1 : 0))
        var plain: [Diagnostic] = []
        #expect(writer.bytes == encoder.encode(Self.fullContact, diagnostics: &plain))
        #expect(plain == diagnostics)

        let nameless = Contact(note: "only a note")
        #expect(!encoder.encode(nameless, into: &writer, omittedFields: &omitted, diagnostics: &diagnostics))
        #expect(omitted.isEmpty)
        #expect(diagnostics.last?.severity == .error)
    }

    /// Writing the emails finds one with text and no `@` as looking at them again does: a blank
    /// one is nothing left out.
    @Test(arguments: [
        (["N/A", "ana@example.com"], ["email that is no address"]),
        (["ana@example.com", "ninguno"], ["email that is no address"]),
        ([" ", "ana@example.com"], []),
        (["ana@example.com"], []),
    ])
    func emailsWithoutAnAtSignAreNamedWhetherWrittenOrNot(addresses: [String], expected: [String]) {
        let contact = Contact(name: PersonName(formatted: "Ana Paz"), emails: addresses.map { Email(address: $0) })
        let encoder = JelouContactEncoder(reportsOmittedFields: false)
        var writer = JSONWriter()
        var omitted: [String] = []
        var diagnostics: [Diagnostic] = []
        #expect(encoder.encode(contact, into: &writer, omittedFields: &omitted, diagnostics: &diagnostics))
        #expect(omitted == expected)
        #expect(encoder.omittedFields(of: contact) == expected)
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"name":{"formatted_name":"Ana Paz","first_name":"Ana Paz"},"emails":[{"email":"ana@example.com"}]}"#)
    }

    @Test func turningReportingOffKeepsTheErrorForAContactThatCannotBeWritten() {
        var diagnostics: [Diagnostic] = []
        let contact = Contact(note: "only a note", unmapped: [RawProperty(name: "X-SOCIALPROFILE", value: "x")])
        let encoder = JelouContactEncoder(reportsOmittedFields: false)
        #expect(encoder.encode(contact, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map(\.rendered) == [
            "error: contact has no name, company, email or phone to use as formatted_name; not written",
        ])
        #expect(encoder.omittedFields(of: contact).isEmpty)
    }

    @Test func repeatedPropertiesAreNamedOnceEvenOnALongCard() {
        let names = (0..<40).map { "X-FIELD\($0 % 20)" }
        let card = Contact(
            name: PersonName(formatted: "Ana"), unmapped: names.map { RawProperty(name: $0, value: "v") })
        #expect(JelouContactEncoder().omittedFields(of: card) == (0..<20).map { "X-FIELD\($0)" })
    }

    /// A street typed on several lines keeps them, each break a `\n`, whatever the source wrote
    /// (Outlook's `Home Street` cell holds `\r\n`); a label-only address's lines are joined.
    @Test(arguments: [
        (PostalAddress(street: "12 Rue de l'Église\r\nApt 3", city: "Paris"), "12 Rue de l'Église\nApt 3"),
        (PostalAddress(extended: "Piso 2\rOf. 3", street: "Av. 1"), "Av. 1, Piso 2\nOf. 3"),
        (PostalAddress(formatted: "Calle 1\r\nQuito"), "Calle 1, Quito"),
    ])
    func aStreetOnSeveralLinesKeepsItsBreaksAsLineFeeds(address: PostalAddress, street: String) {
        #expect(JelouContactEncoder.street(of: address) == street)
    }

    @Test func roleStandsInForAMissingTitle() {
        let (text, _) = json(Contact(name: PersonName(formatted: "R", given: "R"), organization: Organization(role: "Chef")))
        #expect(text == #"{"name":{"formatted_name":"R","first_name":"R"},"org":{"title":"Chef"}}"#)
    }

    @Test func aReceivedPayloadConvertsBackToTheSameMessage() throws {
        let url = TestPaths.fixtures.appendingPathComponent("json/jelou-payload.json")
        var reader = JelouJSONReader(MemoryByteSource(try TestPaths.bytes(of: url)))
        var batcher = try JelouMessageBatcher(userID: "15551112222")
        var diagnostics: [Diagnostic] = []
        while let record = try reader.next(diagnostics: &diagnostics) {
            #expect(batcher.add(record.contact, diagnostics: &diagnostics) == nil)
        }
        let finished = batcher.finish()
        let body = try #require(finished)
        #expect(diagnostics == [])
        #expect(String(decoding: body, as: UTF8.self) == #"{"type":"contacts","userId":"15551112222","contacts":["#
            + #"{"name":{"formatted_name":"John Smith","first_name":"John","last_name":"Smith"},"#
            + #""phones":[{"phone":"+12125550123","type":"Mobile","wa_id":"12125550123"}],"#
            + #""emails":[{"email":"john.smith@example.com","type":"Work"}],"#
            + #""addresses":[{"street":"123 Main Street","city":"New York","state":"NY","zip":"10001","#
            + #""country":"United States","country_code":"US","type":"Work"}]},"#
            + #"{"name":{"formatted_name":"Dra. María José Pérez","first_name":"María José","last_name":"Pérez","prefix":"Dra."},"#
            + #""phones":[{"phone":"+593991234567","type":"Mobile"},{"phone":"+59322501234 ext. 204","type":"Work"}],"#
            + #""org":{"company":"Clínica Quito Norte","department":"Pediatría","title":"Jefa de servicio"},"#
            + #""urls":[{"url":"https://clinica.example.ec/perez","type":"Work"}],"birthday":"1984-02-29"}]}"#)
        #expect(JelouPayloadValidator().validate(body) == [])
    }
}
