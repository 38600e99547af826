import ContactModel
import Testing
import VCardFormat

/// What particular exporters write that the standards do not say, read as the exporter meant it;
/// one regression per quirk found by running new samples through the reader.
@Suite struct VCardReaderExporterQuirkTests {
    private func card(_ version: String, _ lines: String) throws -> Contact {
        let result = VCardReader.readAll(Array("BEGIN:VCARD\r\nVERSION:\(version)\r\n\(lines)\r\nEND:VCARD\r\n".utf8))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.contacts.first).contact
    }

    /// Outlook 2.1 writes its callback, company, radio, assistant and TTY/TDD numbers as
    /// `X-MS-TEL`; they are phones, not unknown properties.
    @Test func outlookExtraPhonesAreTelephones() throws {
        let read = try card(
            "2.1",
            """
            TEL;WORK;VOICE:+33 1 42 14 20 00\r
            X-MS-TEL;VOICE;CALLBACK:06 98 76 54 32\r
            x-ms-tel;VOICE;COMPANY:+33 1 42 14 20 10\r
            X-MS-TEL;VOICE;RADIO:06 11 22 33 44\r
            X-MS-TEL;VOICE;ASSISTANT:01 40 00 00 01\r
            X-MS-TEL;TTYTDD:01 40 00 00 02
            """)
        #expect(
            read.phones == [
                Phone(value: "+33 1 42 14 20 00", kind: .work, additionalKinds: [.voice]),
                Phone(value: "06 98 76 54 32", kind: .callback, additionalKinds: [.voice]),
                Phone(value: "+33 1 42 14 20 10", kind: .main, additionalKinds: [.voice]),
                Phone(value: "06 11 22 33 44", kind: .radio, additionalKinds: [.voice]),
                Phone(value: "01 40 00 00 01", kind: .assistant, additionalKinds: [.voice]),
                Phone(value: "01 40 00 00 02", kind: .textphone),
            ])
        #expect(read.unmapped.isEmpty)
    }

    /// A card pasted from an email or a document has every line indented: each line is read
    /// without the card's indentation, and only whitespace beyond it folds a line. Read whole and
    /// in chunks of 1 and 7 bytes.
    @Test(arguments: [1, 7, 65_536])
    func anIndentedCardIsRead(chunkSize: Int) throws {
        let text = """
              BEGIN:VCARD\r
              VERSION:2.1\r
              FN:Ana Vera\r
              NOTE;ENCODING=QUOTED-PRINTABLE:Llamar=20=\r
              despu=C3=A9s de las 5\r
              TEL;CELL:+593 99 123 4567\r
              END:VCARD\r
            \tBEGIN:VCARD\r
            \tVERSION:3.0\r
            \tFN:Luis Mora\r
            \tEMAIL:luis.mora@\r
            \t example.ec\r
            \tEND:VCARD\r
            BEGIN:VCARD\r
            VERSION:3.0\r
            FN:Eva Paz\r
            NOTE:una\r
              nota\r
            END:VCARD\r

            """
        var reader = VCardReader(MemoryByteSource(Array(text.utf8), chunkSize: chunkSize))
        var diagnostics: [Diagnostic] = []
        var contacts: [ContactRecord] = []
        while let record = try reader.next(diagnostics: &diagnostics) { contacts.append(record) }
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        #expect(contacts.map(\.contact.name.formatted) == ["Ana Vera", "Luis Mora", "Eva Paz"])
        #expect(contacts.map(\.position) == [
            SourcePosition(line: 1, column: 3, byteOffset: 2), SourcePosition(line: 8, column: 2, byteOffset: 158),
            SourcePosition(line: 14, column: 1, byteOffset: 245),
        ])
        let ana = try #require(contacts.first).contact
        #expect(ana.note == "Llamar después de las 5")
        #expect(ana.phones.map(\.value) == ["+593 99 123 4567"])
        #expect(contacts[1].contact.emails.map(\.address) == ["luis.mora@example.ec"])
        #expect(contacts.last?.contact.note == "una nota")
    }

    /// KDE's and ez-vcard's 2.1 exports fold every line at 75 octets, mid-word, and insert the
    /// space of a 3.0 fold: after a line that long the fold's space is dropped, whether VERSION
    /// came first or, as KDE writes it, after UID. A shorter 2.1 line folded where the text has a
    /// space keeps it (vCard 2.1 §2.1.3). Read whole and in chunks of 1 and 7 bytes.
    @Test(arguments: [1, 7, 65_536])
    func twoOneLinesFoldedAtSeventyFiveOctetsLoseTheFoldSpace(chunkSize: Int) throws {
        let first = [
            "BEGIN:VCARD", "VERSION:2.1", "N:Villavicencio;María Fernanda;;;", "FN:María Fernanda Villavicencio",
            "TITLE:Gerente de", " proyectos",
            "EMAIL;TYPE=INTERNET;TYPE=PREF:maria.fernanda.villavicencio@consultora-andin", " a.com.ec",
            "ADR;CHARSET=UTF-8;ENCODING=8BIT;TYPE=home:;;Av. 6 de Diciembre N34-120;Quit",
            " o;Pichincha;170135;Ecuador",
            "NOTE;CHARSET=UTF-8:Cliente desde 2019. Prefiere que la llamen al celular an",
            " tes de las 10 de la mañana; los viernes atiende en la oficina de Guayaqui", " l.",
            "END:VCARD",
        ]
        let kde = [
            "BEGIN:VCARD", "EMAIL;CHARSET=UTF-8;ENCODING=8BIT:jose.quispe@andes.pe",
            "FN;CHARSET=UTF-8;ENCODING=8BIT:José Quispe", "N;CHARSET=UTF-8;ENCODING=8BIT:Quispe;José;;;",
            "UID:kUq3dP0x7a", "VERSION:2.1",
            "X-KADDRESSBOOK-OPENPGPFP;CHARSET=UTF-8;ENCODING=8BIT:9A41C07E52D3B8F6A1E04C", " 7D2B19E6F35A08C4D1",
            "END:VCARD",
        ]
        // The folded lines are 75 octets, the fold's space counted in a continuation.
        #expect([first[6], first[8], first[10], first[11], kde[6]].map(\.utf8.count) == [75, 75, 75, 75, 75])
        let text = (first + kde).joined(separator: "\r\n") + "\r\n"
        var reader = VCardReader(MemoryByteSource(Array(text.utf8), chunkSize: chunkSize))
        var diagnostics: [Diagnostic] = []
        var contacts: [Contact] = []
        while let record = try reader.next(diagnostics: &diagnostics) { contacts.append(record.contact) }
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        let maria = try #require(contacts.first)
        #expect(maria.organization?.title == "Gerente de proyectos")
        #expect(maria.emails.map(\.address) == ["maria.fernanda.villavicencio@consultora-andina.com.ec"])
        #expect(maria.addresses.map(\.city) == ["Quito"])
        #expect(maria.addresses.map(\.country) == ["Ecuador"])
        #expect(maria.note == """
            Cliente desde 2019. Prefiere que la llamen al celular antes de las 10 de la mañana; \
            los viernes atiende en la oficina de Guayaquil.
            """)
        let jose = try #require(contacts.last)
        #expect(jose.unmapped.last?.value == "9A41C07E52D3B8F6A1E04C7D2B19E6F35A08C4D1")
    }

    /// Indented cards as pages and emails show them: properties indented under `BEGIN:VCARD`,
    /// blank lines inside a card (vCard 2.1 puts one after a photo) and between cards, an
    /// indented card after one that is not, a 2.1 value continued after a backslash.
    @Test(arguments: [
        "  BEGIN:VCARD\n  VERSION:3.0\n  FN:Ana Vera\n  TEL:+593991234567\n  END:VCARD\n\n  BEGIN:VCARD\n  VERSION:3.0\n  FN:Luis Mora\n  TEL:+593987654321\n  END:VCARD\n",
        "BEGIN:VCARD\n    VERSION:3.0\n    FN:Ana Vera\n\n    TEL:+593991234567\nEND:VCARD\n  BEGIN:VCARD\n    VERSION:3.0\n    FN:Luis Mora\n    NOTE:una \n     nota\n    TEL:+593987654321\n  END:VCARD\n",
        "  BEGIN:VCARD\r\n  VERSION:2.1\r\n  FN:Ana Vera\r\n  PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n      /9j/4AAQSkZJRgABAQAAAQABAAD\r\n\r\n  TEL;CELL:+593991234567\r\n  ADR;HOME:;;Av. Amazonas\\\r\n  N34-451;Quito;;;Ecuador\r\n  END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Luis Mora\r\nTEL:+593987654321\r\nEND:VCARD\r\n",
    ])
    func indentedCardsAsPagesShowThem(text: String) throws {
        try readsAnaAndLuis(text)
        let result = VCardReader.readAll(Array(text.utf8))
        if text.contains("NOTE") { #expect(result.contacts.last?.contact.note == "una nota") }
        if text.contains("PHOTO") {
            #expect(result.contacts.first?.contact.addresses.map(\.street) == ["Av. Amazonas\nN34-451"])
        }
    }

    /// An empty line in an indented card before a property the reader does not know, and a
    /// blank line inside base64 data (which 2.1 writers leave) or after a value ending in a
    /// backslash before the next property.
    @Test(arguments: [
        "  BEGIN:VCARD\r\n  VERSION:4.0\r\n  FN:Ana Vera\r\n\r\n  HOBBY:reading\r\n  TEL:+593991234567\r\n  END:VCARD\r\n  BEGIN:VCARD\r\n  VERSION:4.0\r\n  FN:Luis Mora\r\n  TEL:+593987654321\r\n  END:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana Vera\r\nNOTE:share at \\\\server\\docs\\\r\nTEL:+593991234567\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\n AAAA\r\n\r\n BBBB\r\n\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Luis Mora\r\nTEL:+593987654321\r\nEND:VCARD\r\n",
    ])
    func blankLinesAndBackslashesBeforeProperties(text: String) throws {
        try readsAnaAndLuis(text)
        let ana = try #require(VCardReader.readAll(Array(text.utf8)).contacts.first).contact
        if text.contains("PHOTO") {
            #expect(ana.unmapped.map(\.value) == ["/9j/4AAQAAAABBBB"])
            #expect(ana.note == #"share at \\server\docs\"#)
        } else {
            #expect(ana.unmapped.map(\.name) == ["HOBBY"])
        }
    }

    private func readsAnaAndLuis(_ text: String) throws {
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        #expect(result.contacts.map(\.contact.name.formatted) == ["Ana Vera", "Luis Mora"])
        let phones = result.contacts.map { $0.contact.phones.map(\.value) }
        #expect(phones == [["+593991234567"], ["+593987654321"]])
    }

    /// WhatsApp joins the cards it shares with `_$!<VCard-Separator>!$_` between one card's END
    /// and the next one's BEGIN: two cards, not one holding both people's phones.
    @Test func whatsAppCardSeparatorEndsOneCardAndBeginsTheNext() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ciro Dantas\r\nTEL;waid=556492599931:+55 64 99259-9931\r\n"
            + "END:VCARD_$!<VCard-Separator>!$_BEGIN:VCARD\r\nVERSION:3.0\r\nFN:João Proje\r\n"
            + "TEL;waid=556493033658:+55 64 9303-3658\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(result.contacts.map(\.contact.name.formatted) == ["Ciro Dantas", "João Proje"])
        #expect(result.contacts.map { $0.contact.phones.map(\.whatsAppID) } == [["556492599931"], ["556493033658"]])
        #expect(result.diagnostics.isEmpty)
    }

    /// Roundcube writes the department apart from ORG.
    @Test func roundcubeDepartmentIsTheOrganisationsUnit() throws {
        let read = try card("3.0", "FN:Jane Doe\r\nORG:Roundcube\r\nX-DEPARTMENT:Development")
        #expect(read.organization == Organization(company: "Roundcube", units: ["Development"]))
        #expect(read.unmapped.isEmpty)
    }

    /// Apple writes a birthday without a year with the placeholder year 1604 and says so in
    /// `X-APPLE-OMIT-YEAR`; the year is not the person's. CardBook writes 1604 without the
    /// parameter, and no birthday is that old: 1604 is no year either way.
    @Test(arguments: [
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-10", PartialDate(month: 2, day: 10)),
        ("BDAY;x-apple-omit-year=\"1604\";VALUE=date:16041231", PartialDate(month: 12, day: 31)),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1985-02-10", PartialDate(year: 1985, month: 2, day: 10)),
        ("BDAY;X-APPLE-OMIT-YEAR=abc:1604-02-10", PartialDate(month: 2, day: 10)),
        ("BDAY:1604-02-10", PartialDate(month: 2, day: 10)),
        ("BDAY:1605-02-10", PartialDate(year: 1605, month: 2, day: 10)),
    ])
    func appleOmittedYearIsNoYear(_ line: String, _ date: PartialDate) throws {
        #expect(try card("3.0", "FN:Jane Doe\r\n" + line).birthday == date)
    }

    /// A day the month does not have is not a date: kept raw with a warning, not sent on.
    @Test(arguments: ["1990-02-30", "19900431", "2023-02-29", "--02-30"])
    func daysPastTheEndOfTheMonthAreNotDates(_ text: String) throws {
        let result = VCardReader.readAll(Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nBDAY:\(text)\r\nEND:VCARD\r\n".utf8))
        let contact = try #require(result.contacts.first).contact
        #expect(contact.birthday == nil)
        #expect(contact.unmapped == [RawProperty(name: "BDAY", value: text)])
        #expect(result.diagnostics.map(\.rendered) == ["4:1: warning: BDAY '\(text)' is not a date; kept unparsed"])
    }

    @Test func februaryTwentyNinthOfALeapYearOrNoYearIsADate() throws {
        #expect(try card("3.0", "FN:A\r\nBDAY:2024-02-29").birthday == PartialDate(year: 2024, month: 2, day: 29))
        #expect(try card("4.0", "FN:A\r\nBDAY:--0229").birthday == PartialDate(month: 2, day: 29))
    }

    /// Evolution writes the phones vCard has no TYPE for as `X-EVOLUTION-<slot>`: the slot is the
    /// kind, not a label reading "EVOLUTION-COMPANY".
    @Test func evolutionPhoneSlotsAreKinds() throws {
        let read = try card(
            "3.0",
            """
            TEL;TYPE=X-EVOLUTION-COMPANY;X-EVOLUTION-UI-SLOT=1:1\r
            TEL;TYPE=x-evolution-callback:2\r
            TEL;TYPE=X-EVOLUTION-RADIO:3\r
            TEL;TYPE=X-EVOLUTION-TTYTDD:4\r
            TEL;TYPE=X-EVOLUTION-ASSISTANT:5\r
            TEL;TYPE=X-EVOLUTION-TELEX:6\r
            TEL;TYPE=X-EVOLUTION-:7
            """)
        #expect(
            read.phones == [
                Phone(value: "1", kind: .main, otherParameters: [RawParameter(name: "X-EVOLUTION-UI-SLOT", values: ["1"])]),
                Phone(value: "2", kind: .callback), Phone(value: "3", kind: .radio),
                Phone(value: "4", kind: .textphone), Phone(value: "5", kind: .assistant), Phone(value: "6", label: "TELEX"),
                Phone(value: "7", label: "EVOLUTION-"),
            ])
    }

    /// Roundcube writes its second home and work numbers and its faxes as one token each.
    @Test(arguments: [
        ("home2", Phone.Kind.home), ("WORK2", .work), ("homefax", .homeFax), ("workfax", .workFax),
        ("otherfax", .otherFax),
    ])
    func roundcubePhoneTypes(_ type: String, _ kind: Phone.Kind) throws {
        #expect(try card("3.0", "TEL;TYPE=\(type):+55 11 3333-0001").phones == [Phone(value: "+55 11 3333-0001", kind: kind)])
    }

    /// A parameter quote that is never closed no longer costs the property: the value starts at
    /// the first colon, with a warning.
    @Test func anUnclosedParameterQuoteKeepsTheValue() throws {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nTEL;TYPE=\"CELL:+1 212 555 0100\r\nEMAIL;X-LABEL=\"a:b\":ana@example.com\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8))
        let contact = try #require(result.contacts.first).contact
        #expect(contact.phones == [Phone(value: "+1 212 555 0100", kind: .mobile)])
        #expect(contact.emails == [Email(address: "ana@example.com", otherParameters: [RawParameter(name: "X-LABEL", values: ["a:b"])])])
        #expect(result.diagnostics.map(\.rendered) == [
            "4:1: warning: a parameter quote is never closed; the value is read from the first colon"
        ])
    }
}
