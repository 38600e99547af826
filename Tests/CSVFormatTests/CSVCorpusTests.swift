import CSVFormat
import ContactModel
import Foundation
import Testing
import _ContactsTestSupport

/// The shared corpus's CSV files (../shared/corpus): every one reads, and most to exact contacts.
@Suite struct CSVCorpusTests {
    static func corpus(_ name: String) throws -> [UInt8]? {
        guard let folder = try TestPaths.requireCorpus() else { return nil }
        return try TestPaths.bytes(of: folder.appendingPathComponent(name))
    }

    @Test(arguments: TestPaths.corpusFiles(withExtension: "csv"))
    func everyFileReads(name: String) throws {
        let bytes = try #require(try Self.corpus(name))
        for chunkSize in [1, 3, 65_536] {
            let result = try readAll(bytes, chunkSize: chunkSize)
            #expect(!result.records.isEmpty)
            #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.position != nil })
            #expect(result.records.allSatisfy { !$0.contact.isEmpty })
        }
    }

    @Test func thunderbirdExportWithQuotedControlCharacters() throws {
        guard let bytes = try Self.corpus("thunderbird__export.csv") else { return }
        let result = try readAll(bytes, chunkSize: 2)
        #expect(result.profile == .thunderbird)
        #expect(result.records.map(\.position.line) == [2, 3])
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "contact number one", given: "contact", family: "one"),
                emails: [Email(address: "contact1@invalid")]),
            Contact(
                name: PersonName(formatted: "contact number two", given: "contact", family: "two"),
                emails: [Email(address: "contact2@invalid")],
                organization: Organization(title: "\"worker\""),
                note: "here's some unicode text…",
                unmapped: [
                    RawProperty(name: "X-CUSTOM1", value: "custom\\, 1"), RawProperty(name: "X-CUSTOM2", value: "custom\t2"),
                    RawProperty(name: "X-CUSTOM3", value: "custom\\n3"), RawProperty(name: "X-CUSTOM4", value: "custom\\n4"),
                ]),
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func noHeaderReadByContent() throws {
        guard let bytes = try Self.corpus("thunderbird__csv_no_header.csv") else { return }
        let result = try readAll(bytes)
        #expect(result.profile == .generic)
        #expect(result.records.map(\.position.line) == [1, 2])
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "John Doe", given: "John", family: "Doe"),
                emails: [Email(address: "john@doe.invalid")]),
            Contact(
                name: PersonName(formatted: "Jane Doe", given: "Jane", family: "Doe"),
                emails: [Email(address: "jane@doe.invalid")]),
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func semicolonDelimited() throws {
        guard let bytes = try Self.corpus("thunderbird__csv_semicolon.csv") else { return }
        var reader = CSVReader(source: MemoryByteSource(bytes))
        var diagnostics: [Diagnostic] = []
        var contacts: [Contact] = []
        while let record = try reader.next(diagnostics: &diagnostics) { contacts.append(record.contact) }
        #expect(reader.delimiter == .semicolon)
        #expect(contacts == [
            Contact(
                name: PersonName(formatted: "John Doe", given: "John", family: "Doe"),
                emails: [Email(address: "john@doe.invalid")]),
            Contact(
                name: PersonName(formatted: "Jane Doe", given: "Jane", family: "Doe"),
                emails: [Email(address: "jane@doe.invalid")]),
        ])
        #expect(diagnostics.isEmpty)
    }

    @Test func legacyGoogleWithMultiLineAddress() throws {
        guard let bytes = try Self.corpus("tine20__google_contacts.csv") else { return }
        let result = try readAll(bytes)
        #expect(result.profile == .googleContactsLegacy)
        func person(_ name: String, _ family: String, _ phone: String, _ kind: Phone.Kind = .mobile) -> Contact {
            Contact(
                name: PersonName(formatted: name, given: name, family: family),
                phones: [Phone(value: phone, kind: kind)],
                unmapped: [RawProperty(name: "X-GOOGLE-LABELS", value: "* My Contacts")])
        }
        var axel = person("axel", "gert", "+4921234435")
        axel.emails = [Email(address: "abc@here.de", kind: .other, preference: 1)]
        axel.note = "rutan"
        axel.unmapped = [RawProperty(name: "X-GOOGLE-LABELS", value: "kunden ::: * My Contacts")]
        var bus = person("Bus Winsen", "family", "021224351809", .home)
        bus.addresses = [
            PostalAddress(street: "Niedersachsen Ring 22", city: "Winsen", formatted: "Ring 22\r\nWinsen", kind: .home)
        ]
        var ando = person("Ando", "family", "+49227913452")
        ando.unmapped.append(customField("Yomi Name", "yomi"))
        #expect(result.records.map(\.contact) == [
            ando, person("Anna", "family", "+494471707801"),
            person("Anne", "family", "01235684494"), axel, bus,
        ])
        #expect(result.records.map(\.position.line) == [2, 3, 4, 5, 6])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:45: warning: 1 column has no contact field and is kept as a custom field: 'Yomi Name'"
        ])
    }

    @Test func windows1252Semicolon() throws {
        guard let bytes = try Self.corpus("tine20__importtest_win1252.csv") else { return }
        let result = try readAll(bytes)
        #expect(result.records.map(\.contact.name) == [
            PersonName(given: "Peter", family: "Pan"), PersonName(given: "Maja", family: "Biene"),
            PersonName(given: "ÖzdemirÖ", family: "Üglü"), PersonName(given: "Weiss", family: "Cornelius"),
        ])
        #expect(result.records.map { $0.contact.emails.map(\.address) } == [
            ["peter.pan@ecologic.eu"], ["maja.biene@bienenstock.de"], ["oezdemir@ueglue.tu"], ["c.weiss@metaways.de"],
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "4:1: warning: text is not valid UTF-8; read as Windows-1252 (the first such field is here); if letters look wrong, name the file\'s code page with --encoding"
        ])
    }

    @Test func forcedLatin1ReadsWithoutFallbackWarning() throws {
        guard let bytes = try Self.corpus("tine20__importtest_win1252.csv") else { return }
        let result = try readAll(bytes, options: CSVReadingOptions(encoding: .latin1))
        #expect(result.records[2].contact.name == PersonName(given: "ÖzdemirÖ", family: "Üglü"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func utf16Thunderbird() throws {
        guard let bytes = try Self.corpus("thunderbird__utf16_addressbook.csv") else { return }
        let result = try readAll(bytes, chunkSize: 3)
        #expect(result.profile == .thunderbird)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "John Doe", given: "John", family: "Doe"),
                emails: [Email(address: "johndoe@host.invalid")])
        ])
    }

    @Test func tabRowsAfterCommaHeaderlessRow() throws {
        guard let bytes = try Self.corpus("thunderbird__tab_comma_mixed.csv") else { return }
        let result = try readAll(bytes)
        #expect(result.profile == .thunderbird)
        #expect(result.records.map(\.contact) == (1...4).map { number in
            Contact(
                name: PersonName(formatted: "\(number)", given: "\(number)", family: "\(number)", nickname: "\(number)"),
                emails: [Email(address: "\(number)@host.invalid")])
        })
        #expect(result.diagnostics.map(\.rendered).prefix(2) == [
            "2:1: warning: row has no ',' but has TABs; read as TAB-separated",
            "2:1: warning: row has 5 fields, the first row has 26; read anyway",
        ])
    }

    @Test func quotedEmptyStringsAndOrganizationRow() throws {
        guard let bytes = try Self.corpus("thunderbird__quote.csv") else { return }
        let result = try readAll(bytes)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Acer America"),
                phones: [Phone(value: "(800) 000-0000", kind: .work)],
                organization: Organization(company: "Acer America"))
        ])
        #expect(result.diagnostics.isEmpty)
    }
}
