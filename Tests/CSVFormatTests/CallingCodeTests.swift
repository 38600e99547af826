import ContactModel
import Testing
@testable import CSVFormat

/// Sheets made for WhatsApp campaigns often split a number into its country calling code and the
/// national number; the two are read as one number.
@Suite struct CallingCodeTests {
    @Test(arguments: [
        ("593", "593"), ("+593", "593"), ("00593", "593"), ("(+57)", "57"), ("+1", "1"), (" 55 ", "55"), ("593.0", "593"),
        ("EC", nil), ("Ecuador", nil), ("0", nil), ("059", nil), ("1234", nil), ("+5+9", nil), ("", nil),
    ] as [(String, String?)])
    func codes(_ text: String, _ digits: String?) {
        #expect(CallingCode.digits(in: text) == digits)
    }

    @Test(arguments: [
        ("+593 99 123 4567", true), ("＋593991234567", true), ("00593 99 123 4567", true), ("(00) 593", true),
        ("099 123 4567", false), ("991234567", false), ("(02) 234-5678", false), ("0 800 123", false),
    ])
    func internationalNumbers(_ number: String, _ international: Bool) {
        #expect(CallingCode.startsInternationally(number) == international)
    }

    @Test(arguments: ["Código de país", "DDI", "Country code", "Indicativo", "País", "Dial code"])
    func aCodeColumnJoinsTheRowsNationalNumbers(header: String) throws {
        let text = "Nombre,\(header),Celular,Teléfono\nAna,+593,0991234567,+57 310 555 0101\n"
        let result = try readAll(text)
        let contact = try #require(result.records.first).contact
        #expect(contact.phones.map(\.value) == ["+593 0991234567", "+57 310 555 0101"])
        #expect(contact.addresses.isEmpty)
        #expect(contact.unmapped.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    /// Excel's text mark (`'0991234567`, typed to keep the 0) is no part of the number joined.
    @Test func theTextMarkOfAPhoneIsLeftOutOfTheJoin() throws {
        let contact = try #require(try readAll("Nombre,DDI,Celular\nAna,593,'0991234567\n").records.first).contact
        #expect(contact.phones.map(\.value) == ["+593 0991234567"])
    }

    @Test func aCodeNoNumberTookIsKeptAndOneThatIsNoCodeIsReported() throws {
        let text = "Nome,DDI,Celular,Email\nPedro,55,,p@x.br\nLia,Brasil,11 98765-4321,\n"
        let result = try readAll(text)
        #expect(result.records.map(\.contact.unmapped) == [[customField("DDI", "55")], [customField("DDI", "Brasil")]])
        #expect(result.records.last?.contact.phones.map(\.value) == ["11 98765-4321"])
        #expect(result.diagnostics.map(\.rendered) == ["3:5: warning: 'Brasil' is not a country calling code; kept as a custom field"])
    }

    @Test func aCountryColumnWithAName() throws {
        let contact = try #require(try readAll("Nombre,País,Celular\nAna,Ecuador,0991234567\n").records.first).contact
        #expect(contact.phones.map(\.value) == ["0991234567"])
        #expect(contact.addresses == [PostalAddress(country: "Ecuador")])
    }

    @Test func mappedByHand() throws {
        let options = CSVReadingOptions(mappings: [
            try ColumnMapping(parsing: "Pref=calling_code"), try ColumnMapping(parsing: "Numero=phone:mobile"),
        ])
        let contact = try #require(try readAll("Nombre,Pref,Numero\nAna,593,991234567\n", options: options).records.first).contact
        #expect(contact.phones == [Phone(value: "+593 991234567", kind: .mobile)])
    }
}
