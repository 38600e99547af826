import ContactModel
import JSONCoding
import Testing
@testable import VCardFormat

/// Parameters of mapped properties that no field holds (`SORT-AS`, `LANGUAGE`, `ALTID`, `PID`,
/// `GEO`, `X-…`, an address's delivery types) are kept beside the field and written back.
@Suite struct VCardKeptParameterTests {
    /// Android's vCard 4.0 export with readings, and a synchronised card with property ids.
    static let card = """
        BEGIN:VCARD\r
        VERSION:4.0\r
        FN;LANGUAGE=ja:安藤 ロイド\r
        N;SORT-AS="あんどう,ろいど";ALTID=1:安藤;ロイド;;;\r
        ORG;TYPE=WORK;SORT-AS=ぐーぐる:グーグル\r
        TEL;TYPE=cell;PID=1.1;X-SYNC=a:+81 90-1234-5678\r
        EMAIL;PID=2.1:ando@example.jp\r
        ADR;TYPE=home,postal;GEO="geo:35.68,139.76":;;1-1 Chiyoda;Tokyo;;100-0001;Japan\r
        URL;MEDIATYPE=text/html:https://example.jp\r
        END:VCARD\r

        """

    private static func read(_ text: String) throws -> Contact {
        try #require(VCardReader.readAll(Array(text.utf8)).contacts.first).contact
    }

    /// `contact` as the vCard writer writes it in `version`, and the writer's warnings.
    private static func written(_ contact: Contact, _ version: VCardVersion) -> (text: String, messages: [String]) {
        var writer = VCardWriter(version: version)
        var out: [UInt8] = []
        let diagnostics = writer.write(contact, into: &out)
        return (String(decoding: out, as: UTF8.self), diagnostics.map(\.message))
    }

    @Test func theReaderKeepsThemBesideTheFields() throws {
        let contact = try Self.read(Self.card)
        #expect(contact.name.formattedNameParameters == [RawParameter(name: "LANGUAGE", values: ["ja"])])
        #expect(contact.name.nameParameters == [
            RawParameter(name: "SORT-AS", values: ["あんどう,ろいど"]), RawParameter(name: "ALTID", values: ["1"]),
        ])
        #expect(contact.organization?.otherParameters == [
            RawParameter(name: "SORT-AS", values: ["ぐーぐる"]), RawParameter(name: "TYPE", values: ["WORK"]),
        ])
        #expect(contact.phones.map(\.otherParameters) == [[
            RawParameter(name: "PID", values: ["1.1"]), RawParameter(name: "X-SYNC", values: ["a"]),
        ]])
        #expect(contact.phones.map(\.kind) == [.mobile])
        #expect(contact.emails.map(\.otherParameters) == [[RawParameter(name: "PID", values: ["2.1"])]])
        #expect(contact.addresses.map(\.kind) == [.home])
        #expect(contact.addresses.map(\.otherParameters) == [[
            RawParameter(name: "GEO", values: ["geo:35.68,139.76"]), RawParameter(name: "TYPE", values: ["postal"]),
        ]])
        #expect(contact.urls.map(\.otherParameters) == [[RawParameter(name: "MEDIATYPE", values: ["text/html"])]])
        #expect(contact.unmapped.isEmpty)
    }

    /// What a parameter other than TYPE gives one line (PREF, waid, LABEL, a kept parameter) is
    /// not carried to the next line, which has only TYPE or no parameters.
    @Test func aLinesParametersAreNotCarriedToTheNext() throws {
        let contact = try Self.read("""
            BEGIN:VCARD\r
            VERSION:4.0\r
            FN:Ana Torres\r
            TEL;TYPE=cell;PREF=1;waid=593991234567;X-SYNC=a:+593 99 123 4567\r
            TEL;TYPE=work:+593 2 222 3333\r
            EMAIL;PREF=2;LABEL=x:ana@example.com\r
            EMAIL:ana@work.example\r
            ADR;TYPE=home;LABEL="Av. Amazonas 1, Quito":;;Av. Amazonas 1;Quito;;;Ecuador\r
            ADR;TYPE=work:;;Calle 2;Quito;;;Ecuador\r
            END:VCARD\r

            """)
        #expect(contact.phones.map(\.preference) == [1, nil])
        #expect(contact.phones.map(\.whatsAppID) == ["593991234567", nil])
        #expect(contact.phones.map(\.otherParameters) == [[RawParameter(name: "X-SYNC", values: ["a"])], []])
        #expect(contact.emails.map(\.preference) == [2, nil])
        #expect(contact.addresses.map(\.formatted) == ["Av. Amazonas 1, Quito", nil])
    }

    @Test func vCard40WritesThemBack() throws {
        let written = Self.written(try Self.read(Self.card), .v40)
        #expect(written.messages.isEmpty)
        #expect(written.text == """
            BEGIN:VCARD\r
            VERSION:4.0\r
            N;SORT-AS="あんどう,ろいど";ALTID=1:安藤;ロイド;;;\r
            FN;LANGUAGE=ja:安藤 ロイド\r
            ORG;SORT-AS=ぐーぐる;TYPE=WORK:グーグル\r
            TEL;TYPE=cell;PID=1.1;X-SYNC=a:+81 90-1234-5678\r
            EMAIL;PID=2.1:ando@example.jp\r
            ADR;TYPE=home;GEO="geo:35.68,139.76";TYPE=postal:;;1-1 Chiyoda;Tokyo;;100-0\r
             001;Japan\r
            URL;MEDIATYPE=text/html:https://example.jp\r
            END:VCARD\r

            """)
    }

    /// KDE's 2.1 export marks every text value `CHARSET=UTF-8;ENCODING=8BIT`: on the properties
    /// it keeps unmapped, 8BIT (written as is) is dropped with the charset, since RFC 2426 §4 and
    /// RFC 6350 have no such ENCODING; a base64 photo keeps its `ENCODING=b`.
    @Test func eightBitEncodingIsNotKeptOnRawProperties() throws {
        let contact = try Self.read("""
            BEGIN:VCARD\r
            FN;CHARSET=UTF-8;ENCODING=8BIT:Rocío Paredes\r
            PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r
            VERSION:2.1\r
            X-KADDRESSBOOK-X-Office;CHARSET=UTF-8;ENCODING=8BIT:Oficina Cuenca\r
            X-messaging/xmpp-All;CHARSET=UTF-8;7BIT:rocio@jabber.ec\r
            END:VCARD\r

            """)
        #expect(contact.unmapped.map(\.parameters) == [
            [RawParameter(name: "ENCODING", values: ["b"]), RawParameter(name: "TYPE", values: ["JPEG"])], [], [],
        ])
        let (text, messages) = Self.written(contact, .v30)
        #expect(messages.isEmpty)
        #expect(text == """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:;;;;\r
            FN:Rocío Paredes\r
            PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r
            X-KADDRESSBOOK-X-OFFICE:Oficina Cuenca\r
            X-MESSAGING/XMPP-ALL:rocio@jabber.ec\r
            END:VCARD\r

            """)
    }

    /// vCard 2.1 parameter values cannot be quoted: one holding `,` or `:` is left out, with a warning.
    @Test func vCard21LeavesOutWhatItCannotHold() throws {
        let (text, messages) = Self.written(try Self.read(Self.card), .v21)
        #expect(messages == [
            "vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; N parameter SORT-AS left out",
            "vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; ADR parameter GEO left out",
        ])
        #expect(text.contains("\r\nN;ALTID=1;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:"))
        #expect(text.contains("\r\nADR;HOME;TYPE=postal:;;1-1 Chiyoda;Tokyo;;100-0001;Japan\r\n"))
        #expect(text.contains("\r\nTEL;CELL;PID=1.1;X-SYNC=a:+81 90-1234-5678\r\n"))
    }

    /// A jCard's parameters that say how a vCard line is written (`value`, `encoding`,
    /// `charset`) are not kept: written back they made an email base64 and a phone two value
    /// types. vCard 2.1 writes a list of values as one parameter per value.
    @Test func jCardTransferParametersAreNotKeptAnd21WritesOneValueEach() throws {
        let json = #"["vcard",[["version",{},"text","4.0"],["fn",{"charset":"UTF-8"},"text","Ana Vera"],"#
            + #"["email",{"encoding":"b","pid":"1.1"},"text","ana@example.ec"],"#
            + #"["tel",{"type":"cell","value":"text","pid":["1.1","2.1"]},"text","+593 99 123 4567"]]]"#
        var reader = JCardReader(MemoryByteSource(Array(json.utf8)))
        var diagnostics: [Diagnostic] = []
        let contact = try #require(try reader.next(diagnostics: &diagnostics)).contact
        #expect(contact.name.formattedNameParameters == [])
        #expect(contact.emails.map(\.otherParameters) == [[RawParameter(name: "PID", values: ["1.1"])]])
        #expect(contact.phones.map(\.otherParameters) == [[RawParameter(name: "PID", values: ["1.1", "2.1"])]])
        let (text, messages) = Self.written(contact, .v21)
        #expect(messages.isEmpty)
        #expect(text.contains("\r\nEMAIL;PID=1.1:ana@example.ec\r\n"))
        #expect(text.contains("\r\nTEL;CELL;PID=1.1;PID=2.1:+593 99 123 4567\r\n"))
    }

    /// NICKNAME, TITLE, ROLE, NOTE and BDAY keep theirs too (a title in two languages, Apple's
    /// calendar scale), in every version and in jCard.
    @Test func singleValuedPropertiesKeepTheirParameters() throws {
        let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nNICKNAME;TYPE=work:Anita\r\nTITLE;ALTID=2;LANGUAGE=en:Manager\r\n"
            + "ROLE;LANGUAGE=tr:Yönetici\r\nNOTE;LANGUAGE=es:hola\r\nBDAY;CALSCALE=gregorian:19850430\r\nEND:VCARD\r\n"
        let contact = try Self.read(card)
        #expect(contact.propertyParameters == [
            "NICKNAME": [RawParameter(name: "TYPE", values: ["work"])],
            "TITLE": [RawParameter(name: "ALTID", values: ["2"]), RawParameter(name: "LANGUAGE", values: ["en"])],
            "ROLE": [RawParameter(name: "LANGUAGE", values: ["tr"])], "NOTE": [RawParameter(name: "LANGUAGE", values: ["es"])],
            "BDAY": [RawParameter(name: "CALSCALE", values: ["gregorian"])],
        ])
        let (text, messages) = Self.written(contact, .v30)
        #expect(messages.isEmpty)
        #expect(text.contains("\r\nTITLE;ALTID=2;LANGUAGE=en:Manager\r\nROLE;LANGUAGE=tr:Yönetici\r\n"))
        #expect(text.contains("\r\nBDAY;CALSCALE=gregorian:1985-04-30\r\nNOTE;LANGUAGE=es:hola\r\n"))
        var json = JSONWriter()
        _ = JCardWriter().write(contact, into: &json)
        #expect(String(decoding: json.takeBytes(), as: UTF8.self).contains(#"["role",{"language":"tr"},"text","Yönetici"]"#))
    }

    /// jCard holds each parameter name once: the kept `type` joins the kind's.
    @Test func jCardWritesThemAsOneObject() throws {
        var json = JSONWriter()
        _ = JCardWriter().write(try Self.read(Self.card), into: &json)
        let text = String(decoding: json.takeBytes(), as: UTF8.self)
        #expect(text.contains(#"["adr",{"type":["home","postal"],"geo":"geo:35.68,139.76"},"text","#))
        #expect(text.contains(#"["n",{"sort-as":"あんどう,ろいど","altid":"1"},"text","#))
        #expect(text.contains(#"["tel",{"type":"cell","pid":"1.1","x-sync":"a"},"text","+81 90-1234-5678"]"#))
        var reader = JCardReader(MemoryByteSource(Array(text.utf8)))
        var diagnostics: [Diagnostic] = []
        let again = try #require(try reader.next(diagnostics: &diagnostics)).contact
        #expect(again.addresses.map(\.otherParameters) == [[
            RawParameter(name: "GEO", values: ["geo:35.68,139.76"]), RawParameter(name: "TYPE", values: ["postal"]),
        ]])
        #expect(again.name.nameParameters == (try Self.read(Self.card)).name.nameParameters)
    }
}
