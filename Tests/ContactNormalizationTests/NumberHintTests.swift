@testable import ContactNormalization
import PhoneNormalization
import Testing

/// The numbers warnings suggest: today's form of a retired Mexican dialling, and the
/// international number digits spell with a `+`.
@Suite struct NumberHintTests {
    @Test(arguments: [
        ("+52 1 55 1234 5678", nil, "+525512345678"), ("+５２ １ ５５ １２３４ ５６７８", nil, "+525512345678"),
        ("0 44 55 1234 5678", "MX", "+525512345678"), ("(01) 81-8123-4567", "MX", "+528181234567"),
        ("+52 1 55 1234 5678 casa", nil, nil), ("044 55 1234 5678", "CO", nil), ("55 1234 5678 +", nil, nil),
        ("+52 55 1234 5678", nil, nil),
    ] as [(String, String?, String?)])
    func mexicanNumberOfToday(text: String, region: String?, today: String?) throws {
        let region = try region.map { try #require(RegionCode(rawValue: $0)) }
        #expect(MexicanLegacyDialing.currentNumber(for: text, region: region) == today)
    }

    @Test(arguments: [
        ("573012563708", false, "+573012563708"), (" 573012563708", false, "+573012563708"),
        ("57 3012563708", false, nil), ("57 3012563708", true, "+573012563708"), ("0573012563708", false, nil),
        ("5730125637", false, nil), ("57-3012563708", false, nil), ("5730125637O8", false, nil),
    ] as [(String, Bool, String?)])
    func internationalNumberWithoutPlus(text: String, allowingSpaces: Bool, e164: String?) {
        #expect(CountryCodeWithoutPlus.internationalNumber(writtenAs: text, allowingSpaces: allowingSpaces)?.e164 == e164)
    }
}
