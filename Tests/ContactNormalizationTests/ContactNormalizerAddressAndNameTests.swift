import ContactModel
@testable import ContactNormalization
import Testing

@Suite struct ContactNormalizerAddressAndNameTests {
    static let resolved: [(written: PostalAddress, expected: PostalAddress)] = [
        (PostalAddress(city: "Quito", country: "Ecuador"), PostalAddress(city: "Quito", country: "Ecuador", countryCode: "EC")),
        (PostalAddress(country: "  México "), PostalAddress(country: "  México ", countryCode: "MX")),
        (PostalAddress(country: "EE.UU."), PostalAddress(country: "EE.UU.", countryCode: "US")),
        (PostalAddress(country: "Deutschland"), PostalAddress(country: "Deutschland", countryCode: "DE")),
        (PostalAddress(city: "Guayaquil", countryCode: "ec"), PostalAddress(city: "Guayaquil", country: "Ecuador", countryCode: "EC")),
        (PostalAddress(countryCode: "USA"), PostalAddress(country: "United States", countryCode: "US")),
        (PostalAddress(countryCode: " gb "), PostalAddress(country: "United Kingdom", countryCode: "GB")),
        (PostalAddress(country: "Estados Unidos", countryCode: "us"), PostalAddress(country: "Estados Unidos", countryCode: "US")),
        (PostalAddress(country: "Ecuador", countryCode: "ec"), PostalAddress(country: "Ecuador", countryCode: "EC")),
        // A name the tables do not know contradicts nothing: the given code stays, as iOS writes
        // X-ABADR from the country picked beside the name.
        (PostalAddress(country: "Test Country", countryCode: "uk"), PostalAddress(country: "Test Country", countryCode: "GB")),
        (PostalAddress(country: "  ", countryCode: "BR"), PostalAddress(country: "Brazil", countryCode: "BR")),
        (PostalAddress(street: "Av. Amazonas N34-45"), PostalAddress(street: "Av. Amazonas N34-45")),
    ]

    @Test(arguments: resolved)
    func countryAndCodeFillEachOther(_ pair: (written: PostalAddress, expected: PostalAddress)) throws {
        let result = ContactNormalizer.normalize(card(addresses: [pair.written]), in: try context())
        #expect(result.contact.addresses == [pair.expected])
        #expect(result.diagnostics == [])
    }

    /// Apple's X-ABADR is the address layout, often the phone's region (SAP's exports write `se`
    /// beside `Germany`, `Australia`): the country the user typed wins for `countryCode`, and the
    /// given code is kept in `formatCountryCode` for vCard output.
    static let contradicted: [(written: PostalAddress, expected: PostalAddress, message: String)] = [
        (
            PostalAddress(city: "Quito", country: "Ecuador", countryCode: "US"),
            PostalAddress(city: "Quito", country: "Ecuador", countryCode: "EC", formatCountryCode: "US"),
            "address country \"Ecuador\" is EC, not \"US\""
        ),
        (
            PostalAddress(city: "Karlsruhe", country: "Germany", countryCode: "se"),
            PostalAddress(city: "Karlsruhe", country: "Germany", countryCode: "DE", formatCountryCode: "SE"),
            "address country \"Germany\" is DE, not \"se\""
        ),
        (
            PostalAddress(country: "España", countryCode: "MX"),
            PostalAddress(country: "España", countryCode: "ES", formatCountryCode: "MX"),
            "address country \"España\" is ES, not \"MX\""
        ),
        (
            PostalAddress(country: "Perú", countryCode: "QQ"),
            PostalAddress(country: "Perú", countryCode: "PE", formatCountryCode: "QQ"),
            "address country \"Perú\" is PE, not \"QQ\""
        ),
    ]

    @Test(arguments: contradicted)
    func typedCountryWinsOverAnotherCountryCode(_ example: (written: PostalAddress, expected: PostalAddress, message: String)) throws {
        let result = ContactNormalizer.normalize(card(addresses: [example.written]), in: try context())
        #expect(result.contact.addresses == [example.expected])
        let code = try #require(example.expected.countryCode)
        #expect(result.diagnostics == [Diagnostic(
            .warning,
            "contact \"Juan Pérez\": \(example.message) as the address's country code says; "
                + "country_code is \(code), from the country name",
            at: cardPosition)])
    }

    /// Normalising again changes nothing: the contradiction is settled once.
    @Test func contradictionIsSettledOnce() throws {
        let once = ContactNormalizer.normalize(
            card(addresses: [PostalAddress(country: "Ecuador", countryCode: "US")]), in: try context())
        let twice = ContactNormalizer.normalize(once.contact, in: try context())
        #expect(twice.contact == once.contact)
        #expect(twice.diagnostics == [])
    }

    /// A line break inside a name part (quoted-printable `=0D` or `=0A` in an N, as Gammu's samples
    /// have) becomes one space: a WhatsApp card shows the name on one line.
    @Test func lineBreaksInsideANamePartBecomeOneSpace() throws {
        let contact = Contact(name: PersonName(formatted: "Nobody\rNowhere", given: "Nikdo\n Nikde", family: "A\r\n\r\nB"))
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.name == PersonName(formatted: "Nobody Nowhere", given: "Nikdo Nikde", family: "A B"))
    }

    @Test(arguments: [false, true])
    func unknownCountryNameIsKeptWithAWarning(strict: Bool) throws {
        let address = PostalAddress(city: "Cair Paravel", country: "Narnia")
        let result = ContactNormalizer.normalize(card(addresses: [address]), in: try context(strict: strict))
        #expect(result.contact.addresses == [address])
        #expect(result.diagnostics == [Diagnostic(
            strict ? .error : .warning,
            "contact \"Juan Pérez\": country \"Narnia\" is not a country name we know; country_code left empty",
            at: cardPosition)])
    }

    @Test func unknownCountryCodeIsKeptWithAWarning() throws {
        let result = ContactNormalizer.normalize(card(addresses: [PostalAddress(countryCode: "QQ")]), in: try context())
        #expect(result.contact.addresses == [PostalAddress(countryCode: "QQ")])
        #expect(result.diagnostics == [Diagnostic(
            .warning, "contact \"Juan Pérez\": country code \"QQ\" is not an ISO 3166-1 code; kept as written",
            at: cardPosition)])
    }

    @Test func namePartsAreTrimmedAndNothingElse() throws {
        let contact = Contact(name: PersonName(
            formatted: "  Dr. José  de la Cruz \r\n", given: "\tJosé", family: "de la Cruz ", middle: "   ",
            prefix: "Dr.", suffix: nil, nickname: "\u{00A0}Pepe\u{00A0}"))
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact.name == PersonName(
            formatted: "Dr. José  de la Cruz", given: "José", family: "de la Cruz", middle: nil,
            prefix: "Dr.", suffix: nil, nickname: "Pepe"))
        #expect(result.diagnostics == [])
    }

    @Test func otherFieldsPassThroughUntouched() throws {
        let contact = Contact(
            name: PersonName(formatted: "Ana"),
            emails: [Email(address: " ana@example.com ", kind: .work)],
            organization: Organization(company: " Jelou "),
            urls: [WebAddress(url: "https://jelou.ai")],
            note: "  nota  ")
        let result = ContactNormalizer.normalize(contact, in: try context())
        #expect(result.contact == contact)
    }
}
