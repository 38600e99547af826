import ContactModel
import PhoneNormalization

/// A contact after normalisation, with what the normaliser had to say about it.
public struct NormalizedContact: Sendable, Hashable {
    /// The contact with names trimmed, countries filled, each readable phone given its
    /// ``ContactModel/NormalizedPhone`` (the value as written is kept) and duplicate phones and
    /// emails merged.
    public var contact: Contact
    /// Warnings (errors in strict mode) about numbers and countries that could not be normalised,
    /// and notes about merged duplicates, in the order the fields were visited.
    public var diagnostics: [Diagnostic]

    /// Pairs a contact with what the normaliser said about it.
    public init(contact: Contact, diagnostics: [Diagnostic]) {
        self.contact = contact
        self.diagnostics = diagnostics
    }
}

/// Fixes phone numbers, phone kinds, countries and stray whitespace in a contact. Pure: no I/O,
/// no environment, no clock; the same contact and context always give the same result.
///
/// In order:
/// 1. Names: every part is trimmed of surrounding whitespace (an all-blank part becomes `nil`).
/// 2. Addresses: `countryCode` is filled from `country` and `country` from `countryCode`
///    (ISO 3166-1; see ``Country``).
/// 3. Phones: each is parsed in the reading region (see ``readingRegion(for:in:)``; without
///    `--region`, a home or work phone of a contact with addresses in several countries is read in
///    the country of its home or work address) and gets a
///    ``NormalizedPhone`` with its E.164 form, line type and `wa_id`; a number that is unspecified
///    or `voice` and turns out to be mobile becomes `.mobile`. Numbers that cannot be read stay as
///    written with `normalized == nil`: nothing is dropped.
/// 4. Phones with the same E.164 number and extension collapse into one (see
///    `mergeDuplicatePhones`), with a warning naming both spellings.
/// 5. Emails: `Name <user@domain>` becomes the address alone; other text that is not an
///    address is reported and kept as written.
/// 6. Emails with the same address, ignoring case, collapse into one when their kinds and labels
///    agree (see `mergeDuplicateEmails`), with a warning.
public enum ContactNormalizer {
    /// Normalises one contact.
    /// - Parameters:
    ///   - contact: the contact as a reader produced it.
    ///   - context: regions, `wa_id` policy, strictness and the card's position.
    /// - Returns: the normalised contact and its diagnostics, each at the line or cell its value
    ///   was read from (``ReadPosition``), else at `context.position`.
    public static func normalize(_ contact: Contact, in context: NormalizationContext) -> NormalizedContact {
        var contact = contact
        var diagnostics: [Diagnostic] = []
        normalize(&contact, in: context, diagnostics: &diagnostics)
        return NormalizedContact(contact: contact, diagnostics: diagnostics)
    }

    /// Normalises one contact in place, without copying its phone and address lists when the
    /// caller holds the only reference to them.
    /// - Parameters:
    ///   - contact: the contact as a reader produced it; receives the normalised contact.
    ///   - context: regions, `wa_id` policy, strictness and the card's position.
    ///   - diagnostics: receives what ``normalize(_:in:)`` would report, positioned as it says.
    public static func normalize(_ contact: inout Contact, in context: NormalizationContext, diagnostics: inout [Diagnostic]) {
        let cardName = displayName(of: contact)

        trimName(&contact.name)
        for index in contact.addresses.indices {
            normalizeAddress(&contact.addresses[index], cardName: cardName, context: context, diagnostics: &diagnostics)
        }
        let inSeveralCountries = context.region == nil && hasAddressesInSeveralCountries(contact)
        let regions = PhoneRegions(
            all: readingRegion(for: contact, in: context),
            home: inSeveralCountries ? addressRegion(of: contact, kind: .home) : nil,
            work: inSeveralCountries ? addressRegion(of: contact, kind: .work) : nil)
        normalizePhones(&contact.phones, regions: regions, cardName: cardName, context: context, diagnostics: &diagnostics)
        mergeDuplicatePhones(&contact.phones, cardName: cardName, context: context, diagnostics: &diagnostics)
        normalizeEmails(&contact.emails, cardName: cardName, context: context, diagnostics: &diagnostics)
        mergeDuplicateEmails(&contact.emails, cardName: cardName, context: context, diagnostics: &diagnostics)
    }

    /// Normalises a contact as a reader yielded it, reporting at the record's position.
    /// - Parameters:
    ///   - record: the contact and where its card or row starts.
    ///   - context: regions, `wa_id` policy and strictness; its `position` is replaced by the
    ///     record's.
    public static func normalize(_ record: ContactRecord, in context: NormalizationContext) -> NormalizedContact {
        var context = context
        context.position = record.position
        return normalize(record.contact, in: context)
    }

    /// The region national numbers of `contact` are read in: `--region` first, then the
    /// contact's own address country (the first address whose `countryCode`, or else whose
    /// `country`, resolves through ``Country`` to a region the numbering plan knows), then
    /// `JELOU_CONTACTS_REGION`.
    /// - Returns: `nil` when none of the three gives a region.
    public static func readingRegion(for contact: Contact, in context: NormalizationContext) -> RegionCode? {
        if let region = context.region { return region }
        return addressRegion(of: contact, kind: nil) ?? context.environmentRegion
    }

    /// True when two of the contact's addresses name different country codes (filled in from
    /// their country names by now).
    private static func hasAddressesInSeveralCountries(_ contact: Contact) -> Bool {
        guard contact.addresses.count > 1 else { return false }
        var first: String?
        for address in contact.addresses {
            guard let code = address.countryCode else { continue }
            if let first, first != code { return true }
            first = code
        }
        return false
    }

    /// The region of the contact's first address (of `kind`, when given) whose country
    /// ``Country`` knows.
    private static func addressRegion(of contact: Contact, kind: EntryKind?) -> RegionCode? {
        for address in contact.addresses where kind.map({ address.kind == $0 }) ?? true {
            if let region = numberingRegion(forCountry: address.countryCode) ?? numberingRegion(forCountry: address.country) {
                return region
            }
        }
        return nil
    }

    /// The numbering-plan region for a country name or code, when ``Country`` knows it.
    private static func numberingRegion(forCountry written: String?) -> RegionCode? {
        guard let written, let code = Country.code(forName: written) else { return nil }
        return RegionCode(rawValue: code)
    }

    /// How diagnostics name a card: its formatted name, else its name parts, else its company,
    /// else its first email or phone as written.
    static func displayName(of contact: Contact) -> String {
        if let name = trimmedOrNil(contact.name.formatted) { return name }
        if let name = trimmedOrNil(contact.name.joinedParts) { return name }
        if let name = trimmedOrNil(contact.organization?.company) { return name }
        if let name = trimmedOrNil(contact.emails.first?.address) { return name }
        return trimmedOrNil(contact.phones.first?.value) ?? "unnamed contact"
    }

    /// A warning, or an error in strict mode, about something that could not be normalised, at
    /// the line or cell the value was read from when the reader said, else at the card.
    static func problem(_ message: String, context: NormalizationContext, readAt: ReadPosition = ReadPosition()) -> Diagnostic {
        Diagnostic(context.strict ? .error : .warning, message, at: readAt.position ?? context.position)
    }
}
