// API contract for the phone stage; the implementation replaces the bodies.

/// An ISO 3166-1 alpha-2 region code as libphonenumber uses it (`US`, `EC`), or `001` for
/// non-geographic entities.
public struct RegionCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// Accepts any case; `nil` unless the numbering plan knows the region.
    public init?(rawValue: String) { fatalError("phone stage not landed") }
    public var description: String { rawValue }
}

/// What kind of line a number is (libphonenumber's PhoneNumberType).
public enum PhoneNumberType: String, Sendable, Hashable, CaseIterable {
    case fixedLine = "fixed_line", mobile, fixedLineOrMobile = "fixed_line_or_mobile"
    case tollFree = "toll_free", premiumRate = "premium_rate", sharedCost = "shared_cost"
    case voip, personalNumber = "personal_number", pager, uan, voicemail, unknown
}

/// Why a string could not be read as a phone number.
public struct PhoneNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Hashable, Sendable {
        public static let notANumber = Code(name: "not_a_number")
        public static let invalidCountryCode = Code(name: "invalid_country_code")
        public static let tooShort = Code(name: "too_short")
        public static let tooLong = Code(name: "too_long")
        public static let invalidForRegion = Code(name: "invalid_for_region")
        public let name: String
    }
    public var code: Code
    public var message: String
    public var description: String { message }
}

/// A phone number read with libphonenumber's rules: country code, national number, extension.
public struct PhoneNumber: Sendable, Hashable {
    public let countryCode: Int
    /// National significant number, digits only (with Italy's leading zero).
    public let nationalNumber: String
    public let extensionNumber: String?
    /// The region the number belongs to, when the plan can tell.
    public let region: RegionCode?
    public let type: PhoneNumberType
    /// `true`: matches the region's patterns; `false`: possible (length right) only.
    public let isValid: Bool

    /// Parses `raw` as written by people, reading national numbers in `defaultRegion`.
    /// - Throws: ``PhoneNumberError`` when no valid or possible number can be read.
    public init(parsing raw: String, defaultRegion: RegionCode?) throws(PhoneNumberError) {
        fatalError("phone stage not landed")
    }

    /// `+` country code national number, no extension (ITU-T E.164).
    public var e164: String { "+\(countryCode)\(nationalNumber)" }
}
