import ContactModel
import JSONCoding
import Testing
@testable import VCardFormat

@Suite struct JCardWriterTests {
    @Test func writesTheRFC7095Shape() {
        let contact = Contact(
            name: PersonName(given: "Ana", family: "Ruiz"),
            phones: [
                Phone(value: "099 123 4567", kind: .mobile, preference: 1,
                      normalized: NormalizedPhone(e164: "+593991234567", extensionNumber: "8")),
                Phone(value: "2 555 000", kind: .homeFax, label: "Casa"),
            ],
            addresses: [PostalAddress(city: "Cuenca", countryCode: "EC", formatted: "Cuenca\nEcuador")],
            birthday: PartialDate(year: 1990, month: 1),
            note: "a\\b, \"c\"",
            unmapped: [
                RawProperty(group: "g1", name: "X-SOCIALPROFILE", parameters: [RawParameter(name: "TYPE", values: ["twitter", "x"])],
                            value: "https://x.com/ana"),
                RawProperty(name: "X-MOOD", parameters: [RawParameter(name: "VALUE", values: ["TEXT"])], value: "calm\\, happy\\nok"),
            ]
        )
        let (bytes, diagnostics) = JCardWriter().write([contact])
        #expect(diagnostics.isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self) == #"""
            [["vcard",[["version",{},"text","4.0"],["fn",{},"text","Ana Ruiz"],["n",{},"text",["Ruiz","Ana","","",""]],\#
            ["tel",{"type":"cell","pref":"1"},"uri","tel:+593991234567;ext=8"],\#
            ["tel",{"group":"item1","type":["home","fax"]},"text","2 555 000"],["x-ablabel",{"group":"item1"},"text","Casa"],\#
            ["adr",{"group":"item2","label":"Cuenca\nEcuador"},"text",["","","","Cuenca","","",""]],\#
            ["x-abadr",{"group":"item2"},"text","ec"],["bday",{},"date","1990-01"],["note",{},"text","a\\b, \"c\""],\#
            ["x-socialprofile",{"group":"g1","type":["twitter","x"]},"unknown","https://x.com/ana"],\#
            ["x-mood",{},"text","calm, happy\nok"]]]]
            """#)
    }

    /// Google CSV's fields and a photo by URL, as the vCard 4.0 writer maps them
    /// (``GoogleFieldMapping``), and what the jCard reader makes of them.
    @Test func googleFieldsAreMappedAsInVCard40AndReadBack() throws {
        func labelled(_ name: String, _ label: String, _ value: String) -> RawProperty {
            RawProperty(name: name, parameters: [RawParameter(name: "X-LABEL", values: [label])], value: value)
        }
        let contact = Contact(
            name: PersonName(formatted: "Ana"),
            unmapped: [
                .photo(webAddress: "https://lh3.googleusercontent.com/a/AbC"),
                RawProperty(name: "X-GOOGLE-LABELS", value: "* myContacts ::: Amigos\\, viejos"),
                labelled("X-GOOGLE-EVENT", "Anniversary", "2015-09-12"),
                labelled("X-GOOGLE-EVENT", "Graduación", "--06-30"),
                labelled("X-GOOGLE-RELATION", "spouse", "Luis"),
                RawProperty(name: "X-GOOGLE-IM", parameters: [
                    RawParameter(name: "X-LABEL", values: ["Home"]), RawParameter(name: "X-SERVICE", values: ["Skype"]),
                ], value: "live:ana.perez"),
                RawProperty(name: "X-GOOGLE-IM", parameters: [RawParameter(name: "X-SERVICE", values: ["Telegram"])], value: "Ana P"),
            ])
        let (bytes, diagnostics) = JCardWriter().write([contact])
        #expect(diagnostics.isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self) == #"""
            [["vcard",[["version",{},"text","4.0"],["fn",{},"text","Ana"],["n",{},"text",["","","","",""]],\#
            ["photo",{},"uri","https://lh3.googleusercontent.com/a/AbC"],["categories",{},"text","myContacts","Amigos, viejos"],\#
            ["anniversary",{},"date-and-or-time","2015-09-12"],\#
            ["x-abdate",{"group":"item1"},"text","--06-30"],["x-ablabel",{"group":"item1"},"text","Graduación"],\#
            ["x-abrelatednames",{"group":"item2"},"text","Luis"],["x-ablabel",{"group":"item2"},"text","_$!<Spouse>!$_"],\#
            ["impp",{"group":"item3","x-service-type":"Skype"},"uri","skype:live:ana.perez"],\#
            ["x-ablabel",{"group":"item3"},"text","Home"],["impp",{"x-service-type":"Telegram"},"uri","x-apple:Ana%20P"]]]]
            """#)

        var reader = JCardReader(MemoryByteSource(bytes))
        var readDiagnostics: [Diagnostic] = []
        let record = try #require(try reader.next(diagnostics: &readDiagnostics))
        #expect(readDiagnostics.isEmpty)
        func read(_ group: String?, _ name: String, _ parameters: [(String, String)], _ value: String) -> RawProperty {
            RawProperty(group: group, name: name, parameters: parameters.map { RawParameter(name: $0.0, values: [$0.1]) }, value: value)
        }
        #expect(record.contact.unmapped == [
            read(nil, "PHOTO", [("VALUE", "uri")], "https://lh3.googleusercontent.com/a/AbC"),
            read(nil, "CATEGORIES", [("VALUE", "text")], "myContacts,Amigos\\, viejos"),
            read(nil, "ANNIVERSARY", [("VALUE", "date-and-or-time")], "2015-09-12"),
            read("item1", "X-ABDATE", [("VALUE", "text")], "--06-30"),
            read("item1", "X-ABLABEL", [("VALUE", "text")], "Graduación"),
            read("item2", "X-ABRELATEDNAMES", [("VALUE", "text")], "Luis"),
            read("item2", "X-ABLABEL", [("VALUE", "text")], "_$!<Spouse>!$_"),
            read("item3", "IMPP", [("X-SERVICE-TYPE", "Skype"), ("VALUE", "uri")], "skype:live:ana.perez"),
            read("item3", "X-ABLABEL", [("VALUE", "text")], "Home"),
            read(nil, "IMPP", [("X-SERVICE-TYPE", "Telegram"), ("VALUE", "uri")], "x-apple:Ana%20P"),
        ])
    }

    @Test func streamsJCardsOneAtATime() throws {
        var out: [UInt8] = Array("[".utf8)
        for (index, contact) in [JCardReaderTests.lucia, JCardReaderTests.taller].enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            #expect(JCardWriter().write(contact, into: &out).isEmpty)
        }
        out.append(UInt8(ascii: "]"))
        #expect(out == JCardWriter().write([JCardReaderTests.lucia, JCardReaderTests.taller]).bytes)
    }

    @Test func reportsABirthdayNoDateFormHolds() {
        let (bytes, diagnostics) = JCardWriter().write([Contact(name: PersonName(formatted: "A"), birthday: PartialDate(year: 2001, day: 5))])
        #expect(!String(decoding: bytes, as: UTF8.self).contains("bday"))
        #expect(diagnostics.map(\.message) == ["contact 1: no vCard date form holds a birthday with a year and a day but no month; BDAY left out"])
    }

    @Test func readsBackWhatItWrote() throws {
        for contact in [JCardReaderTests.lucia, JCardReaderTests.taller] {
            let (bytes, _) = JCardWriter().write([contact])
            var reader = JCardReader(MemoryByteSource(bytes))
            var diagnostics: [Diagnostic] = []
            let record = try #require(try reader.next(diagnostics: &diagnostics))
            #expect(record.contact == contact)
            #expect(diagnostics.isEmpty)
        }
    }
}
