import Foundation

/// Writes deterministic synthetic address books in the styles real exporters use: vCard 2.1
/// (Android, quoted-printable), 3.0 (Apple item groups, Google), 4.0 (tel: URIs, PREF) and
/// Google Contacts CSV. The same seed and count give the same bytes on every machine.
struct CorpusGenerator {
    enum Format: String, CaseIterable, Sendable {
        case vcard21 = "2.1", vcard30 = "3.0", vcard40 = "4.0", googleCSV = "csv"
    }

    private var random: SplitMix64
    private let format: Format
    private static let photo = String(repeating: "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U", count: 40)

    init(format: Format, seed: UInt64) {
        self.format = format
        random = SplitMix64(seed: seed)
    }

    /// The CSV header row (Google Contacts' current layout), for ``Format/googleCSV``.
    static let googleHeader =
        "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Nickname,Organization Name,Organization Title,"
        + "Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
        + "Phone 2 - Label,Phone 2 - Value,Phone 3 - Label,Phone 3 - Value,Address 1 - Label,Address 1 - Street,"
        + "Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country\r\n"

    /// Appends `count` contacts to `out`.
    mutating func write(count: Int, into out: inout [UInt8]) {
        if format == .googleCSV { out.append(contentsOf: Self.googleHeader.utf8) }
        for index in 0..<count { writeContact(index, into: &out) }
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    private mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    private mutating func fill(_ pattern: String) -> String {
        var out = ""
        for character in pattern {
            out.append(character == "#" ? Character(String(random.next() % 10)) : character)
        }
        return out
    }

    private mutating func writeContact(_ index: Int, into out: inout [UInt8]) {
        let profile = pick(CorpusProfile.all)
        let given = pick(profile.givenNames)
        let family = pick(profile.familyNames)
        let place = pick(profile.cities)
        let street = pick(profile.streets)
        var phones: [(kind: String, number: String)] = [("cell", fill(pick(profile.mobileFormats)))]
        if chance(60) { phones.append(("home", fill(pick(profile.landlineFormats)))) }
        if chance(25) { phones.append(("work", fill(pick(pick(CorpusProfile.all).mobileFormats)))) }
        let mailUser = "\(family.lowercased().filter { $0.isASCII && $0.isLetter }).\(index)"
        let email = mailUser + "@" + pick(profile.emailDomains)
        let company = chance(40) ? "\(pick(profile.familyNames)) & Asociados, S.A." : nil
        let note = chance(20) ? "Cliente desde 2019; prefiere WhatsApp, llamar después de las 6pm.\nRef: #\(index)" : nil
        let birthday = chance(30) ? "19\(50 + random.next() % 50)-0\(1 + random.next() % 9)-1\(random.next() % 10)" : nil
        let hasPhoto = chance(3)
        switch format {
        case .googleCSV:
            writeCSV(given, family, company, birthday, note, email, phones, street, place, profile, into: &out)
        case .vcard21, .vcard30, .vcard40:
            var card = VCardText(version: format)
            card.add("N", "\(family);\(given);;;")
            card.add("FN", "\(given) \(family)")
            if let company { card.add("ORG", company) }
            for (position, phone) in phones.enumerated() {
                card.addPhone(phone.number, kind: phone.kind, preferred: position == 0, group: position + 1)
            }
            card.add("EMAIL", email, type: "INTERNET,HOME")
            card.add("ADR", ";;\(street);\(place.city);\(place.state);\(place.zip);\(profile.country)", type: "HOME")
            if let birthday { card.add("BDAY", birthday) }
            if let note { card.add("NOTE", note) }
            if hasPhoto { card.addPhoto(Self.photo) }
            card.finish(into: &out)
        }
    }

    private func writeCSV(
        _ given: String, _ family: String, _ company: String?, _ birthday: String?, _ note: String?,
        _ email: String, _ phones: [(kind: String, number: String)], _ street: String,
        _ place: (city: String, state: String, zip: String), _ profile: CorpusProfile, into out: inout [UInt8]
    ) {
        func cell(_ text: String?) -> String {
            guard let text, !text.isEmpty else { return "" }
            if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) {
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return text
        }
        let labels = ["cell": "Mobile", "home": "Home", "work": "Work"]
        var cells = [cell(given), "", cell(family), "", "", "", cell(company), "", cell(birthday), cell(note),
                     "* myContacts", "* Home", cell(email)]
        for slot in 0..<3 {
            if slot < phones.count {
                cells += [slot == 0 ? "* Mobile" : labels[phones[slot].kind] ?? "Other", cell(phones[slot].number)]
            } else {
                cells += ["", ""]
            }
        }
        cells += ["Home", cell(street), cell(place.city), cell(place.state), cell(place.zip), cell(profile.country)]
        out.append(contentsOf: cells.joined(separator: ",").utf8)
        out.append(contentsOf: "\r\n".utf8)
    }
}
