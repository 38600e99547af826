import ContactModel
@testable import ContactPreview
import JSONCoding
import JelouPayload
import Testing

/// Contact objects as a payload carries them (SPEC.md "Contact"), shared by the preview suites.
enum PreviewContacts {
    /// A French contact with every key: two WhatsApp mobiles, a work line with an extension, two
    /// emails, two addresses, a company and a birthday.
    static let camille: JSONValue = [
        "name": ["formatted_name": "Camille Dubois-Hénault", "first_name": "Camille", "last_name": "Dubois-Hénault"],
        "phones": [
            ["phone": "+33655550100", "type": "Mobile", "wa_id": "33655550100"],
            ["phone": "+33155550101 ext. 204", "type": "Work"],
            ["phone": "+33655550103", "type": "Mobile", "wa_id": "33655550103"],
        ],
        "emails": [
            ["email": "camille@example.fr", "type": "Work"],
            ["email": "c.dubois@exemple.fr", "type": "Home"],
        ],
        "addresses": [
            ["street": "12 rue de la Paix", "city": "Paris", "zip": "75002", "country": "France", "country_code": "FR", "type": "Home"],
            ["street": "Quai d'Orsay 37", "city": "Périgueux", "state": "Dordogne", "zip": "24000", "country": "France", "type": "Work"],
        ],
        "org": ["company": "Société Générale", "department": "Trésorerie", "title": "Analyste"],
        "urls": [["url": "https://exemple.fr/camille", "type": "Work"]],
        "birthday": "1990-03-12",
    ]

    /// An Ecuadorian contact with no WhatsApp id on any phone and no types.
    static let anaVera: JSONValue = [
        "name": ["formatted_name": "Ana Vera", "first_name": "Ana", "last_name": "Vera"],
        "phones": [["phone": "+59322128988"]],
        "emails": [["email": "ana.vera@example.ec"]],
    ]
}

@Suite struct PreviewCardTests {
    typealias Line = PreviewCard.Line

    @Test func readsEveryKeyOfAFullContactInCardOrder() {
        let card = PreviewCard(contactObject: PreviewContacts.camille)
        #expect(card.title == "Camille Dubois-Hénault")
        #expect(card.subtitle == "Analyste · Société Générale")
        #expect(card.lines.map(\.kind) == [.phone, .phone, .phone, .email, .email, .address, .address, .url, .birthday])
        #expect(card.lines.map(\.label) == ["Mobile", "Work", "Mobile", "Work", "Home", "Home", "Work", "Work", "Birthday"])
        #expect(card.lines.map(\.value) == [
            "+33655550100", "+33155550101 ext. 204", "+33655550103",
            "camille@example.fr", "c.dubois@exemple.fr",
            "12 rue de la Paix, Paris, 75002, France",
            "Quai d'Orsay 37, Périgueux, Dordogne, 24000, France",
            "https://exemple.fr/camille", "1990-03-12",
        ])
        #expect(card.lines.map(\.isOnWhatsApp) == [true, false, true, false, false, false, false, false, false])
        #expect(card.action == .message)
    }

    @Test func untypedEntriesAreLabelledByTheirField() {
        let contact: JSONValue = [
            "name": ["formatted_name": "Sin Tipo"],
            "phones": [["phone": "+593991234567"]],
            "emails": [["email": "sin.tipo@example.ec"]],
            "addresses": [["city": "Cuenca", "country": "Ecuador"]],
            "urls": [["url": "https://example.ec"]],
            "birthday": "2001-12-31",
        ]
        let card = PreviewCard(contactObject: contact)
        #expect(card.lines.map(\.label) == ["Phone", "Email", "Address", "Website", "Birthday"])
        #expect(card.lines.map(\.value) == ["+593991234567", "sin.tipo@example.ec", "Cuenca, Ecuador", "https://example.ec", "2001-12-31"])
    }

    @Test(arguments: [
        (["company": "Acme", "title": "Engineer"], "Engineer · Acme"),
        (["company": "Acme"], "Acme"),
        (["title": "Engineer"], "Engineer"),
        (["company": "Acme", "department": "R&D", "title": "Engineer"], "Engineer · Acme"),
        (["department": "R&D"], nil),
    ] as [(JSONValue, String?)])
    func subtitleIsTheJobTitleThenTheCompany(org: JSONValue, subtitle: String?) {
        let card = PreviewCard(contactObject: ["name": ["formatted_name": "John Smith"], "org": org])
        #expect(card.subtitle == subtitle)
    }

    @Test func noOrgMeansNoSubtitle() {
        #expect(PreviewCard(contactObject: PreviewContacts.anaVera).subtitle == nil)
    }

    /// SPEC.md: with a `wa_id` the card shows *Message* + *Save contact*, without it *Invite to
    /// WhatsApp*; one phone with an id is enough.
    @Test(arguments: [
        ([] as [String?], PreviewCard.Action.invite),
        ([nil], .invite),
        ([nil, nil], .invite),
        (["593991234567"], .message),
        ([nil, "593991234567"], .message),
        (["593991234567", nil], .message),
        ([""], .invite),
        (["", "593991234567"], .message),
    ] as [([String?], PreviewCard.Action)])
    func actionIsMessageWhenAnyPhoneHasAWhatsAppID(waIDs: [String?], action: PreviewCard.Action) {
        let phones: [JSONValue] = waIDs.enumerated().map { index, waID in
            var members = [JSONMember("phone", .string("+59399123456\(index)"))]
            if let waID { members.append(JSONMember("wa_id", .string(waID))) }
            return .object(members)
        }
        let card = PreviewCard(contactObject: ["name": ["formatted_name": "Ana"], "phones": .array(phones)])
        #expect(card.action == action)
        #expect(card.lines.map(\.isOnWhatsApp) == waIDs.map { !($0 ?? "").isEmpty })
    }

    @Test func actionTitlesAreWhatWhatsAppShows() {
        #expect(PreviewCard.Action.message.rawValue == "Message")
        #expect(PreviewCard.Action.invite.rawValue == "Invite to WhatsApp")
    }

    /// Phones, emails, addresses, URLs, birthday — whatever order the object's keys come in, and
    /// entries of one kind in the order the payload lists them.
    @Test func linesFollowTheCardsOrderNotTheObjectsKeyOrder() {
        let reversed: JSONValue = [
            "birthday": "1990-03-12",
            "urls": [["url": "https://exemple.fr/camille", "type": "Work"]],
            "org": ["company": "Société Générale", "department": "Trésorerie", "title": "Analyste"],
            "addresses": PreviewContacts.camille["addresses"]!,
            "emails": PreviewContacts.camille["emails"]!,
            "phones": PreviewContacts.camille["phones"]!,
            "name": PreviewContacts.camille["name"]!,
        ]
        let card = PreviewCard(contactObject: reversed)
        let expected = PreviewCard(contactObject: PreviewContacts.camille)
        #expect(card.lines == expected.lines)
        #expect(card.title == expected.title && card.subtitle == expected.subtitle && card.action == expected.action)
        // The JSON beside the card is the object as sent, in its own order.
        #expect(card.json != expected.json)
        #expect(card.json.hasPrefix("{\n  \"birthday\": \"1990-03-12\",\n"))
    }

    /// An address the payload gives only as a country code shows that code, not an empty row.
    @Test func anAddressWithOnlyItsCountryCodeShowsTheCode() {
        let card = PreviewCard(contactObject: ["name": ["formatted_name": "Ana"], "addresses": [["country_code": "EC", "type": "Home"]]])
        #expect(card.lines == [Line(kind: .address, label: "Home", value: "EC", isOnWhatsApp: false)])
    }

    @Test func addressPartsAreJoinedStreetCityStateZipCountry() {
        let address: JSONValue = [
            "type": "Work", "country_code": "US", "country": "United States", "zip": "10001", "state": "NY",
            "city": "New York", "street": "123 Main Street",
        ]
        let card = PreviewCard(contactObject: ["name": ["formatted_name": "John Smith"], "addresses": [address]])
        #expect(card.lines == [
            Line(kind: .address, label: "Work", value: "123 Main Street, New York, NY, 10001, United States", isOnWhatsApp: false)
        ])
    }

    @Test func emptyObjectGivesAnUntitledCardWithNothingOnIt() {
        let card = PreviewCard(contactObject: [:])
        #expect(card.title == "")
        #expect(card.subtitle == nil)
        #expect(card.lines.isEmpty)
        #expect(card.action == .invite)
        #expect(card.json == "{}")
    }

    @Test(arguments: [JSONValue.null, "Ana Vera", 42, [["name": ["formatted_name": "Ana"]]]])
    func aValueThatIsNoObjectGivesAnEmptyCard(value: JSONValue) {
        let card = PreviewCard(contactObject: value)
        #expect(card.title == "" && card.subtitle == nil && card.lines.isEmpty && card.action == .invite)
    }

    /// Keys of the wrong type are skipped, not guessed at: a number where a string belongs shows
    /// no value, a `phones` that is no array shows no phone.
    @Test func wronglyTypedKeysAreSkipped() {
        let contact: JSONValue = [
            "name": ["formatted_name": 12],
            "phones": ["phone": "+593991234567"],
            "emails": [["email": ["nested"], "type": 3]],
            "birthday": 19900312,
        ]
        let card = PreviewCard(contactObject: contact)
        #expect(card.title == "")
        #expect(card.lines == [Line(kind: .email, label: "Email", value: "", isOnWhatsApp: false)])
    }

    @Test(arguments: [
        "محمد عبد الله", "דוד כהן", "Zoë 🦊 Ölçer", "👩🏽‍💻", "李小龍", "Ñandú Peña",
    ])
    func namesInAnyScriptAreKeptExactly(name: String) {
        let card = PreviewCard(contactObject: ["name": ["formatted_name": .string(name)], "phones": [["phone": "+12125550123"]]])
        #expect(card.title == name)
        #expect(card.title.utf8.elementsEqual(name.utf8))
    }

    @Test func veryLongValuesAreKeptWhole() {
        let name = String(repeating: "Hernández ", count: 5_000) + "Jr."
        let street = String(repeating: "Av. de los Shyris N35-17 y Portugal, ", count: 2_000)
        let card = PreviewCard(contactObject: ["name": ["formatted_name": .string(name)], "addresses": [["street": .string(street)]]])
        #expect(card.title == name)
        #expect(card.lines.map(\.value) == [street])
    }

    @Test func jsonIsTheContactObjectPretty() {
        let card = PreviewCard(contactObject: PreviewContacts.anaVera)
        #expect(card.json == """
            {
              "name": {
                "formatted_name": "Ana Vera",
                "first_name": "Ana",
                "last_name": "Vera"
              },
              "phones": [
                {
                  "phone": "+59322128988"
                }
              ],
              "emails": [
                {
                  "email": "ana.vera@example.ec"
                }
              ]
            }
            """)
    }

    @Test func cardsOfAPayloadComeInItsOrder() throws {
        let payload = try JSONParser().parse("""
            {"type":"contacts","userId":"15551112222","contacts":[
              {"name":{"formatted_name":"Ana Vera"}},
              {"name":{"formatted_name":"Camille Dubois"}},
              {"name":{"formatted_name":"John Smith"}}
            ]}
            """)
        #expect(PreviewCard.cards(inPayload: payload).map(\.title) == ["Ana Vera", "Camille Dubois", "John Smith"])
    }

    @Test(arguments: [
        #"{"type":"contacts","userId":"15551112222"}"#,
        #"{"type":"contacts","userId":"15551112222","contacts":{}}"#,
        #"{"type":"contacts","userId":"15551112222","contacts":[]}"#,
        "[]",
    ])
    func aPayloadWithoutContactsHasNoCards(text: String) throws {
        #expect(PreviewCard.cards(inPayload: try JSONParser().parse(text)).isEmpty)
    }

    /// The card reads what the encoder writes: a contact as a reader and normaliser leave it goes
    /// through ``JelouContactEncoder`` (as `preview` does) and comes out on the card. The phone
    /// that is no number is left out of the payload, so it is not on the card either; the
    /// encoder's warning says so.
    @Test func showsWhatTheEncoderWrites() throws {
        let contact = Contact(
            name: PersonName(given: "José", family: "Muñoz"),
            phones: [
                Phone(value: "099 123 4567", kind: .mobile, normalized: NormalizedPhone(
                    e164: "+593991234567", waID: "593991234567", lineType: .mobile, region: "EC")),
                Phone(value: "Recepción", kind: .work),
                Phone(value: "(02) 212-8988 ext. 15", kind: .work, normalized: NormalizedPhone(
                    e164: "+59322128988", lineType: .fixedLine, extensionNumber: "15", region: "EC")),
            ],
            emails: [Email(address: "jose.munoz@example.ec", kind: .home), Email(address: "N/A")],
            addresses: [PostalAddress(
                extended: "Edificio Cóndor, piso 3", street: "Av. Amazonas N24-03", city: "Quito", region: "Pichincha",
                country: "Ecuador", countryCode: "EC", kind: .work)],
            organization: Organization(company: "Banco del Austro", units: ["Cobranzas"], title: "Jefe de cobranzas")
        )
        var diagnostics: [Diagnostic] = []
        let bytes = try #require(JelouContactEncoder().encode(contact, diagnostics: &diagnostics))
        #expect(diagnostics.map(\.message) == [
            "contact \"José Muñoz\": not in the Jelou contact object: phone that is no number, email that is no address"
        ])
        let card = PreviewCard(contactObject: try JSONParser().parse(bytes))
        #expect(card.title == "José Muñoz")
        #expect(card.subtitle == "Jefe de cobranzas · Banco del Austro")
        #expect(card.lines == [
            Line(kind: .phone, label: "Mobile", value: "+593991234567", isOnWhatsApp: true),
            Line(kind: .phone, label: "Work", value: "+59322128988 ext. 15", isOnWhatsApp: false),
            Line(kind: .email, label: "Home", value: "jose.munoz@example.ec", isOnWhatsApp: false),
            Line(kind: .address, label: "Work", value: "Av. Amazonas N24-03, Edificio Cóndor, piso 3, Quito, Pichincha, Ecuador", isOnWhatsApp: false),
        ])
        #expect(card.action == .message)
    }
}
