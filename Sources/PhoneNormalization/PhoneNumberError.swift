/// Why a string could not be read as a phone number.
///
/// The codes follow libphonenumber's parse errors (`NOT_A_NUMBER`, `INVALID_COUNTRY_CODE`,
/// `TOO_SHORT_AFTER_IDD` and `TOO_SHORT_NSN` as ``Code/tooShort``, `TOO_LONG`) and its length
/// verdicts for numbers that parse but cannot be dialled (`TOO_SHORT`, `TOO_LONG`,
/// `INVALID_LENGTH`).
public struct PhoneNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A reason, one of libphonenumber's parse errors or length verdicts; equal when the names are.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// No phone number in the text, or characters no phone number can contain.
        public static let notANumber = Code(name: "not_a_number")
        /// The country code after `+` or an international prefix is unknown.
        public static let invalidCountryCode = Code(name: "invalid_country_code")
        /// Too few digits for the country (or after the international prefix).
        public static let tooShort = Code(name: "too_short")
        /// Too many digits for the country, or more than 17 digits, or input over 250 characters.
        public static let tooLong = Code(name: "too_long")
        /// A number without `+` and without a default region to read it in.
        public static let invalidForRegion = Code(name: "invalid_for_region")
        /// A digit count between the country's possible lengths.
        public static let invalidLength = Code(name: "invalid_length")
        /// The snake_case name used in reports.
        public let name: String
        /// The snake_case name (`too_short`).
        public var description: String { name }
    }

    /// Why the text is no phone number, as a machine-readable reason.
    public var code: Code
    /// The reason for a person (`too few digits for +593`).
    public var message: String
    /// The message.
    public var description: String { message }

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
