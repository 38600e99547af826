import Testing
@testable import JelouPayload

/// `String.trimmedNonEmpty`, whose byte test keeps text ending or beginning in a non-ASCII letter
/// without looking at its scalars, and still trims every White_Space scalar.
@Suite struct StringTrimmedNonEmptyTests {
    @Test(arguments: [
        ("José", "José"), ("Ñandú", "Ñandú"), ("渡辺", "渡辺"), ("Zoë 👍", "Zoë 👍"), ("Ξ", "Ξ"),
        (" José ", "José"), ("\tJosé\r\n", "José"),
        ("José\u{00A0}", "José"), ("\u{0085}Ana", "Ana"), ("\u{1680}Ana\u{2003}", "Ana"),
        ("\u{3000}名前\u{3000}", "名前"), ("Ana\u{202F}", "Ana"), ("Ana\u{205F}", "Ana"), ("\u{2028}Ana\u{2029}", "Ana"),
        // Lead bytes C2, E1, E2, E3 that begin no whitespace: looked at scalar by scalar, kept.
        ("©Ana®", "©Ana®"), ("ᐃ", "ᐃ"), ("–Ana…", "–Ana…"), ("あ", "あ"),
    ])
    func trimsWhitespaceScalars(text: String, trimmed: String) {
        #expect(text.trimmedNonEmpty == trimmed)
    }

    @Test(arguments: ["", " ", "\u{00A0}", "\u{3000} \u{2003}", "\r\n"])
    func blankTextIsNil(text: String) {
        #expect(text.trimmedNonEmpty == nil)
    }
}
