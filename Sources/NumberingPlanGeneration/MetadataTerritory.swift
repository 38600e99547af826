/// One `<territory>` of libphonenumber's PhoneNumberMetadata.xml, reduced to what parsing and
/// validation need and normalised the way libphonenumber's `BuildMetadataFromXml` does.
public struct MetadataTerritory: Sendable, Equatable {
    /// The number types in the order the generated table stores them, after `generalDesc`.
    public static let typeElementNames = [
        "fixedLine", "mobile", "tollFree", "premiumRate", "sharedCost",
        "personalNumber", "voip", "pager", "uan", "voicemail",
    ]

    /// A `generalDesc` or type element: its whitespace-free pattern and its possible lengths.
    public struct NumberDescription: Sendable, Equatable {
        /// The `nationalNumberPattern`, whitespace removed; a national significant number of this type
        /// matches it whole.
        public var pattern: String
        /// The `possibleLengths` `national` lengths, in digits of the national significant number.
        public var nationalLengths: Set<Int>
        /// The `possibleLengths` `localOnly` lengths: numbers that can only be dialled locally.
        public var localOnlyLengths: Set<Int>
    }

    /// The region id: ISO 3166-1 alpha-2 (`EC`), or `001` for a non-geographic calling code.
    public var id: String
    /// The country calling code (ITU-T E.164: `593`).
    public var countryCode: Int
    /// True for the main territory of a code several share (`US` for `+1`, `RU` for `+7`).
    public var isMainCountryForCode: Bool
    /// The pattern a national number starts with to belong here among territories sharing the code
    /// (`268` for Antigua); `nil` when the metadata gives none.
    public var leadingDigits: String?
    /// The pattern of the prefix dialled there to call abroad (`00`, `011`).
    public var internationalPrefix: String?
    /// `nationalPrefixForParsing`, or `nationalPrefix` when the former is absent.
    public var nationalPrefixForParsing: String?
    /// What replaces the national prefix when stripping it is not enough (`268$1`).
    public var nationalPrefixTransformRule: String?
    /// `generalDesc` with lengths derived from the type elements.
    public var general: NumberDescription
    /// Keyed by the names in ``typeElementNames``; an absent key means the type never matches.
    public var types: [String: NumberDescription]

    /// True when the mobile and fixed-line patterns are the same string (US, CA, PR, GU, MP, VI).
    public var hasSameMobileAndFixedLinePattern: Bool {
        types["mobile"]?.pattern == types["fixedLine"]?.pattern
    }
}
