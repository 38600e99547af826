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
        public var pattern: String
        public var nationalLengths: Set<Int>
        public var localOnlyLengths: Set<Int>
    }

    public var id: String
    public var countryCode: Int
    public var isMainCountryForCode: Bool
    public var leadingDigits: String?
    public var internationalPrefix: String?
    /// `nationalPrefixForParsing`, or `nationalPrefix` when the former is absent.
    public var nationalPrefixForParsing: String?
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
