import ContactModel
import Foundation
import Testing
@testable import VCardFormat

/// Exact bytes for hand-checked cards in each version, plus the diagnostics for what a version
/// cannot hold.
@Suite struct VCardWriterTests {
    private func written(_ contact: Contact, _ version: VCardVersion) -> (text: String, messages: [String]) {
        var writer = VCardWriter(version: version)
        var out: [UInt8] = []
        let diagnostics = writer.write(contact, into: &out)
        return (String(decoding: out, as: UTF8.self), diagnostics.map(\.message))
    }

    /// The card from Jelou's page, plus a custom label and a normalised number.
    private var smith: Contact {
        Contact(
            name: PersonName(formatted: "John Smith", given: "John", family: "Smith"),
            phones: [
                Phone(value: "+1 (212) 555-0123", kind: .mobile, preference: 1,
                      normalized: NormalizedPhone(e164: "+12125550123")),
                Phone(value: "212 555 0199", kind: .work, label: "Front desk", extensionNumber: "12"),
            ],
            emails: [Email(address: "john.smith@example.com", kind: .work)],
            addresses: [
                PostalAddress(street: "123 Main Street", city: "New York", region: "NY", postalCode: "10001",
                              country: "United States", countryCode: "US", kind: .work),
            ],
            birthday: PartialDate(year: 1980, month: 2, day: 29)
        )
    }

    @Test func version30GoldenCard() {
        let (text, messages) = written(smith, .v30)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Smith;John;;;\r
            FN:John Smith\r
            TEL;TYPE=CELL,PREF:+12125550123\r
            item1.TEL;TYPE=WORK:212 555 0199 ext. 12\r
            item1.X-ABLabel:Front desk\r
            EMAIL;TYPE=WORK:john.smith@example.com\r
            item2.ADR;TYPE=WORK:;;123 Main Street;New York;NY;10001;United States\r
            item2.X-ABADR:us\r
            BDAY:1980-02-29\r
            END:VCARD\r

            """)
        #expect(messages.isEmpty)
    }

    @Test func version40GoldenCard() {
        let (text, messages) = written(smith, .v40)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:4.0\r
            N:Smith;John;;;\r
            FN:John Smith\r
            TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+12125550123\r
            item1.TEL;TYPE=work:212 555 0199 ext. 12\r
            item1.X-ABLabel:Front desk\r
            EMAIL;TYPE=work:john.smith@example.com\r
            item2.ADR;TYPE=work:;;123 Main Street;New York;NY;10001;United States\r
            item2.X-ABADR:us\r
            BDAY:1980-02-29\r
            END:VCARD\r

            """)
        #expect(messages.isEmpty)
    }

    @Test func version21GoldenCard() {
        let (text, messages) = written(smith, .v21)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:2.1\r
            N:Smith;John;;;\r
            FN:John Smith\r
            TEL;CELL;PREF:+12125550123\r
            item1.TEL;WORK:212 555 0199 ext. 12\r
            item1.X-ABLabel:Front desk\r
            EMAIL;WORK:john.smith@example.com\r
            item2.ADR;WORK:;;123 Main Street;New York;NY;10001;United States\r
            item2.X-ABADR:us\r
            BDAY:1980-02-29\r
            END:VCARD\r

            """)
        #expect(messages.isEmpty)
    }

    /// Accents, a comma, a semicolon, a backslash and a line break in one name and note.
    private var escapes: Contact {
        Contact(
            name: PersonName(given: "María José", family: "Núñez; Díaz", middle: "C:\\dir"),
            organization: Organization(company: "Acme, Inc.", units: ["R&D", "Sección 2"], title: "Jefa\nde área"),
            note: "Línea 1\r\nLínea 2, fin"
        )
    }

    @Test func version30EscapesTextAndStructuredValues() {
        let (text, _) = written(escapes, .v30)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Núñez\\; Díaz;María José;C:\\\\dir;;\r
            FN:María José C:\\\\dir Núñez\\; Díaz\r
            ORG:Acme\\, Inc.;R&D;Sección 2\r
            TITLE:Jefa\\nde área\r
            NOTE:Línea 1\\nLínea 2\\, fin\r
            END:VCARD\r

            """)
    }

    /// 2.1 escapes `;` everywhere and `\\` only in structured values (N, ADR, ORG).
    @Test func version21UsesQuotedPrintableForNonASCIIAndLineBreaks() {
        let (text, _) = written(escapes, .v21)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:2.1\r
            N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:N=C3=BA=C3=B1ez\\; D=C3=ADaz;Mar=
            =C3=ADa Jos=C3=A9;C:\\\\dir;;\r
            FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Mar=C3=ADa Jos=C3=A9 C:\\dir N=
            =C3=BA=C3=B1ez\\; D=C3=ADaz\r
            ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Acme, Inc.;R&D;Secci=C3=B3n 2\r
            TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Jefa=0D=0Ade =C3=A1rea\r
            NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:L=C3=ADnea 1=0D=0AL=C3=ADnea =
            2, fin\r
            END:VCARD\r

            """.replacingOccurrences(of: "=\n", with: "=\r\n"))
    }

    /// A quoted-printable continuation line never starts with a letter, so it cannot read as a
    /// property of its own (`TEL;CELL:…` in a note), wherever the soft break falls.
    @Test(arguments: 1..<80)
    func quotedPrintableContinuationNeverLooksLikeAProperty(padding: Int) {
        let written = String(repeating: "a", count: padding) + "\nTEL;CELL:0995552188\nFN:John Doe, EMAIL:x@y.ec and more"
        let (text, _) = self.written(Contact(name: PersonName(formatted: "Ana"), note: written), .v21)
        let lines = text.split(separator: "\r\n")
        let note = lines.firstIndex { $0.hasPrefix("NOTE") }!
        for line in lines[(note + 1)...] where line != "END:VCARD" {
            #expect(!line.first!.isLetter, "\(line)")
        }
        let read = VCardReader.readAll(Array(text.utf8))
        #expect(read.contacts.map(\.contact.note) == [written])
        #expect(read.diagnostics.isEmpty)
    }

    /// A quoted-printable continuation line never starts with a space or a tab (written `=20`,
    /// `=09`): readers that unfold before decoding take it for a fold and drop it, joining
    /// `Saint Martin d'Hères` into `SaintMartin`. Every soft-break position, read back whole.
    @Test(arguments: 1..<80)
    func quotedPrintableContinuationNeverStartsWithWhitespace(padding: Int) {
        let city = String(repeating: "0", count: padding) + " Saint Martin d'Hères \t Isère  Rhône-Alpes   fin"
        let contact = Contact(
            name: PersonName(formatted: "Yves Laurent"),
            addresses: [PostalAddress(street: "100 rue des Maths", city: city, kind: .work)])
        let (text, _) = written(contact, .v21)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        let address = lines.firstIndex { $0.hasPrefix("ADR") }!
        #expect(lines[address].hasPrefix("ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;100 rue des Maths;"))
        for line in lines[(address + 1)...] where line != "END:VCARD" && !line.isEmpty {
            #expect(line.first != " " && line.first != "\t", "\(line)")
        }
        let read = VCardReader.readAll(Array(text.utf8))
        #expect(read.contacts.map { $0.contact.addresses.map(\.city) } == [[city]])
        #expect(read.diagnostics.isEmpty)
    }

    /// `NOTE:` and 69 `a` fill 74 octets; the 2-octet `é` would straddle octet 75, so the fold
    /// comes before it and the continuation line starts with a space and the whole `é`.
    @Test func foldsAt75OctetsWithoutSplittingAUTF8Sequence() {
        let note = String(repeating: "a", count: 69) + "é" + String(repeating: "b", count: 80)
        let (text, _) = written(Contact(name: PersonName(formatted: "A"), note: note), .v40)
        let expected = "NOTE:" + String(repeating: "a", count: 69) + "\r\n é" + String(repeating: "b", count: 72)
            + "\r\n " + String(repeating: "b", count: 8) + "\r\n"
        #expect(text.contains(expected))
    }

    @Test(arguments: [VCardVersion.v30, .v40])
    func everyPhysicalLineFitsIn75Octets(version: VCardVersion) {
        // Three-octet and four-octet characters at every alignment.
        for shift in 0..<4 {
            let note = String(repeating: "x", count: shift) + String(repeating: "€😀ñ", count: 40)
            var writer = VCardWriter(version: version)
            var out: [UInt8] = []
            _ = writer.write(Contact(name: PersonName(formatted: "A"), note: note), into: &out)
            let lines = out.split(separator: 0x0A).map { Array($0.dropLast()) }
            for line in lines {
                #expect(line.count <= 75)
                #expect(line.first.map { $0 & 0xC0 != 0x80 } ?? true)
                #expect(String(validating: line, as: UTF8.self) != nil)
            }
        }
    }

    @Test func version21WrapsQuotedPrintableWithSoftBreaksOf75Octets() {
        let note = String(repeating: "ñ", count: 60)
        let (text, _) = written(Contact(name: PersonName(formatted: "A"), note: note), .v21)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        let noteLines = lines.drop { !$0.hasPrefix("NOTE") }.prefix { !$0.hasPrefix("END") }
        #expect(noteLines.count == 6)
        for line in noteLines {
            #expect(line.utf8.count <= 75)
        }
        #expect(noteLines.dropLast().allSatisfy { $0.hasSuffix("=") })
    }

    /// Google CSV's labels, events and relations, as Apple's and Google's vCards write them.
    @Test func googleFieldsAreWrittenAsVCardReadersKnowThem() {
        func labelled(_ name: String, _ label: String, _ value: String) -> RawProperty {
            RawProperty(name: name, parameters: [RawParameter(name: "X-LABEL", values: [label])], value: value)
        }
        let contact = Contact(
            name: PersonName(formatted: "Ana"),
            unmapped: [
                RawProperty(name: "X-GOOGLE-LABELS", value: "* myContacts ::: Amigos\\, viejos"),
                labelled("X-GOOGLE-EVENT", "Anniversary", "2015-09-12"),
                labelled("X-GOOGLE-EVENT", "Graduación", "--06-30"),
                labelled("X-GOOGLE-RELATION", "spouse", "Luis"),
                labelled("X-GOOGLE-RELATION", "Padrino", "Tom"),
                labelled("X-GOOGLE-CUSTOM-FIELD", "Cédula", "1712345678"),
            ])
        let common = """
            BEGIN:VCARD\r
            VERSION:%@\r
            N:;;;;\r
            FN:Ana\r
            CATEGORIES:myContacts,Amigos\\, viejos\r

            """
        let v30 = written(contact, .v30).text
        #expect(v30 == common.replacingOccurrences(of: "%@", with: "3.0") + """
            item1.X-ABDATE:2015-09-12\r
            item1.X-ABLabel:_$!<Anniversary>!$_\r
            item2.X-ABDATE:--06-30\r
            item2.X-ABLabel:Graduación\r
            item3.X-ABRELATEDNAMES:Luis\r
            item3.X-ABLabel:_$!<Spouse>!$_\r
            item4.X-ABRELATEDNAMES:Tom\r
            item4.X-ABLabel:Padrino\r
            X-GOOGLE-CUSTOM-FIELD;X-LABEL=Cédula:1712345678\r
            END:VCARD\r

            """)
        let v40 = written(contact, .v40).text
        #expect(v40.contains("\r\nANNIVERSARY:2015-09-12\r\nitem1.X-ABDATE:--06-30\r\nitem1.X-ABLabel:Graduación\r\n"))
    }

    /// Google CSV's `IM n` entries: `IMPP` URIs with Apple's `X-SERVICE-TYPE` in 4.0 and 3.0,
    /// Android's `X-SKYPE-USERNAME` / `X-JABBER` … in 2.1 (any other service as `IMPP` there
    /// too), each label in its item group.
    @Test(arguments: zip([VCardVersion.v21, .v30, .v40], [imLinesIn21, imLinesIn30And40, imLinesIn30And40]))
    func googleIMAddressesAreWrittenAsInstantMessagingProperties(version: VCardVersion, expected: String) {
        let contact = Contact(name: PersonName(formatted: "Ana"), unmapped: [
            Self.instantMessaging("Home", "Skype", "live:ana.perez"),
            Self.instantMessaging("Work", "Telegram", "Ana Pérez\\, 100%"),
            Self.instantMessaging(nil, "Jabber", "ana@jabber.org"),
            Self.instantMessaging(nil, nil, "ana.p"),
        ])
        let (text, messages) = written(contact, version)
        #expect(text == "BEGIN:VCARD\r\nVERSION:\(version)\r\nN:;;;;\r\nFN:Ana\r\n" + expected + "END:VCARD\r\n")
        #expect(messages.isEmpty)
    }

    static let imLinesIn21 = """
        item1.X-SKYPE-USERNAME:live:ana.perez\r
        item1.X-ABLabel:Home\r
        item2.IMPP;X-SERVICE-TYPE=Telegram:x-apple:Ana%20P%C3%A9rez%2C%20100%25\r
        item2.X-ABLabel:Work\r
        X-JABBER:ana@jabber.org\r
        IMPP:x-apple:ana.p\r

        """
    static let imLinesIn30And40 = """
        item1.IMPP;X-SERVICE-TYPE=Skype:skype:live:ana.perez\r
        item1.X-ABLabel:Home\r
        item2.IMPP;X-SERVICE-TYPE=Telegram:x-apple:Ana%20P%C3%A9rez%2C%20100%25\r
        item2.X-ABLabel:Work\r
        IMPP;X-SERVICE-TYPE=Jabber:xmpp:ana@jabber.org\r
        IMPP:x-apple:ana.p\r

        """

    /// The URI scheme of each service; unknown ones use Apple's generic `x-apple`, and their name
    /// stays in `X-SERVICE-TYPE`.
    @Test(arguments: zip(
        ["Skype", "AIM", "ICQ", "Yahoo", "MSN", "Jabber", "Google Talk", "hangouts", "XMPP", "SIP", "QQ", "Telegram", "Mi servicio"],
        ["skype", "aim", "icq", "ymsgr", "msnim", "xmpp", "xmpp", "xmpp", "xmpp", "sip", "x-apple", "x-apple", "x-apple"]
    ))
    func imServicesGetTheirURIScheme(service: String, scheme: String) {
        let contact = Contact(name: PersonName(formatted: "A"), unmapped: [Self.instantMessaging(nil, service, "ana")])
        #expect(written(contact, .v30).text.contains("\r\nIMPP;X-SERVICE-TYPE=\(service):\(scheme):ana\r\n"))
    }

    /// In 2.1, Android's property for the services it names (ignoring case); others stay `IMPP`.
    @Test(arguments: zip(
        ["AIM", "icq", "Jabber", "Skype", "MSN", "Yahoo", "QQ", "Google Talk", "Hangouts"],
        ["X-AIM:ana", "X-ICQ:ana", "X-JABBER:ana", "X-SKYPE-USERNAME:ana", "X-MSN:ana", "X-YAHOO:ana", "X-QQ:ana",
         "X-GOOGLE-TALK:ana", "IMPP;X-SERVICE-TYPE=Hangouts:xmpp:ana"]
    ))
    func version21UsesAndroidsIMProperties(service: String, line: String) {
        let contact = Contact(name: PersonName(formatted: "A"), unmapped: [Self.instantMessaging(nil, service, "ana")])
        #expect(written(contact, .v21).text.contains("\r\n" + line + "\r\n"))
    }

    /// A service name 2.1 parameters cannot hold is reported, and the address is still written.
    @Test func version21ReportsAServiceItsParametersCannotHold() {
        let contact = Contact(name: PersonName(formatted: "A"), unmapped: [Self.instantMessaging(nil, "Chat; beta", "ana")])
        let (text, messages) = written(contact, .v21)
        #expect(text.contains("\r\nIMPP:x-apple:ana\r\n"))
        #expect(messages == ["vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; IMPP parameter X-SERVICE-TYPE left out"])
    }

    /// Google CSV's `Photo` (kept as `PHOTO;VALUE=uri`) and a vCard's photo by URL, in each
    /// version's URI form; inline data and other schemes are not touched here.
    @Test(arguments: zip([VCardVersion.v21, .v30, .v40], [
        "PHOTO;VALUE=URL:https://lh3.googleusercontent.com/a/AbC\r\nLOGO;VALUE=URL;TYPE=PNG:http://example.com/l.png\r\n",
        "PHOTO;VALUE=uri:https://lh3.googleusercontent.com/a/AbC\r\nLOGO;VALUE=uri;TYPE=PNG:http://example.com/l.png\r\n",
        "PHOTO:https://lh3.googleusercontent.com/a/AbC\r\nLOGO;TYPE=PNG:http://example.com/l.png\r\n",
    ]))
    func photoURLsAreWrittenInTheVersionsURIForm(version: VCardVersion, expected: String) {
        let contact = Contact(name: PersonName(formatted: "A"), unmapped: [
            .photo(webAddress: "https://lh3.googleusercontent.com/a/AbC"),
            RawProperty(name: "LOGO", parameters: [RawParameter(name: "VALUE", values: ["URL"]), RawParameter(name: "TYPE", values: ["PNG"])],
                        value: "http://example.com/l.png"),
            RawProperty(name: "PHOTO", parameters: [RawParameter(name: "VALUE", values: ["uri"])], value: "ftp://example.com/a.jpg"),
        ])
        #expect(written(contact, version).text.hasSuffix(
            "FN:A\r\n" + expected + "PHOTO;VALUE=uri:ftp://example.com/a.jpg\r\nEND:VCARD\r\n"))
    }

    /// 4.0's ANNIVERSARY holds a date; an `Anniversary` event that is not one is Apple's X-ABDATE.
    @Test func anniversaryThatIsNoDateStaysAnAppleDate() {
        let event = RawProperty(name: "X-GOOGLE-EVENT", parameters: [RawParameter(name: "X-LABEL", values: ["Anniversary"])],
                                value: "mayo\\, 2015")
        #expect(written(Contact(name: PersonName(formatted: "A"), unmapped: [event]), .v40).text.hasSuffix(
            "FN:A\r\nitem1.X-ABDATE:mayo\\, 2015\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\nEND:VCARD\r\n"))
    }

    static func instantMessaging(_ label: String?, _ service: String?, _ value: String) -> RawProperty {
        var parameters: [RawParameter] = []
        if let label { parameters.append(RawParameter(name: "X-LABEL", values: [label])) }
        if let service { parameters.append(RawParameter(name: "X-SERVICE", values: [service])) }
        return RawProperty(name: "X-GOOGLE-IM", parameters: parameters, value: value)
    }

    /// Apple's own home-page label is written back in the constant form Contacts read it in,
    /// which it shows translated, not as a custom label "HomePage".
    /// Kinds beyond the first are written back after its tokens (RFC 6350 §6.4.1 TYPE lists).
    @Test(arguments: zip([VCardVersion.v30, .v40], [
        "TEL;TYPE=CELL,WORK:+593991234567\r\nTEL;TYPE=HOME,FAX,WORK,VOICE:022128988\r\n",
        "TEL;VALUE=uri;TYPE=cell,work:tel:+593991234567\r\nTEL;TYPE=home,fax,work,voice:022128988\r\n",
    ]))
    func additionalPhoneKindsAreWrittenBack(_ version: VCardVersion, _ lines: String) {
        let contact = Contact(
            name: PersonName(formatted: "Ana"),
            phones: [
                Phone(value: "+593991234567", kind: .mobile, additionalKinds: [.work]),
                Phone(value: "022128988", kind: .homeFax, additionalKinds: [.workFax, .voice]),
            ])
        let (text, messages) = written(contact, version)
        #expect(text.contains(lines))
        #expect(messages.isEmpty)
    }

    @Test func applesHomePageLabelIsWrittenAsItsConstant() {
        let contact = Contact(name: PersonName(formatted: "Ana"), urls: [WebAddress(url: "https://example.com", label: "HomePage")])
        let (text, _) = written(contact, .v30)
        #expect(text.contains("item1.URL:https://example.com\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n"))
    }

    @Test func customLabelsUseItemGroupsThatAvoidUnmappedGroups() {
        let contact = Contact(
            name: PersonName(formatted: "Ana"),
            phones: [Phone(value: "555", kind: .mobile, label: "Trabajo, móvil")],
            emails: [Email(address: "ana@example.com", label: "Club")],
            urls: [WebAddress(url: "https://example.com/a,b", kind: .home, label: "Blog")],
            unmapped: [
                RawProperty(group: "ITEM1", name: "X-ABDATE", value: "2010-05-01"),
                RawProperty(group: "ITEM1", name: "X-ABLABEL", value: "_$!<Anniversary>!$_"),
            ]
        )
        let (text, _) = written(contact, .v30)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:;;;;\r
            FN:Ana\r
            item2.TEL;TYPE=CELL:555\r
            item2.X-ABLabel:Trabajo\\, móvil\r
            item3.EMAIL:ana@example.com\r
            item3.X-ABLabel:Club\r
            item4.URL;TYPE=HOME:https://example.com/a\\,b\r
            item4.X-ABLabel:Blog\r
            ITEM1.X-ABDATE:2010-05-01\r
            ITEM1.X-ABLABEL:_$!<Anniversary>!$_\r
            END:VCARD\r

            """)
    }

    @Test(arguments: zip(
        [Phone.Kind.mobile, .iPhone, .main, .homeFax, .workFax, .otherFax, .pager, .textphone],
        ["TEL;TYPE=CELL:1", "TEL;TYPE=IPHONE,CELL:1", "TEL;TYPE=MAIN:1", "TEL;TYPE=HOME,FAX:1",
         "TEL;TYPE=WORK,FAX:1", "TEL;TYPE=FAX:1", "TEL;TYPE=PAGER:1", "TEL;TYPE=TEXTPHONE:1"]
    ))
    func phoneKindsBecomeTypeTokens(kind: Phone.Kind, line: String) {
        let (text, _) = written(Contact(name: PersonName(formatted: "A"), phones: [Phone(value: "1", kind: kind)]), .v30)
        #expect(text.contains("\r\n" + line + "\r\n"))
    }

    @Test func version40WritesGlobalNumbersAsTelURIsWithExtension() {
        let contact = Contact(name: PersonName(formatted: "A"), phones: [
            Phone(value: "+1-418-656-9254", kind: .work, extensionNumber: "102"),
            Phone(value: "(418) 656-9254", kind: .home, normalized: NormalizedPhone(e164: "+14186569254", extensionNumber: "7")),
            Phone(value: "656 9254", kind: .home),
        ])
        let (text, _) = written(contact, .v40)
        #expect(text.contains("""
            TEL;VALUE=uri;TYPE=work:tel:+1-418-656-9254;ext=102\r
            TEL;VALUE=uri;TYPE=home:tel:+14186569254;ext=7\r
            TEL;TYPE=home:656 9254\r

            """))
    }

    /// An address given only as its text is a LABEL alone in 3.0, in its own item group, and reads
    /// back as the same address beside another of its kind.
    @Test func labelOnlyAddressIsALabelAloneAndReadsBack() throws {
        let contact = Contact(name: PersonName(formatted: "A"), addresses: [
            PostalAddress(street: "Av. Amazonas", city: "Quito", kind: .work),
            PostalAddress(formatted: "401 Park Drive\nBoston", kind: .work),
        ])
        let (text, _) = written(contact, .v30)
        #expect(text.contains("\r\nADR;TYPE=WORK:;;Av. Amazonas;Quito;;;\r\nitem1.LABEL;TYPE=WORK:401 Park Drive\\nBoston\r\n"))
        let read = VCardReader.readAll(Array(text.utf8))
        #expect(read.contacts.first?.contact.addresses == contact.addresses)
    }

    /// 3.0 has no LABEL parameter (RFC 2426 §3.2.2 defines the property): the 2.1 way.
    @Test func addressLabelIsAParameterIn40AndAPropertyIn30And21() {
        let contact = Contact(name: PersonName(formatted: "A"), addresses: [
            PostalAddress(street: "Av. 6 de Diciembre", city: "Quito", formatted: "Av. 6 de Diciembre\nQuito \"EC\"", kind: .home),
        ])
        #expect(written(contact, .v40).text.contains(
            "\r\nADR;TYPE=home;LABEL=Av. 6 de Diciembre^nQuito ^'EC^':;;Av. 6 de Diciembre;Q\r\n uito;;;\r\n"))
        #expect(written(contact, .v30).text.contains("""
            \r
            item1.ADR;TYPE=HOME:;;Av. 6 de Diciembre;Quito;;;\r
            item1.LABEL;TYPE=HOME:Av. 6 de Diciembre\\nQuito "EC"\r

            """))
        #expect(written(contact, .v21).text.contains("""
            \r
            item1.ADR;HOME:;;Av. 6 de Diciembre;Quito;;;\r
            item1.LABEL;HOME;ENCODING=QUOTED-PRINTABLE:Av. 6 de Diciembre=0D=0AQuito "=\r
            =45C"\r

            """))
    }

    @Test(arguments: zip(
        [PartialDate(month: 4, day: 12), PartialDate(year: 1985, month: 4), PartialDate(year: 1985), PartialDate(day: 9)],
        ["--0412", "1985-04", "1985", "---09"]
    ))
    func version40WritesReducedDates(date: PartialDate, value: String) {
        let (text, messages) = written(Contact(name: PersonName(formatted: "A"), birthday: date), .v40)
        #expect(text.contains("\r\nBDAY:" + value + "\r\n"))
        #expect(messages.isEmpty)
    }

    @Test func version30WritesPartialBirthdayWithAWarning() {
        let (text, messages) = written(Contact(name: PersonName(formatted: "A"), birthday: PartialDate(month: 4, day: 12)), .v30)
        #expect(text.contains("\r\nBDAY:--04-12\r\n"))
        #expect(messages == ["vCard 3.0 has no partial dates; birthday written as '--04-12', which some importers ignore"])
    }

    @Test(arguments: [VCardVersion.v21, .v30, .v40])
    func birthdayWithoutMonthIsReportedNotWritten(version: VCardVersion) {
        let (text, messages) = written(Contact(name: PersonName(formatted: "A"), birthday: PartialDate(year: 1990, day: 3)), version)
        #expect(!text.contains("BDAY"))
        #expect(messages == ["no vCard date form holds a birthday with a year and a day but no month; BDAY left out"])
    }

    @Test func preferenceAboveOneIsReportedIn30() {
        let contact = Contact(name: PersonName(formatted: "A"), emails: [
            Email(address: "a@example.com", preference: 1), Email(address: "b@example.com", preference: 2),
        ])
        let (text, messages) = written(contact, .v30)
        #expect(text.contains("\r\nEMAIL;TYPE=PREF:a@example.com\r\nEMAIL:b@example.com\r\n"))
        #expect(messages == ["vCard 3.0 holds only a 'preferred' flag; email preference 2 left out"])
        #expect(written(contact, .v40).text.contains("\r\nEMAIL;PREF=1:a@example.com\r\nEMAIL;PREF=2:b@example.com\r\n"))
    }

    @Test func unmappedPropertiesKeepGroupsAndQuoteParameterValues() {
        let contact = Contact(name: PersonName(formatted: "A"), unmapped: [
            RawProperty(name: "X-SOCIALPROFILE", parameters: [
                RawParameter(name: "TYPE", values: ["twitter"]),
                RawParameter(name: "X-USER", values: ["a;b", "c:d"]),
            ], value: "https://twitter.com/a"),
            RawProperty(group: "g", name: "CATEGORIES", value: "Friends,Work\\, paid"),
            RawProperty(name: "X-NOTE", parameters: [
                RawParameter(name: "CHARSET", values: ["ISO-8859-1"]),
                RawParameter(name: "ENCODING", values: ["QUOTED-PRINTABLE"]),
            ], value: "caf\u{E9}\\nlin"),
        ])
        let (text, messages) = written(contact, .v30)
        #expect(text.contains("""
            \r
            X-SOCIALPROFILE;TYPE=twitter;X-USER="a;b","c:d":https://twitter.com/a\r
            g.CATEGORIES:Friends,Work\\, paid\r
            X-NOTE:café\\nlin\r
            END:VCARD\r

            """))
        #expect(messages.isEmpty)
        let legacy = written(contact, .v21)
        #expect(legacy.text.contains("""
            \r
            X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/a\r
            g.CATEGORIES:Friends,Work\\, paid\r
            X-NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9=0D=0Alin\r
            END:VCARD\r

            """))
        #expect(legacy.messages == [
            "vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; X-SOCIALPROFILE parameter X-USER value 'a;b' left out",
            "vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; X-SOCIALPROFILE parameter X-USER value 'c:d' left out",
        ])
    }

    @Test func aLiteralLineBreakInAKeptValueCannotEndTheLine() {
        let contact = Contact(name: PersonName(formatted: "A"), unmapped: [RawProperty(name: "X-NOTE", value: "uno\r\ndos\ntres")])
        #expect(written(contact, .v40).text.contains("\r\nX-NOTE:uno\\ndos\\ntres\r\n"))
        #expect(written(contact, .v21).text.contains("\r\nX-NOTE;ENCODING=QUOTED-PRINTABLE:uno=0D=0Ados=0D=0Atres\r\n"))
    }

    @Test func anUnknownVersionIsWrittenAs30() {
        let writer = VCardWriter(version: VCardVersion(rawValue: "3"))
        #expect(writer.version == .v30)
        #expect(written(Contact(), VCardVersion(rawValue: "5.0")).text.hasPrefix("BEGIN:VCARD\r\nVERSION:3.0\r\n"))
    }

    @Test func formattedNameIsSynthesisedWhenMissing() {
        #expect(VCardWriter.displayName(for: Contact(name: PersonName(given: "Ana", family: "Ruiz", suffix: "Jr."))) == "Ana Ruiz Jr.")
        #expect(VCardWriter.displayName(for: Contact(organization: Organization(company: "Acme"))) == "Acme")
        #expect(VCardWriter.displayName(for: Contact(emails: [Email(address: "x@example.com")])) == "x@example.com")
        #expect(VCardWriter.displayName(for: Contact(phones: [Phone(value: "099 123", normalized: NormalizedPhone(e164: "+59399123"))])) == "+59399123")
        #expect(VCardWriter.displayName(for: Contact()) == "")
    }

    @Test func writesSeveralContactsAndNumbersTheirWarnings() {
        var writer = VCardWriter()
        let (bytes, diagnostics) = writer.write([
            Contact(name: PersonName(formatted: "A")),
            Contact(name: PersonName(formatted: "B"), birthday: PartialDate(year: 2000, day: 1)),
        ])
        #expect(String(decoding: bytes, as: UTF8.self) == """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:;;;;\r
            FN:A\r
            END:VCARD\r
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:;;;;\r
            FN:B\r
            END:VCARD\r

            """)
        #expect(diagnostics.map(\.message) == ["contact 2: no vCard date form holds a birthday with a year and a day but no month; BDAY left out"])
    }
}
