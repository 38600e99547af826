import ContactModel
import Testing
import VCardFormat

/// Values, parameters and property mapping, one feature per test, on small cards.
@Suite struct VCardReaderValueTests {
    private func contact(_ bytes: [UInt8]) throws -> Contact {
        let result = VCardReader.readAll(bytes)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.contacts.first).contact
    }

    private func card(_ version: String, _ lines: String) throws -> Contact {
        try contact(Array("BEGIN:VCARD\r\nVERSION:\(version)\r\n\(lines)\r\nEND:VCARD\r\n".utf8))
    }

    /// A text property given in base64 (RFC 2426 §5.1 `ENCODING=b`, 2.1's `BASE64`) is read as its
    /// text, in its CHARSET; a photo stays as written, and so does a note that is no base64.
    @Test func base64TextIsReadAsItsText() throws {
        let read = try card(
            "3.0",
            "NOTE;ENCODING=b:TGllYmxpbmdzZmFyYmU6IFZpb2xldHQ=\r\nFN;ENCODING=b;CHARSET=ISO-8859-1:Sm9z6SBQ6XJleg==\r\n"
                + "TITLE;ENCODING=b:not base64!\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ")
        #expect(read.note == "Lieblingsfarbe: Violett")
        #expect(read.name.formatted == "José Pérez")
        #expect(read.organization?.title == nil)
        #expect(read.unmapped.map(\.name) == ["TITLE", "PHOTO"])
        // A second ORG, kept as a property of its own, holds its text without its ENCODING; bytes
        // that are no UTF-8 and name no CHARSET stay base64 as written.
        let more = try card("3.0", "ORG;ENCODING=b:QWxwaGEgQ29ycA==\r\nORG;ENCODING=b:QmV0YSBDb3Jw\r\nNOTE;ENCODING=b:0dHR0dHR")
        #expect(more.organization?.company == "Alpha Corp")
        #expect(more.unmapped == [
            RawProperty(name: "ORG", value: "Beta Corp"),
            RawProperty(name: "NOTE", parameters: [RawParameter(name: "ENCODING", values: ["b"])], value: "0dHR0dHR"),
        ])
    }

    /// A name in quoted-printable whose ENCODING parameter a converter dropped (`FN:=D0=A8=D1=83`) is decoded,
    /// with a warning; text whose `=` is its own (`E=MC2`, `a=1`) stays as written.
    @Test func quotedPrintableWithoutItsParameterIsDecoded() throws {
        let bytes = Array("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;=D0=A8=D1=83;;;\r\nFN:=D0=A8=D1=83\r\nORG:E=MC2 a=1 =C3=A9\r\nEND:VCARD\r\n".utf8)
        let result = VCardReader.readAll(bytes)
        let contact = try #require(result.contacts.first?.contact)
        #expect(contact.name == PersonName(formatted: "Шу", given: "Шу"))
        #expect(contact.organization?.company == "E=MC2 a=1 =C3=A9")
        #expect(result.diagnostics.map(\.rendered) == [
            "3:1: warning: N is quoted-printable without ENCODING=QUOTED-PRINTABLE; decoded as such",
            "4:1: warning: FN is quoted-printable without ENCODING=QUOTED-PRINTABLE; decoded as such",
        ])
    }

    /// 8-bit Cyrillic with no CHARSET (an old Russian phone's export) is read as Windows-1251.
    @Test func cyrillicWithoutACharsetIsWindows1251() throws {
        let name: [UInt8] = [0xC8, 0xE2, 0xE0, 0xED, 0xEE, 0xE2, 0x3B, 0xC8, 0xE2, 0xE0, 0xED]  // Иванов;Иван
        let bytes = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nN:".utf8) + name + Array("\r\nEND:VCARD\r\n".utf8)
        let result = VCardReader.readAll(bytes)
        #expect(result.contacts.map(\.contact.name) == [PersonName(given: "Иван", family: "Иванов")])
        #expect(result.diagnostics.map(\.rendered) == [
            "3:1: warning: 8-bit text that is not UTF-8 and names no CHARSET; read as Windows-1251 (the first such value is here); if letters look wrong, name the file\'s code page with --encoding"
        ])
    }

    /// The Bat! writes Polish in ISO-8859-2 and names no CHARSET: guessed, `ń` (0xF1) would read as
    /// Windows-1252's `ñ`; the code page the user names reads it right, with nothing to report.
    @Test func namedCodePageReadsValuesWithoutACharset() throws {
        let bytes = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Iksi".utf8) + [0xF1] + Array("ski;Piotr;;;\r\nORG:".utf8)
            + [0xA3, 0xF3, 0xBF, 0x6B, 0x6F] + Array("\r\nEND:VCARD\r\n".utf8)  // Łóżko
        let guessed = VCardReader.readAll(bytes)
        #expect(guessed.contacts.map(\.contact.name.family) == ["Iksiñski"])
        #expect(guessed.diagnostics.count == 1)
        let named = VCardReader.readAll(bytes, codePage: TextCharset(name: "ISO-8859-2"))
        #expect(named.contacts.map(\.contact.name) == [PersonName(given: "Piotr", family: "Iksiński")])
        #expect(named.contacts.map(\.contact.organization?.company) == ["Łóżko"])
        #expect(named.diagnostics.isEmpty)
    }

    /// A CHARSET the card names wins over the code page the user named; bytes the named code page
    /// cannot read fall back to Windows-1252 with a warning that says so.
    @Test func charsetParameterWinsOverTheNamedCodePage() throws {
        let bytes = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252:Jos".utf8) + [0xE9]
            + Array("\r\nNOTE:".utf8) + [0x82, 0xA0, 0xFF] + Array("\r\nEND:VCARD\r\n".utf8)
        let result = VCardReader.readAll(bytes, codePage: .shiftJIS)
        #expect(result.contacts.map(\.contact.name.formatted) == ["José"])
        #expect(result.contacts.map(\.contact.note) == ["‚\u{A0}ÿ"])
        #expect(result.diagnostics.map(\.rendered) == ["4:1: warning: NOTE is not valid shift_jis; read as Windows-1252"])
    }

    /// UTF-8 labelled with a single-byte CHARSET (an exporter's mistake; Open-Xchange and
    /// Roundcube met it) is read as UTF-8, reported once per file; real Windows-1252 bytes under
    /// the same label are still read as Windows-1252.
    @Test func utf8LabelledWindows1252IsReadAsUTF8() throws {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN;CHARSET=windows-1252:Börnig;Anke;;;\r\n"
            + "FN;CHARSET=windows-1252:Anke Börnig\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8) + Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=windows-1252:Jos".utf8)
            + [0xE9] + Array("\r\nEND:VCARD\r\n".utf8))
        #expect(result.contacts.map(\.contact.name.formatted) == ["Anke Börnig", "José"])
        #expect(result.contacts.first?.contact.name.family == "Börnig")
        #expect(result.diagnostics.map(\.rendered) == [
            "3:1: warning: N names CHARSET=windows-1252 but its text is UTF-8; read as UTF-8 (the first such value is here)"
        ])
    }

    @Test func charsetsDecodeAfterQuotedPrintable() throws {
        let shiftJIS: [UInt8] = [0x8E, 0x52, 0x93, 0x63, 0x20, 0x91, 0xBE, 0x98, 0x59]
        let bytes = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:".utf8) + shiftJIS
            + Array("\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\nNOTE;CHARSET=windows-1252:".utf8)
            + [0x93, 0x61, 0x94] + Array("\r\nEND:VCARD\r\n".utf8)
        let read = try contact(bytes)
        #expect(read.name == PersonName(formatted: "山田 太郎", given: "Jürgen", family: "Müller"))
        #expect(read.note == "“a”")
    }

    /// Outlook's 2.1 export on East Asian and Cyrillic Windows names the system code page by its
    /// MIME name (`gb2312`, `big5`, `ks_c_5601-1987`, `koi8-r`), and so do the feature phones of
    /// those markets; a European card may name ISO-8859-15 for its `€`. Each is read in it, with
    /// no warning.
    @Test(arguments: [
        ("gb2312", [0xCD, 0xF5, 0xD0, 0xA1, 0xC3, 0xF7], "王小明"),
        ("GBK", [0xCD, 0xF5, 0xD0, 0xA1, 0xC3, 0xF7], "王小明"),
        ("GB18030", [0xCD, 0xF5, 0xD0, 0xA1, 0xC3, 0xF7], "王小明"),
        ("big5", [0xB3, 0xAF, 0xA4, 0x6A, 0xA4, 0xE5], "陳大文"),
        ("ks_c_5601-1987", [0xB1, 0xE8, 0xB9, 0xCE, 0xBC, 0xF6], "김민수"),
        ("EUC-KR", [0xB1, 0xE8, 0xB9, 0xCE, 0xBC, 0xF6], "김민수"),
        ("KOI8-R", [0xE9, 0xD7, 0xC1, 0xCE], "Иван"),
        ("ISO-8859-15", [0x4A, 0x6F, 0x73, 0xE9, 0x20, 0xA4], "José €"),
        // The rest of ISO-8859, which the README counts among the code pages read.
        ("ISO-8859-8", [0xE9, 0xF9, 0xF8, 0xE0, 0xEC], "ישראל"),
        ("ISO-8859-8-I", [0xE9, 0xF9, 0xF8, 0xE0, 0xEC], "ישראל"),
        ("ISO-8859-6", [0xD9, 0xE4, 0xEA], "علي"),
        ("ISO-8859-10", [0xAF, 0xBB], "Ŋŧ"),
        ("TIS-620", [0xCA, 0xC1, 0xAA, 0xD2, 0xC2], "สมชาย"),
        ("ISO-8859-14", [0xD0, 0xFE], "Ŵŷ"),
        ("ISO-8859-16", [0xAA, 0x74, 0x65, 0x66, 0x61, 0x6E], "Ștefan"),
    ] as [(String, [UInt8], String)])
    func eastAsianAndOtherCodePagesAreRead(charset: String, written: [UInt8], name: String) throws {
        let quotedPrintable = written.map { "=" + String($0, radix: 16, uppercase: true) }.joined()
        let read = try card(
            "2.1",
            "FN;CHARSET=\(charset);ENCODING=QUOTED-PRINTABLE:\(quotedPrintable)\r\nTEL;CELL:+593991234567")
        #expect(read.name.formatted == name)
    }

    @Test func escapesByVersion() throws {
        let v21 = try card("2.1", #"FN:Smith\, Jr. \; Co\nX"# + "\r\n" + #"N:O\;Neil;Ann\,Marie;;;"#)
        #expect(v21.name == PersonName(formatted: #"Smith\, Jr. ; Co\nX"#, given: "Ann,Marie", family: "O;Neil"))
        let v30 = try card("3.0", #"FN:Smith\, Jr. \; Co\NX\:Y"# + "\r\n" + #"N:O\;Neil;Ann,Marie;;;"#)
        #expect(v30.name == PersonName(formatted: "Smith, Jr. ; Co\nX:Y", given: "Ann Marie", family: "O;Neil"))
        // Google over-escapes quotes: `\"` is a quote, as `\:` is a colon.
        let quoted = try card("3.0", #"N:\"BEVARE\";Aru;;;"#)
        #expect(quoted.name == PersonName(given: "Aru", family: #""BEVARE""#))
    }

    @Test func parameterSyntaxInTheWild() throws {
        let read = try card(
            "3.0",
            """
            TEL;type=WORK;type=VOICE;type=pref:1\r
            TEL;TYPE="HOME,VOICE":2\r
            TEL;;TYPE=CELL,;:3\r
            TEL;TYPE=HOME,TYPE=FAX:4\r
            TEL;WORK;FAX:5\r
            TEL;X-EVOLUTION-UI-SLOT=1;TYPE=Mobil:6\r
            TEL;TYPE=CAR;PREF=3:7\r
            EMAIL;TYPE=INTERNET;X-LABEL="Say \\"hi\\"";TYPE=OTHER:a@example.com\r
            ADR;LABEL="Flat 2^nHigh St.^^1":;;High St.;;;;
            """)
        #expect(
            read.phones == [
                Phone(value: "1", kind: .work, additionalKinds: [.voice], preference: 1),
                Phone(value: "2", kind: .home, additionalKinds: [.voice]),
                Phone(value: "3", kind: .mobile), Phone(value: "4", kind: .homeFax), Phone(value: "5", kind: .workFax),
                Phone(value: "6", label: "Mobil", otherParameters: [RawParameter(name: "X-EVOLUTION-UI-SLOT", values: ["1"])]),
                Phone(value: "7", kind: .car, preference: 3),
            ])
        #expect(
            read.emails == [
                Email(address: "a@example.com", kind: .other, otherParameters: [RawParameter(name: "X-LABEL", values: [#"Say "hi""#])])
            ])
        #expect(read.addresses == [PostalAddress(street: "High St.", formatted: "Flat 2\nHigh St.^1")])
    }

    @Test(arguments: [
        ("CELL", Phone.Kind.mobile), ("IPHONE,CELL", .iPhone), ("FAX", .otherFax), ("FAX,OTHER", .otherFax),
        ("MAIN", .main), ("COMPANY-MAIN", .main), ("PAGER", .pager), ("ISDN", .isdn), ("RADIO", .radio),
        ("CALLBACK", .callback), ("ASSISTANT", .assistant), ("TTY-TDD", .textphone), ("TEXTPHONE", .textphone),
        ("SMS", .text), ("MSG", .text), ("VIDEO", .video), ("VOICE", .voice), ("OTHER", .other),
    ])
    func phoneKinds(_ types: String, _ kind: Phone.Kind) throws {
        #expect(try card("3.0", "TEL;TYPE=\(types):+1 555 0100").phones == [Phone(value: "+1 555 0100", kind: kind)])
    }

    /// A TYPE list naming several kinds (RFC 6350 §6.4.1: Android's work mobile is `WORK;CELL`)
    /// gives the most specific one as the kind and keeps the others.
    @Test(arguments: [
        ("WORK,CELL", Phone.Kind.mobile, [Phone.Kind.work]), ("HOME,VOICE", .home, [.voice]),
        ("CELL,HOME,PREF", .mobile, [.home]), ("HOME,FAX,WORK", .homeFax, [.work]),
        ("IPHONE,CELL,VOICE", .iPhone, [.voice]), ("CELL,FAX", .mobile, [.otherFax]),
        ("WORK,PAGER", .pager, [.work]),
    ])
    func phoneTypeListsKeepEveryKind(_ types: String, _ kind: Phone.Kind, _ others: [Phone.Kind]) throws {
        let phone = try #require(try card("3.0", "TEL;TYPE=\(types):+1 555 0100").phones.first)
        #expect(phone.kind == kind)
        #expect(phone.additionalKinds == others)
    }

    /// A label that names a kind decides it alone: Apple writes `HOME,FAX` types under its own
    /// label, and those types are the label's rendering.
    @Test func aKindLabelLeavesNoFurtherKinds() throws {
        let read = try card("3.0", "item1.TEL;type=HOME;type=FAX:1\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\nTEL;CELL;X-Main:2")
        #expect(read.phones == [Phone(value: "1", kind: .mobile), Phone(value: "2", kind: .main)])
    }

    @Test func androidCustomLabels() throws {
        let read = try card("2.1", "TEL;X-MAIN:1\r\nTEL;X-Oficina:2\r\nTEL;CELL;X-Trabajo:3")
        #expect(
            read.phones == [
                Phone(value: "1", kind: .main), Phone(value: "2", label: "Oficina"),
                Phone(value: "3", kind: .mobile, label: "Trabajo"),
            ])
    }

    /// Samsung's export names a custom label in `X-CUSTOM(…)`, quoted-printable encoded.
    @Test func samsungCustomLabels() throws {
        let read = try card(
            "2.1",
            """
            TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=54=65=6C=C3=A9=66=6F=6E=6F=20=63=61=73=61):042222222
            EMAIL;PREF;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=43=6C=69=65=6E=74=65=73):ventas@example.ec
            TEL;CELL;X-CUSTOM(Personal, no QP):0991234567
            X-SIP;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=53=49=50):sip:ana@example.ec
            """)
        #expect(read.phones == [
            Phone(value: "042222222", label: "Teléfono casa"),
            Phone(value: "0991234567", kind: .mobile, label: "Personal, no QP"),
        ])
        #expect(read.emails == [Email(address: "ventas@example.ec", label: "Clientes", preference: 1)])
        #expect(read.unmapped == [
            RawProperty(name: "X-SIP", parameters: [RawParameter(name: "X-LABEL", values: ["SIP"])], value: "sip:ana@example.ec")
        ])
    }

    /// Converters that drop the underscores write `$!<Email>!$`; it is Apple's constant all the same.
    @Test func appleConstantsWithoutUnderscores() throws {
        let read = try card("3.0", "item1.TEL:1\r\nitem1.X-ABLabel:$!<Mobile>!$\r\nitem2.URL:https://x.ec\r\nitem2.X-ABLabel:$!<Home>!$")
        #expect(read.phones == [Phone(value: "1", kind: .mobile)])
        #expect(read.urls == [WebAddress(url: "https://x.ec", kind: .home)])
    }

    /// Google groups ORG with an empty `X-ABLabel`: nothing to keep, so no orphan label is written back.
    @Test func emptyAppleLabelOfAnUnlabelledPropertyIsDropped() throws {
        let read = try card("3.0", "FN:Caio\r\nitem3.ORG:Traço Design\r\nitem3.X-ABLabel:")
        #expect(read.organization == Organization(company: "Traço Design"))
        #expect(read.unmapped.isEmpty)
    }

    /// iOS writes `(null)` for a label it does not have: no label.
    @Test func iOSNullLabelIsNoLabel() throws {
        let read = try card("3.0", "item1.TEL;type=pref:01024556914\r\nitem1.X-ABLabel:(null)")
        #expect(read.phones == [Phone(value: "01024556914", preference: 1)])
        #expect(read.unmapped == [])
    }

    @Test func appleLabelsInEitherOrderAndCase() throws {
        let read = try card(
            "3.0",
            """
            ITEM1.X-ABLABEL:_$!<HomeFAX>!$_\r
            item1.TEL:1\r
            item2.TEL;type=CELL:2\r
            Item2.X-ABLabel:Abuela\r
            workEmail.EMAIL:w@example.com\r
            workEmail.X-ABLabel:_$!<Work>!$_\r
            item3.X-ABLabel:orphan
            """)
        #expect(read.phones == [Phone(value: "1", kind: .homeFax), Phone(value: "2", kind: .mobile, label: "Abuela")])
        #expect(read.emails == [Email(address: "w@example.com", kind: .work)])
        #expect(read.unmapped == [RawProperty(group: "item3", name: "X-ABLABEL", value: "orphan")])
    }

    @Test func quotedPrintableAppleLabelsAndCountriesAreDecoded() throws {
        let read = try card(
            "2.1",
            """
            item1.TEL;CELL:1\r
            item1.X-ABLabel;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=B3vil\r
            item2.EMAIL:a@example.com\r
            item2.X-ABLabel;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Ni=F1os\r
            item3.ADR:;;1 Rue;Paris;;;\r
            item3.X-ABADR;QUOTED-PRINTABLE:=66=72
            """)
        #expect(read.phones == [Phone(value: "1", kind: .mobile, label: "Móvil")])
        #expect(read.emails == [Email(address: "a@example.com", label: "Niños")])
        #expect(read.addresses == [PostalAddress(street: "1 Rue", city: "Paris", countryCode: "FR")])
        #expect(read.unmapped.isEmpty)
    }

    /// CardBook writes Apple's placeholder year without Apple's parameter.
    @Test func year1604WithoutTheAppleParameterIsNoYear() throws {
        let read = try card("3.0", "FN:A\r\nBDAY:16040101")
        #expect(read.birthday == PartialDate(month: 1, day: 1))
    }

    @Test func legacyLabelsGoToTheAddressOfTheirGroupOrTheNearestBefore() throws {
        let read = try card(
            "2.1",
            """
            ADR;HOME:;;1 First St;Quito;;;\r
            item2.ADR;HOME:;;2 Second St;Quito;;;\r
            item2.LABEL;HOME:2 Second St\r
            ADR;WORK:;;3 Third St;Lima;;;\r
            ADR;WORK:;;4 Fourth St;Lima;;;\r
            LABEL;WORK:4 Fourth St\r
            LABEL;HOME:1 First St\r
            LABEL;HOME:nowhere
            """)
        #expect(
            read.addresses == [
                PostalAddress(street: "1 First St", city: "Quito", formatted: "1 First St", kind: .home),
                PostalAddress(street: "2 Second St", city: "Quito", formatted: "2 Second St", kind: .home),
                PostalAddress(street: "3 Third St", city: "Lima", kind: .work),
                PostalAddress(street: "4 Fourth St", city: "Lima", formatted: "4 Fourth St", kind: .work),
                // A LABEL no ADR takes is an address given only as its text.
                PostalAddress(formatted: "nowhere", kind: .home),
            ])
        #expect(read.unmapped.isEmpty)
    }

    /// Evolution and Outlook write some addresses as a LABEL alone; a 6-part ADR (SOGo
    /// Connector) lacks its post office box.
    @Test func labelOnlyAddressesAndSixPartADR() throws {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nLABEL;TYPE=WORK:401 Park Drive\\n3 West\\nBoston\\, MA 02215\r\n"
            + "ADR:Apt 2;Calle 1;Quito;Pichincha;170102;Ecuador\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(result.diagnostics.map(\.rendered) == [
            "5:1: warning: ADR has 6 components, not 7; read as without the post office box, the last being the country",
        ])
        #expect(result.contacts.first?.contact.addresses == [
            PostalAddress(extended: "Apt 2", street: "Calle 1", city: "Quito", region: "Pichincha", postalCode: "170102", country: "Ecuador"),
            PostalAddress(formatted: "401 Park Drive\n3 West\nBoston, MA 02215", kind: .work),
        ])
    }

    @Test func aLegacyLabelBeforeItsAddressStillFindsIt() throws {
        let read = try card("2.1", "LABEL;WORK:5 Fifth Ave\r\nADR;HOME:;;1 Home Rd;;;;\r\nADR;WORK:;;5 Fifth Ave;;;;")
        #expect(
            read.addresses == [
                PostalAddress(street: "1 Home Rd", kind: .home),
                PostalAddress(street: "5 Fifth Ave", formatted: "5 Fifth Ave", kind: .work),
            ])
    }

    @Test func telURIsAndPlainNumbersWithValueURI() throws {
        let read = try card(
            "4.0", "TEL;VALUE=uri:tel:+1-555-0100;ext=12\r\nTEL;VALUE=uri:tel:+1-555-0101\r\nTEL;VALUE=URI:5550102")
        #expect(
            read.phones == [
                Phone(value: "+1-555-0100", extensionNumber: "12"), Phone(value: "+1-555-0101"), Phone(value: "5550102"),
            ])
    }

    @Test(arguments: [
        ("1985-04-12", PartialDate(year: 1985, month: 4, day: 12)), ("19850412", PartialDate(year: 1985, month: 4, day: 12)),
        ("--0412", PartialDate(month: 4, day: 12)), ("--04-12", PartialDate(month: 4, day: 12)),
        ("1985-04", PartialDate(year: 1985, month: 4)), ("1985-04-12T10:22:00Z", PartialDate(year: 1985, month: 4, day: 12)),
        ("---12", PartialDate(day: 12)),
    ])
    func birthdays(_ text: String, _ date: PartialDate) throws {
        #expect(try card("4.0", "BDAY:\(text)").birthday == date)
    }

    @Test(arguments: ["1985-13-01", "yesterday", "85-4-12", "1985-04-32"])
    func badBirthdaysStayRawWithAWarning(_ text: String) {
        let result = VCardReader.readAll(Array("BEGIN:VCARD\r\nVERSION:3.0\r\nBDAY:\(text)\r\nEND:VCARD\r\n".utf8))
        #expect(result.contacts.map(\.contact) == [Contact(unmapped: [RawProperty(name: "BDAY", value: text)])])
        #expect(result.diagnostics.map(\.rendered) == ["3:1: warning: BDAY '\(text)' is not a date; kept unparsed"])
    }

    @Test func extraNameComponentsAreReported() {
        let result = VCardReader.readAll(Array("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;;;;Extra;More\r\nEND:VCARD\r\n".utf8))
        #expect(result.contacts.map(\.contact.name) == [PersonName(given: "John", family: "Doe")])
        #expect(result.diagnostics.map(\.rendered) == ["3:1: warning: N has 7 components; the 2 after the 5th are left out"])
    }

    @Test func textBirthdayStaysRaw() throws {
        #expect(
            try card("4.0", "BDAY;VALUE=text:circa 1800").unmapped == [
                RawProperty(name: "BDAY", parameters: [RawParameter(name: "VALUE", values: ["text"])], value: "circa 1800")
            ])
    }

    @Test func base64BlockEndedByNextPropertyOrBlankLine() throws {
        let read = try card(
            "2.1",
            "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n /9j/4AAQ\r\nSkZJRgAB\r\n\r\nLOGO;BASE64:iVBOR\r\nw0KGgo=\r\nTEL;CELL:1")
        #expect(read.phones == [Phone(value: "1", kind: .mobile)])
        #expect(
            read.unmapped == [
                RawProperty(
                    name: "PHOTO",
                    parameters: [RawParameter(name: "ENCODING", values: ["BASE64"]), RawParameter(name: "TYPE", values: ["JPEG"])],
                    value: "/9j/4AAQSkZJRgAB"),
                RawProperty(name: "LOGO", parameters: [RawParameter(name: "ENCODING", values: ["BASE64"])], value: "iVBORw0KGgo="),
            ])
    }

    @Test func googleEighthAddressComponentAndAppleCountryCode() throws {
        let read = try card(
            "3.0", "item1.ADR:;;1 Rue;Paris;;75001;France;1 Rue\\n75001 Paris\r\nitem1.X-ABADR:fr\r\nitem2.X-ABADR:Street")
        #expect(
            read.addresses == [
                PostalAddress(
                    street: "1 Rue", city: "Paris", postalCode: "75001", country: "France", countryCode: "FR",
                    formatted: "1 Rue\n75001 Paris")
            ])
        #expect(read.unmapped == [RawProperty(group: "item2", name: "X-ABADR", value: "Street")])
    }

    @Test func addressCountryCodeParameterOfRFC8605() throws {
        let read = try card(
            "4.0",
            """
            ADR;TYPE=work;CC=co:;;Cra. 7 # 71-21;Bogotá;;110231;\r
            ADR;CC=Colombia:;;Calle 1;Cali;;;\r
            item1.ADR;CC=PE:;;Av. Arequipa 100;Lima;;;\r
            item1.X-ABADR:ec
            """)
        #expect(
            read.addresses == [
                PostalAddress(street: "Cra. 7 # 71-21", city: "Bogotá", postalCode: "110231", countryCode: "CO", kind: .work),
                PostalAddress(street: "Calle 1", city: "Cali"),
                PostalAddress(street: "Av. Arequipa 100", city: "Lima", countryCode: "EC"),
            ])
    }

    @Test func quotedPrintableLineBreaksBecomeEscapedInRawValues() throws {
        let read = try card("2.1", "X-NOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0Atwo=\r\nthree\r\nVERSION:2.1")
        #expect(read.unmapped == [RawProperty(name: "X-NOTE", value: "one\\ntwothree")])
    }

    @Test func versionAtTheEndStillGovernsEscaping() throws {
        let read = try contact(Array("begin:vcard\nn:O\\;Neil;Ann\nfn:Ann O\\,Neil\nversion:2.1\nend:vcard\n".utf8))
        #expect(read.name == PersonName(formatted: "Ann O\\,Neil", given: "Ann", family: "O;Neil"))
    }
}
