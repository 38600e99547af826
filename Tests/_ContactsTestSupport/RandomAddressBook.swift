import ContactModel

/// Seeded random contacts of the kind address books hold — accents, emoji, commas, semicolons,
/// quotes and line breaks in names and notes; phones of every kind, with and without labels;
/// several emails, addresses and URLs; complete and partial birthdays — for property tests of
/// the formats that hold less than vCard does (CSV, Jelou JSON).
public struct RandomAddressBook {
    private var random: SplitMix64

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    private static let words = [
        "José", "Zoë", "Ñandú", "Smith", "O'Neil", "李小龍", "Müller", "Ana María", "😀", "Çelik",
        "Nguyễn", "Łódź", "Straße", "Dr.", "naïve café", "\"Pepe\"", "Pérez, Jr.", "a;b", "=SUM(A1)", "-x", "@home",
    ]
    private static let numbers = ["+593 99 123 4567", "+1 212-555-0123", "099 123 4567", "(02) 255-1234", "+44 20 7946 0958"]
    private static let labels = ["Trabajo", "Casa de playa", "Oficina, piso 3", "Abuela 👵"]
    private static let domains = ["example.com", "jelou.example", "correo.ec"]

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    /// One to three words joined by a space, a comma or a line break.
    private mutating func text(lineBreaks: Bool = false) -> String {
        var text = pick(Self.words)
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            text += pick(lineBreaks ? [" ", ", ", "\n"] : [" ", ", "]) + pick(Self.words)
        }
        return text
    }

    private mutating func optionalText(_ percent: Int) -> String? { chance(percent) ? text() : nil }

    /// A contact as a reader could produce it (no normalised phones, no unmapped properties).
    public mutating func contact() -> Contact {
        var contact = Contact()
        contact.name = PersonName(
            given: text(), family: optionalText(80), middle: optionalText(20), prefix: optionalText(15),
            suffix: optionalText(10), nickname: optionalText(20))
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let kind = pick([Phone.Kind.mobile, .home, .work, .main, .homeFax, .workFax, .pager, .other])
            contact.phones.append(Phone(value: pick(Self.numbers), kind: kind, label: chance(20) ? pick(Self.labels) : nil))
        }
        for index in 0..<Int.random(in: 0...3, using: &random) {
            let kind = pick([EntryKind.home, .work, .other])
            contact.emails.append(Email(address: "user\(index)@" + pick(Self.domains), kind: kind))
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            contact.addresses.append(PostalAddress(
                street: text(), city: optionalText(80), region: optionalText(50),
                postalCode: chance(60) ? String(Int.random(in: 10_000...99_999, using: &random)) : nil,
                country: chance(60) ? pick(["Ecuador", "México", "United States"]) : nil,
                kind: pick([EntryKind.home, .work])))
        }
        if chance(50) {
            contact.organization = Organization(company: text(), title: optionalText(50))
        }
        if chance(30) {
            contact.urls.append(WebAddress(url: "https://" + pick(Self.domains) + "/" + String(Int.random(in: 1...999, using: &random))))
        }
        if chance(50) {
            let year = Int.random(in: 1930...2010, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...28, using: &random)
            contact.birthday = chance(80) ? PartialDate(year: year, month: month, day: day) : PartialDate(month: month, day: day)
        }
        if chance(40) { contact.note = text(lineBreaks: true) }
        return contact
    }
}
