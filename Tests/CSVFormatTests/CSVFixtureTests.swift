import CSVFormat
import ContactModel
import Foundation
import Testing
import _ContactsTestSupport

/// The project's own CSV fixtures, each read to exact contacts, fed whole and in small chunks.
@Suite struct CSVFixtureTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        try TestPaths.bytes(of: TestPaths.fixtures.appendingPathComponent("csv").appendingPathComponent(name))
    }

    static let chunkSizes = [1, 2, 5, 65_536]

    @Test(arguments: chunkSizes)
    func googleCurrent(chunkSize: Int) throws {
        let result = try readAll(try Self.fixture("google-current.csv"), chunkSize: chunkSize)
        #expect(result.profile == .googleContacts)
        #expect(result.records.map(\.position.line) == [2, 6, 7])
        #expect(result.records.map(\.contact) == Self.googleCurrentContacts)
        #expect(result.diagnostics.isEmpty)
    }

    static let googleCurrentContacts = [
        Contact(
            name: PersonName(given: "María", family: "Quispe Andrade", middle: "José", prefix: "Dra.", nickname: "Majo"),
            phones: [
                Phone(value: "+593 99 123 4567", kind: .mobile, preference: 1),
                Phone(value: "098 765 4321", kind: .mobile),
                Phone(value: "(02) 245-6789", kind: .work),
                Phone(value: "+593 2 245 6790", kind: .workFax),
            ],
            emails: [
                Email(address: "maria.quispe@jelou.example", kind: .work, preference: 1),
                Email(address: "majo.q@example.com", kind: .home),
            ],
            addresses: [
                PostalAddress(
                    extended: "Piso 4", street: "Av. Amazonas N34-451", city: "Quito", region: "Pichincha",
                    postalCode: "170135", country: "Ecuador", formatted: "Av. Amazonas N34-451\nQuito 170135\nEcuador",
                    kind: .work)
            ],
            organization: Organization(company: "Jelou S.A.", units: ["Comercial"], title: "Gerente de Ventas"),
            urls: [WebAddress(url: "https://jelou.example", kind: .work)],
            birthday: PartialDate(year: 1987, month: 5, day: 23),
            note: "Prefiere WhatsApp.\nLlamar después de las 10.",
            unmapped: [
                RawProperty(name: "X-GOOGLE-LABELS", value: "* myContacts ::: Clientes"),
                RawProperty(
                    name: "X-GOOGLE-EVENT", parameters: [RawParameter(name: "X-LABEL", values: ["Anniversary"])],
                    value: "2015-09-12"),
                RawProperty(
                    name: "X-GOOGLE-CUSTOM-FIELD",
                    parameters: [RawParameter(name: "X-LABEL", values: ["Cliente desde"])], value: "2019"),
            ]),
        Contact(
            name: PersonName(given: "John", family: "O'Neil"),
            phones: [
                Phone(value: "+1 212-555-0100", kind: .home),
                Phone(value: "+1 646-555-0199", label: "Google Voice"),
            ],
            emails: [Email(address: "john@oneil.example")],
            birthday: PartialDate(month: 12, day: 24),
            unmapped: [RawProperty(name: "X-GOOGLE-LABELS", value: "* myContacts")]),
        Contact(
            phones: [Phone(value: "1800 27 89 29", kind: .main)],
            addresses: [
                PostalAddress(street: "Av. 10 de Agosto", city: "Quito", country: "Ecuador", kind: .work),
                PostalAddress(street: "Calle Larga 7-45", city: "Cuenca", country: "Ecuador", kind: .work),
            ],
            organization: Organization(company: "Farmacia Cruz Azul")),
    ]

    @Test func googleLegacy() throws {
        let result = try readAll(try Self.fixture("google-legacy.csv"))
        #expect(result.profile == .googleContactsLegacy)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Ana Lucía Torres", given: "Ana Lucía", family: "Torres"),
                phones: [
                    Phone(value: "+57 310 555 1234", kind: .mobile, preference: 1),
                    Phone(value: "601 555 9876", kind: .homeFax),
                ],
                emails: [
                    Email(address: "ana.torres@example.com", kind: .home, preference: 1),
                    Email(address: "analu@example.org", kind: .home),
                ],
                organization: Organization(company: "Banco Andino", title: "Analista"),
                urls: [WebAddress(url: "https://example.com/analu", label: "Profile")],
                birthday: PartialDate(year: 1990, month: 2, day: 28),
                unmapped: [
                    RawProperty(name: "X-GOOGLE-LABELS", value: "* My Contacts ::: Familia"), customField("Gender", "female"),
                ]),
            Contact(
                name: PersonName(formatted: "Pedro Gómez", given: "Pedro", family: "Gómez"),
                phones: [Phone(value: "+52 55 1234 5678", kind: .other)],
                addresses: [
                    PostalAddress(
                        street: "Calle 5 de Mayo 12", city: "Ciudad de México", country: "México",
                        formatted: "Calle 5 de Mayo 12\nCiudad de México", kind: .home)
                ],
                unmapped: [RawProperty(name: "X-GOOGLE-LABELS", value: "* My Contacts")]),
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:183: warning: 1 column has no contact field and is kept as a custom field: 'Gender'"
        ])
    }

    @Test(arguments: chunkSizes)
    func outlookDesktopEnglish(chunkSize: Int) throws {
        let result = try readAll(try Self.fixture("outlook-desktop-en.csv"), chunkSize: chunkSize)
        #expect(result.profile == .outlook(.english))
        #expect(result.records.map(\.position.line) == [2, 4])
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Robert", family: "Miller", prefix: "Mr.", suffix: "Jr."),
                phones: [
                    Phone(value: "(425) 555-0101", kind: .workFax),
                    Phone(value: "(425) 555-0100", kind: .work),
                    Phone(value: "+1 425 555 0102", kind: .mobile),
                    Phone(value: "(425) 555-0103", kind: .main, preference: 1),
                    Phone(value: "555-0104", kind: .radio),
                    Phone(value: "892345", label: "Telex"),
                ],
                emails: [Email(address: "robert.miller@contoso.example")],
                addresses: [
                    PostalAddress(
                        extended: "Building 4", street: "1 Microsoft Way", city: "Redmond", region: "WA",
                        postalCode: "98052", country: "United States of America", kind: .work)
                ],
                organization: Organization(company: "Contoso Ltd.", units: ["Finance"], title: "CFO"),
                urls: [WebAddress(url: "http://www.contoso.example/")],
                birthday: PartialDate(year: 1975, month: 7, day: 4),
                note: "Met at Ignite.\r\nLikes golf.",
                unmapped: [RawProperty(name: "CATEGORIES", value: "Clients,VIP")]),
            Contact(
                name: PersonName(given: "Linda", family: "Chen"),
                phones: [
                    Phone(value: "217-555-0144", kind: .assistant),
                    Phone(value: "217-555-0142", kind: .home),
                    Phone(value: "217-555-0143", kind: .home),
                ],
                addresses: [
                    PostalAddress(
                        street: "22 Elm St", city: "Springfield", region: "IL", postalCode: "62704",
                        country: "United States of America", kind: .home)
                ],
                unmapped: [customField("Gender", "Female"), customField("Hobby", "Chess")]),
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:1043: warning: 2 columns have no contact field and are kept as custom fields: 'Gender', 'Hobby'"
        ])
    }

    @Test func outlookSpanishInWindows1252() throws {
        let bytes = try Self.fixture("outlook-es-windows1252.csv")
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let result = try readAll(bytes)
        #expect(result.profile == .outlook(.spanish))
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "José", family: "Muñoz Peña", middle: "Ignacio", prefix: "Sr."),
                phones: [
                    Phone(value: "+34 915 55 01 23", kind: .work),
                    Phone(value: "612 34 56 78", kind: .mobile),
                    Phone(value: "600 11 22 33", kind: .radio),
                ],
                emails: [Email(address: "jimunoz@canas.example")],
                addresses: [
                    PostalAddress(
                        street: "C/ Alcalá 120", city: "Madrid", region: "Madrid", postalCode: "28009",
                        country: "España", kind: .work)
                ],
                organization: Organization(company: "Cañas y Compañía", units: ["Logística"], title: "Jefe de almacén"),
                birthday: PartialDate(year: 1980, month: 12, day: 25),
                note: "Envíos los martes – «urgente»"),
            Contact(
                name: PersonName(given: "Begoña", family: "Ibáñez"),
                phones: [Phone(value: "981 55 66 77", kind: .home), Phone(value: "981 55 66 78", kind: .main, preference: 1)],
                emails: [Email(address: "bego@example.es")],
                addresses: [
                    PostalAddress(
                        street: "Rúa do Vilar 5", city: "Santiago de Compostela", region: "A Coruña",
                        postalCode: "15705", country: "España", kind: .home)
                ]),
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:56: warning: text is not valid UTF-8; read as Windows-1252 (the first such field is here); if letters look wrong, name the file\'s code page with --encoding"
        ])
    }

    @Test func outlookGermanRadioPhoneAndLocation() throws {
        let result = try readAll(try Self.fixture("outlook-de.csv"))
        #expect(result.profile == .outlook(.german))
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Jürgen", family: "Müller", prefix: "Herr"),
                phones: [
                    Phone(value: "+49 711 123456", kind: .work),
                    Phone(value: "0711 654321", kind: .home),
                    Phone(value: "0151 23456789", kind: .mobile),
                    Phone(value: "+49 711 123450", kind: .main, preference: 1),
                    Phone(value: "0172 9876543", kind: .radio),
                ],
                emails: [Email(address: "j.mueller@mueller-soehne.example")],
                addresses: [
                    PostalAddress(
                        street: "Königstraße 12", city: "Stuttgart", region: "Baden-Württemberg", postalCode: "70173",
                        country: "Deutschland", kind: .work)
                ],
                organization: Organization(company: "Müller & Söhne GmbH", title: "Geschäftsführer"),
                birthday: PartialDate(year: 1968, month: 10, day: 3),
                note: "Bevorzugt Anrufe vormittags.",
                unmapped: [customField("Ort", "Besprechungsraum 2")]),
            Contact(
                name: PersonName(given: "Anja", family: "Schröder"),
                phones: [Phone(value: "0221 998877", kind: .homeFax)],
                emails: [Email(address: "anja.schroeder@example.de")],
                addresses: [
                    PostalAddress(street: "Lindenweg 3", city: "Köln", postalCode: "50667", country: "Deutschland", kind: .home)
                ]),
        ])
        // `Ort` (Location) holds "Besprechungsraum 2": kept as a custom field, never taken for a city;
        // Outlook's placeholders (`SMTP`, `Keine Angabe`, `0.0.00`, `Normal`, `Aus`) are no data.
        #expect(result.diagnostics.map(\.rendered) == [
            "1:1357: warning: 1 column has no contact field and is kept as a custom field: 'Ort'"
        ])
    }

    @Test(arguments: chunkSizes)
    func excelSemicolonWithBOM(chunkSize: Int) throws {
        let result = try readAll(try Self.fixture("excel-semicolon-bom.csv"), chunkSize: chunkSize)
        #expect(result.profile == .generic)
        #expect(result.records.map(\.position.line) == [2, 3, 5])
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Carlos", family: "Pérez"),
                phones: [
                    Phone(value: "(04) 260-1234"),
                    Phone(value: "0991234567", kind: .mobile),
                    Phone(value: "+593 98 765 4321", kind: .mobile, label: "WhatsApp"),
                ],
                emails: [Email(address: "carlos.perez@example.ec")],
                addresses: [PostalAddress(street: "Av. 9 de Octubre 100; piso 3", city: "Guayaquil", country: "Ecuador")],
                organization: Organization(company: "Importadora Guayas"),
                birthday: PartialDate(year: 1979, month: 8, day: 15),
                note: "Cliente frecuente"),
            Contact(
                name: PersonName(given: "Lucía", family: "Fernández"),
                phones: [Phone(value: "+57 301 234 5678", kind: .mobile)],
                addresses: [PostalAddress(city: "Medellín", country: "Colombia")]),
            Contact(
                name: PersonName(given: "Sin Nombre"),
                note: "fecha inválida",
                unmapped: [
                    RawProperty(name: "BDAY", parameters: [RawParameter(name: "VALUE", values: ["text"])], value: "31/02/1990")
                ]),
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "4:1: warning: row has no name, company, phone or email; skipped",
            "5:21: warning: '31/02/1990' is not a date; birthday kept as text",
        ])
    }

    @Test(arguments: chunkSizes)
    func thunderbirdWithTrailingComma(chunkSize: Int) throws {
        let result = try readAll(try Self.fixture("thunderbird.csv"), chunkSize: chunkSize)
        #expect(result.profile == .thunderbird)
        #expect(result.records.map(\.position.line) == [2, 4])
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(formatted: "Sofía Ramírez", given: "Sofía", family: "Ramírez", nickname: "Sofi"),
                phones: [Phone(value: "+56 2 2345 6789", kind: .work), Phone(value: "+56 9 8765 4321", kind: .mobile)],
                emails: [Email(address: "sofia.ramirez@example.cl"), Email(address: "sofi@example.org")],
                addresses: [
                    PostalAddress(
                        extended: "Depto 56", street: "Av. Providencia 1234", city: "Santiago", region: "RM",
                        postalCode: "7500000", country: "Chile", kind: .home)
                ],
                organization: Organization(company: "Estudio Andes", title: "Arquitecta"),
                urls: [WebAddress(url: "https://andes.example", kind: .work)],
                birthday: PartialDate(year: 1992, month: 6, day: 30),
                note: "Línea 1\nLínea 2, con coma; y \"comillas\"",
                unmapped: [RawProperty(name: "X-CUSTOM1", value: "cliente")]),
            Contact(
                name: PersonName(formatted: "Soporte Jelou"),
                phones: [Phone(value: "+593 2 600 0000", kind: .otherFax), Phone(value: "12345", kind: .pager)],
                emails: [Email(address: "soporte@jelou.example")]),
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test(arguments: chunkSizes)
    func outlookFrenchInUTF16(chunkSize: Int) throws {
        let bytes = try Self.fixture("outlook-unicode-utf16.csv")
        #expect(bytes.starts(with: [0xFF, 0xFE]))
        let result = try readAll(bytes, chunkSize: chunkSize)
        #expect(result.profile == .outlook(.french))
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Hélène", family: "Lefèvre", prefix: "Mme"),
                phones: [Phone(value: "01 42 68 53 00", kind: .work), Phone(value: "06 12 34 56 78", kind: .mobile)],
                emails: [Email(address: "helene.lefevre@credit-eclair.example")],
                addresses: [
                    PostalAddress(street: "12 rue de la Paix", city: "Paris", postalCode: "75002", country: "France", kind: .work)
                ],
                organization: Organization(company: "Crédit Éclair", units: ["Clientèle"], title: "Conseillère"),
                birthday: PartialDate(year: 1985, month: 7, day: 14),
                note: "Déjeuner 😀 jeudi",
                unmapped: [customField("Sexe", "Féminin")])
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:338: warning: 1 column has no contact field and is kept as a custom field: 'Sexe'"
        ])
    }
}
