/// Outlook's CSV export of an Exchange entry (`E-mail Type` = `EX`): the address column holds the
/// entry's X.500 name (`/o=ExchangeLabs/ou=…/cn=Recipients/cn=jane`), and the display-name column
/// the SMTP address in parentheses (`Jane Doe (jane@example.com)`).
enum ExchangeAddress {
    /// The raw property an X.500 name with no SMTP address is kept in.
    static let property = "X-MS-EXCHANGE-DN"

    /// True for an X.500 distinguished name as Exchange writes it: `/o=` first, any case.
    static func isX500(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "/") && bytes.next().map { $0 | 0x20 } == UInt8(ascii: "o")
            && bytes.next() == UInt8(ascii: "=")
    }

    /// The address in the parentheses that end a display name, when it has an `@` and no space.
    static func smtpAddress(in displayName: String) -> String? {
        let text = displayName.trimmingSpaces
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces
        guard inner.contains("@"), !inner.contains(" "), !inner.hasPrefix("@"), !inner.hasSuffix("@") else { return nil }
        return inner
    }
}
