import ContactModel
@testable import ContactNormalization
import PhoneNormalization
import Testing

@Suite struct ContactNormalizerRegionTests {
    struct RegionCase: Sendable, CustomTestStringConvertible {
        var step: String
        var region: String?
        var addresses: [PostalAddress]
        var environmentRegion: String?
        var expected: String?
        var testDescription: String { step }
    }

    static let cases: [RegionCase] = [
        RegionCase(step: "--region beats the address and the environment", region: "ES",
                   addresses: [PostalAddress(country: "Ecuador", countryCode: "EC")], environmentRegion: "MX", expected: "ES"),
        RegionCase(step: "the address code beats the environment", region: nil,
                   addresses: [PostalAddress(city: "Quito", countryCode: "ec")], environmentRegion: "MX", expected: "EC"),
        RegionCase(step: "the address country name beats the environment", region: nil,
                   addresses: [PostalAddress(city: "Monterrey", country: "México")], environmentRegion: "US", expected: "MX"),
        RegionCase(step: "the first address that names a country", region: nil,
                   addresses: [PostalAddress(street: "Av. Larco 101"), PostalAddress(country: "Perú"),
                               PostalAddress(country: "Chile")], environmentRegion: "US", expected: "PE"),
        RegionCase(step: "an address code wins over the same address's name", region: nil,
                   addresses: [PostalAddress(country: "Estados Unidos", countryCode: "CO")], environmentRegion: nil, expected: "CO"),
        RegionCase(step: "an alpha-3 code in the code field", region: nil,
                   addresses: [PostalAddress(countryCode: "USA")], environmentRegion: "MX", expected: "US"),
        RegionCase(step: "an unknown code falls back to the name", region: nil,
                   addresses: [PostalAddress(country: "Brasil", countryCode: "QQ")], environmentRegion: nil, expected: "BR"),
        RegionCase(step: "an unknown country falls back to the environment", region: nil,
                   addresses: [PostalAddress(country: "Narnia")], environmentRegion: "CO", expected: "CO"),
        RegionCase(step: "the environment alone", region: nil, addresses: [], environmentRegion: "BR", expected: "BR"),
        RegionCase(step: "nothing", region: nil, addresses: [PostalAddress(city: "Lima")], environmentRegion: nil, expected: nil),
    ]

    @Test(arguments: cases)
    func readingRegionFollowsTheDocumentedOrder(_ regionCase: RegionCase) throws {
        let contact = card(addresses: regionCase.addresses)
        let ctx = try context(region: regionCase.region, environmentRegion: regionCase.environmentRegion)
        #expect(ContactNormalizer.readingRegion(for: contact, in: ctx) == (try regionCode(regionCase.expected)))
    }

    /// A contact with a German office and a Polish home (ical4j's Outlook 2003 sample): the home
    /// phone is read in Poland, the work phone and an untyped one in the first address's country;
    /// `--region` still wins for all.
    @Test(arguments: [(nil, ["+48691342341", "+4930901820", "+4930901821"]), ("PL", ["+48691342341", "+48030901820", "+48030901821"])]
          as [(String?, [String?])])
    func homeAndWorkPhonesAreReadInTheirAddressesCountries(region: String?, expected: [String?]) throws {
        let contact = card(
            phones: [Phone(value: "691 342 341", kind: .home), Phone(value: "030 901820", kind: .work),
                     Phone(value: "030 901821")],
            addresses: [PostalAddress(city: "Berlin", country: "Deutschland", kind: .work),
                        PostalAddress(city: "Krakow", country: "Polen", kind: .home)])
        let result = ContactNormalizer.normalize(contact, in: try context(region: region))
        #expect(result.contact.phones.map(\.normalized?.e164) == expected)
    }

    static let endToEnd: [(region: String?, country: String?, environmentRegion: String?, input: String, e164: String)] = [
        ("FR", "Ecuador", "EC", "06 12 34 56 78", "+33612345678"),
        (nil, "Ecuador", "FR", "099 123 4567", "+593991234567"),
        (nil, "Deutschland", "FR", "0151 23456789", "+4915123456789"),
        (nil, nil, "PE", "987 654 321", "+51987654321"),
        (nil, "Narnia", "AR", "011 15-2345-6789", "+5491123456789"),
    ]

    @Test(arguments: endToEnd)
    func nationalNumbersAreReadInTheChosenRegion(
        _ step: (region: String?, country: String?, environmentRegion: String?, input: String, e164: String)
    ) throws {
        let contact = card(phones: [Phone(value: step.input)], addresses: [PostalAddress(country: step.country)])
        let result = ContactNormalizer.normalize(
            contact, in: try context(region: step.region, environmentRegion: step.environmentRegion))
        #expect(result.contact.phones.first?.normalized?.e164 == step.e164)
        #expect(!result.diagnostics.contains { $0.message.contains("phone") })
    }

    @Test func internationalNumberNeedsNoRegion() throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: "+593 99 123 4567")]), in: try context())
        #expect(result.diagnostics == [])
        #expect(result.contact.phones.first?.normalized?.e164 == "+593991234567")
    }
}
