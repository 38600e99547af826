import ContactModel

extension ContactNormalizer {
    /// Checks every email (``normalizeEmail(_:cardName:context:diagnostics:)``), splitting one
    /// that holds several addresses (`ana@x.ec; ana@y.ec` in one EMAIL, as converters copy a
    /// spreadsheet cell) into one email per address, each with the source's type and label, with
    /// a warning — only when the value is no address and every piece is one.
    static func normalizeEmails(
        _ emails: inout [Email], cardName: String, context: NormalizationContext, diagnostics: inout [Diagnostic]
    ) {
        var index = emails.startIndex
        while index < emails.endIndex {
            // Checked only for an email that is no address: nearly every email is one.
            let reported = diagnostics.count
            guard !normalizeEmail(&emails[index], cardName: cardName, context: context, diagnostics: &diagnostics) else {
                index += 1
                continue
            }
            let values = FieldValues.emails(in: emails[index].address)
            let pieces = Array(values)
            guard values.holdsSeveral, pieces.allSatisfy(isAddress) else {
                index += 1
                continue
            }
            // What was said of the whole value is replaced by what is said of its addresses.
            diagnostics.removeSubrange(reported...)
            let whole = emails.split(at: index, into: pieces, field: \.address)
            diagnostics.append(problem(
                "contact \"\(cardName)\": email \"\(whole.address)\" holds \(pieces.count) addresses; read as \(pieces.count) emails",
                context: context, readAt: whole.readAt))
            index += pieces.count
        }
    }

    /// Checks that an email is an address.
    ///
    /// A `mailto:` URI becomes its address (RFC 6068; the scheme and any `?subject=` dropped).
    /// A name with the address in angle brackets (`"Omega" <omega@example.com>`, RFC 5322 §3.4
    /// name-addr) becomes the address alone, with a warning quoting what was written. Anything
    /// else that is not an address, such as the Exchange X.500 name (`/o=ExchangeLabs/ou=…`)
    /// Outlook exports for an `EX` entry, is kept as written, with a warning.
    /// - Returns: whether the email is (or has become) an address.
    @discardableResult
    static func normalizeEmail(
        _ email: inout Email, cardName: String, context: NormalizationContext, diagnostics: inout [Diagnostic]
    ) -> Bool {
        let written = trimmedOrNil(email.address) ?? ""
        if let address = mailtoAddress(in: written), isAddress(address) {
            email.address = address
            return true
        }
        if isAddress(written) { return true }
        if let address = angleAddress(in: written) {
            email.address = address
            diagnostics.append(problem(
                "contact \"\(cardName)\": email written as \"\(written)\"; the address \(address) is used",
                context: context, readAt: email.readAt))
            return true
        }
        let kept = email.hasAtSign ? "kept as written" : "left out of Jelou payloads, kept as written in vCard and CSV"
        diagnostics.append(problem(
            "contact \"\(cardName)\": email \"\(email.address)\" is not an email address; \(kept)",
            context: context, readAt: email.readAt))
        return false
    }

    /// True for `local@domain` with text on both sides of the last `@` and no whitespace (RFC 5322
    /// §3.4.1 addr-spec, read loosely so that internationalised addresses pass).
    private static func isAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let at = utf8.lastIndex(of: UInt8(ascii: "@")), at != 0, at != utf8.count - 1 else { return false }
            return !utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3C || $0 == 0x3E }
        }
    }

    /// The address of a `mailto:` URI (RFC 6068), as some writers give an EMAIL: the text after the
    /// scheme (in any case) up to a `?` query, or `nil` for text that is no such URI.
    private static func mailtoAddress(in text: String) -> String? {
        guard text.utf8.count > 7, text.utf8.prefix(7).elementsEqual("mailto:".utf8, by: { $0 | 0x20 == $1 }) else { return nil }
        let rest = text.dropFirst(7)
        return String(rest.prefix { $0 != "?" })
    }

    /// The address of a name-addr: the text between the last `<` and a final `>`, when it is one.
    private static func angleAddress(in text: String) -> String? {
        guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else { return nil }
        let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return isAddress(inside) ? inside : nil
    }
}
