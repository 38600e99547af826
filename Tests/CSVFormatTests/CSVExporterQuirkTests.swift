import CSVFormat
import ContactModel
import Foundation
import Testing

/// What particular exporters put in their CSV files, read as they meant it; one regression per
/// quirk found by running new samples through the reader and writers.
@Suite struct CSVExporterQuirkTests {
    /// Outlook exports an Exchange entry (`E-mail Type` = `EX`) with its X.500 name as the address
    /// and the SMTP address in the display name of the same slot.
    @Test func outlookExchangeEntriesTakeTheAddressFromTheirDisplayName() throws {
        let csv = "First Name,Last Name,E-mail Address,E-mail Type,E-mail Display Name,"
            + "E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type\r\n"
            + "Jane,Doe,/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jane,EX,"
            + "Jane Doe (jane.doe@contoso.example),jane@home.example,SMTP,Jane (jane@home.example),"
            + "/O=CONTOSO/OU=FIRST/CN=RECIPIENTS/CN=JDOE2,EX\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact) == [
            Contact(
                name: PersonName(given: "Jane", family: "Doe"),
                emails: [Email(address: "jane.doe@contoso.example"), Email(address: "jane@home.example")],
                unmapped: [RawProperty(name: "X-MS-EXCHANGE-DN", value: "/O=CONTOSO/OU=FIRST/CN=RECIPIENTS/CN=JDOE2")])
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "2:186: warning: '/O=CONTOSO/OU=FIRST/CN=RECIPIENTS/CN=JDOE2' is an Exchange (X.500) name, not an email "
                + "address, and its display name gives none; kept as X-MS-EXCHANGE-DN"
        ])
    }

    /// LinkedIn's Connections.csv opens with `Notes:`, a quoted paragraph and a blank line; the
    /// header follows. Read whole, `Notes:` was the header and no row was a contact.
    @Test func linkedInNotesBeforeTheHeaderAreSkipped() throws {
        let csv = "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses "
            + "are missing, like this one, here.\"\r\n\r\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Marta,Quispe,https://www.linkedin.com/in/marta-quispe,marta@andes.example,Andes S.A.,Gerente,12 Mar 2024\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact.name) == [PersonName(given: "Marta", family: "Quispe")])
        #expect(result.records.map(\.contact.emails) == [[Email(address: "marta@andes.example")]])
        #expect(result.diagnostics.map(\.rendered).first == "1:1: warning: the 2 rows before the header are notes, not contacts; skipped")
    }

    @Test func germanOutlookExchangeEntry() throws {
        let csv = "\"Vorname\",\"Nachname\",\"E-Mail-Adresse\",\"E-Mail-Typ\",\"E-Mail: Angezeigter Name\",\"Mobiltelefon\"\r\n"
            + "\"Jörg\",\"Weiß\",\"/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=joerg\",\"EX\","
            + "\"Jörg Weiß (joerg@mueller.example)\",\"0171 2345678\"\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact.emails) == [[Email(address: "joerg@mueller.example")]])
    }

    /// Outlook separates categories with `;`, other exporters with `,`: either way they are
    /// several categories, not one with an escaped separator.
    @Test(arguments: [
        ("Kunden;VIP", "Kunden,VIP"), ("Kunden; VIP;", "Kunden,VIP"), ("Friends, Family", "Friends,Family"),
        ("Clientes;VIP, oro", "Clientes,VIP\\, oro"), ("Solo", "Solo"),
    ])
    func categoriesAreSplitIntoAList(_ cell: String, _ value: String) throws {
        let result = try readAll("First Name,Last Name,Categories\r\nAna,Díaz,\"\(cell)\"\r\n")
        #expect(result.records.map(\.contact.unmapped) == [[RawProperty(name: "CATEGORIES", value: value)]])
    }

    @Test func outlookWriterSeparatesCategoriesWithSemicolons() throws {
        let contact = Contact(
            name: PersonName(given: "Ana"), unmapped: [RawProperty(name: "CATEGORIES", value: "Clientes,VIP\\, oro")])
        var diagnostics: [Diagnostic] = []
        let written = CSVWriter(layout: .outlook).write([contact], diagnostics: &diagnostics)
        #expect(String(decoding: written, as: UTF8.self).contains(",\"Clientes;VIP, oro\","))
        #expect(try readAll(written).records.map(\.contact.unmapped) == [contact.unmapped])
        #expect(diagnostics.isEmpty)
    }

    /// Outlook's anniversary, spouse, manager, assistant and IM columns have no model field but a
    /// vCard property in Outlook's own vCard export: kept under those names (Outlook's empty
    /// `0/0/00` date is no value), and written back to the same columns.
    @Test func outlookColumnsWithoutAModelFieldAreKeptAsOutlooksVCardProperties() throws {
        let csv = "First Name,Last Name,Anniversary,Spouse,Manager's Name,Assistant's Name,IMAddress\r\n"
            + "Lucía,Fernández,6/1/2015,Javier,\"Ruiz, Ana\",Pilar,lucia@im.example\r\n"
            + "Pedro,Gil,0/0/00,,,,\r\n"
            + "Eva,Sanz,someday,,,,\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact.unmapped) == [
            [
                RawProperty(name: "X-MS-ANNIVERSARY", value: "2015-06-01"), RawProperty(name: "X-MS-SPOUSE", value: "Javier"),
                RawProperty(name: "X-MS-MANAGER", value: "Ruiz\\, Ana"), RawProperty(name: "X-MS-ASSISTANT", value: "Pilar"),
                RawProperty(name: "X-MS-IMADDRESS", value: "lucia@im.example"),
            ],
            [],
            [RawProperty(name: "X-MS-ANNIVERSARY", parameters: [RawParameter(name: "VALUE", values: ["text"])], value: "someday")],
        ])
        #expect(result.diagnostics.map(\.rendered) == ["4:10: warning: 'someday' is not a date; kept as text"])

        var diagnostics: [Diagnostic] = []
        let written = CSVWriter(layout: .outlook).write([try #require(result.records.first).contact], diagnostics: &diagnostics)
        let row = try #require(String(decoding: written, as: UTF8.self).split(separator: "\r\n").last)
        #expect(row.contains(",6/1/2015,Pilar,"))
        #expect(row.contains(",\"Ruiz, Ana\","))
        #expect(row.contains(",Javier,"))
        #expect(diagnostics.map(\.message) == ["Lucía Fernández: no Outlook CSV column for 1 IM address(es); left out"])
    }

    @Test func germanOutlookAnniversaryIsDayFirstAndPartnerIsTheSpouse() throws {
        let csv = "\"Vorname\",\"Nachname\",\"Jahrestag\",\"Partner\",\"Name des/r Vorgesetzten\"\r\n"
            + "\"Jörg\",\"Weiß\",\"14.10.2000\",\"Anna\",\"Dr. Klein\"\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact.unmapped) == [[
            RawProperty(name: "X-MS-ANNIVERSARY", value: "2000-10-14"), RawProperty(name: "X-MS-SPOUSE", value: "Anna"),
            RawProperty(name: "X-MS-MANAGER", value: "Dr. Klein"),
        ]])
        #expect(result.diagnostics.isEmpty)
    }

    /// A Google label cell joined with ` ::: ` like its value cell gives each value its own label;
    /// a single label still covers every value, and `* ` marks only the value it is on.
    @Test func googleLabelCellsSplitLikeTheirValues() throws {
        let csv = "First Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\r\n"
            + "Ana,* Home ::: Work,ana@example.com ::: ana@work.example,* Mobile,099 111 2222 ::: 098 333 4444\r\n"
            + "Luis,Work ::: * Other,luis@work.example ::: luis@example.com ::: luis@old.example,Work Fax,02 255 1234\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact.emails) == [
            [
                Email(address: "ana@example.com", kind: .home, preference: 1),
                Email(address: "ana@work.example", kind: .work),
            ],
            [
                Email(address: "luis@work.example", kind: .work),
                Email(address: "luis@example.com", kind: .other, preference: 1),
                Email(address: "luis@old.example", kind: .other),
            ],
        ])
        #expect(result.records.map(\.contact.phones) == [
            [
                Phone(value: "099 111 2222", kind: .mobile, preference: 1),
                Phone(value: "098 333 4444", kind: .mobile),
            ],
            [Phone(value: "02 255 1234", kind: .workFax)],
        ])
        #expect(result.diagnostics.isEmpty)
    }

    /// Dates and related names other exporters keep in their own properties fill Google's Event and
    /// Relation groups, and Outlook's fixed columns.
    @Test func relatedEntriesFromAnyExporterFillTheCSVColumns() throws {
        let contact = Contact(
            name: PersonName(given: "Ana"),
            unmapped: [
                RawProperty(
                    group: "item1", name: "X-ABDATE",
                    parameters: [RawParameter(name: "X-APPLE-OMIT-YEAR", values: ["1604"])], value: "1604-11-23"),
                RawProperty(group: "ITEM1", name: "X-ABLABEL", value: "_$!<Anniversary>!$_"),
                RawProperty(group: "item2", name: "X-ABRELATEDNAMES", value: "Rosa"),
                RawProperty(group: "item2", name: "X-ABLABEL", value: "_$!<Mother>!$_"),
                RawProperty(name: "X-MS-SPOUSE", value: "Luis"),
                RawProperty(name: "X-EVOLUTION-MANAGER", value: "Jefe"),
                RawProperty(name: "ANNIVERSARY", value: "20100612"),
                RawProperty(name: "RELATED", parameters: [RawParameter(name: "TYPE", values: ["child"])], value: "Leo"),
            ])
        var diagnostics: [Diagnostic] = []
        let google = String(decoding: CSVWriter().write([contact], diagnostics: &diagnostics), as: UTF8.self)
        #expect(google.hasSuffix(
            "Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value,Relation 1 - Label,Relation 1 - Value,"
                + "Relation 2 - Label,Relation 2 - Value,Relation 3 - Label,Relation 3 - Value,Relation 4 - Label,"
                + "Relation 4 - Value\r\n"
                + "Ana,,,,,,,,,,,,,,,,,Anniversary,--11-23,Anniversary,2010-06-12,Mother,Rosa,Spouse,Luis,Manager,Jefe,"
                + "Child,Leo\r\n"))
        #expect(diagnostics.isEmpty)
        let outlook = String(decoding: CSVWriter(layout: .outlook).write([contact], diagnostics: &diagnostics), as: UTF8.self)
        let lines = outlook.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let cells = Dictionary(zip(lines[0], lines[1]), uniquingKeysWith: { first, _ in first })
        #expect(cells["Anniversary"] == "6/12/2010")
        #expect(cells["Spouse"] == "Luis")
        #expect(cells["Manager's Name"] == "Jefe")
        #expect(diagnostics.map(\.message) == ["Ana: no Outlook CSV column for 1 date(s), 2 related name(s); left out"])
    }

    /// IM addresses in the forms vCard exporters write fill Google's IM groups with their service.
    @Test func instantMessagingFromEveryExporterFillsGoogleIMGroups() throws {
        let contact = Contact(
            name: PersonName(given: "Ana"),
            unmapped: [
                RawProperty(
                    name: "IMPP",
                    parameters: [RawParameter(name: "X-SERVICE-TYPE", values: ["Skype"]), RawParameter(name: "TYPE", values: ["HOME"])],
                    value: "skype:ana.perez"),
                RawProperty(name: "IMPP", value: "xmpp:ana@jabber.example"),
                RawProperty(name: "X-AIM", parameters: [RawParameter(name: "TYPE", values: ["WORK"])], value: "ana.aim"),
                RawProperty(name: "X-MESSAGING/XMPP-ALL", value: "one@test.org\u{E000}two@test.org"),
                RawProperty(name: "X-MS-IMADDRESS", value: "ana@im.example"),
            ])
        var diagnostics: [Diagnostic] = []
        let google = String(decoding: CSVWriter().write([contact], diagnostics: &diagnostics), as: UTF8.self)
        #expect(google.hasSuffix(
            "Labels,IM 1 - Label,IM 1 - Service,IM 1 - Value,IM 2 - Label,IM 2 - Service,IM 2 - Value,IM 3 - Label,"
                + "IM 3 - Service,IM 3 - Value,IM 4 - Label,IM 4 - Service,IM 4 - Value,IM 5 - Label,IM 5 - Service,"
                + "IM 5 - Value,IM 6 - Label,IM 6 - Service,IM 6 - Value\r\n"
                + "Ana,,,,,,,,,,,,,,,,,Home,Skype,ana.perez,,Jabber,ana@jabber.example,Work,AIM,ana.aim,,Jabber,one@test.org,"
                + ",Jabber,two@test.org,,,ana@im.example\r\n"))
        #expect(diagnostics.isEmpty)
    }

    /// IM addresses as Evolution (`X-GADUGADU`, `X-GROUPWISE`, `X-TWITTER`), KDE (`IMPP:gg:…`),
    /// eM Client (`IMPP:irc:…`) and Nextcloud (`IMPP;TYPE=TELEGRAM:` and a bare handle) write them
    /// keep their service in Google's IM groups; before, Evolution's were left out of the CSV and
    /// the others written with no service. An RFC 4770 TYPE (`personal`) names no service.
    @Test func instantMessagingOfEvolutionKDEEMClientAndNextcloudKeepsItsService() throws {
        let contact = Contact(
            name: PersonName(given: "Rosa"),
            unmapped: [
                RawProperty(name: "X-GADUGADU", parameters: [RawParameter(name: "X-EVOLUTION-UI-SLOT", values: ["1"])], value: "4815162"),
                RawProperty(name: "X-GROUPWISE", parameters: [RawParameter(name: "TYPE", values: ["WORK"])], value: "rosa@gw.example"),
                RawProperty(name: "X-TWITTER", value: "rosa_quito"),
                RawProperty(name: "IMPP", value: "gg:4815162"),
                RawProperty(name: "IMPP", value: "irc:rosa@irc.example"),
                RawProperty(name: "IMPP", parameters: [RawParameter(name: "TYPE", values: ["TELEGRAM"])], value: "rosa_ec"),
                RawProperty(name: "IMPP", parameters: [RawParameter(name: "TYPE", values: ["personal", "pref"])], value: "rosa.im"),
            ])
        var diagnostics: [Diagnostic] = []
        let google = String(decoding: CSVWriter().write([contact], diagnostics: &diagnostics), as: UTF8.self)
        #expect(google.hasSuffix(
            "Rosa,,,,,,,,,,,,,,,,,,Gadu-Gadu,4815162,Work,GroupWise,rosa@gw.example,,Twitter,rosa_quito,"
                + ",Gadu-Gadu,4815162,,IRC,rosa@irc.example,,Telegram,rosa_ec,,,rosa.im\r\n"))
        #expect(diagnostics.isEmpty)
    }

    /// Evolution's blog and video-chat addresses and the RFC 2739 calendar and free/busy
    /// addresses (`CALURI`, `FBURL`) fill labelled `Website n` groups after the URLs, instead of
    /// being left out; a value that is no URI (Outlook 2003's `FBURL` of question marks and a form
    /// feed) is still left out, and said so.
    @Test func evolutionAndCalendarWebAddressesFillGoogleWebsites() throws {
        let contact = Contact(
            name: PersonName(given: "Diego", family: "Vera"),
            urls: [WebAddress(url: "https://diegovera.com.co", kind: .home)],
            unmapped: [
                RawProperty(name: "X-EVOLUTION-BLOG-URL", value: "https://blog.diegovera.com.co"),
                RawProperty(name: "CALURI", value: "https://cal.example.co/diego"),
                RawProperty(name: "X-EVOLUTION-VIDEO-URL", value: ""),
                RawProperty(name: "FBURL", value: "????s???\u{0C}"),
                RawProperty(name: "X-EVOLUTION-VIDEO-URL", value: "https://meet.example.co/diego"),
            ])
        var diagnostics: [Diagnostic] = []
        let google = String(decoding: CSVWriter().write([contact], diagnostics: &diagnostics), as: UTF8.self)
        #expect(google.hasSuffix(
            "Labels,Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value,Website 3 - Label,"
                + "Website 3 - Value,Website 4 - Label,Website 4 - Value\r\n"
                + "Diego,,Vera,,,,,,,,,,,,,,,Home,https://diegovera.com.co,Blog,https://blog.diegovera.com.co,"
                + "Calendar,https://cal.example.co/diego,Video Chat,https://meet.example.co/diego\r\n"))
        #expect(diagnostics.map(\.message) == ["Diego Vera: no Google CSV column for X-EVOLUTION-VIDEO-URL, FBURL; left out"])
    }

    /// IM addresses as the vCard writer writes Google's (Apple's item-grouped `IMPP` with
    /// `X-SERVICE-TYPE`, Android's 2.1 `X-SKYPE-USERNAME`) take their label from the group's
    /// `X-ABLabel`, and a URI's percent-encoding is decoded.
    @Test func instantMessagingLabelledInAppleItemGroupsFillsGoogleIMGroups() throws {
        let contact = Contact(
            name: PersonName(given: "Ana"),
            unmapped: [
                RawProperty(
                    group: "item1", name: "IMPP", parameters: [RawParameter(name: "X-SERVICE-TYPE", values: ["Telegram"])],
                    value: "x-apple:Ana%20P%C3%A9rez%2C%20100%25"),
                RawProperty(group: "ITEM1", name: "X-ABLABEL", value: "Trabajo\\, turno"),
                RawProperty(group: "item2", name: "X-SKYPE-USERNAME", value: "live:ana.perez"),
                RawProperty(group: "item2", name: "X-ABLABEL", value: "_$!<Home>!$_"),
                RawProperty(name: "IMPP", value: "x-apple:ana.p"),
                RawProperty(name: "IMPP", value: "icq:50%"),
            ])
        var diagnostics: [Diagnostic] = []
        let google = String(decoding: CSVWriter().write([contact], diagnostics: &diagnostics), as: UTF8.self)
        #expect(google.hasSuffix(
            "Ana,,,,,,,,,,,,,,,,,\"Trabajo, turno\",Telegram,\"Ana Pérez, 100%\",Home,Skype,live:ana.perez,,,ana.p,,ICQ,50%\r\n"))
        #expect(diagnostics.isEmpty)
    }

    /// Google's `Photo` column: a web address is kept as a `PHOTO` URI and written back there
    /// (from a vCard's `PHOTO;VALUE=URL` too); other text stays a custom field.
    @Test func googlePhotoColumnIsAPhotoURI() throws {
        let csv = "First Name,Photo,Labels\r\nAna,https://lh3.googleusercontent.com/contacts/AbC123,\r\nLuis,foto.jpg,\r\n"
        let contacts = try readAll(csv).records.map(\.contact)
        #expect(contacts.map(\.unmapped) == [
            [RawProperty(name: "PHOTO", parameters: [RawParameter(name: "VALUE", values: ["uri"])],
                         value: "https://lh3.googleusercontent.com/contacts/AbC123")],
            [customField("Photo", "foto.jpg")],
        ])
        var diagnostics: [Diagnostic] = []
        let fromVCard = Contact(name: PersonName(given: "Eva"), unmapped: [
            RawProperty(name: "PHOTO", parameters: [RawParameter(name: "VALUE", values: ["URL"]), RawParameter(name: "TYPE", values: ["JPEG"])],
                        value: "http://example.com/eva.jpg"),
        ])
        let written = String(decoding: CSVWriter().write([contacts[0], fromVCard], diagnostics: &diagnostics), as: UTF8.self)
        #expect(written.hasSuffix(
            "Notes,Photo,Labels\r\nAna,,,,,,,,,,,,,,,https://lh3.googleusercontent.com/contacts/AbC123,\r\n"
                + "Eva,,,,,,,,,,,,,,,http://example.com/eva.jpg,\r\n"))
        #expect(diagnostics.isEmpty)
    }

    /// Apple's constant labels, which Google keeps from cards it imported from iCloud, are the
    /// kinds they name, in the decorated form and in Apple's spelling (`workFax`); another one
    /// is a label without its decoration.
    @Test func googleLabelsThatAreApplesConstantsAreKinds() throws {
        let text = "Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Phone 3 - Type,Phone 3 - Value,"
            + "E-mail 1 - Type,E-mail 1 - Value,Website 1 - Type,Website 1 - Value\r\n"
            + "Ana,* _$!<Mobile>!$_,+593991234567,workFax,+59322128988,_$!<Casa>!$_,+59322450000,_$!<Work>!$_,ana@example.ec,"
            + "_$!<HomePage>!$_,https://ana.example.ec\r\n"
        let contact = try #require(try readAll(text).records.first).contact
        #expect(contact.phones.map(\.kind) == [.mobile, .workFax, .unspecified])
        #expect(contact.phones.map(\.label) == [nil, nil, "Casa"])
        #expect(contact.phones.first?.preference == 1)
        #expect(contact.emails.map(\.kind) == [.work])
        #expect(contact.urls.map(\.label) == ["HomePage"])
    }

    /// Google's phonetic name columns (and the legacy `Yomi` ones) are kept as the properties
    /// Google's and Apple's vCards use, and written back to the current layout.
    @Test func googlePhoneticNamesAreKept() throws {
        let legacy = "Name,Given Name,Family Name,Given Name Yomi,Family Name Yomi,Phone 1 - Type,Phone 1 - Value\r\n"
            + "山田 太郎,太郎,山田,タロウ,ヤマダ,Mobile,090-1234-5678\r\n"
        let result = try readAll(legacy)
        let contact = try #require(result.records.first).contact
        #expect(contact.unmapped == [
            RawProperty(name: "X-PHONETIC-FIRST-NAME", value: "タロウ"), RawProperty(name: "X-PHONETIC-LAST-NAME", value: "ヤマダ"),
        ])
        var diagnostics: [Diagnostic] = []
        let written = CSVWriter().write([contact], diagnostics: &diagnostics)
        #expect(String(decoding: written, as: UTF8.self).contains("\r\n太郎,,山田,タロウ,,ヤマダ,,,,山田 太郎,"))
        #expect(try readAll(written).records.map(\.contact) == [contact])
        #expect(diagnostics.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    /// Outlook's `Profession` is the ROLE of Outlook's own vCard export; `E-mail Type` (`SMTP`)
    /// is no data to report. Both survive an Outlook CSV round trip.
    @Test func outlookProfessionIsTheRoleAndEmailTypeIsNotReported() throws {
        let csv = "First Name,Last Name,Job Title,Profession,E-mail Address,E-mail Type\r\n"
            + "Ana,Vera,Gerente,Abogada,ana@example.com,SMTP\r\n"
        let result = try readAll(csv)
        let contact = try #require(result.records.first).contact
        #expect(contact.organization == Organization(title: "Gerente", role: "Abogada"))
        #expect(result.diagnostics.isEmpty)
        var diagnostics: [Diagnostic] = []
        let reread = try readAll(CSVWriter(layout: .outlook).write([contact], diagnostics: &diagnostics))
        #expect(reread.records.map(\.contact) == [contact])
        #expect(reread.diagnostics.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    /// Android 2.1 exports keep the nickname, relations and events in `X-ANDROID-CUSTOM` rows; the
    /// Google CSV has columns for all three.
    @Test func androidCustomRowsFillGoogleColumns() throws {
        let contact = Contact(
            name: PersonName(given: "Jürgen"),
            unmapped: [
                RawProperty(name: "X-ANDROID-CUSTOM", value: "vnd.android.cursor.item/nickname;Jürgi;1;;;;;;;;;;;;;"),
                RawProperty(name: "X-ANDROID-CUSTOM", value: "vnd.android.cursor.item/relation;Anna;14;;;;;;;;;;;;;"),
                RawProperty(name: "X-ANDROID-CUSTOM", value: "vnd.android.cursor.item/relation;Tom;0;Padrino;;;;;;;;;;;;"),
                RawProperty(name: "X-ANDROID-CUSTOM", value: "vnd.android.cursor.item/contact_event;2001-05-19;1;;;;;;;;;;;;;"),
                RawProperty(name: "X-ANDROID-CUSTOM", value: "vnd.android.cursor.item/sip_address;a@sip.example;1;;;;"),
            ])
        var diagnostics: [Diagnostic] = []
        let google = String(decoding: CSVWriter().write([contact], diagnostics: &diagnostics), as: UTF8.self)
        #expect(google.hasSuffix(
            "Labels,Event 1 - Label,Event 1 - Value,Relation 1 - Label,Relation 1 - Value,Relation 2 - Label,"
                + "Relation 2 - Value\r\n"
                + "Jürgen,,,,,,,,Jürgi,,,,,,,,,Anniversary,2001-05-19,Spouse,Anna,Padrino,Tom\r\n"))
        #expect(diagnostics.map(\.message) == ["Jürgen: no Google CSV column for X-ANDROID-CUSTOM; left out"])
    }

    /// The values Outlook writes for fields nobody filled in are no data; a real value in the same
    /// column is kept as a custom field, and the column named.
    @Test func outlookDefaultsAreNoData() throws {
        let csv = "\"First Name\",\"Gender\",\"Priority\",\"Private\",\"Sensitivity\",\"Hobby\"\r\n"
            + "\"Ana\",\"Unspecified\",\"Normal\",\"False\",\"Normal\",\"\"\r\n"
            + "\"Luis\",\"Keine Angabe\",\" normal \",\"Aus\",\"Normal\",\"Golf\"\r\n"
            + "\"Eva\",\"Female\",\"High\",\"False\",\"Normal\",\"\"\r\n"
        let result = try readAll(csv)
        #expect(result.records.map(\.contact.unmapped) == [
            [], [customField("Hobby", "Golf")], [customField("Gender", "Female"), customField("Priority", "High")],
        ])
        #expect(result.diagnostics.map(\.rendered) == [
            "1:14: warning: 3 columns have no contact field and are kept as custom fields: 'Gender', 'Priority', 'Hobby'"
        ])
    }
}
