import CSVFormat
import ContactModel
import Foundation
import Testing
import _ContactsTestSupport

@Suite struct CSVWriterTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func googleLayoutHasTheGroupsTheContactsNeed() {
        let contacts = [
            Contact(
                name: PersonName(given: "Ana", family: "Díaz"),
                phones: [
                    Phone(value: "+593 99 123 4567", kind: .mobile, preference: 1),
                    Phone(value: "02 245 6789", kind: .workFax),
                    Phone(value: "555 0100", label: "Casa de playa"),
                ],
                emails: [Email(address: "ana@example.com", kind: .home)],
                note: "Línea 1\nLínea 2, \"citada\""),
            Contact(name: PersonName(formatted: "Soporte"), urls: [WebAddress(url: "https://jelou.example", kind: .work)]),
        ]
        var diagnostics: [Diagnostic] = []
        let output = text(CSVWriter().write(contacts, diagnostics: &diagnostics))
        let header = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
            + "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
            + "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
            + "Phone 2 - Label,Phone 2 - Value,Phone 3 - Label,Phone 3 - Value,Website 1 - Label,Website 1 - Value\r\n"
        #expect(output == header
            + "Ana,,Díaz,,,,,,,,,,,,\"Línea 1\nLínea 2, \"\"citada\"\"\",,,Home,ana@example.com,* Mobile,+593 99 123 4567,"
            + "Work Fax,02 245 6789,Casa de playa,555 0100,,\r\n"
            + "Soporte,,,,,,,,,Soporte,,,,,,,,,,,,,,,,Work,https://jelou.example\r\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func formulaLikeCellsAreDefusedButPhoneNumbersAreNot() {
        let contact = Contact(
            name: PersonName(given: "=HYPERLINK(\"http://evil.example\",\"x\")", family: "@SUM(A1:A2)"),
            phones: [Phone(value: "+593 99 123 4567"), Phone(value: "-1+1")],
            note: "+cmd|' /C calc'!A0")
        var diagnostics: [Diagnostic] = []
        let output = text(CSVWriter().write([contact], diagnostics: &diagnostics))
        let row = output.split(separator: "\r\n")[1]
        #expect(row.hasPrefix("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,'@SUM(A1:A2),"))
        #expect(row.contains(",'+cmd|' /C calc'!A0,"))
        #expect(row.hasSuffix(",,+593 99 123 4567,,'-1+1"))
        #expect(CSVWriter.defused("\tTAB") == "'\tTAB")
        #expect(CSVWriter.defused("(02) 245-6789") == "(02) 245-6789")
        #expect(CSVWriter.defused("-593 2 245 6789") == "-593 2 245 6789")
        #expect(CSVWriter.defused("--12-24") == "--12-24")
        #expect(CSVWriter.defused("+1-280-746-5989x947") == "+1-280-746-5989x947")
        #expect(CSVWriter.defused("+1 212 555 0100 ext. 12") == "+1 212 555 0100 ext. 12")
        #expect(CSVWriter.defused("+1234567|cmd") == "'+1234567|cmd")
        // One sign alone runs nothing (a contact named `-`); `=` alone is still guarded.
        #expect(CSVWriter.defused("-") == "-")
        #expect(CSVWriter.defused("@") == "@")
        #expect(CSVWriter.defused("=") == "'=")
    }

    /// A value that starts with the guard's mark before a sign (`'=x`, `'-- no usar`) keeps its
    /// mark through our own CSV: the writer adds one, the reader takes one away.
    @Test func aLeadingApostropheBeforeASignSurvivesARoundTrip() throws {
        let contact = Contact(name: PersonName(given: "'=Ana", family: "'-Vera"), note: "'plain")
        var diagnostics: [Diagnostic] = []
        let reread = try readAll(CSVWriter().write([contact], diagnostics: &diagnostics))
        #expect(reread.records.map(\.contact.name) == [PersonName(given: "'=Ana", family: "'-Vera")])
        #expect(reread.records.first?.contact.note == "'plain")
    }

    @Test(arguments: ["google-current.csv", "google-legacy.csv"])
    func googleRoundTripIsIdentical(fixture: String) throws {
        let original = try readAll(try CSVFixtureTests.fixture(fixture)).records.map(\.contact)
        var diagnostics: [Diagnostic] = []
        let written = CSVWriter().write(original, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let reread = try readAll(written)
        #expect(reread.profile == .googleContacts)
        #expect(reread.records.map(\.contact) == original)
        #expect(reread.diagnostics.isEmpty)
        var again: [Diagnostic] = []
        #expect(text(CSVWriter().write(reread.records.map(\.contact), diagnostics: &again)) == text(written))
    }

    @Test func outlookRoundTripIsIdentical() throws {
        let original = try readAll(try CSVFixtureTests.fixture("outlook-desktop-en.csv")).records.map(\.contact)
        var diagnostics: [Diagnostic] = []
        let reread = try readAll(CSVWriter(layout: .outlook).write(original, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(reread.records.map(\.contact) == original)
    }

    @Test func streamingWithGivenCountsReportsWhatDoesNotFit() {
        let writer = CSVWriter()
        let counts = CSVWriter.GroupCounts(phones: 1)
        let contact = Contact(
            name: PersonName(given: "Luis"),
            phones: [Phone(value: "111111"), Phone(value: "222222")],
            unmapped: [RawProperty(name: "PHOTO", value: "aGVsbG8=")])
        var diagnostics: [Diagnostic] = []
        let row = text(writer.row(for: contact, counts: counts, diagnostics: &diagnostics))
        #expect(row == "Luis,,,,,,,,,,,,,,,,,,111111\r\n")
        #expect(diagnostics.map(\.rendered) == ["warning: Luis: no Google CSV column for 1 phone(s), PHOTO; left out"])
        #expect(text(writer.header(counts: counts)).hasSuffix("Labels,Phone 1 - Label,Phone 1 - Value\r\n"))
    }

    /// A birthday the source wrote as text (Google's own `BDAY;VALUE=text:15-Nov`) fills Google's
    /// Birthday column as written; Outlook's takes only a date, and says so.
    @Test func aTextBirthdayIsWrittenWhereTheLayoutTakesIt() {
        let contact = Contact(name: PersonName(given: "Alberto"), unmapped: [RawProperty(name: "BDAY", value: "15-Nov")])
        let counts = CSVWriter.GroupCounts()
        var diagnostics: [Diagnostic] = []
        #expect(text(CSVWriter().row(for: contact, counts: counts, diagnostics: &diagnostics)) == "Alberto,,,,,,,,,,,,,15-Nov,,,\r\n")
        #expect(diagnostics.isEmpty)
        _ = CSVWriter(layout: .outlook).row(for: contact, counts: counts, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.rendered) == [
            "warning: Alberto: no Outlook CSV column for birthday \"15-Nov\" (text, not a date); left out",
        ])
    }

    @Test func categoriesBecomeLabelsAndLabelsBecomeCategories() throws {
        let fromVCard = Contact(
            name: PersonName(given: "Ana"), unmapped: [RawProperty(name: "CATEGORIES", value: "Clientes,VIP\\, oro")])
        let fromGoogle = Contact(
            name: PersonName(given: "Luis"), unmapped: [RawProperty(name: "X-GOOGLE-LABELS", value: "* myContacts ::: Amigos")])
        var diagnostics: [Diagnostic] = []
        let google = text(CSVWriter().write([fromVCard], diagnostics: &diagnostics))
        #expect(google.hasSuffix("\r\nAna,,,,,,,,,,,,,,,,\"Clientes ::: VIP, oro\"\r\n"))
        let outlook = try readAll(CSVWriter(layout: .outlook).write([fromGoogle], diagnostics: &diagnostics))
        #expect(outlook.records.map(\.contact.unmapped) == [[RawProperty(name: "CATEGORIES", value: "myContacts,Amigos")]])
        #expect(diagnostics.isEmpty)
    }

    /// A normalised phone is written in E.164, as the vCard writer writes it; one the normaliser
    /// could not read stays as written.
    @Test(arguments: [CSVWriter.Layout.googleContacts, .outlook])
    func normalisedPhonesAreWrittenInE164(layout: CSVWriter.Layout) throws {
        let contact = Contact(
            name: PersonName(given: "Ana", family: "Mora"),
            phones: [
                Phone(value: "099 123 4567", kind: .mobile, normalized: NormalizedPhone(e164: "+593991234567")),
                Phone(value: "(02) 212-8988 ext. 12", kind: .work,
                      normalized: NormalizedPhone(e164: "+59322128988", extensionNumber: "12")),
                Phone(value: "2128", kind: .home, extensionNumber: "5"),
            ])
        var diagnostics: [Diagnostic] = []
        let result = try readAll(CSVWriter(layout: layout).write([contact], diagnostics: &diagnostics))
        #expect(Set(result.records.flatMap(\.contact.phones).map(\.value)) == ["+593991234567", "+59322128988 ext. 12", "2128 ext. 5"])
    }

    /// A custom field goes into the Outlook column of its name when Outlook keeps that column as
    /// a custom field or a property of its own (`Hobby`, `Spouse`), never into a name part's, a
    /// phone's or a date's: a CRM's job `Title` is no name prefix, and `not a phone` no mobile.
    @Test func outlookLayoutTakesCustomFieldsNamedLikeItsColumns() throws {
        let contact = Contact(
            name: PersonName(given: "Linda", family: "Chen"),
            unmapped: [
                customField("Hobby", "Go"), customField("Cédula", "1712345678"), customField("Hobby", "Chess"),
                customField("Title", "Chief Operating Officer"), customField("Mobile Phone", "not a phone"),
                customField("Spouse", "Luis"),
            ])
        var diagnostics: [Diagnostic] = []
        let bytes = CSVWriter(layout: .outlook).write([contact], diagnostics: &diagnostics)
        #expect(diagnostics.map(\.rendered) == [
            "warning: Linda Chen: no Outlook CSV column for custom field \"Cédula\", custom field \"Hobby\", "
                + "custom field \"Title\", custom field \"Mobile Phone\"; left out"
        ])
        let result = try readAll(bytes)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Linda", family: "Chen"),
                unmapped: [RawProperty(name: "X-MS-SPOUSE", value: "Luis"), customField("Hobby", "Go")])
        ])
    }

    @Test func outlookLayoutFillsItsFixedSlots() throws {
        let contact = Contact(
            name: PersonName(given: "Robert", family: "Miller", prefix: "Mr.", nickname: "Bob"),
            phones: [
                Phone(value: "(425) 555-0100", kind: .work),
                Phone(value: "(425) 555-0101", kind: .work),
                Phone(value: "(425) 555-0102", kind: .work),
                Phone(value: "+1 425 555 0103", kind: .mobile),
                Phone(value: "(425) 555-0104", kind: .main, preference: 1),
            ],
            emails: [Email(address: "robert@contoso.example")],
            addresses: [PostalAddress(extended: "Building 4", street: "1 Microsoft Way", city: "Redmond", kind: .work)],
            birthday: PartialDate(year: 1975, month: 7, day: 4))
        var diagnostics: [Diagnostic] = []
        let bytes = CSVWriter(layout: .outlook).write([contact], diagnostics: &diagnostics)
        #expect(diagnostics.map(\.rendered) == ["warning: Mr. Robert Miller: no Outlook CSV column for nickname; left out"])
        let result = try readAll(bytes)
        #expect(result.profile == .outlook(.english))
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Robert", family: "Miller", prefix: "Mr."),
                phones: [
                    Phone(value: "(425) 555-0100", kind: .work),
                    Phone(value: "(425) 555-0101", kind: .work),
                    Phone(value: "+1 425 555 0103", kind: .mobile),
                    Phone(value: "(425) 555-0102", kind: .other),
                    Phone(value: "(425) 555-0104", kind: .main, preference: 1),
                ],
                emails: [Email(address: "robert@contoso.example")],
                addresses: [PostalAddress(extended: "Building 4", street: "1 Microsoft Way", city: "Redmond", kind: .work)],
                birthday: PartialDate(year: 1975, month: 7, day: 4))
        ])
        let header = try #require(String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").first)
        #expect(header.split(separator: ",").count == 92)
    }

    /// A group card (iCloud's `X-ADDRESSBOOKSERVER-KIND:group`) is no row: its members are no column.
    @Test func aGroupCardIsNoRow() {
        let group = Contact(
            name: PersonName(formatted: "Family"), unmapped: [RawProperty(name: "X-ADDRESSBOOKSERVER-KIND", value: "group")])
        var diagnostics: [Diagnostic] = []
        let writer = CSVWriter()
        #expect(writer.row(for: group, counts: CSVWriter.GroupCounts(), diagnostics: &diagnostics).isEmpty)
        #expect(diagnostics.map(\.rendered) == ["warning: contact group \"Family\" is a list of members, not a contact; no CSV row"])
    }

}
