import ContactModel
import Testing
import _ContactsTestSupport
@testable import VCardFormat

/// Seeded random contacts — accents, emoji, `,` `;` `\` `:` `"` `^` and line breaks in every
/// text, every phone kind with labels, further kinds, preferences and WhatsApp ids, partial birthdays, unmapped properties
/// with groups and parameters — survive vCard 2.1, 3.0, 4.0 and jCard in every field the
/// format holds (``RoundTrip/expected(_:after:)`` lists what each does not hold).
@Suite struct RoundTripPropertyTests {
    static let contactCount = 200

    @Test(arguments: RoundTrip.Format.allCases)
    func randomContactsSurvive(format: RoundTrip.Format) {
        var generator = RandomContactGenerator(seed: 0x6A65_6C6F_7521)
        let contacts = (0..<Self.contactCount).map { _ in generator.contact() }
        let again = RoundTrip.convert(contacts, through: format)
        #expect(again.count == contacts.count)
        for (index, (got, original)) in zip(again, contacts).enumerated() {
            let want = RoundTrip.expected(RoundTrip.expectedAfterNormalising(original), after: format)
            #expect(got == want, "\(format), contact \(index + 1):\n\(RoundTrip.difference(got, want))")
        }
    }

    @Test func theGeneratorCoversWhatItClaims() {
        var generator = RandomContactGenerator(seed: 0x6A65_6C6F_7521)
        let contacts = (0..<Self.contactCount).map { _ in generator.contact() }
        let phones = contacts.flatMap(\.phones)
        #expect(Set(phones.map(\.kind)) == Set(Phone.Kind.allCases))
        #expect(phones.contains { $0.label != nil } && phones.contains { $0.preference != nil })
        #expect(phones.contains { $0.extensionNumber != nil } && phones.contains { $0.normalized != nil })
        #expect(phones.contains { $0.whatsAppID != nil } && phones.contains { !$0.additionalKinds.isEmpty })
        #expect(contacts.contains { $0.birthday.map { !$0.isComplete } ?? false })
        #expect(contacts.contains { $0.note?.contains("\n") ?? false })
        #expect(contacts.contains { $0.name.family?.contains(";") ?? false })
        #expect(contacts.contains { $0.unmapped.contains { $0.group != nil && !$0.parameters.isEmpty } })
        #expect(contacts.contains { !RandomContactGenerator.hasLabelNeedingQuotedPrintable($0) && $0.phones.contains { $0.label != nil } })
        #expect(contacts.contains(where: RandomContactGenerator.hasLabelNeedingQuotedPrintable))
        #expect(contacts.contains(where: RandomContactGenerator.hasAmbiguousLegacyDeliveryLabel))
        #expect(contacts.contains { !$0.name.nameParameters.isEmpty } && contacts.contains { !$0.name.formattedNameParameters.isEmpty })
        #expect(contacts.contains { !($0.organization?.otherParameters.isEmpty ?? true) })
        #expect(contacts.contains { !$0.propertyParameters.isEmpty })
        #expect(phones.contains { !$0.otherParameters.isEmpty } && contacts.contains { $0.emails.contains { !$0.otherParameters.isEmpty } })
        #expect(contacts.contains { $0.addresses.contains { !$0.otherParameters.isEmpty } && $0.urls.contains { !$0.otherParameters.isEmpty } })
    }
}

extension RoundTrip {
    /// A normalised phone is written as its E.164 number and reads back un-normalised.
    static func expectedAfterNormalising(_ contact: Contact) -> Contact {
        var contact = contact
        for index in contact.phones.indices {
            guard let normalized = contact.phones[index].normalized else { continue }
            contact.phones[index].value = normalized.e164
            contact.phones[index].extensionNumber = normalized.extensionNumber ?? contact.phones[index].extensionNumber
            contact.phones[index].normalized = nil
        }
        return contact
    }
}

/// Makes contacts as a reader could produce them: texts trimmed and non-empty, labels that are
/// not Apple's fixed label names, upper-case country codes.
struct RandomContactGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private static let words = [
        "José", "Zoë", "Ñandú", "Smith", "O'Neil", "李小龍", "Müller", "Ana María", "😀", "Çelik", "Nguyễn",
        "Łódź", "Ørsted", "Straße", "👩🏽‍💻 dev", "Dr.", "naïve café",
    ]
    private static let specials = [",", ";", "\\", "\n", ":", "\"", "^", "=", " ", "\\n", "^n", "  "]
    private static let labels = ["Trabajo, móvil", "Casa de playa", "Oficina; piso 3", "Abuela 👵", "Fax\\viejo", "Línea\nsegunda", "Club"]
    private static let asciiLabels = ["Club", "Gym; 2nd", "Back office", "Night line"]
    private static let numbers = [
        "+593 99 123 4567", "+1-418-656-9254", "(02) 255-1234", "099.123.4567", "+44 (0)20 7946 0958", "*99#",
        "555-0100;p123", "+14186569254", "0800 FLOWERS",
    ]
    /// A further kind for each kind that stays the first when read back with it (`CELL,WORK`).
    private static let furtherKinds: [Phone.Kind: Phone.Kind] = [
        .mobile: .work, .iPhone: .voice, .home: .voice, .work: .voice, .main: .work, .homeFax: .voice,
        .pager: .work, .car: .voice,
    ]
    private static let emails = ["josé.pérez@example.com", "a,b;c@example.org", "zoë+tag@example.net", "x@y.z"]
    private static let urls = ["https://example.com/a,b;c", "http://ñandú.example/ü?x=1&y=2", "https://x.com/@ana", "ftp://files.example/\\dir"]
    private static let unmappedNames = ["X-SOCIALPROFILE", "CATEGORIES", "X-CUSTOM", "X-ABDATE", "IMPP", "X-ANDROID-CUSTOM"]
    private static let groups: [String?] = [nil, nil, "item9", "g1", "ITEM2"]
    private static let parameters = [
        RawParameter(name: "TYPE", values: ["pref"]),
        RawParameter(name: "TYPE", values: ["twitter", "x"]),
        RawParameter(name: "X-SERVICE", values: ["Señal; \"privada\""]),
        RawParameter(name: "X-NOTE", values: ["a^b", "c:d"]),
        RawParameter(name: "X-EMPTY", values: []),
        RawParameter(name: "VALUE", values: ["uri"]),
        RawParameter(name: "X-LINES", values: ["uno\ndos"]),
    ]
    /// Parameters a name, organisation, phone, email, address or URL keeps beside its fields.
    private static let keptParameters = [
        RawParameter(name: "PID", values: ["1.1"]),
        RawParameter(name: "ALTID", values: ["1"]),
        RawParameter(name: "LANGUAGE", values: ["es-EC"]),
        RawParameter(name: "SORT-AS", values: ["Pérez", "José"]),
        RawParameter(name: "X-SERVICE", values: ["Señal; \"privada\""]),
        RawParameter(name: "X-LINES", values: ["uno\ndos"]),
    ]

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    /// 1–4 words with special characters between them, sometimes repeated past 75 octets.
    private mutating func text() -> String {
        var pieces: [String] = []
        for index in 0..<Int.random(in: 1...4, using: &random) {
            if index > 0 { pieces.append(chance(60) ? pick(Self.specials) : " ") }
            pieces.append(pick(Self.words))
        }
        var text = pieces.joined()
        if chance(10) { text = String(repeating: text + " ", count: 6) }
        let trimmed = JCardPropertyMapper.trimmed(text)
        return trimmed.isEmpty ? "Ana" : trimmed
    }

    private mutating func optionalText(_ percent: Int) -> String? { chance(percent) ? text() : nil }

    private mutating func label() -> String? {
        guard chance(35) else { return nil }
        return chance(50) ? pick(Self.asciiLabels) : pick(Self.labels)
    }

    /// None mostly, else one or two of ``keptParameters``.
    private mutating func otherParameters() -> [RawParameter] {
        guard chance(20) else { return [] }
        return (0..<Int.random(in: 1...2, using: &random)).map { _ in pick(Self.keptParameters) }
    }

    private mutating func preference() -> Int? {
        chance(30) ? (chance(50) ? 1 : Int.random(in: 2...100, using: &random)) : nil
    }

    mutating func contact() -> Contact {
        var contact = Contact()
        contact.name = PersonName(
            formatted: optionalText(70), given: optionalText(80), family: optionalText(80), middle: optionalText(20),
            prefix: optionalText(15), suffix: optionalText(10), nickname: optionalText(20))
        contact.name.nameParameters = otherParameters()
        contact.name.formattedNameParameters = otherParameters()
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            var phone = Phone(value: pick(Self.numbers), kind: pick(Phone.Kind.allCases), label: label(), preference: preference())
            if chance(15) { phone.extensionNumber = String(Int.random(in: 1...9999, using: &random)) }
            if chance(15), let other = Self.furtherKinds[phone.kind] { phone.additionalKinds = [other] }
            if chance(15) {
                phone.normalized = NormalizedPhone(
                    e164: "+5939" + String(Int.random(in: 10_000_000...99_999_999, using: &random)),
                    extensionNumber: chance(30) ? "12" : nil)
            }
            if chance(20) { phone.whatsAppID = "5939" + String(Int.random(in: 10_000_000...99_999_999, using: &random)) }
            phone.otherParameters = otherParameters()
            contact.phones.append(phone)
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            contact.emails.append(Email(
                address: pick(Self.emails), kind: pick(EntryKind.allCases), label: label(), preference: preference(),
                otherParameters: otherParameters()))
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            var address = PostalAddress(
                poBox: optionalText(10), extended: optionalText(20), street: text(), city: optionalText(70),
                region: optionalText(40), postalCode: chance(60) ? String(Int.random(in: 10_000...99_999, using: &random)) : nil,
                country: optionalText(50), countryCode: chance(40) ? pick(["EC", "US", "DE", "JP"]) : nil,
                formatted: optionalText(30), kind: pick(EntryKind.allCases), label: label(), preference: preference())
            if address.formatted != nil { address.formatted! += "\nSegunda línea" }
            address.otherParameters = otherParameters()
            contact.addresses.append(address)
        }
        if chance(60) {
            var organization = Organization(
                company: optionalText(70), units: chance(30) ? [text(), text()] : [], title: optionalText(40), role: optionalText(20))
            if organization.company != nil || !organization.units.isEmpty { organization.otherParameters = otherParameters() }
            contact.organization = organization.isEmpty ? nil : organization
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            contact.urls.append(WebAddress(
                url: pick(Self.urls), kind: pick(EntryKind.allCases), label: label(), preference: preference(),
                otherParameters: otherParameters()))
        }
        if chance(60) {
            let year = Int.random(in: 1900...2020, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...28, using: &random)
            contact.birthday = pick([
                PartialDate(year: year, month: month, day: day), PartialDate(month: month, day: day),
                PartialDate(year: year, month: month), PartialDate(year: year), PartialDate(month: month),
                PartialDate(day: day), PartialDate(year: year, day: day),
            ])
        }
        if chance(50) { contact.note = text() + "\n" + text() }
        let singleValued: [(String, Bool)] = [
            ("NICKNAME", contact.name.nickname != nil), ("TITLE", contact.organization?.title != nil),
            ("ROLE", contact.organization?.role != nil), ("NOTE", contact.note != nil), ("BDAY", contact.birthday != nil),
        ]
        for (property, isSet) in singleValued where isSet && chance(25) {
            let kept = otherParameters()
            if !kept.isEmpty { contact.propertyParameters[property] = kept }
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            var raw = RawProperty(group: pick(Self.groups), name: pick(Self.unmappedNames), value: JCardText.escaped(text()))
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let parameter = pick(Self.parameters)
                // One VALUE at most: a property has one value type (RFC 6350 §5.2).
                if parameter.name == "VALUE", raw.parameters.contains(where: { $0.name == "VALUE" }) { continue }
                raw.parameters.append(parameter)
            }
            if raw.parameters.contains(where: { $0.name == "VALUE" }) { raw.value = pick(Self.urls) }
            contact.unmapped.append(raw)
        }
        return contact
    }

    /// True when an address with a formatted text follows one of the same kind without, so the
    /// 2.1 `LABEL` property can only be told apart by its item group.
    static func hasAmbiguousLegacyDeliveryLabel(_ contact: Contact) -> Bool {
        let addresses = contact.addresses
        return addresses.indices.contains { later in
            addresses[later].formatted != nil
                && addresses[..<later].contains { $0.kind == addresses[later].kind && $0.formatted == nil }
        }
    }

    /// True when a label needs quoted-printable in 2.1 (non-ASCII, a line break, or a line too long).
    static func hasLabelNeedingQuotedPrintable(_ contact: Contact) -> Bool {
        let labels = contact.phones.map(\.label) + contact.emails.map(\.label) + contact.addresses.map(\.label)
            + contact.urls.map(\.label)
        return labels.contains { label in
            guard let label else { return false }
            return label.utf8.contains { $0 >= 0x80 || $0 == 0x0A } || label.utf8.count > 50
        }
    }
}
