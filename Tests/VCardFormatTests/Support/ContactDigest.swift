import ContactModel

/// One line per field of a contact, with every value exact: the compact form the corpus tests
/// pin (names, phones with kinds and labels, emails, addresses, organisation).
enum ContactDigest {
    static func lines(_ contact: Contact) -> [String] {
        var lines: [String] = []
        let name = contact.name
        lines.append(
            "name: " + [name.formatted, name.family, name.given, name.middle, name.prefix, name.suffix, name.nickname]
                .map(text).joined(separator: " | "))
        for phone in contact.phones {
            lines.append(
                "tel: \(phone.value) [\(phone.kind.rawValue)]" + extras(phone.label, phone.preference)
                    + (phone.extensionNumber.map { " ext=\($0)" } ?? ""))
        }
        for email in contact.emails {
            lines.append("email: \(email.address) [\(email.kind.rawValue)]" + extras(email.label, email.preference))
        }
        for address in contact.addresses {
            let parts = [
                address.poBox, address.extended, address.street, address.city, address.region, address.postalCode,
                address.country, address.countryCode, address.formatted,
            ]
            lines.append(
                "adr: " + parts.map(text).joined(separator: " | ") + " [\(address.kind.rawValue)]"
                    + extras(address.label, address.preference))
        }
        if let org = contact.organization {
            lines.append("org: \(text(org.company)) | \(org.units.joined(separator: ", ")) | \(text(org.title)) | \(text(org.role))")
        }
        return lines
    }

    private static func text(_ value: String?) -> String {
        value.map { $0.replacingOccurrences(of: "\n", with: "\\n") } ?? "-"
    }

    private static func extras(_ label: String?, _ preference: Int?) -> String {
        (label.map { " label=\($0)" } ?? "") + (preference.map { " pref=\($0)" } ?? "")
    }
}
