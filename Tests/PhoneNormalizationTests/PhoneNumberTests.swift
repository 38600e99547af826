import Testing
import PhoneNormalization

/// Exact expectations for numbers as people write them; every answer was checked against
/// libphonenumber (python phonenumbers 9.0.43).
@Suite struct PhoneNumberTests {
    struct Valid: CustomTestStringConvertible, Sendable {
        var input: String
        var region: String?
        var e164: String
        var type: PhoneNumberType
        var numberRegion: String
        var extensionNumber: String? = nil
        var testDescription: String { "\(input) in \(region ?? "no region")" }
    }

    static let valid: [Valid] = [
        Valid(input: "099 123 4567", region: "EC", e164: "+593991234567", type: .mobile, numberRegion: "EC"),
        Valid(input: "(02) 212-8988", region: "EC", e164: "+59322128988", type: .fixedLine, numberRegion: "EC"),
        Valid(input: "011 15-2345-6789", region: "AR", e164: "+5491123456789", type: .mobile, numberRegion: "AR"),
        Valid(input: "+54 11 15 2345 6789", region: "US", e164: "+5491123456789", type: .mobile, numberRegion: "AR"),
        Valid(input: "+52 55 1234 5678", region: "MX", e164: "+525512345678", type: .fixedLineOrMobile, numberRegion: "MX"),
        Valid(input: "0049 30 1234567 ext. 12", region: "EC", e164: "+49301234567", type: .fixedLine,
              numberRegion: "DE", extensionNumber: "12"),
        Valid(input: "tel:+1-650-253-0000;ext=123", region: nil, e164: "+16502530000", type: .fixedLineOrMobile,
              numberRegion: "US", extensionNumber: "123"),
        Valid(input: "tel:2345678;phone-context=+593-2", region: "US", e164: "+59322345678", type: .fixedLine, numberRegion: "EC"),
        Valid(input: "tel:+593-2-234-5678;isub=1234", region: nil, e164: "+59322345678", type: .fixedLine, numberRegion: "EC"),
        Valid(input: "1-800-FLOWERS", region: "US", e164: "+18003569377", type: .tollFree, numberRegion: "US"),
        Valid(input: "０９９ １２３ ４５６７", region: "EC", e164: "+593991234567", type: .mobile, numberRegion: "EC"),
        Valid(input: "٠٩٩ ١٢٣ ٤٥٦٧", region: "EC", e164: "+593991234567", type: .mobile, numberRegion: "EC"),
        Valid(input: "Tel: (650) 253-0000", region: "US", e164: "+16502530000", type: .fixedLineOrMobile, numberRegion: "US"),
        Valid(input: "(809) 555-1234", region: "US", e164: "+18095551234", type: .fixedLineOrMobile, numberRegion: "DO"),
        Valid(input: "06 6982 1234", region: "IT", e164: "+390669821234", type: .fixedLine, numberRegion: "VA"),
        Valid(input: "+800 1234 5678", region: nil, e164: "+80012345678", type: .tollFree, numberRegion: "001"),
        Valid(input: "8 (495) 123-45-67", region: "RU", e164: "+74951234567", type: .fixedLine, numberRegion: "RU"),
        Valid(input: "0 21 11 98765-4321", region: "BR", e164: "+5511987654321", type: .mobile, numberRegion: "BR"),
        Valid(input: "0xx21 99123-4567", region: "BR", e164: "+5521991234567", type: .mobile, numberRegion: "BR"),
        Valid(input: "+44 (0)20 7031 3000", region: "GB", e164: "+442070313000", type: .fixedLine, numberRegion: "GB"),
        Valid(input: "(530) 583-6985 x302/x2303", region: "US", e164: "+15305836985", type: .fixedLineOrMobile,
              numberRegion: "US", extensionNumber: "302"),
        Valid(input: "650 253 0000 ext. 1234", region: "US", e164: "+16502530000", type: .fixedLineOrMobile,
              numberRegion: "US", extensionNumber: "1234"),
        Valid(input: "650-253-0000 - 503#", region: "US", e164: "+16502530000", type: .fixedLineOrMobile,
              numberRegion: "US", extensionNumber: "503"),
        Valid(input: "+49 30 1234567,,89", region: "DE", e164: "+49301234567", type: .fixedLine,
              numberRegion: "DE", extensionNumber: "89"),
    ]

    @Test(arguments: valid)
    func readsValidNumber(_ example: Valid) throws {
        let number = try PhoneNumber(parsing: example.input, defaultRegion: example.region.flatMap(RegionCode.init(rawValue:)))
        #expect(number.e164 == example.e164)
        #expect(number.digits == String(example.e164.dropFirst()))
        #expect(number.isValid)
        #expect(number.type == example.type)
        #expect(number.region?.rawValue == example.numberRegion)
        #expect(number.extensionNumber == example.extensionNumber)
    }

    /// Possible numbers; those of a length dialled only within their area are local-only.
    @Test(arguments: [
        ("253-0000", "US", "+12530000", true),
        ("(11) 8765-4321", "BR", "+551187654321", false),
        ("0 3211238179", "CO", "+5703211238179", false),
        ("tel:2345678;phone-context=example.com", "EC", "+5932345678", true),
        ("0;phone-context=+13950016;phone-context=+18X96#tel:", "JP", "+13950016", true),
        // Possible for libphonenumber (some Brazilian numbers have 9 digits), but shorter than
        // every Brazilian fixed line and mobile: a mobile without its area code.
        ("96609-3487", "BR", "+55966093487", true),
        ("+57 4 444 1234", "CO", "+5744441234", false),
    ])
    func readsPossibleNumber(input: String, region: String, e164: String, isLocalOnly: Bool) throws {
        let number = try PhoneNumber(parsing: input, defaultRegion: RegionCode(rawValue: region))
        #expect(number.e164 == e164)
        #expect(!number.isValid)
        #expect(number.isLocalOnly == isLocalOnly)
        #expect(number.type == .unknown)
    }

    @Test(arguments: [
        ("+52 1 55 1234 5678", "MX", PhoneNumberError.Code.tooLong),
        ("0049 30 1234567 ext. 12", "US", .tooLong),
        ("+1 650 253 00000000", "US", .tooLong),
        (String(repeating: "1", count: 251), "US", .tooLong),
        ("+999 123 456", "US", .invalidCountryCode),
        ("+", "US", .notANumber),
        ("", "US", .notANumber),
        ("call me", "US", .notANumber),
        ("099 123 4567 (móvil)", "EC", .notANumber),
        ("tel:2345678;phone-context=", "EC", .notANumber),
        ("650 253 0000", "ZZ", .invalidForRegion),
        ("+1 650", "US", .tooShort),
        ("011 1", "US", .tooShort),
        ("+57 321 123 817", "CO", .invalidLength),
    ])
    func rejects(input: String, region: String, code: PhoneNumberError.Code) {
        let error = #expect(throws: PhoneNumberError.self) {
            try PhoneNumber(parsing: input, defaultRegion: RegionCode(rawValue: region))
        }
        #expect(error?.code == code)
    }

    @Test(arguments: [
        ("Tel: (650) 253-0000 (mobile)", "US", "+16502530000"),
        ("+57 321 1234567 mob.", "CO", "+573211234567"),
        ("+33 806 12 34 56 - office", "FR", "+33806123456"),
        ("0212-1234567 [trabajo]", "VE", "+582121234567"),
        ("01\u{202F}23\u{202F}45\u{202F}67\u{202F}89", "FR", "+33123456789"),
        ("0121\u{2009}234\u{2009}5678", "GB", "+441212345678"),
        ("1-800-FLOWERS", "US", "+18003569377"),
        ("1 800 FLOWERS", "US", "+18003569377"),
        ("650 253 0000 ext. 12", "US", "+16502530000"),
    ])
    func addressBookToleranceDropsLabels(input: String, region: String, e164: String) throws {
        let number = try PhoneNumber(parsing: input, defaultRegion: RegionCode(rawValue: region), tolerance: .addressBook)
        #expect(number.e164 == e164)
        #expect(number.isValid)
    }

    @Test func libphonenumberToleranceKeepsItsMisreadings() {
        let error = #expect(throws: PhoneNumberError.self) {
            try PhoneNumber(parsing: "01\u{202F}23\u{202F}45\u{202F}67\u{202F}89", defaultRegion: RegionCode(rawValue: "FR"))
        }
        #expect(error?.code == .notANumber)
        #expect(throws: PhoneNumberError.self) {
            try PhoneNumber(parsing: "Tel: (650) 253-0000 (mobile)", defaultRegion: RegionCode(rawValue: "US"))
        }
    }

    @Test func parsesConcurrently() async {
        let inputs = Self.valid.map(\.input)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    inputs.map { (try? PhoneNumber(parsing: $0, defaultRegion: RegionCode(rawValue: "US")))?.e164 ?? "-" }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(Set(results).count == 1)
    }

    @Test func survivesHostileInput() {
        let inputs = [
            String(repeating: "9", count: 250), String(repeating: "+", count: 250),
            String(repeating: "x1", count: 125), String(repeating: ";ext=", count: 50),
            "\u{0}\u{1}\u{FFFF}", String(repeating: "٣", count: 250), "tel:;phone-context=+1;phone-context=+2",
        ]
        for input in inputs {
            _ = try? PhoneNumber(parsing: input, defaultRegion: RegionCode(rawValue: "US"))
        }
    }

    @Test func regionCodes() throws {
        #expect(RegionCode(rawValue: "ec")?.rawValue == "EC")
        #expect(RegionCode(rawValue: "ZZ") == nil)
        #expect(RegionCode(rawValue: "001") == .nonGeographic)
        #expect(try #require(RegionCode(rawValue: "US")).countryCode == 1)
        #expect(RegionCode.allRegions.count == 245)
        #expect(PhoneNumber.metadataVersion == "9.0.35")
    }
}
