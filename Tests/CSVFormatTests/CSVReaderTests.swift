@testable import CSVFormat
import ContactModel
import Foundation
import Testing

@Suite struct CSVReaderTests {
    // MARK: RFC 4180 and beyond

    static let lineEnds = ["\n", "\r\n", "\r"]

    @Test(arguments: lineEnds, [1, 2, 5, 4096])
    func quotedFieldsKeepDelimitersLineBreaksAndQuotes(lineEnd: String, chunkSize: Int) throws {
        let csv = ["Name,Email,Notes", "\"Pérez, Ana\",ana@example.com,\"dice \"\"hola\"\"\(lineEnd)y\tadiós\"",
                   "Luis,luis@example.com,", ""].joined(separator: lineEnd)
        let result = try readAll(csv, chunkSize: chunkSize)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Pérez, Ana"), emails: [Email(address: "ana@example.com")],
                note: "dice \"hola\"\(lineEnd)y\tadiós"),
            Contact(name: PersonName(formatted: "Luis"), emails: [Email(address: "luis@example.com")]),
        ])
        #expect(result.records.map(\.position.line) == [2, 4])
        #expect(result.diagnostics.isEmpty)
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], Array("\n\r\n".utf8), Array("First Name,Phone\r\n".utf8)] as [[UInt8]])
    func emptyInputsGiveNothing(bytes: [UInt8]) throws {
        let result = try readAll(bytes, chunkSize: 1)
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    /// A row shorter than the header is read as far as it goes; cells past the header are kept as
    /// custom fields named by their position, a phone among them too (nothing says it is one).
    @Test func raggedRowsAreReadWithAWarning() throws {
        let result = try readAll(
            "First Name,Last Name,Phone\nAna,Díaz\nLuis,Mora,0991234567,extra,,0999999999\n\n\nEva,Ruiz,022345678\n")
        #expect(result.records.map(\.contact.name.given) == ["Ana", "Luis", "Eva"])
        #expect(result.records.map(\.position.line) == [2, 3, 6])
        #expect(result.records[1].contact.unmapped == [
            RawProperty(name: "X-GOOGLE-CUSTOM-FIELD", parameters: [RawParameter(name: "X-LABEL", values: ["column 4"])], value: "extra"),
            RawProperty(name: "X-GOOGLE-CUSTOM-FIELD", parameters: [RawParameter(name: "X-LABEL", values: ["column 6"])], value: "0999999999"),
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:1: warning: row has 2 fields, the header has 3; read anyway",
            "3:1: warning: row has 6 fields, the header has 3; the 2 with data past it kept as custom fields "
                + "('column 4', 'column 6')",
        ])
    }

    /// Two exports joined into one file: the second header is skipped, not read as a contact named
    /// `First Name Last Name` whose phone is `Phone 1 - Value`.
    @Test func aRepeatedHeaderIsNoContact() throws {
        let header = "First Name,Last Name,Phone 1 - Value\n"
        let result = try readAll(header + "Ana,Vera,0991234567\n" + header + "Luis,Paz,0987654321\n")
        #expect(result.records.map(\.contact.name.given) == ["Ana", "Luis"])
        #expect(result.diagnostics.map(\.rendered) == ["3:1: warning: row repeats the header; skipped"])
    }

    @Test func rowsWithoutNameOrContactDataAreSkipped() throws {
        let result = try readAll("Name,Phone,City\n,,Quito\nAna,,\n,,\n")
        #expect(result.records.map(\.contact) == [Contact(name: PersonName(formatted: "Ana"))])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:1: warning: row has no name, company, phone or email; skipped",
            "4:1: warning: row has no name, company, phone or email; skipped",
        ])
    }

    /// In an address book's own export every row is a contact: one holding only a website or an
    /// address (as Google CSV and our own writer give it) is kept; an empty row is not.
    @Test func anAddressBookExportKeepsARowWithOtherData() throws {
        let header = "First Name,Last Name,Notes,Website 1 - Label,Website 1 - Value,Address 1 - City\n"
        let result = try readAll(header + ",,only a url,,http://example.com/1,\n,,,,,Quito\n,,,,,\n")
        #expect(result.records.map(\.contact) == [
            Contact(urls: [WebAddress(url: "http://example.com/1")], note: "only a url"),
            Contact(addresses: [PostalAddress(city: "Quito")]),
        ])
        #expect(result.diagnostics.map(\.rendered) == ["4:1: warning: row has no name, company, phone or email; skipped"])
    }

    @Test func textAfterClosingQuoteAndUnterminatedQuoteAreReported() throws {
        let result = try readAll("Name,Email\n\"Ana\" María,ana@example.com\nLuis,\"luis@example.com\nEva,eva@example.com\n")
        #expect(result.records.map(\.contact) == [
            Contact(name: PersonName(formatted: "Ana María"), emails: [Email(address: "ana@example.com")]),
            Contact(name: PersonName(formatted: "Luis"), emails: [Email(address: "luis@example.com\nEva,eva@example.com")]),
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:6: warning: text after a closing quote is kept as part of the field",
            "3:6: warning: quoted field is never closed; it runs to the end of the input",
        ])
    }

    // MARK: Delimiters

    @Test(arguments: zip(
        ["Nombre;Teléfono\nAna;0991234567\n", "Nombre\tTeléfono\nAna\t0991234567\n",
         "\"Nombre, completo\";Teléfono\nAna;0991234567\n", "Nombre,Teléfono\nAna,0991234567\n",
         "\r\n\r\nNombre;Teléfono\r\nAna;0991234567\r\n", "\nNombre;Teléfono\nAna;0991234567\n"],
        [CSVDelimiter.semicolon, .tab, .semicolon, .comma, .semicolon, .semicolon]))
    func delimiterIsSniffedOutsideQuotes(csv: String, expected: CSVDelimiter) throws {
        var reader = CSVReader(source: MemoryByteSource(csv))
        var diagnostics: [Diagnostic] = []
        let record = try #require(try reader.next(diagnostics: &diagnostics))
        #expect(reader.delimiter == expected)
        #expect(record.contact.phones == [Phone(value: "0991234567")])
    }

    @Test(arguments: ["sep=;\r\nNombre;Celular\r\nAna;0991234567\r\n", "SEP=,\nNombre,Celular\nAna,0991234567\n"])
    func excelSeparatorLineIsNotAHeader(csv: String) throws {
        let result = try readAll(csv)
        #expect(result.records.map(\.contact) == [
            Contact(name: PersonName(formatted: "Ana"), phones: [Phone(value: "0991234567", kind: .mobile)])
        ])
        #expect(result.records.map(\.position.line) == [3])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func forcedDelimiterWins() throws {
        let result = try readAll("Name;Phone,Email\nAna;099,ana@example.com\n", options: CSVReadingOptions(delimiter: .comma))
        #expect(result.records.map(\.contact.emails) == [[Email(address: "ana@example.com")]])
    }

    // MARK: Limits

    @Test func hundredThousandColumnsAreCappedWithAWarningPerRow() throws {
        var csv = "Name,Email" + String(repeating: ",x", count: 100_000) + "\n"
        csv += "Ana,ana@example.com" + String(repeating: ",1", count: 100_000) + "\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Ana"), emails: [Email(address: "ana@example.com")],
                unmapped: Array(repeating: customField("x", "1"), count: 9998))
        ])
        let messages = result.diagnostics.map(\.rendered)
        #expect(messages.count == 3)
        #expect(messages[0] == "1:1: warning: row has more than 10000 columns; 90002 ignored")
        #expect(messages[1] == "2:1: warning: row has more than 10000 columns; 90002 ignored")
        #expect(messages[2].hasPrefix("1:12: warning: 9998 columns have no contact field and are kept as custom fields: 'x', 'x', "))
        #expect(messages[2].hasSuffix(" and 9978 more"))
    }

    @Test func oversizedFieldIsCut() throws {
        let limits = CSVReadingOptions.Limits(maxFieldBytes: 16, maxColumns: 10, maxRecordBytes: 1 << 20)
        let long = String(repeating: "a", count: 100_000)
        let result = try readAll("Name,Notes\nAna,\"\(long)\"\n", chunkSize: 7, options: CSVReadingOptions(limits: limits))
        #expect(result.records.map(\.contact.note) == [String(repeating: "a", count: 16)])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:5: warning: field is longer than 16 bytes (or the row longer than 1048576); cut to 16 bytes"
        ])
    }

    @Test func binaryGarbageGivesDiagnosticsNotACrash() throws {
        var bytes = Array("Name,Phone\n".utf8)
        var state: UInt32 = 42
        for _ in 0..<200_000 {
            state = state &* 1_664_525 &+ 1_013_904_223
            bytes.append(UInt8(truncatingIfNeeded: state >> 24))
        }
        let result = try readAll(bytes, chunkSize: 4096)
        #expect(result.diagnostics.allSatisfy { $0.position != nil })
        #expect(result.diagnostics.contains { $0.message.contains("Windows-1252") })
    }

    // MARK: Encodings

    @Test func utf16BigEndianWithBOM() throws {
        let text = "Nombre,Celular\r\nÑandú,+593 99 123 4567\r\n"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let result = try readAll(bytes, chunkSize: 3)
        #expect(result.records.map(\.contact) == [
            Contact(name: PersonName(formatted: "Ñandú"), phones: [Phone(value: "+593 99 123 4567", kind: .mobile)])
        ])
    }

    // MARK: Mappings and profiles

    @Test func explicitMappingsWinOverTheHeaderTables() throws {
        let mappings = try ["Celular=phone:mobile", "Fijo=phone:Casa de campo", "Nombre=name", "Correo=email:work"]
            .map(ColumnMapping.init(parsing:))
        let result = try readAll(
            "Nombre,Apellido,Celular,Fijo,Correo\nAna María,Díaz,0991234567,022345678,ana@corp.example\n",
            options: CSVReadingOptions(mappings: mappings))
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Ana María", family: "Díaz"),
                phones: [Phone(value: "0991234567", kind: .mobile), Phone(value: "022345678", label: "Casa de campo")],
                emails: [Email(address: "ana@corp.example", kind: .work)])
        ])
        #expect(result.diagnostics.isEmpty)
        let missing = try readAll("Nombre,Celular\nAna,099\n", options: CSVReadingOptions(mappings: [
            ColumnMapping(column: "Móvil", field: .phone)
        ]))
        #expect(missing.diagnostics.map(\.rendered) == ["1:1: warning: --map 'Móvil': the header has no such column"])
    }

    @Test func forcedProfileReadsAHeaderItWouldNotRecognise() throws {
        let result = try readAll(
            "Nachname;Vorname;Mobiltelefon 2\nMüller;Jürgen;0172 9876543\n", options: CSVReadingOptions(profile: .outlook(.german)))
        #expect(result.profile == .outlook(.german))
        #expect(result.records.map(\.contact) == [
            Contact(name: PersonName(given: "Jürgen", family: "Müller"), phones: [Phone(value: "0172 9876543", kind: .radio)])
        ])
    }

    @Test(arguments: [
        // pt-PT: Apelido is the last name.
        ("Nome próprio,Apelido,Telemóvel,Endereço de correio electrónico\nJoão,Silva,912345678,joao@example.pt\n",
         CSVProfile.outlook(.europeanPortuguese),
         Contact(name: PersonName(given: "João", family: "Silva"), phones: [Phone(value: "912345678", kind: .mobile)],
                 emails: [Email(address: "joao@example.pt")])),
        // pt-BR: Cidade/Estado/CEP alone are Other City, Home State, Other Postal Code.
        ("Primeiro nome,Sobrenome,Telefone celular,Cidade,Estado,CEP\nAna,Souza,11 91234-5678,Campinas,SP,13010-000\n",
         .outlook(.brazilianPortuguese),
         Contact(name: PersonName(given: "Ana", family: "Souza"), phones: [Phone(value: "11 91234-5678", kind: .mobile)],
                 addresses: [PostalAddress(city: "Campinas", postalCode: "13010-000", kind: .other),
                             PostalAddress(region: "SP", kind: .home)])),
        // de: old "Telefon privat" and new "Telefon (privat 2)" are both home phones.
        ("Vorname,Nachname,Telefon privat,Telefon (privat 2),Firma\nAnja,Schröder,0221 1,0221 2,ACME\n",
         .outlook(.german),
         Contact(name: PersonName(given: "Anja", family: "Schröder"),
                 phones: [Phone(value: "0221 1", kind: .home), Phone(value: "0221 2", kind: .home)],
                 organization: Organization(company: "ACME"))),
        // es: Particular is the home phone; Mobile Phone stays English.
        ("Nombre,Apellidos,Particular,Mobile Phone,Organización\nLuis,Mora,915551234,612345678,ACME\n",
         .outlook(.spanish),
         Contact(name: PersonName(given: "Luis", family: "Mora"),
                 phones: [Phone(value: "915551234", kind: .home), Phone(value: "612345678", kind: .mobile)],
                 organization: Organization(company: "ACME"))),
        // it
        ("Nome,Cognome,Cellulare,Telefono ufficio,Indirizzo posta elettronica\nGiulia,Rossi,333 1234567,02 1234567,g@example.it\n",
         .outlook(.italian),
         Contact(name: PersonName(given: "Giulia", family: "Rossi"),
                 phones: [Phone(value: "333 1234567", kind: .mobile), Phone(value: "02 1234567", kind: .work)],
                 emails: [Email(address: "g@example.it")])),
    ])
    func localizedOutlookHeaders(csv: String, profile: CSVProfile, expected: Contact) throws {
        let result = try readAll(csv, options: CSVReadingOptions(profile: profile))
        #expect(result.profile == profile)
        #expect(result.records.map(\.contact) == [expected])
    }

    /// A sheet made by hand with a few of Outlook's localized words is no Outlook export: its
    /// `Cidade, Estado, CEP` are one address, not Outlook pt-BR's Other City, Home State and Other
    /// Postal Code. An export keeps Outlook's many columns, or one only Outlook writes.
    @Test(arguments: [
        ("Nome,Sobrenome,Celular,Telefone,E-mail,Endereço,Cidade,Estado,CEP\n"
            + "João,Silva,(11) 98765-4321,(11) 3456-7890,joao@uol.com.br,Rua A 1,São Paulo,SP,01000-000\n",
         Contact(
            name: PersonName(given: "João", family: "Silva"),
            phones: [Phone(value: "(11) 98765-4321", kind: .mobile), Phone(value: "(11) 3456-7890")],
            emails: [Email(address: "joao@uol.com.br")],
            addresses: [PostalAddress(street: "Rua A 1", city: "São Paulo", region: "SP", postalCode: "01000-000")])),
        ("Primeiro nome,Sobrenome,Telefone celular,Cidade,Estado,CEP\nAna,Souza,11 91234-5678,Campinas,SP,13010-000\n",
         Contact(
            name: PersonName(given: "Ana", family: "Souza"), phones: [Phone(value: "11 91234-5678", kind: .mobile)],
            addresses: [PostalAddress(city: "Campinas", region: "SP", postalCode: "13010-000")])),
        ("Nome próprio,Telemóvel,Endereço de correio electrónico\nJoão,912345678,joao@example.pt\n",
         Contact(
            name: PersonName(given: "João"), phones: [Phone(value: "912345678", kind: .mobile)],
            emails: [Email(address: "joao@example.pt")])),
    ])
    func handMadeSheetsWithOutlookWordsAreGeneric(csv: String, expected: Contact) throws {
        let result = try readAll(csv)
        #expect(result.profile == .generic)
        #expect(result.records.map(\.contact) == [expected])
    }

    @Test func aTrimmedOutlookExportIsKnownByAColumnOnlyOutlookWrites() throws {
        let csv = "Vorname,Nachname,Ort,Jahrestag\nJörg,Weiß,Raum 4.12,14.10.2000\n"
        let result = try readAll(csv)
        #expect(result.profile == .outlook(.german))
        // Outlook's `Ort` is the Location field, not a city.
        #expect(result.records.map(\.contact.addresses) == [[]])
        #expect(result.records.map(\.contact.unmapped) == [[
            RawProperty(name: "X-MS-ANNIVERSARY", value: "2000-10-14"), customField("Ort", "Raum 4.12"),
        ]])
    }

    @Test func googlesOutlookExportAndOutlookDotCom() throws {
        let google = "First Name,Last Name,E-mail Address,Primary Phone,Home Address,Home Street,Home Country,Categories\n"
            + "Ana,Díaz,ana@example.com,+593 99 123 4567,\"Calle 1\nQuito\",Calle 1,Ecuador,myContacts;starred\n"
        let outlookCom = "First Name,Last Name,E-mail Address,Mobile Phone,IMAddress,Personal Web Page\n"
            + "Ana,Díaz,ana@example.com,0991234567,ana@im.example,https://ana.example\n"
        let first = try readAll(google)
        let second = try readAll(outlookCom)
        #expect(first.profile == .outlook(.english))
        #expect(first.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Ana", family: "Díaz"),
                phones: [Phone(value: "+593 99 123 4567", kind: .main, preference: 1)],
                emails: [Email(address: "ana@example.com")],
                addresses: [PostalAddress(street: "Calle 1", country: "Ecuador", formatted: "Calle 1\nQuito", kind: .home)],
                unmapped: [RawProperty(name: "CATEGORIES", value: "myContacts,starred")])
        ])
        #expect(second.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Ana", family: "Díaz"),
                phones: [Phone(value: "0991234567", kind: .mobile)],
                emails: [Email(address: "ana@example.com")],
                urls: [WebAddress(url: "https://ana.example", kind: .home)],
                unmapped: [RawProperty(name: "X-MS-IMADDRESS", value: "ana@im.example")])
        ])
        #expect(second.diagnostics.isEmpty)
    }

    /// Outlook writes `Normal` into every row for an empty priority; in a file that is not Outlook's
    /// the word is data.
    @Test func outlooksDefaultWordsAreDataElsewhere() throws {
        let result = try readAll("Nombre completo,Celular,Nivel\nAna Díaz,0991234567,Normal\n")
        #expect(result.profile == .generic)
        #expect(result.records.map(\.contact.unmapped) == [[customField("Nivel", "Normal")]])
    }

    /// A Russian sheet saved in Windows' Cyrillic code page, with Russian headers.
    @Test func russianSheetInWindows1251() throws {
        let text = "Имя;Фамилия;Мобильный телефон;Рабочий телефон;Электронная почта;Город\r\n"
            + "Юлия;Ёлкина;8 912 345-67-90;+7 (495) 123-45-67;yulia@example.ru;Москва\r\n"
        let bytes: [UInt8] = text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
            case 0x0401: 0xA8
            default: UInt8(scalar.value)
            }
        }
        let result = try readAll(bytes)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Юлия", family: "Ёлкина"),
                phones: [Phone(value: "8 912 345-67-90", kind: .mobile), Phone(value: "+7 (495) 123-45-67", kind: .work)],
                emails: [Email(address: "yulia@example.ru")],
                addresses: [PostalAddress(city: "Москва")])
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:1: warning: text is not valid UTF-8; read as Windows-1251 (the first such field is here); if letters look wrong, name the file\'s code page with --encoding"
        ])
    }

    @Test func latinAmericanTwoSurnameSheet() throws {
        let csv = "Nombre(s);Apellido Paterno;Apellido Materno;Nombre de la empresa;Número de WhatsApp;Cédula\n"
            + "María José;Quispe;Andrade;Jelou S.A.;+593 99 123 4567;1712345678\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "María José", family: "Quispe Andrade"),
                phones: [Phone(value: "+593 99 123 4567", kind: .mobile, label: "WhatsApp")],
                organization: Organization(company: "Jelou S.A."),
                unmapped: [customField("Cédula", "1712345678")])
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:86: warning: 1 column has no contact field and is kept as a custom field: 'Cédula'"
        ])
    }

    /// Headers in camel case, as CRM and API exports name fields (Salesforce's `AccountName` is
    /// the company), are read as their words; `WhatsApp` stays whole.
    @Test func camelCaseHeaders() throws {
        let result = try readAll("FirstName,LastName,MobilePhone,WhatsApp,EmailAddress,AccountName\n"
            + "Ana,Vera,0991234567,0987654321,ana@example.ec,ACME\n")
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Ana", family: "Vera"),
                phones: [Phone(value: "0991234567", kind: .mobile), Phone(value: "0987654321", kind: .mobile, label: "WhatsApp")],
                emails: [Email(address: "ana@example.ec")], organization: Organization(company: "ACME"))
        ])
    }

    /// khard's CSV layout: Google's numbered groups spelt `Email 1 - type`, `Address 1 - Box`,
    /// `Address 1 - Code`, vCard TYPE words as labels, and a second `Organisation` column, which
    /// is kept as a custom field rather than joined to the first. The type columns were read as
    /// email addresses (`work`, `home`).
    @Test func khardLayout() throws {
        let csv = "First name,Last name,Organisation 1,Organisation 2,Phone 1 - type,Phone 1 - value,"
            + "Email 1 - type,Email 1 - value,Address 1 - type,Address 1 - Box,Address 1 - Extended,"
            + "Address 1 - Street,Address 1 - Code,Address 1 - City,Address 1 - Country\n"
            + "Bruce,Wayne,Justice League,Wayne Enterprises,cell,+1 212 555 0100,work,bat@justice.org,home,"
            + "PO 7,Hall of Justice,1007 Mountain Dr,10001,Gotham City,USA\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Bruce", family: "Wayne"),
                phones: [Phone(value: "+1 212 555 0100", kind: .mobile)],
                emails: [Email(address: "bat@justice.org", kind: .work)],
                addresses: [PostalAddress(
                    poBox: "PO 7", extended: "Hall of Justice", street: "1007 Mountain Dr", city: "Gotham City",
                    postalCode: "10001", country: "USA", kind: .home)],
                organization: Organization(company: "Justice League"),
                unmapped: [customField("Organisation 2", "Wayne Enterprises")])
        ])
    }

    /// A number written onto the word (`Telefone1`, `Phone2`) numbers the column as `Telefone 1`
    /// does; a home, work or other word alone (`Büro`, `Privat`, `Fijo`, `Home`) beside a phone
    /// column is a phone of that kind.
    @Test(arguments: [
        ("Nome;Telefone1;Telefone2\nAna;021981130000;021999747200\n", [Phone(value: "021981130000"), Phone(value: "021999747200")]),
        ("Name,Handy,Büro,Privat\nAna,0171 1234567,030 901820,030 901821\n",
         [Phone(value: "0171 1234567", kind: .mobile), Phone(value: "030 901820", kind: .work),
          Phone(value: "030 901821", kind: .home)]),
        ("Nombre,Celular,Fijo\nAna,0991234567,022345678\n", [Phone(value: "0991234567", kind: .mobile), Phone(value: "022345678", kind: .home)]),
        ("First,Last,Home,Work,Mobile\nAna,Vera,212 555 0100,212 555 0101,917 555 0102\n",
         [Phone(value: "212 555 0100", kind: .home), Phone(value: "212 555 0101", kind: .work),
          Phone(value: "917 555 0102", kind: .mobile)]),
    ] as [(String, [Phone])])
    func numberedAndBareKindPhoneColumns(csv: String, phones: [Phone]) throws {
        let result = try readAll(csv)
        #expect(result.records.first?.contact.phones == phones)
        #expect(result.diagnostics.isEmpty)
    }

    /// `-`, `N/A` and Excel's `#N/A` mark an empty cell, in every column: they were kept as an
    /// email address `N/A` and a contact named `-`.
    @Test func emptyMarksAreEmptyCells() throws {
        let result = try readAll("name,email,tel,company\nLuiz,N/A,+55 47 9235-6855,-\n-,-,-,-\nAna,#N/A,n/a,ACME\n")
        #expect(result.records.map(\.contact) == [
            Contact(name: PersonName(formatted: "Luiz"), phones: [Phone(value: "+55 47 9235-6855")]),
            Contact(name: PersonName(formatted: "Ana"), organization: Organization(company: "ACME")),
        ])
        #expect(result.diagnostics.map(\.rendered) == ["3:1: warning: row has no name, company, phone or email; skipped"])
    }

    /// Without a phone column, a bare kind word is no phone: `Casa` may hold an address.
    @Test func aBareKindWordWithoutAPhoneColumnIsACustomField() throws {
        let result = try readAll("Nombre,Correo,Casa\nAna,ana@example.ec,Calle 1\n")
        #expect(result.records.first?.contact.phones == [])
        #expect(result.records.first?.contact.unmapped == [customField("Casa", "Calle 1")])
    }

    /// A header that names someone else's name, or a user name, is no part of the person's name.
    @Test(arguments: ["Maiden Name", "Screen Name", "User Name", "Nombre de usuario", "Manager Name"])
    func otherNamesAreCustomFields(header: String) throws {
        let result = try readAll("First Name,Last Name,\(header),Phone\nAna,Vera,Other,+593991234567\n")
        #expect(result.records.first?.contact.name == PersonName(given: "Ana", family: "Vera"))
        #expect(result.records.first?.contact.unmapped == [customField(header, "Other")])
    }

    /// A display-name column beside given and family columns is the name shown, not more given
    /// names (Zoho's `Customer Name`, Wave's `customer_name`); `contact_first_name` and
    /// `contact_last_name` are given and family names; a repeated display name is said once.
    @Test func customerNameBesideFirstAndLastNameIsTheFormattedName() throws {
        let zoho = try readAll("Display Name,Salutation,First Name,Last Name,Customer Name\nAvengers,Mr.,Thor,Odensohn,Avengers\n")
        #expect(zoho.records.first?.contact.name
            == PersonName(formatted: "Avengers", given: "Thor", family: "Odensohn", prefix: "Mr."))
        let wave = try readAll("customer_name,contact_first_name,contact_last_name,email\nHomer Simpson,Homer,Connery,h@s.example\n")
        #expect(wave.records.first?.contact.name == PersonName(formatted: "Homer Simpson", given: "Homer", family: "Connery"))
    }

    /// `Title` is Outlook's prefix beside a `Job Title` column; without one (Yahoo's export, a
    /// hand-made sheet) it is the job title.
    @Test func titleIsTheJobTitleWithoutAJobTitleColumn() throws {
        let yahoo = try readAll("First,Last,Mobile,Title,Company\nSue,Ramos,925-580-2127,owner,Track Computer Center\nAna,Vera,,Dr.,\n")
        #expect(yahoo.records.first?.contact.name == PersonName(given: "Sue", family: "Ramos"))
        #expect(yahoo.records.first?.contact.organization == Organization(company: "Track Computer Center", title: "owner"))
        // Row by row, an honorific in that column is the prefix.
        #expect(yahoo.records.last?.contact.name == PersonName(given: "Ana", family: "Vera", prefix: "Dr."))
        #expect(yahoo.records.last?.contact.organization == nil)
        // Beside another job-title column (`Position`, Open-Xchange), `Title` is the prefix.
        let ox = try readAll("First Name,Last Name,Title,Position\nAna,Vera,Dr.,Gerente\n")
        #expect(ox.records.first?.contact.name == PersonName(given: "Ana", family: "Vera", prefix: "Dr."))
        #expect(ox.records.first?.contact.organization == Organization(title: "Gerente"))
        let outlook = try readAll("Title,First Name,Last Name,Job Title,Mobile Phone\nMr.,Robert,Miller,Manager,425-555-0102\n")
        #expect(outlook.records.first?.contact.name == PersonName(given: "Robert", family: "Miller", prefix: "Mr."))
        #expect(outlook.records.first?.contact.organization == Organization(title: "Manager"))
    }

    /// Yahoo's `Primary` names the preferred phone's column: that phone is preferred; a text that
    /// names no phone column of the row stays a custom field.
    @Test func yahoosPrimaryColumnMarksThePreferredPhone() throws {
        let result = try readAll(
            "First,Home,Work,Mobile,Primary\nMarta,(02) 245-6789,,099 123 4567,Mobile\nLuis,(02) 222-3333,,,Work\n")
        #expect(result.records.first?.contact.phones.map(\.preference) == [nil, 1])
        #expect(result.records.first?.contact.unmapped == [])
        #expect(result.records.last?.contact.phones.map(\.preference) == [nil])
        #expect(result.records.last?.contact.unmapped == [customField("Primary", "Work")])
        // A named column that gave no phone (a spreadsheet's `5.93E+11`) marks no other one.
        let lost = try readAll("First,Home,Mobile,Primary\nAna,5.93E+11,099 123 4567,Home\n")
        #expect(lost.records.first?.contact.phones.map(\.preference) == [nil])
        #expect(lost.records.first?.contact.unmapped.last == customField("Primary", "Home"))
    }

    /// Yahoo's `Home Address` beside `Home City`, `Home State`, `Home ZIP` is the street.
    @Test func wholeAddressColumnBesideItsPartsIsTheStreet() throws {
        let result = try readAll("First,Home Address,Home City,Home State,Home ZIP\nSue,1295 Bordeaux Street,Pleasanton,CA,94566\n")
        #expect(result.records.first?.contact.addresses
            == [PostalAddress(street: "1295 Bordeaux Street", city: "Pleasanton", region: "CA", postalCode: "94566", kind: .home)])
    }

    /// A column about an address rather than part of one stays a custom field.
    @Test(arguments: ["ip_address", "Customer Address ID", "Default address", "Team address Validity Date", "Address Type"])
    func columnsAboutAnAddressAreCustomFields(header: String) throws {
        let result = try readAll("Name,Email,\(header)\nAna,ana@example.ec,70.61.11.201\n")
        #expect(result.records.first?.contact.addresses == [])
        #expect(result.records.first?.contact.unmapped == [customField(header, "70.61.11.201")])
    }

    /// A flag about an email or a phone is no email or phone (`HasOptedOutOfEmail` became the
    /// email `0`); lx-office's `cp_` (contact person) columns are no postcode.
    @Test func flagsAndContactPersonColumnsAreNoEmailsOrPostcodes() throws {
        let result = try readAll("Name,Email,HasOptedOutOfEmail,Email Bounced,zipcode,cp_givenname\nAna,ana@example.ec,0,1,1112,Bruno\n")
        #expect(result.records.first?.contact.emails == [Email(address: "ana@example.ec")])
        #expect(result.records.first?.contact.addresses == [PostalAddress(postalCode: "1112")])
        #expect(result.records.first?.contact.unmapped.count == 3)
    }

    /// A WhatsApp id column (`wa_id`, WATI's `waId`) is the id of the phone of the same digits,
    /// or a phone of its own; one that is no id is a custom field, with a warning.
    @Test func whatsAppIDColumnsGiveTheirPhoneItsID() throws {
        let result = try readAll("Name,Phone,wa_id\nAna,593991234567,593991234567\nLuis,,593987654321\nEva,,n/d\n")
        #expect(result.records.map(\.contact.phones) == [
            [Phone(value: "593991234567", whatsAppID: "593991234567")],
            [Phone(value: "+593987654321", whatsAppID: "593987654321")],
            [],
        ])
        #expect(result.diagnostics.map(\.rendered).contains("4:6: warning: 'n/d' is not a WhatsApp id (6 to 15 digits); kept as a custom field"))
    }

    /// An extension in a column of its own is the extension of the phone before it; one that is
    /// no number is a custom field.
    @Test func phoneExtensionColumnsExtendThePhoneBeforeThem() throws {
        let result = try readAll("Name,Phone,Phone Ext,Anexo\nAna,022345678,123,\nLuis,022345679,,ninguno\nEva,022345670,02641208120,\n")
        #expect(result.records.map(\.contact.phones) == [
            [Phone(value: "022345678", extensionNumber: "123")], [Phone(value: "022345679")],
            // A whole number where the extension goes is a phone of its own.
            [Phone(value: "022345670"), Phone(value: "02641208120")],
        ])
        #expect(result.records[1].contact.unmapped == [customField("Anexo", "ninguno")])
    }

    /// Columns that hold no contact field of this person: an identity number, someone else's
    /// email or phone, a birthplace, a marital status. Each stays a custom field.
    @Test(arguments: ["Número Documento", "Cédula", "CPF", "e-mail opiekuna prawnego", "Teléfono del padre", "Asst Phone", "Manager Phone", "Teléfono del asistente", "Municipio Nacimiento", "Estado Civil"])
    func columnsAboutSomethingElseAreCustomFields(header: String) throws {
        let result = try readAll("Nombre,Celular,\(header)\nAna,0991234567,1712345678\n")
        #expect(result.records.first?.contact.phones == [Phone(value: "0991234567", kind: .mobile)])
        #expect(result.records.first?.contact.emails == [])
        #expect(result.records.first?.contact.addresses == [])
        #expect(result.records.first?.contact.unmapped == [customField(header, "1712345678")])
    }

    /// Headers in the languages of phone backups and other exporters' sheets.
    @Test(arguments: [
        ("Nomor HP", Phone.Kind.mobile), ("Cep Telefonu", .mobile), ("Mobiele telefoon", .mobile), ("telefoonnummer", .unspecified),
        ("Teléfono Laboral", .work), ("Рабочий факс", .workFax),
    ])
    func phoneHeadersOfMoreLanguages(header: String, kind: Phone.Kind) throws {
        let result = try readAll("Name,\(header)\nAna,0991234567\n")
        #expect(result.records.first?.contact.phones == [Phone(value: "0991234567", kind: kind)])
    }

    /// An email's type and display-name columns say something about the address, and are no
    /// address (`Tipo de correio electrónico` became the email `SMTP`); `Fecha Nacimiento` is the
    /// birthday; `Fijo trabajo` beside a phone column is a work phone.
    @Test func emailTypeDisplayNameBirthDateAndWorkLandlineColumns() throws {
        let russian = try readAll("Имя,Адрес эл. почты,Краткое имя эл. почты\nИван,ivan@romashka.example,Иван (ivan@romashka.example)\n")
        #expect(russian.records.first?.contact.emails == [Email(address: "ivan@romashka.example")])
        let csv = "Nome,Correio electrónico,Tipo de correio electrónico,Nome a apresentar do correio electrónico,"
            + "Fecha Nacimiento,Celular,Fijo trabajo\nJoão,joao@exemplo.pt,SMTP,João (joao@exemplo.pt),14/07/1975,912345678,213456789\n"
        let contact = try #require(try readAll(csv).records.first?.contact)
        #expect(contact.emails == [Email(address: "joao@exemplo.pt")])
        #expect(contact.birthday == PartialDate(year: 1975, month: 7, day: 14))
        #expect(contact.phones == [Phone(value: "912345678", kind: .mobile), Phone(value: "213456789", kind: .work)])
        #expect(contact.unmapped == [])
    }

    /// French Outlook names the prefix and the job title both `Titre`; Outlook 365 says
    /// `Adresse de courrier`. German Thunderbird splits the birthday into day, month and year.
    @Test func frenchOutlookAndGermanThunderbirdLayouts() throws {
        let french = "Titre,Prénom,Nom,Société,Titre,Profession,Adresse de courrier,Type de courrier,"
            + "Nom complet de l'adresse de courrier,Tél. mobile\nM.,Jean,Dupont,Dupont SARL,Directeur commercial,Boulanger,"
            + "jean@dupont.example,SMTP,Jean Dupont (jean@dupont.example),06 12 34 56 78\n"
        let contact = try #require(try readAll(french).records.first?.contact)
        #expect(contact.name == PersonName(given: "Jean", family: "Dupont", prefix: "M."))
        #expect(contact.organization == Organization(company: "Dupont SARL", title: "Directeur commercial", role: "Boulanger"))
        #expect(contact.emails == [Email(address: "jean@dupont.example")])
        let german = "Vorname,Nachname,Geburtsjahr,Geburtsmonat,Geburtstag,Arbeitstitel\nMax,Mustermann,1972,1,31,Leiter\n"
        let max = try #require(try readAll(german).records.first?.contact)
        #expect(max.birthday == PartialDate(year: 1972, month: 1, day: 31))
        #expect(max.organization == Organization(title: "Leiter"))
    }

    /// A sheet's one typed address column (`Dirección de domicilio`) and its untyped city and
    /// country columns are one home address, not a home street and an untyped city.
    @Test func untypedAddressColumnsJoinTheOneTypedAddress() throws {
        let result = try readAll("Nombre,Celular,Dirección de domicilio,Ciudad,País\nAna,0991234567,Av. Amazonas 123,Quito,Ecuador\n")
        #expect(result.records.first?.contact.addresses == [
            PostalAddress(street: "Av. Amazonas 123", city: "Quito", country: "Ecuador", kind: .home),
        ])
        // Two typed addresses: which one the city is of cannot be told.
        let two = try readAll("Nombre,Dirección de domicilio,Dirección de trabajo,Ciudad\nAna,Av. 1,Av. 2,Quito\n")
        #expect(two.records.first?.contact.addresses.count == 3)
    }

    /// Spanish, Portuguese and English sheets split a birthday into day, month and year columns.
    @Test(arguments: [
        "Nombre,Celular,Día de nacimiento,Mes de nacimiento,Año de nacimiento\nAna,0991234567,30,4,1985\n",
        "Nome,Celular,Dia de nascimento,Mês de nascimento,Ano de nascimento\nAna,0991234567,30,4,1985\n",
        "Name,Mobile,Birth Year,Birth Month,Birth Day\nAna,0991234567,1985,4,30\n",
    ])
    func aBirthdaySplitIntoColumnsIsOneDate(csv: String) throws {
        let result = try readAll(csv)
        #expect(result.records.first?.contact.birthday == PartialDate(year: 1985, month: 4, day: 30))
        #expect(result.records.first?.contact.unmapped == [])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func moreHeaderSpellings() throws {
        let result = try readAll("Sur name,Nombre,CELULARES,org,p_code,Birthdate,Bemerkung\nQuispe,Marta,0991234567,Andes S.A.,170102,1994-10-14,VIP\n")
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Marta", family: "Quispe"),
                phones: [Phone(value: "0991234567", kind: .mobile)],
                addresses: [PostalAddress(postalCode: "170102")],
                organization: Organization(company: "Andes S.A."),
                birthday: PartialDate(year: 1994, month: 10, day: 14),
                note: "VIP")
        ])
    }

    /// `First`, `Middle`, `Last` alone, as Yahoo's export and many sheets name the name columns.
    @Test func shortNameHeaders() throws {
        let result = try readAll("First,Middle,Last,Mobile,Email\nAna,María,Vera,+593 99 123 4567,ana@example.ec\n")
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Ana", family: "Vera", middle: "María"),
                phones: [Phone(value: "+593 99 123 4567", kind: .mobile)],
                emails: [Email(address: "ana@example.ec")])
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func genericHeadersInSeveralLanguages() throws {
        let csv = "Prénom;Nom;Portable;Courriel;Société;Ville;Pays\nHélène;Martin;06 12 34 56 78;h@example.fr;ACME;Lyon;France\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Hélène", family: "Martin"),
                phones: [Phone(value: "06 12 34 56 78", kind: .mobile)],
                emails: [Email(address: "h@example.fr")],
                addresses: [PostalAddress(city: "Lyon", country: "France")],
                organization: Organization(company: "ACME"))
        ])
    }

    /// A UTF-16 encoding names the byte order of a file without a mark (a first letter above
    /// U+00FF shows no zero byte to recognise it by); it is not applied again to each field.
    @Test(arguments: [(TextCharset(name: "utf-16le"), false), (TextCharset(name: "utf-16be"), true)])
    func utf16EncodingReadsAFileWithoutAMark(encoding: TextCharset?, bigEndian: Bool) throws {
        let text = "Łucja Pérez,0991234567\r\n"
        let bytes = text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try readAll(bytes, options: CSVReadingOptions(encoding: encoding))
        #expect(result.records.map(\.contact.name.formatted) == ["Łucja Pérez"])
        #expect(result.records.map { $0.contact.phones.map(\.value) } == [["0991234567"]])
    }

    /// Without a header, a first row with neither a phone nor an email is no address book's: a
    /// list of notes became name-only contacts. The generic profile, named, still reads it.
    @Test func headerlessTextWithoutPhonesOrEmailsIsNotAnAddressBook() throws {
        let notes = "Lista de clientes para llamar\nRecordar: enviar cotización el lunes\nTotal: 3\n"
        let refused = try readAll(notes)
        #expect(refused.records.isEmpty)
        #expect(refused.diagnostics.map(\.rendered) == [
            "1:1: error: the first row names no contact column (name, phone, email, …) and holds no phone number or "
                + "email address: not read as an address book (add a header such as Name,Phone, or say what "
                + "the columns are with --map)"
        ])
        let forced = try readAll(notes, options: CSVReadingOptions(profile: .generic))
        #expect(forced.records.count == 3)
        let withPhones = try readAll("Ana Vera,0991234567\nLuis Paz,0987654321\n")
        #expect(withPhones.records.map(\.contact.name.formatted) == ["Ana Vera", "Luis Paz"])
        #expect(withPhones.diagnostics.isEmpty)
    }

    /// Years, year ranges and dates have a phone's digits and signs: a table of statistics or dates
    /// without a header is no address book either.
    @Test(arguments: [
        "year,2010/2011,2011/2012,2022/2023e\nArea (1000 ha),526.9,532.4,491.3\n",
        "Cumpleaños,2019-05-01,14/03/1985\nAna,2020-01-01,15/03/1985\n",
        "season,2010-11,2011-12\nwins,12,14\n",
    ])
    func headerlessTablesOfYearsOrDatesAreNotAnAddressBook(text: String) throws {
        let refused = try readAll(text)
        #expect(refused.records.isEmpty)
        #expect(refused.diagnostics.map(\.severity) == [.error])
    }

    @Test(arguments: ["2010/2011", "2010-11", "2019-05-01", "14/03/1985", "3.10.1968", "2023/2024f"])
    func yearRangesAndDatesAreNoPhones(value: String) {
        #expect(RowLayout.looksLikeDateOrYearRange(value))
    }

    @Test(arguments: [
        "099-123-4567", "2128-988", "0991/234567", "593.99.123.4567", "2010/2015", "+593 99 123 4567", "21-12-45",
        "0991234567 y 0987654321",
    ])
    func phonesAreNoDates(value: String) {
        #expect(!RowLayout.looksLikeDateOrYearRange(value))
    }

    /// A cell holding several numbers or addresses gives one phone or email per value, each at its cell.
    @Test func aHandMadeSheetGivesOnePhoneAndEmailPerValue() throws {
        let text = "Nombre,Teléfono,Correo\nAna,\"0991234567 / 022345678\",\"ana@x.ec, ana@y.ec\"\n"
        let contact = try #require(try readAll(text).records.first).contact
        #expect(contact.phones.map(\.value) == ["0991234567", "022345678"])
        #expect(contact.phones.map(\.readAt.position) == [SourcePosition(line: 2, column: 5), SourcePosition(line: 2, column: 5)])
        #expect(contact.emails.map(\.address) == ["ana@x.ec", "ana@y.ec"])
    }

    /// Outlook's "Country/Region" column, as a hand-trimmed localized export names it, is the
    /// country (`País o región` was read as the state, and `México` joined `CDMX` there).
    @Test(arguments: [
        ("País o región", PostalAddress(city: "Quito", region: "Pichincha", country: "Ecuador")),
        ("Land/Region", PostalAddress(city: "Quito", region: "Pichincha", country: "Ecuador")),
        ("Región", PostalAddress(city: "Quito", region: "Pichincha\nEcuador")),
    ])
    func countryOrRegionColumnIsTheCountry(header: String, expected: PostalAddress) throws {
        let result = try readAll("Nombre,Celular,Ciudad,Provincia,\(header)\nAna,0991234567,Quito,Pichincha,Ecuador\n")
        #expect(result.records.map(\.contact.addresses) == [[expected]])
    }

    /// Italian Outlook marks work and home columns `(uff.)` and `(ab.)`.
    @Test func italianOutlookAbbreviationsGiveTheKind() throws {
        let result = try readAll("Nome,Via (uff.),Città (uff.),Telefono (ab.)\nLuca,Via Roma 1,Milano,02 1234567\n")
        #expect(result.records.map(\.contact.addresses) == [[PostalAddress(street: "Via Roma 1", city: "Milano", kind: .work)]])
        #expect(result.records.map(\.contact.phones) == [[Phone(value: "02 1234567", kind: .home)]])
    }

    /// LatAm business sheets name the company by its legal or trade name.
    @Test(arguments: ["Razón social", "Razão social", "Nombre comercial", "Nome fantasia", "Nombre de la compañía", "Organização"])
    func companyColumnsOfBusinessSheets(header: String) throws {
        let result = try readAll("Nombre,Celular,\(header)\nJosé Zambrano,0991234567,ACME S.A.\n")
        #expect(result.records.map(\.contact.organization) == [Organization(company: "ACME S.A.")])
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct ColumnMappingTests {
    @Test(arguments: zip(
        ["Celular=phone:mobile", "Correo electrónico = email : work ", "CP=zip", "Casa=phone:Casa de playa"],
        [ColumnMapping(column: "Celular", field: .phone, type: "mobile"),
         ColumnMapping(column: "Correo electrónico", field: .email, type: "work"),
         ColumnMapping(column: "CP", field: .postalCode),
         ColumnMapping(column: "Casa", field: .phone, type: "Casa de playa")]))
    func parses(text: String, expected: ColumnMapping) throws {
        #expect(try ColumnMapping(parsing: text) == expected)
    }

    @Test(arguments: ["Celular", "=phone", "Celular=telefono", "Celular="])
    func rejects(text: String) {
        #expect(throws: ColumnMappingError.self) { try ColumnMapping(parsing: text) }
    }
}

/// The names the command line gives for delimiters and profiles.
@Suite struct CSVOptionNameTests {
    @Test(arguments: zip(
        ["google", "google-legacy", "outlook", "outlook-de", "Outlook-pt-BR", "outlook-pt_pt", "thunderbird", "generic",
         "outlook-xx", "vcard"],
        [CSVProfile.googleContacts, .googleContactsLegacy, .outlook(.english), .outlook(.german),
         .outlook(.brazilianPortuguese), .outlook(.europeanPortuguese), .thunderbird, .generic, nil, nil]))
    func profiles(name: String, expected: CSVProfile?) {
        #expect(CSVProfile(name: name) == expected)
        if let expected { #expect(CSVProfile(name: expected.description) == expected) }
    }

    @Test(arguments: zip([",", ";", "tab", "\\t", "comma", "pipe"], [CSVDelimiter.comma, .semicolon, .tab, .tab, .comma, nil]))
    func delimiters(name: String, expected: CSVDelimiter?) {
        #expect(CSVDelimiter(name: name) == expected)
    }
}
