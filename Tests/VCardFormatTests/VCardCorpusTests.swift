import ContactModel
import Foundation
import Testing
import VCardFormat
import _ContactsTestSupport

/// The shared corpus of real exports: every file reads without a crash, and for the files below
/// the contacts are pinned field by field (see ``ContactDigest``; cards are separated by `--`).
@Suite struct VCardCorpusTests {
    @Test(arguments: TestPaths.corpusFiles(withExtension: "vcf"))
    func readsWithoutCrashing(_ name: String) throws {
        guard let corpus = try TestPaths.requireCorpus() else { return }
        let bytes = try TestPaths.bytes(of: corpus.appendingPathComponent(name))
        let result = VCardReader.readAll(bytes)
        #expect(result.diagnostics.allSatisfy { $0.position != nil })
        #expect(!result.contacts.isEmpty || !result.diagnostics.isEmpty)
    }

    @Test(arguments: Self.pinned.keys.sorted())
    func readsPinnedContacts(_ name: String) throws {
        guard let corpus = try TestPaths.requireCorpus() else { return }
        let bytes = try TestPaths.bytes(of: corpus.appendingPathComponent(name))
        let contacts = VCardReader.readAll(bytes).contacts
        let digest = contacts.enumerated().flatMap { index, record in
            (index > 0 ? ["--"] : []) + ContactDigest.lines(record.contact)
        }
        #expect(digest == Self.pinned[name])
    }

    @Test func pinsAtLeastTwentyFiveFiles() {
        #expect(Self.pinned.count >= 25)
    }

    static let pinned: [String: [String]] = [
        "android__v21_adr_multiple_line.vcf": [
            "name: - | bogus | - | - | - | - | -",
            "adr: - | - | Grindelberg 999 | Hamburg | - | 99999 | Deutschland | - | - [home]",
            "adr: - | - | Hermann v. Brevern\\n9999999\\nPackstation 999 | Hamburg | - | 99999 | Deutschland | - | - [home]",
        ],
        "android__v21_backslash.vcf": [
            "name: A;B\\C;D:E\\\\ | - | A;B\\ | C\\; | D | :E | -",
        ],
        "android__v21_complicated.vcf": [
            "name: Joe Due | Gump | Forrest | Hoge | Pos | Tao | -",
            "tel: (111) 555-1212 [work]",
            "tel: (404) 555-1212 [home]",
            "tel: 0311111111 [mobile]",
            "tel: 0322222222 [video]",
            "tel: 0333333333 [voice]",
            "email: forrestgump@walladalla.com [unspecified] pref=1",
            "email: cell@example.com [unspecified] label=CELL",
            "adr: - | - | 100 Waters Edge | Baytown | LA | 30314 | United States of America | - | 100 Waters Edge\\nBaytown, LA 30314\\nUnited  States of America [work]",
            "adr: - | - | 42 Plantation St. | Baytown | LA | 30314 | United States of America | - | 42 Plantation St.\\nBaytown, LA 30314\\nUnited  States of America [home]",
            "org: Gump Shrimp Co. | Sales Dept.;Manager, Fish keeper | Shrimp Man | Fish Cake Keeper!",
        ],
        "android__v21_invalid_comment_line.vcf": [
            "name: Conference Call | - | Conference Call | - | - | - | -",
        ],
        "android__v21_multiple_entry.vcf": [
            "name: - | 安藤ロイド3 | - | - | - | - | -",
            "tel: 9 [unspecified] label=NEC-SECRET",
            "tel: 10 [unspecified] label=NEC-HOTEL",
            "tel: 11 [unspecified] label=NEC-SCHOOL",
            "tel: 12 [homeFax]",
            "--",
            "name: - | 安藤ロイド4 | - | - | - | - | -",
            "tel: 13 [unspecified]",
            "tel: 14 [pager]",
            "tel: 15 [unspecified] label=NEC-FAMILY",
            "tel: 16 [unspecified] label=NEC-GIRL",
            "--",
            "name: - | 安藤ロイド5 | - | - | - | - | -",
            "tel: 17 [unspecified] label=NEC-BOY",
            "tel: 18 [unspecified] label=NEC-FRIEND",
            "tel: 19 [unspecified] label=NEC-PHS",
            "tel: 20 [unspecified] label=NEC-RESTAURANT",
        ],
        "android__v21_nest.vcf": [
            "name: - | nest1 | - | - | - | - | -",
            "--",
            "name: - | nest2 | - | - | - | - | -",
            "--",
            "name: - | parent | - | - | - | - | -",
            "tel: 1 [unspecified]",
        ],
        "android__v21_pref_handling.vcf": [
            "name: Smith | - | - | - | - | - | -",
            "tel: 1 [home]",
            "tel: 2 [work] pref=1",
            "tel: 3 [isdn]",
            "email: test@example.com [home] pref=1",
            "email: test2@examination.com [unspecified] label=CELL pref=1",
            "org: Company |  | Engineer | -",
        ],
        "android__v21_x_param.vcf": [
            "name: - | Ando | Roid | - | - | - | -",
            "tel: 1 [unspecified] label=CuStoMpRop",
            "tel: 2 [unspecified] label=custompropertywithoutx",
            "email: email@example.com [unspecified] label=cUstomPrOperty",
            "email: email2@example.com [unspecified] label=CUSTOMPROPERTYWITHOUTX",
            "adr: pobox | street | - | - | - | - | - | - | - [unspecified] label=custom",
        ],
        "android__v30_ios_613_multiline.vcf": [
            "name: Bob Smith | Smith | Bob | - | - | - | -",
            "tel: (650) 555-1212 [mobile] pref=1",
            "email: bob@smithauto.com [unspecified] pref=1",
            "org: Smith Auto Repair |  | - | -",
        ],
        "android__v40_sip.vcf": [
            "name: 安藤 ロイド | 安藤 | ロイド | - | - | - | -",
            "tel: 1 [home]",
            "tel: sip:example@example.com [home]",
        ],
        "android__v40_sort_as.vcf": [
            "name: 安藤 ロイド | 安藤 | ロイド | - | - | - | -",
            "org: グーグル | 検索部門 | - | -",
        ],
        "calcard__010.vcf": [
            "name: Firstnamer Test | Test | Firstnamer | - | - | - | -",
            "tel: +15554441234 [home]",
            "adr: - | - | 50 R Ave | Bergen | New Jersey | 07621 | United States | - | 50 R Ave\\nBergen, New Jersey 07621\\nUnited States [home]",
        ],
        "calcard__051.vcf": [
            "name: First Last NextCloud | - | - | - | - | - | Hugo",
            "tel: 11111111 [home]",
            "tel: 205333 [mobile]",
            "tel: 205246;;,; [workFax]",
            "tel: 222222 [work]",
            "email: home@gmx.de [home]",
            "email: work@gmx.de [work]",
            "adr: PO | Street 2 | Street | City | AL | zip | Germany | - | - [home]",
            "adr: PO W | Street 2 W | Street W | City Work | AL work | zip Work | Germany work | - | - [work]",
            "org: Firma |  | - | -",
        ],
        "calcard__066.vcf": [
            "name: John Doe | Doe | John | - | - | - | -",
            "tel: 11111111 [work]",
            "tel: 22222222 [mobile]",
            "tel: 33333333 [home]",
            "tel: 44444444 [other]",
            "tel: 55555555 [otherFax]",
            "tel: 66666666 [otherFax]",
            "tel: 77777777 [pager]",
            "tel: 88888888 [other]",
            "tel: 99999999 [other]",
            "email: john.doe@work.com [work]",
            "email: john.doe@home.com [home]",
            "email: john.doe@other.com [other]",
            "email: john.doe@custom.com [other]",
            "adr: - | - | 456 Grandview Building, Wide Street | San Diego | CA | 90204 | United States | - | - [work]",
            "adr: - | - | 123 Sweet Home, Narrow Street | New York | NY | 91102 | United States | - | - [home]",
            "org: John Doe & Partners Limited |  | Sales Manager | -",
        ],
        "eds__5.vcf": [
            "name: 十城目管理大型知座 | - | 十城目管理大型知座 | - | - | - | -",
            "tel: 十城目管理大型知座 [work]",
            "tel: 十城目管理大型知座 [workFax]",
            "tel: 十城目管理大型知座 [home]",
            "tel: 十城目管理大型知座 [mobile]",
            "email: weird@weird.com [unspecified]",
            "adr: - | 十城目管理大型知座\\n十城目管理大型知座\\n十城目管理大型知座 | 十城目管理大型知座 | - | - | - | - | - | 十城目管理大型知座\\n十城目管理大型知座\\n十城目管理大型知座\\n十城目管理大型知座 [work] pref=1",
            "org: 十城目管理大型知座 |  | 十城目管理大型知座 | -",
        ],
        "eds__6.vcf": [
            "name: Frank Dawson | - | - | - | - | - | -",
            "tel: +1-919-676-9515 [work]",
            "tel: +1-919-676-9564 [workFax]",
            "email: Frank_Dawson@Lotus.com [unspecified] pref=1",
            "email: fdawson@earthlink.net [unspecified]",
            "adr: - | - | 6544 Battleford Drive | Raleigh | NC | 27613-3502 | U.S.A. | - | - [work]",
            "org: Lotus Development Corporation |  | - | -",
        ],
        "eds__9.vcf": [
            "name: Frank Dawson | - | - | - | - | - | -",
            "tel: +1-919-676-9515 [work]",
            "tel: +1-919-676-9564 [workFax]",
            "adr: - | - | 6544 Battleford Drive | Raleigh | NC | 27613-3502 | U.S.A. | - | - [work]",
            "org: Lotus Development Corporation |  | - | -",
        ],
        "eds__12.vcf": [
            "name: Michael Brüning | Brüning | Michael | - | - | - | -",
            "tel: +491622433834 [mobile]",
            "tel: 017623384942 [mobile]",
            "tel: +4973117546691 [work]",
            "email: ext-Michael.Bruning@nokia.com [work]",
            "adr: - | - | Münsterplatz 21 | Ulm | Baden-Württemberg | 89073 | - | - | Münsterplatz 21\\n89073 Ulm, Baden-Württemberg [home]",
        ],
        "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": [
            "name: Mr. John Richter,James Doe Sr. | Doe | John | Richter,James | Mr. | Sr. | Johny",
            "tel: 905-777-1234 [work] pref=1",
            "tel: 905-666-1234 [home]",
            "tel: 905-555-1234 [mobile]",
            "tel: 905-888-1234 [homeFax]",
            "tel: 905-999-1234 [workFax]",
            "tel: 905-111-1234 [pager]",
            "tel: 905-222-1234 [assistant]",
            "email: john.doe@ibm.com [work] pref=1",
            "adr: - | - | Silicon Alley 5, | New York | New York | 12345 | United States of America | - | - [home] pref=1",
            "adr: - | - | Street4\\nBuilding 6\\nFloor 8 | New York | - | 12345 | USA | - | - [work]",
            "org: IBM | Accounting | Money Counter | -",
        ],
        "ezvcard__John_Doe_EVOLUTION.vcf": [
            "name: Mr. John Richter, James Doe Sr. | Doe | John | Richter, James | Mr. | Sr. | Johny",
            "tel: 905-666-1234 [mobile]",
            "tel: 905-555-1234 [work]",
            "email: john.doe@ibm.com [work]",
            "adr: ASB-123 | - | 15 Crescent moon drive | Albaney | New York | 12345 | United States of America | - | - [home]",
            "org: IBM | Accounting, Dungeon | Money Counter | -",
        ],
        "ezvcard__fullcontact.vcf": [
            "name: Prefix FirstName MiddleName LastName Suffix | LastName | FirstName | MiddleName | Prefix | Suffix | NickName",
            "tel: 555-555-1111 [home]",
            "tel: 555-555-1112 [work]",
            "tel: 555-555-1113 [mobile]",
            "tel: 555-555-1114 [mobile]",
            "tel: 555-555-1115 [voice]",
            "tel: 555-555-1116 [homeFax]",
            "tel: 555-555-1117 [workFax]",
            "tel: 555-555-1118 [voice]",
            "tel: 555-555-1119 [voice]",
            "email: home@example.com [home]",
            "email: work@example.com [work]",
            "email: school@example.com [unspecified] label=school",
            "email: other@example.com [other]",
            "email: custom@example.com [unspecified] label=customtype",
            "adr: - | HomeExtended | HomeStreet | HomeCity | HomeState | HomePostal | HomeCountry | - | - [home]",
            "adr: - | WorkExtended | WorkStreet | WorkCity | WorkState | WorkPostal | WorkCountry | - | - [work]",
            "adr: - | OtherExtended | OtherStreet | OtherCity | OtherState | OtherPostal | OtherCountry | - | - [other]",
            "adr: - | CustomExtended | CustomStreet | CustomCity | CustomState | CustomPostal | CustomCountry | - | - [unspecified] label=customtype",
            "org: Organization1 | Department1 | Title1 | -",
        ],
        "ezvcard__gmail-single.vcf": [
            "name: Greg Dartmouth | Dartmouth | Greg | - | - | - | Gman",
            "tel: 555 555 1111 [mobile]",
            "tel: 555 555 2222 [unspecified] label=GRAND_CENTRAL",
            "email: gdartmouth@hotmail.com [unspecified]",
            "adr: - | - | 123 Home St\\nHome City, HM 12345 | - | - | - | - | - | - [home]",
            "adr: - | - | 321 Custom St | Custom City | TX | 98765 | USA | - | - [unspecified] label=CustomAdrType",
            "org: TheCompany |  | TheJobTitle | -",
        ],
        "ezvcard__gmail-single2.vcf": [
            "name: VCard Test | Test | VCard | - | - | - | TheNickname",
            "tel: 5555551111 [unspecified]",
            "tel: 5555551112 [home]",
            "tel: 5555551113 [work]",
            "tel: 5555551114 [unspecified]",
            "tel: 5555551115 [mobile]",
            "tel: 5555551116 [main]",
            "tel: 5555551117 [homeFax]",
            "tel: 5555551118 [workFax]",
            "tel: 5555551119 [unspecified] label=GRAND_CENTRAL",
            "tel: 5555551120 [pager]",
            "tel: 5555551121 [unspecified] label=CustomePhoneCategory",
            "email: email@example.com [unspecified]",
            "email: homeemail@example.com [home]",
            "email: workemail@example.com [work]",
            "email: otheremail@example.com [unspecified]",
            "email: customcategory@example.com [unspecified] label=CustomEmailCategory",
            "adr: - | - | 111 Main St | NY | New York | 10011 | - | - | - [unspecified]",
            "adr: - | - | 112 Main St | NY | New York | 10011 | - | - | - [home]",
            "adr: - | - | 113 Main St | NY | New York | 10011 | - | - | - [work]",
            "adr: - | - | 114 Main St | NY | New York | 10011 | - | - | - [unspecified]",
            "adr: - | - | 115 Main St | NY | New York | 10011 | - | - | - [unspecified] label=CustomAddressCategory",
            "org: TheCompany |  | TheJobTitle | -",
        ],
        "ezvcard__outlook-2007.vcf": [
            "name: Mr. Michael Angstadt Jr. | Angstadt | Michael | - | Mr. | Jr. | Mike",
            "tel: (111) 555-1111 [work]",
            "tel: (111) 555-2222 [home]",
            "tel: (111) 555-4444 [mobile]",
            "tel: (111) 555-3333 [workFax]",
            "tel: (111) 555-4444 [callback]",
            "email: mike.angstadt@gmail.com [unspecified] pref=1",
            "adr: - | TheOffice | 222 Broadway | New York | NY | 99999 | USA | - | 222 Broadway\\nNew York, NY 99999\\nUSA [work] pref=1",
            "org: TheCompany | TheDepartment | TheJobTitle | TheProfession",
        ],
        "ezvcard__rfc2426-example.vcf": [
            "name: Frank Dawson | - | - | - | - | - | -",
            "tel: +1-919-676-9515 [work]",
            "tel: +1-919-676-9564 [workFax]",
            "email: Frank_Dawson@Lotus.com [unspecified] pref=1",
            "email: fdawson@earthlink.net [unspecified]",
            "adr: - | - | 6544 Battleford Drive | Raleigh | NC | 27613-3502 | U.S.A. | - | - [work]",
            "org: Lotus Development Corporation |  | - | -",
            "--",
            "name: Tim Howes | - | - | - | - | - | -",
            "tel: +1-415-937-3419 [work]",
            "tel: +1-415-528-4164 [workFax]",
            "email: howes@netscape.com [unspecified]",
            "adr: - | - | 501 E. Middlefield Rd. | Mountain View | CA | 94043 | U.S.A. | - | - [work]",
            "org: Netscape Communications Corp. |  | - | -",
        ],
        "ezvcard__rfc6350-example.vcf": [
            "name: Simon Perreault | Perreault | Simon | - | - | ing. jr M.Sc. | -",
            "tel: +1-418-656-9254 [work] pref=1 ext=102",
            "tel: +1-418-262-6501 [mobile]",
            "email: simon.perreault@viagenie.ca [work]",
            "adr: - | Suite D2-630 | 2875 Laurier | Quebec | QC | G1V 2M2 | Canada | - | - [work]",
            "org: Viagenie |  | - | -",
        ],
        "ical4j__4b62872a-849-0.vcf": [
            "name: - | Branntwein | Franz | M. | Herr | - | -",
            "tel: 0221 12345678 [home]",
            "email: franz.m.branntwein@example.com [unspecified]",
            "adr: - | Medizinstraße 4711 | - | Köln | Nordrhein-Westfalen | 50441 | Deutschland | - | - [unspecified]",
        ],
        "ical4j__vcard-group.vcf": [
            "name: - | - | - | - | - | - | -",
            "adr: - | - | Lierstr. 20a | München | - | 80639 | Deutschland | - | - [work] pref=1",
        ],
        "textvcard__encoding2.vcf": [
            "name: Bartholomäus von Stürmer | von Stürmer | Bartholomäus | - | - | - | -",
            "tel: +08154711 [mobile]",
            "--",
            "name: Carl Gauß | Gauß | Carl | - | - | - | -",
            "tel: +471112345 [voice]",
        ],
        "textvcard__quoted.vcf": [
            "name: John Smith | Smith | John | - | - | - | -",
            "adr: - | - | A street on a quoted line | Some test town | Some test region | 0815 | Österreich | - | - [unspecified]",
        ],
        "kcontacts__vcard3.vcf": [
            "name: ian geiser | geiser | ian | - | - | - | -",
            "email: geiseri@yahoo.com [unspecified]",
            "org: Source eXtreme |  | VP of Engineering | -",
        ],
        "roundcube__apple.vcf": [
            "name: Apple Computer AG | - | - | - | - | - | -",
            "adr: - | - | Birgistrasse 4a | Wallisellen-Zürich | - | 8304 | Switzerland | CH | - [work] pref=1",
            "org: Apple Computer AG |  | - | -",
        ],
        "tine20__HerrFalkMuenchen.vcf": [
            "name: München, Falk | München | Falk | - | - | - | -",
            "tel: 12212/1212 [home]",
            "tel: 0171-9394461 [mobile]",
            "email: falk.muenchoen@landtag.xyz.de [unspecified] pref=1",
            "adr: - | - | Klippe 58 | Bad Vilbel | - | 21255 | - | - | - [home]",
            "adr: - | - | Platz der Republik 1 | Düsseldorf | - | 40222 | - | - | - [work]",
            "org: - |  | Landtagsabgeordneter | -",
        ],
    ]
}
