import ContactModel
@testable import ContactNormalization
import Testing

@Suite struct ContactNormalizerEmailTests {
    @Test(arguments: ["ana.mora@contoso.com", " ana@example.ec ", "josé@correo.españa.es", "a@b@c.example"])
    func addressesPassWithoutAWord(_ address: String) throws {
        let contact = Contact(name: PersonName(formatted: "Ana"), emails: [Email(address: address)])
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.emails == [Email(address: address)])
        #expect(result.diagnostics == [])
    }

    /// An EMAIL or JSON `email` holding several addresses (a converter's copy of a spreadsheet cell)
    /// becomes one email per address, with the source's type, and a warning.
    @Test(arguments: [
        ("ana@x.ec; ana@y.ec", ["ana@x.ec", "ana@y.ec"]), ("ana@x.ec, luis@y.ec\nmaria@z.ec", ["ana@x.ec", "luis@y.ec", "maria@z.ec"]),
    ])
    func severalAddressesInOneValueBecomeOneEmailEach(_ written: String, _ addresses: [String]) throws {
        let contact = Contact(name: PersonName(formatted: "Ana Mora"), emails: [Email(address: written, kind: .work)])
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.emails == addresses.map { Email(address: $0, kind: .work) })
        #expect(result.diagnostics == [Diagnostic(
            .warning, "contact \"Ana Mora\": email \"\(written)\" holds \(addresses.count) addresses; read as \(addresses.count) emails",
            at: cardPosition)])
    }

    @Test(arguments: [
        "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f1c2b7a-ana",
        "ana.mora", "@contoso.com", "ana@", "ana mora@contoso.com", "Ana <ana.mora>", "<ana@contoso.com", "mailto:",
        "mailto:ana.mora",
    ])
    func nonAddressesAreKeptWithAWarning(_ address: String) throws {
        let contact = Contact(name: PersonName(formatted: "Ana Mora"), emails: [Email(address: address, kind: .work)])
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.emails == [Email(address: address, kind: .work)])
        // Text without an `@` is no payload email (Jelou would refuse the card); one with it is sent as written.
        let kept = address.contains("@") ? "kept as written" : "left out of Jelou payloads, kept as written in vCard and CSV"
        #expect(result.diagnostics == [Diagnostic(
            .warning, "contact \"Ana Mora\": email \"\(address)\" is not an email address; \(kept)",
            at: cardPosition)])
    }

    @Test(arguments: [
        ("mailto:ana@x.ec", "ana@x.ec"), ("MAILTO:ana.mora@contoso.com?subject=Hola", "ana.mora@contoso.com"),
    ])
    func aMailtoURIBecomesItsAddressSilently(_ written: String, _ address: String) throws {
        let contact = Contact(name: PersonName(formatted: "Ana"), emails: [Email(address: written, kind: .work)])
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.emails == [Email(address: address, kind: .work)])
        #expect(result.diagnostics == [])
    }

    @Test(arguments: [
        ("\"Omega\"  <omega@example.com>", "omega@example.com"),
        ("Ana Mora <ana.mora@contoso.com>", "ana.mora@contoso.com"),
        ("<ana@x.ec>", "ana@x.ec"),
    ])
    func nameAndAddressBecomesTheAddress(_ written: String, _ address: String) throws {
        let contact = Contact(name: PersonName(formatted: "Omega"), emails: [Email(address: written, kind: .home)])
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.emails == [Email(address: address, kind: .home)])
        #expect(result.diagnostics == [Diagnostic(
            .warning, "contact \"Omega\": email written as \"\(written)\"; the address \(address) is used",
            at: cardPosition)])
    }
}
