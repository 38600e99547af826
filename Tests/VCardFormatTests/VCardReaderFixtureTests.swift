import ContactModel
import Testing
import VCardFormat
import _ContactsTestSupport

/// The project's own fixtures, one per exporter style, read to exact model values.
@Suite struct VCardReaderFixtureTests {
    private func read(_ path: String) throws -> (contacts: [Contact], diagnostics: [Diagnostic]) {
        let bytes = try TestPaths.bytes(of: TestPaths.fixtures.appendingPathComponent(path))
        let result = VCardReader.readAll(bytes)
        return (result.contacts.map(\.contact), result.diagnostics)
    }

    @Test func jelouWorkedExample() throws {
        let result = try read("vcard30/jelou-example.vcf")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(formatted: "John Smith", given: "John", family: "Smith"),
                    phones: [Phone(value: "+1 (212) 555-0123", kind: .mobile)],
                    emails: [Email(address: "john.smith@example.com", kind: .work)],
                    addresses: [
                        PostalAddress(
                            street: "123 Main Street", city: "New York", region: "NY", postalCode: "10001",
                            country: "United States", kind: .work)
                    ])
            ])
    }

    @Test func androidQuotedPrintable() throws {
        let result = try read("vcard21/android-qp.vcf")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(formatted: "José Luis García", given: "José", family: "García", middle: "Luis"),
                    phones: [
                        Phone(value: "+57 310 555 0101", kind: .mobile, preference: 1),
                        Phone(value: "(601) 555 0102", kind: .home),
                        Phone(value: "601 555 0103", kind: .workFax),
                        Phone(value: "601 555 0104", kind: .unspecified, label: "Oficina"),
                    ],
                    emails: [Email(address: "joseluis@example.co", kind: .home)],
                    addresses: [
                        PostalAddress(
                            street: "Calle 93 Ñ # 11-45 Apto 301", city: "Bogotá", region: "Cundinamarca",
                            postalCode: "110221", country: "Colombia", kind: .home)
                    ],
                    note: "Cumpleaños en mayo.\nLlamar después de las 5 pm."),
                Contact(
                    name: PersonName(formatted: "王小明先生", given: "小明", family: "王"),
                    phones: [Phone(value: "138 0013 8000", kind: .mobile)]),
            ])
    }

    @Test func iOSItemGroups() throws {
        let result = try read("vcard30/ios-item-groups.vcf")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(formatted: "Dr. Jane Appleseed", given: "Jane", family: "Appleseed", prefix: "Dr."),
                    phones: [
                        Phone(value: "+1 (408) 555-0100", kind: .iPhone, additionalKinds: [.voice], preference: 1),
                        Phone(value: "+1 408 555 0101", kind: .assistant),
                        Phone(value: "+52 55 5555 0102", kind: .unspecified, label: "Abuela"),
                        Phone(value: "+1 408 555 0103", kind: .mobile),
                    ],
                    emails: [Email(address: "jane@icloud.com", kind: .other, preference: 1)],
                    addresses: [
                        PostalAddress(
                            street: "1 Infinite Loop", city: "Cupertino", region: "CA", postalCode: "95014",
                            country: "United States", countryCode: "US", kind: .home, preference: 1)
                    ],
                    organization: Organization(company: "Apple Inc.", units: ["Design"], title: "Designer"),
                    urls: [WebAddress(url: "https://www.apple.com", label: "HomePage", preference: 1)],
                    birthday: PartialDate(year: 1984, month: 1, day: 24),
                    unmapped: [
                        RawProperty(name: "PRODID", value: "-//Apple Inc.//iPhone OS 17.4//EN"),
                        RawProperty(
                            group: "item7", name: "X-ABDATE", parameters: [RawParameter(name: "TYPE", values: ["pref"])],
                            value: "2010-06-07"),
                        RawProperty(group: "item7", name: "X-ABLABEL", value: "_$!<Anniversary>!$_"),
                    ])
            ])
    }

    @Test func outlookWindows1252() throws {
        let result = try read("vcard21/outlook.vcf")
        #expect(
            result.diagnostics == [
                .warning(
                    "8-bit text that is not UTF-8 and names no CHARSET; read as Windows-1252 (the first such value is here); if letters look wrong, name the file\'s code page with --encoding",
                    at: SourcePosition(line: 3, column: 1, byteOffset: 26))
            ])
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(
                        formatted: "María Muñoz", given: "María", family: "Muñoz", prefix: "Sra.",
                        nameParameters: [RawParameter(name: "LANGUAGE", values: ["es"])]),
                    phones: [
                        Phone(value: "+56 2 2555 0100", kind: .work, additionalKinds: [.voice]),
                        Phone(value: "+56 2 2555 0101", kind: .home, additionalKinds: [.voice]),
                        Phone(value: "+56 9 5555 0102", kind: .mobile, additionalKinds: [.voice]),
                        Phone(value: "+56 2 2555 0103", kind: .workFax),
                        Phone(value: "+56 2 2555 0104", kind: .pager, additionalKinds: [.voice]),
                    ],
                    emails: [Email(address: "maria.munoz@example.cl", preference: 1)],
                    addresses: [
                        PostalAddress(
                            extended: "Oficina 12", street: "Av. Providencia 1234", city: "Santiago", region: "RM",
                            postalCode: "7500000", country: "Chile",
                            formatted: "Av. Providencia 1234\nSantiago, RM 7500000\nChile", kind: .work, preference: 1)
                    ],
                    organization: Organization(company: "Compañía Andina S.A.", units: ["Ventas"], title: "Gerente de Cuenta"),
                    birthday: PartialDate(year: 1975, month: 8, day: 23),
                    unmapped: [
                        RawProperty(name: "X-MS-OL-DEFAULT-POSTAL-ADDRESS", value: "2"),
                        RawProperty(name: "REV", value: "20240110T101500Z"),
                    ])
            ])
    }

    @Test func google() throws {
        let result = try read("vcard30/google.vcf")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(formatted: "Ana Pereira", given: "Ana", family: "Pereira"),
                    phones: [
                        Phone(value: "+55 11 95555-0100", kind: .mobile),
                        Phone(value: "(11) 5555-0101"),
                        Phone(value: "+1 650-555-0102", label: "GRAND_CENTRAL"),
                    ],
                    emails: [
                        Email(address: "ana.pereira@gmail.com", kind: .home),
                        Email(address: "ana@empresa.com.br"),
                    ],
                    addresses: [
                        PostalAddress(
                            street: "Rua Augusta, 1500", city: "São Paulo", region: "SP", postalCode: "01304-001",
                            country: "Brasil", formatted: "Rua Augusta, 1500\nSão Paulo - SP\n01304-001\nBrasil",
                            kind: .home)
                    ],
                    organization: Organization(company: "Empresa Ltda.", title: "Analista"),
                    urls: [WebAddress(url: "http://ana.example.com", label: "PROFILE")],
                    birthday: PartialDate(month: 5, day: 17),
                    note: "Conheci no evento, 2023.\nPrefere WhatsApp.",
                    unmapped: [RawProperty(name: "CATEGORIES", value: "myContacts,Trabalho")])
            ])
    }

    @Test func telURIs() throws {
        let result = try read("vcard40/tel-uris.vcf")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(formatted: "Camille Dubois", given: "Camille", family: "Dubois"),
                    phones: [
                        Phone(value: "+33-6-55-55-01-00", kind: .mobile, additionalKinds: [.voice], preference: 1),
                        Phone(value: "+33-1-55-55-01-01", kind: .work, extensionNumber: "204"),
                        Phone(value: "0155550102", kind: .home),
                        Phone(value: "+33655550103", kind: .mobile, additionalKinds: [.text]),
                    ],
                    emails: [Email(address: "camille@example.fr", kind: .work, preference: 2)],
                    addresses: [
                        PostalAddress(
                            street: "12 rue de la Paix", city: "Paris", postalCode: "75002", country: "France",
                            formatted: "12 rue de la Paix\n75002 Paris\nFrance", kind: .home)
                    ],
                    birthday: PartialDate(year: 1990, month: 3, day: 12),
                    unmapped: [
                        RawProperty(
                            name: "IMPP", parameters: [RawParameter(name: "PREF", values: ["1"])],
                            value: "xmpp:camille@example.fr")
                    ])
            ])
    }

    @Test func brokenFileKeepsEveryGoodCard() throws {
        let result = try read("invalid/broken.vcf")
        #expect(
            result.diagnostics.map(\.rendered) == [
                "1:1: warning: 2 lines outside BEGIN:VCARD … END:VCARD skipped",
                "8:1: warning: 1 line outside BEGIN:VCARD … END:VCARD skipped",
                "12:1: warning: line has no colon; skipped",
                "14:1: warning: BDAY '31st of June' is not a date; kept unparsed",
                "21:1: warning: BEGIN:VCARD inside the card that starts at line 17; read as a separate card",
                "17:1: warning: card not closed with END:VCARD; read up to the end of the input",
            ])
        #expect(
            result.contacts == [
                Contact(
                    name: PersonName(formatted: "Good Before"), phones: [Phone(value: "+1 555 0100", kind: .mobile)]),
                Contact(
                    name: PersonName(formatted: "Broken Lines"), phones: [Phone(value: "+1 555 0101", kind: .work)],
                    emails: [Email(address: "broken@example.com")],
                    unmapped: [RawProperty(name: "BDAY", value: "31st of June")]),
                Contact(name: PersonName(formatted: "After Missing End"), phones: [Phone(value: "+1 555 0103")]),
                Contact(name: PersonName(formatted: "No End"), phones: [Phone(value: "+1 555 0102")]),
            ])
    }
}
