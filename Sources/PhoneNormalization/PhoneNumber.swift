import NumberingPlan

/// A phone number read with libphonenumber's rules: country code, national number, extension.
public struct PhoneNumber: Sendable, Hashable {
    /// The country calling code (ITU-T E.164: `593` for Ecuador, `1` for the NANP).
    public let countryCode: Int
    /// National significant number, digits only (with Italy's leading zero).
    public let nationalNumber: String
    /// The extension's digits, ASCII (`;ext=` of an RFC 3966 `tel:` URI, or after `ext.`, `x`, `#`
    /// and the other labels libphonenumber knows); `nil` when there is none.
    public let extensionNumber: String?
    /// The region the number belongs to, when the plan can tell.
    public let region: RegionCode?
    /// The line type by the region's patterns (libphonenumber's `getNumberType`); `unknown` exactly
    /// when the number is not valid (``isValid`` is `false`).
    public let type: PhoneNumberType
    /// `true`: matches the region's patterns; `false`: possible (length right) only.
    public let isValid: Bool
    /// `true` when the number is possible only as a local number, dialled without its area code
    /// within the area: libphonenumber's `IS_POSSIBLE_LOCAL_ONLY` (`253-0000` read in the US), or
    /// a number that matches no range and is shorter than every fixed-line and mobile number of
    /// its region (`96609-3487` read in Brazil, whose mobiles have two more digits).
    /// libphonenumber calls both possible; so does ``isValid``.
    public let isLocalOnly: Bool

    /// How closely parsing follows libphonenumber.
    public enum Tolerance: Sendable, Hashable {
        /// Exactly libphonenumber's answers, including its misreadings of address-book labels.
        case libphonenumber
        /// First drops trailing labels such as `(mobile)`, `[trabajo]`, `- office` or `mob.`,
        /// and reads U+2009 and U+202F (and other Unicode spaces) as spaces.
        case addressBook
    }

    /// Parses `raw` as written by people, reading national numbers in `defaultRegion`.
    ///
    /// Follows libphonenumber's `parse` (RFC 3966 `tel:` URIs with `;ext=`, `;phone-context=`
    /// and `;isub=`, text around the number, vanity letters, extensions, `+` and international
    /// prefixes, country codes written without `+`, national and carrier prefixes), then its
    /// `isValidNumber`, `isPossibleNumber` and `getNumberType`.
    /// - Parameters:
    ///   - raw: the number as typed; at most 250 Unicode scalars.
    ///   - defaultRegion: where a number without `+` was dialled; `nil` accepts only `+…`.
    ///   - tolerance: ``Tolerance/libphonenumber`` (the default) or ``Tolerance/addressBook``.
    /// - Throws: ``PhoneNumberError`` when no valid or possible number can be read.
    /// - Complexity: O(n) in the length of `raw`, with a bounded amount of pattern matching.
    public init(
        parsing raw: String, defaultRegion: RegionCode?, tolerance: Tolerance = .libphonenumber
    ) throws(PhoneNumberError) {
        self = try PhoneNumberParser.parse(raw, defaultRegion: defaultRegion, tolerance: tolerance)
    }

    init(
        countryCode: Int, nationalNumber: String, extensionNumber: String?, region: RegionCode?,
        type: PhoneNumberType, isValid: Bool, isLocalOnly: Bool
    ) {
        self.countryCode = countryCode
        self.nationalNumber = nationalNumber
        self.extensionNumber = extensionNumber
        self.region = region
        self.type = type
        self.isValid = isValid
        self.isLocalOnly = isLocalOnly
    }

    /// `+` country code national number, no extension (ITU-T E.164).
    public var e164: String { joiningCountryCode(plus: true) }

    /// The E.164 digits without `+`, as WhatsApp's `wa_id`.
    public var digits: String { joiningCountryCode(plus: false) }

    /// An optional `+`, the country code in decimal and the national number, written straight
    /// into one string rather than through string interpolation. The bytes are assembled on the
    /// stack, so that a number of 15 bytes or fewer (nearly all) becomes a small string, without
    /// a heap allocation.
    private func joiningCountryCode(plus: Bool) -> String {
        var national = nationalNumber
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21 + national.utf8.count) { buffer in
            var count = 0
            if plus {
                buffer[0] = UInt8(ascii: "+")
                count = 1
            }
            if countryCode < 0 {
                buffer[count] = UInt8(ascii: "-")
                count += 1
            }
            var code = countryCode.magnitude
            var divisor: UInt = 1
            while code / divisor >= 10 { divisor *= 10 }
            while divisor > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(code / divisor)
                code %= divisor
                divisor /= 10
                count += 1
            }
            // Copied in one piece, not byte by byte through `String.UTF8View`.
            national.withUTF8 { digits in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: digits)
                count += digits.count
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The libphonenumber metadata release the numbering plan comes from (`9.0.35`).
    public static var metadataVersion: String { NumberingPlan.dataVersion.description }
}
