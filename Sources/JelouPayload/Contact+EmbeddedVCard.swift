import ContactModel

extension Contact {
    /// Fills what a WhatsApp contact object left out from the same contact's vCard, as WhatsApp
    /// Cloud API sends both for a `contact_request` (`{"vcard": "BEGIN:VCARD…FN:Sheena Nelson…",
    /// "phones": [{"phone": "15551234567"}]}`).
    ///
    /// The object's own fields win. The card gives the name, organisation, birthday and note when
    /// the object has none; the type and WhatsApp id of an untyped phone with the same digits; the
    /// phones, emails and URLs the object does not list; its addresses when the object has none;
    /// and its other properties.
    mutating func fillIn(from card: Contact) {
        if name.isEmpty { name = card.name }
        if organization == nil { organization = card.organization }
        if birthday == nil { birthday = card.birthday }
        if note == nil { note = card.note }
        for cardPhone in card.phones {
            guard let index = phones.firstIndex(where: { Self.sameDigits($0.value, cardPhone.value) }) else {
                phones.append(cardPhone)
                continue
            }
            if phones[index].kind == .unspecified, phones[index].label == nil {
                phones[index].kind = cardPhone.kind
                phones[index].label = cardPhone.label
            }
            if phones[index].whatsAppID == nil { phones[index].whatsAppID = cardPhone.whatsAppID }
        }
        for email in card.emails where !emails.contains(where: { $0.address.lowercased() == email.address.lowercased() }) {
            emails.append(email)
        }
        for url in card.urls where !urls.contains(where: { $0.url == url.url }) { urls.append(url) }
        if addresses.isEmpty { addresses = card.addresses }
        unmapped += card.unmapped
    }

    /// True when two numbers as written are one: the same digits (`+1 555 123 4567`,
    /// `15551234567`), or, for numbers of eight digits or more, the same last eight, as the one
    /// number is written nationally and internationally (`0991234567`, `+593 99 123 4567`) or
    /// with Mexico's old mobile 1 (`+52 1 55 1234 5678`, `+52 55 1234 5678`).
    private static func sameDigits(_ first: String, _ second: String) -> Bool {
        let digits = { (text: String) in text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        let firstDigits = digits(first)
        let secondDigits = digits(second)
        guard !firstDigits.isEmpty else { return false }
        if firstDigits == secondDigits { return true }
        return firstDigits.count >= 8 && secondDigits.count >= 8 && firstDigits.suffix(8) == secondDigits.suffix(8)
    }
}
