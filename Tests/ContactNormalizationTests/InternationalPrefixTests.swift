@testable import ContactNormalization
import Testing

/// The `00` international prefix and the `+` that start a number written internationally.
@Suite struct InternationalPrefixTests {
    static let leadingDoubleZero: [(text: String, found: Bool)] = [
        ("00593 99 123 4567", true),
        ("(00) 593 99 123 4567", true),
        ("0 0-593-99-123-4567", true),
        ("0\u{A0}0593991234567", true),
        ("\u{A0}00593991234567", true),
        ("Tel 00593991234567", false),
        ("0593991234567", false),
        ("0 1 00", false),
        ("+0059", false),
        ("0٠593991234567", false),
        ("٠٠593991234567", false),
        ("0", false),
        ("", false),
    ]

    /// The byte test says what the scalar reading does, ASCII or not.
    @Test(arguments: leadingDoubleZero)
    func leadingDoubleZeroAgreesWithTheRewriting(text: String, found: Bool) {
        #expect(ContactNormalizer.hasLeadingDoubleZero(text) == found)
        #expect((ContactNormalizer.replacingLeadingDoubleZero(text) != nil) == found)
    }

    @Test(arguments: [
        ("00593 99 123 4567", true), ("+593 99 123 4567", true), ("Tel +593 99 123 4567", true),
        ("\u{FF0B}593 99 123 4567", true), ("(0\u{A0}0) 593 99 123 4567", true), ("Tel 00593991234567", false),
        ("099 123 4567", false), ("٠٠593991234567", false), ("móvil 099 123 4567", false), ("", false),
    ])
    func startsInternationally(text: String, international: Bool) {
        #expect(ContactNormalizer.startsInternationally(text) == international)
    }

    /// `+` after spaces and brackets only, ASCII or not.
    @Test(arguments: [
        ("+593 99 123 4567", true), (" \t(+593) 99 123 4567", true), ("\u{3000}+81 3 1234 5678", true),
        ("[\u{FF0B}81] 3 1234 5678", true), ("\u{A0}+56 9 8765 4321", true), ("x+593 99 123 4567", false),
        ("0 +593 99 123 4567", false), ("\u{200B}+593 99 123 4567", false), ("", false),
    ])
    func startsWithPlus(text: String, plus: Bool) {
        #expect(ContactNormalizer.startsWithPlus(text) == plus)
    }

    @Test func parsesANumberWithDoubleZeroWithoutARegion() throws {
        #expect(try ContactNormalizer.parse("00593 99 123 4567", region: nil).e164 == "+593991234567")
        #expect(throws: (any Error).self) { try ContactNormalizer.parse("099 123 4567", region: nil) }
    }
}
