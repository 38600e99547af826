import ContactModel

extension ContactNormalizer {
    /// Reports an email that is not an address, such as the Exchange X.500 name
    /// (`/o=ExchangeLabs/ou=…/cn=…`) Outlook exports for an `EX` entry; it is kept as written.
    ///
    /// An address is `local@domain` with text on both sides of its last `@` and no whitespace
    /// inside (RFC 5322 §3.4.1 addr-spec, read loosely so that internationalised addresses pass).
    static func checkEmail(
        _ email: Email, cardName: String, context: NormalizationContext, diagnostics: inout [Diagnostic]
    ) {
        guard !isAddress(trimmedOrNil(email.address) ?? "") else { return }
        diagnostics.append(problem(
            "contact \"\(cardName)\": email \"\(email.address)\" is not an email address; kept as written",
            context: context))
    }

    private static func isAddress(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let at = utf8.lastIndex(of: UInt8(ascii: "@")), at != utf8.startIndex,
            utf8.index(after: at) != utf8.endIndex
        else {
            return false
        }
        return !utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
