import ContactModel
import Foundation
import JSONCoding
import Testing
import _ContactsTestSupport
@testable import VCardFormat

@Suite struct JCardReaderTests {
    private func read(_ bytes: [UInt8], chunkSize: Int = 65_536) throws -> (contacts: [Contact], diagnostics: [Diagnostic]) {
        var reader = JCardReader(MemoryByteSource(bytes, chunkSize: chunkSize))
        var diagnostics: [Diagnostic] = []
        var contacts: [Contact] = []
        while let record = try reader.next(diagnostics: &diagnostics) { contacts.append(record.contact) }
        return (contacts, diagnostics)
    }

    private func fixture(_ name: String) throws -> [UInt8] {
        try TestPaths.bytes(of: TestPaths.fixtures.appendingPathComponent("jcard").appendingPathComponent(name))
    }

    @Test func readsTheRFC7095ExampleFromTheCorpus() throws {
        guard let corpus = try TestPaths.requireCorpus() else { return }
        let (contacts, diagnostics) = try read(TestPaths.bytes(of: corpus.appendingPathComponent("ezvcard__jcard-example.json")))
        #expect(diagnostics.isEmpty)
        #expect(contacts == [Contact(
            name: PersonName(formatted: "Simon Perreault", given: "Simon", family: "Perreault", suffix: "ing. jr M.Sc."),
            phones: [
                Phone(value: "+1-418-656-9254", kind: .work, additionalKinds: [.voice], preference: 1, extensionNumber: "102"),
                Phone(value: "+1-418-262-6501", kind: .mobile, additionalKinds: [.work, .text, .video, .voice]),
            ],
            emails: [Email(address: "simon.perreault@viagenie.ca", kind: .work)],
            addresses: [PostalAddress(extended: "Suite D2-630", street: "2875 Laurier", city: "Quebec", region: "QC",
                                      postalCode: "G1V 2M2", country: "Canada", kind: .work)],
            organization: Organization(company: "Viagenie", otherParameters: [RawParameter(name: "TYPE", values: ["work"])]),
            urls: [WebAddress(url: "http://nomis80.org", kind: .home)],
            birthday: PartialDate(month: 2, day: 3),
            unmapped: [
                RawProperty(name: "ANNIVERSARY", parameters: [RawParameter(name: "VALUE", values: ["date-and-or-time"])],
                            value: "2009-08-08T14:30:00-05:00"),
                RawProperty(name: "GENDER", parameters: [RawParameter(name: "VALUE", values: ["text"])], value: "M"),
                RawProperty(name: "LANG", parameters: [RawParameter(name: "PREF", values: ["1"]),
                                                       RawParameter(name: "VALUE", values: ["language-tag"])], value: "fr"),
                RawProperty(name: "LANG", parameters: [RawParameter(name: "PREF", values: ["2"]),
                                                       RawParameter(name: "VALUE", values: ["language-tag"])], value: "en"),
                RawProperty(name: "GEO", parameters: [RawParameter(name: "TYPE", values: ["work"]),
                                                      RawParameter(name: "VALUE", values: ["uri"])], value: "geo:46.772673,-71.282945"),
                RawProperty(name: "KEY", parameters: [RawParameter(name: "TYPE", values: ["work"]),
                                                      RawParameter(name: "VALUE", values: ["uri"])],
                            value: "http://www.viagenie.ca/simon.perreault/simon.asc"),
                RawProperty(name: "TZ", parameters: [RawParameter(name: "VALUE", values: ["utc-offset"])], value: "-05:00"),
            ]
        )])
    }

    static let lucia = Contact(
        name: PersonName(formatted: "Lucía Andrade", given: "Lucía", family: "Andrade", prefix: "Dra."),
        phones: [
            Phone(value: "+593-99-123-4567", kind: .iPhone, preference: 1),
            Phone(value: "(02) 255-1234", kind: .work, label: "Consultorio"),
        ],
        emails: [Email(address: "lucia@example.ec", kind: .home)],
        addresses: [PostalAddress(extended: "Piso 3", street: "Av. Amazonas N34", city: "Quito", region: "Pichincha",
                                  postalCode: "170135", country: "Ecuador", countryCode: "EC",
                                  formatted: "Av. Amazonas N34\nQuito", kind: .work)],
        organization: Organization(company: "Clínica Norte", units: ["Pediatría", "Turno B"], title: "Jefa de servicio"),
        birthday: PartialDate(month: 7, day: 21),
        note: "Atiende martes, jueves; y sábados\npor la mañana",
        unmapped: [
            RawProperty(name: "CATEGORIES", parameters: [RawParameter(name: "VALUE", values: ["text"])],
                        value: "Médicos,Familia\\, cercana"),
            RawProperty(group: "item3", name: "X-ABDATE", value: "2015-03-01"),
            RawProperty(group: "item3", name: "X-ABLABEL", parameters: [RawParameter(name: "VALUE", values: ["text"])],
                        value: "_$!<Anniversary>!$_"),
        ]
    )

    static let taller = Contact(
        name: PersonName(formatted: "Taller Mecánico Pérez"),
        phones: [Phone(value: "042 600 700", kind: .workFax)],
        urls: [WebAddress(url: "https://taller.example.com", kind: .work)]
    )

    @Test(arguments: [1, 2, 5, 65_536])
    func readsAnArrayOfJCardsInAnyChunking(chunkSize: Int) throws {
        let (contacts, diagnostics) = try read(fixture("two-contacts.json"), chunkSize: chunkSize)
        #expect(diagnostics.isEmpty)
        #expect(contacts == [Self.lucia, Self.taller])
    }

    @Test func reportsDamagedValuesAndKeepsReading() throws {
        let (contacts, diagnostics) = try read(fixture("damaged.ndjson"))
        #expect(contacts.map(\.name.formatted) == ["Uno", "Dos"])
        #expect(contacts[1].emails == [Email(address: "dos@example.com")])
        #expect(contacts[1].unmapped == [
            RawProperty(name: "BDAY", parameters: [RawParameter(name: "VALUE", values: ["date-and-or-time"])], value: "ayer"),
        ])
        #expect(diagnostics.map(\.severity) == [.error, .error, .warning, .warning, .warning])
        // The unclosed jCard on line 2 is found broken where line 3 begins.
        #expect(diagnostics.map { $0.position?.line } == [3, 3, 4, 4, 4])
        #expect(diagnostics.dropFirst().map(\.message) == [
            "expected a jCard: [\"vcard\", [properties…]] (RFC 7095 §3.2)",
            "jCard property 3 is not [name, {parameters}, type, value…]; left out",
            "BDAY 'ayer' is not a date; kept unmapped",
            "PREF '0' is not 1 to 100 (RFC 6350 §5.3); left out",
        ])
    }

    /// RFC 7095 §5: an `unknown` value is the vCard text as is; a literal line break in it is
    /// kept as `\n`, the form ``RawProperty/value`` holds.
    @Test func keepsUnknownValuesAsVCardText() throws {
        let json = #"["vcard", [["x-thing", {"x-p": ["a", "b"]}, "unknown", "one\\, two\\nthree\r\nfour"], ["x-mood", {}, "text", "calm; happy", "ok"]]]"#
        let (contacts, diagnostics) = try read(Array(json.utf8))
        #expect(diagnostics.isEmpty)
        #expect(contacts.first?.unmapped == [
            RawProperty(name: "X-THING", parameters: [RawParameter(name: "X-P", values: ["a", "b"])], value: "one\\, two\\nthree\\nfour"),
            RawProperty(name: "X-MOOD", parameters: [RawParameter(name: "VALUE", values: ["text"])], value: "calm\\; happy,ok"),
        ])
    }

    /// - Parameter arrayed: the jCards in one array (`[big,\nsmall]`), else one per line.
    @Test(arguments: [false, true])
    func aJCardOverTheSizeCapIsAnErrorAndReadingGoesOn(arrayed: Bool) throws {
        let big = #"["vcard", [["fn", {}, "text", "\#(String(repeating: "x", count: 500))"]]]"#
        let small = #"["vcard", [["fn", {}, "text", "Ana"]]]"#
        let text = arrayed ? "[" + big + ",\n" + small + "]" : big + "\n" + small + "\n"
        var reader = JCardReader(MemoryByteSource(text), limits: JSONLimits(maxValueBytes: 200))
        var diagnostics: [Diagnostic] = []
        var names: [String?] = []
        while let record = try reader.next(diagnostics: &diagnostics) { names.append(record.contact.name.formatted) }
        #expect(names == ["Ana"])
        #expect(diagnostics.map(\.rendered) == ["1:\(arrayed ? 2 : 1): error: value larger than 200 bytes"])
    }

    @Test(arguments: [1, 7])
    func binaryGarbageGivesDiagnosticsNotContacts(chunkSize: Int) throws {
        var random = SplitMix64(seed: 42)
        let garbage = (0..<4_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let (contacts, diagnostics) = try read(garbage, chunkSize: chunkSize)
        #expect(contacts.isEmpty)
        #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.severity == .error && $0.position != nil })
    }

    @Test func anEmptyArrayHoldsNoContacts() throws {
        let (contacts, diagnostics) = try read(Array("  [ ]\n".utf8))
        #expect(contacts.isEmpty)
        #expect(diagnostics.isEmpty)
    }
}
