/// One person or organisation from an address book: the single model every reader makes and
/// every writer consumes.
///
/// Field set follows RFC 6350 §6 (identification, delivery addressing, communications,
/// organisational and explanatory properties), restricted to what the Jelou `contacts` message and
/// the address-book exports we read can carry. Everything a reader cannot map is kept in
/// ``unmapped`` so a writer of the same family can reproduce it.
public struct Contact: Sendable, Hashable, Codable {
    /// The name: the first FN, N and NICKNAME (RFC 6350 §6.2.1–§6.2.3, RFC 2426 §3.1.1–§3.1.3); a
    /// later one is kept in ``unmapped``. Jelou `name` (`formatted_name`, `first_name`, `last_name`,
    /// `middle_name`, `prefix`, `suffix`).
    public var name: PersonName
    /// Every TEL, in source order (RFC 6350 §6.4.1, RFC 2426 §3.3.1). Jelou `phones[]`.
    public var phones: [Phone]
    /// Every EMAIL, in source order (RFC 6350 §6.4.2, RFC 2426 §3.3.2). Jelou `emails[]`.
    public var emails: [Email]
    /// Every ADR, in source order, each with its LABEL (RFC 6350 §6.3.1, RFC 2426 §3.2.1–§3.2.2).
    /// Jelou `addresses[]`.
    public var addresses: [PostalAddress]
    // Optional fields are spelled `Optional<…>`, not `…?`: a `…?` stored property starts as
    // `nil`, and Swift 6.3's initialiser then builds the value in a temporary that it copies
    // (retaining every field) and destroys, some 500 instructions for a phone. The larger model
    // types, one made for nearly every line read, spell their optional fields so.
    /// The first ORG, TITLE and ROLE (RFC 6350 §6.6.4, §6.6.1, §6.6.2; RFC 2426 §3.5.5, §3.5.1,
    /// §3.5.2); a later one is kept in ``unmapped``. `nil` when the source has none. Jelou `org`.
    public var organization: Optional<Organization>
    /// Every URL, in source order (RFC 6350 §6.7.8, RFC 2426 §3.6.8). Jelou `urls[]`.
    public var urls: [WebAddress]
    /// The first BDAY that reads as a date (RFC 6350 §6.2.5, RFC 2426 §3.1.5); one that does not
    /// (`BDAY;VALUE=text:circa 1980`) is kept in ``unmapped``. Jelou `birthday`, written only when
    /// year, month and day are known.
    public var birthday: Optional<PartialDate>
    /// The first NOTE, unescaped (RFC 6350 §6.7.2, RFC 2426 §3.6.2); a later one is kept in
    /// ``unmapped``. The Jelou object has no field for it.
    public var note: Optional<String>
    /// Properties no field above holds, kept raw for faithful round trips (RFC 6350 §6.10).
    public var unmapped: [RawProperty]
    /// The parameters no field holds of the source's NICKNAME, TITLE, ROLE, NOTE and BDAY
    /// (`LANGUAGE`, `ALTID`, `CALSCALE`, `X-…`), by upper-case property name, as read, for the vCard
    /// and jCard writers to write back (RFC 6350 §5). Empty for nearly every contact.
    public var propertyParameters: [String: [RawParameter]] = [:]

    /// Makes a contact from its fields; ``propertyParameters`` starts empty.
    public init(
        name: PersonName = PersonName(),
        phones: [Phone] = [],
        emails: [Email] = [],
        addresses: [PostalAddress] = [],
        organization: Organization? = nil,
        urls: [WebAddress] = [],
        birthday: PartialDate? = nil,
        note: String? = nil,
        unmapped: [RawProperty] = []
    ) {
        self.name = name
        self.phones = phones
        self.emails = emails
        self.addresses = addresses
        self.organization = organization
        self.urls = urls
        self.birthday = birthday
        self.note = note
        self.unmapped = unmapped
    }

    /// True for a card that stands for a group of contacts (RFC 6350 §6.1.4 `KIND:group`, or
    /// iCloud's `X-ADDRESSBOOKSERVER-KIND:group` in vCard 3.0): it has no phone of its own to share.
    public var isGroup: Bool {
        unmapped.contains { property in
            guard property.name == "KIND" || property.name == "X-ADDRESSBOOKSERVER-KIND" else { return false }
            return property.value.filter { !$0.isWhitespace }.lowercased() == "group"
        }
    }

    /// True when the contact carries nothing a recipient could use: no name of any kind, no phone,
    /// no email, no address, no organisation, no URL.
    public var isEmpty: Bool {
        name.isEmpty && phones.isEmpty && emails.isEmpty && addresses.isEmpty
            && (organization?.isEmpty ?? true) && urls.isEmpty
    }

    /// True when the contact holds an address, a website, a birthday, a note, or a job title or
    /// department: data beside a name, phone, email or company.
    public var holdsOtherFields: Bool {
        !addresses.isEmpty || !urls.isEmpty || birthday != nil || note != nil
            || organization.map { $0.title != nil || $0.role != nil || !$0.units.isEmpty } ?? false
    }

    /// True when the contact holds nothing at all (`BEGIN`, `N:`, `FN:`, `END`): ``isEmpty``, and
    /// no birthday, note or other property either. Writers skip it, as it loses nothing.
    public var isBlank: Bool {
        isEmpty && birthday == nil && note == nil && unmapped.isEmpty
    }
}

/// A contact as a reader produced it, with where it started in its source.
public struct ContactRecord: Sendable, Hashable {
    /// The contact as read, not yet normalised.
    public var contact: Contact
    /// Position of the first line of the card or row (1-based line and column).
    public var position: SourcePosition

    /// Pairs a contact with where it was read.
    /// - Parameters:
    ///   - contact: the contact as read.
    ///   - position: where its card or row starts (1-based line and column, the column in UTF-8 bytes).
    public init(contact: Contact, position: SourcePosition) {
        self.contact = contact
        self.position = position
    }
}
