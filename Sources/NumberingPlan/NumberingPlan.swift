/// libphonenumber's numbering plan as a compact table, generated from PhoneNumberMetadata.xml.
///
/// `stringPool` holds one string per line; `rows` holds ``rowWidth`` `UInt16` fields per
/// territory, laid out as described by ``Field``. A string field holds a line number of the pool
/// or ``noString``. A lengths field is a bit set: bit `n - 2` set means length `n` is possible.
public enum NumberingPlan {
    /// Field offsets within a row.
    public enum Field {
        public static let id = 0
        public static let countryCode = 1
        /// Bit 0: main country for its code; bit 1: same mobile and fixed-line pattern.
        public static let flags = 2
        public static let leadingDigits = 3
        public static let internationalPrefix = 4
        public static let nationalPrefixForParsing = 5
        public static let nationalPrefixTransformRule = 6
        public static let generalPattern = 7
        public static let generalLengths = 8
        public static let generalLocalOnlyLengths = 9
        /// Pattern of type `k` (0 fixedLine, 1 mobile, 2 tollFree, 3 premiumRate, 4 sharedCost,
        /// 5 personalNumber, 6 voip, 7 pager, 8 uan, 9 voicemail); its lengths follow it.
        public static func typePattern(_ k: Int) -> Int { 10 + 2 * k }
        public static func typeLengths(_ k: Int) -> Int { 11 + 2 * k }
    }

    public static let rowWidth = 30
    public static let typeCount = 10
    public static let noString: UInt16 = 0xFFFF
    public static let flagMainCountry: UInt16 = 1
    public static let flagSameMobileAndFixedLine: UInt16 = 2
}
