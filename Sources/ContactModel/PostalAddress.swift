/// A postal address.
///
/// Corresponds to RFC 6350 §6.3.1 (ADR: post office box; extended address; street address;
/// locality; region; postal code; country name) and the LABEL parameter / 2.1 LABEL property.
public struct PostalAddress: Sendable, Hashable, Codable {
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// Post office box, ADR's first component (RFC 6350 §6.3.1, RFC 2426 §3.2.1). Jelou writes it
    /// into `street`, after street and extended address.
    public var poBox: Optional<String>
    /// Apartment, suite, building (ADR's extended address).
    public var extended: Optional<String>
    /// Street address, ADR's third component, as written (several lines keep their breaks). Jelou
    /// `addresses[].street`.
    public var street: Optional<String>
    /// Locality, ADR's fourth component. Jelou `addresses[].city`.
    public var city: Optional<String>
    /// State, province or region, as written.
    public var region: Optional<String>
    /// Postal code, ADR's sixth component, as written. Jelou `addresses[].zip`.
    public var postalCode: Optional<String>
    /// The country as written in the source.
    public var country: Optional<String>
    /// ISO 3166-1 alpha-2 code, when the source gave one (Apple `X-ABADR`) or a normaliser found it.
    public var countryCode: Optional<String>
    /// The ISO 3166-1 alpha-2 code of Apple's `X-ABADR` (the country whose address layout the
    /// source chose, often the phone's own region) or RFC 8605 §3.1's `CC` parameter, when it
    /// names another country than ``country`` does: the normaliser moves it here, so
    /// ``countryCode`` is the typed country's, and the vCard and jCard writers write it back as read.
    public var formatCountryCode: Optional<String>
    /// The whole address as one formatted text (Google's 8th ADR component, LABEL), if given.
    public var formatted: Optional<String>
    /// Home, work or other, from the TYPE parameter (RFC 6350 §5.6, RFC 2426 §3.2.1) or the CSV
    /// column; Jelou `addresses[].type`, which ``label`` overrides.
    public var kind: EntryKind
    /// A custom label as written (Apple `X-ABLabel`, a CSV label column).
    public var label: Optional<String>
    /// Preference rank, 1 (most preferred) to 100 (RFC 6350 §5.3).
    public var preference: Optional<Int>
    /// Where the reader found the address (its ADR line, its CSV row's first address cell), for
    /// diagnostics.
    public var readAt: ReadPosition
    /// The parameters of the source's ADR that no field holds (`GEO`, `TZ`, `ALTID`, `X-…`, and
    /// the delivery types `TYPE=postal,parcel,dom,intl` of RFC 2426 §3.2.1), as read, for the
    /// vCard and jCard writers to write back (RFC 6350 §5).
    public var otherParameters: [RawParameter]

    /// Makes an address from its parts; `readAt` is 1-based line and column, the column in UTF-8
    /// bytes.
    public init(
        poBox: String? = nil,
        extended: String? = nil,
        street: String? = nil,
        city: String? = nil,
        region: String? = nil,
        postalCode: String? = nil,
        country: String? = nil,
        countryCode: String? = nil,
        formatCountryCode: String? = nil,
        formatted: String? = nil,
        kind: EntryKind = .unspecified,
        label: String? = nil,
        preference: Int? = nil,
        readAt: SourcePosition? = nil,
        otherParameters: [RawParameter] = []
    ) {
        self.poBox = poBox
        self.extended = extended
        self.street = street
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.countryCode = countryCode
        self.formatCountryCode = formatCountryCode
        self.formatted = formatted
        self.kind = kind
        self.label = label
        self.preference = preference
        self.readAt = ReadPosition(readAt)
        self.otherParameters = otherParameters
    }

    /// True when no component holds any text.
    public var isEmpty: Bool {
        [poBox, extended, street, city, region, postalCode, country, countryCode, formatCountryCode, formatted]
            .allSatisfy { $0 == nil }
    }
}
