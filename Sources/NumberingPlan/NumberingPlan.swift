/// libphonenumber's numbering plan as a compact table, generated from PhoneNumberMetadata.xml.
///
/// `stringPool` holds one string per line; `rows` holds ``rowWidth`` `UInt16` fields per
/// territory, laid out as described by ``Field``. A string field holds a line number of the pool
/// or ``noString``. A lengths field is a bit set: bit `n - 2` set means length `n` is possible.
public enum NumberingPlan {
    /// Field offsets within a row.
    public enum Field {
        /// The territory's region id, a string: ISO 3166-1 alpha-2 (`EC`), or `001` for a
        /// non-geographic calling code.
        public static let id = 0
        /// The country calling code itself (ITU-T E.164: `593`), not a string.
        public static let countryCode = 1
        /// Bit 0: main country for its code; bit 1: same mobile and fixed-line pattern.
        public static let flags = 2
        /// A string: the pattern a national number starts with to belong to this territory among those
        /// sharing its code (`268` for Antigua under `+1`); ``noString`` when there is none.
        public static let leadingDigits = 3
        /// A string: the pattern of the prefix dialled there to call abroad (`00`, `011`).
        public static let internationalPrefix = 4
        /// A string: the pattern of the national prefix (trunk prefix, `0`) stripped when parsing, or
        /// `nationalPrefix` where the metadata gives no other.
        public static let nationalPrefixForParsing = 5
        /// A string: what replaces the national prefix when stripping it is not enough (`268$1`: the
        /// area code a local number omits).
        public static let nationalPrefixTransformRule = 6
        /// A string: the pattern every national significant number of the territory matches
        /// (`generalDesc`).
        public static let generalPattern = 7
        /// A lengths bit set: every length a national significant number has (the types' union).
        public static let generalLengths = 8
        /// A lengths bit set: the lengths of numbers that can only be dialled locally, without the
        /// area code.
        public static let generalLocalOnlyLengths = 9
        /// Pattern of type `k` (0 fixedLine, 1 mobile, 2 tollFree, 3 premiumRate, 4 sharedCost,
        /// 5 personalNumber, 6 voip, 7 pager, 8 uan, 9 voicemail); its lengths follow it.
        public static func typePattern(_ k: Int) -> Int { 10 + 2 * k }
        /// A lengths bit set: the lengths of type `k`; 0 when the territory has no number of that type.
        public static func typeLengths(_ k: Int) -> Int { 11 + 2 * k }
    }

    /// `UInt16` fields per row: 10 fixed ones and a pattern and lengths for each of the
    /// ``typeCount`` types.
    public static let rowWidth = 30
    /// The number types a row describes, fixed line to voicemail (see ``Field/typePattern(_:)``).
    public static let typeCount = 10
    /// A string field's value when the territory has no such string.
    public static let noString: UInt16 = 0xFFFF
    /// In ``Field/flags``: the territory is the main one for its calling code (`US` for `+1`).
    public static let flagMainCountry: UInt16 = 1
    /// In ``Field/flags``: mobile and fixed-line numbers share one pattern, so a number matching it
    /// is typed fixed-line-or-mobile (`US`, `CA`).
    public static let flagSameMobileAndFixedLine: UInt16 = 2
}
