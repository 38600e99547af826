import ContactModel

extension ContactNormalizer {
    /// Fills the ISO 3166-1 alpha-2 `countryCode` from the `country` name and the English
    /// `country` name from the code, so Jelou's `country` and `country_code` both get a value.
    ///
    /// A code the source already gave (Apple's `X-ABADR`, RFC 8605 §3.1's `CC`) is uppercased, or
    /// turned into alpha-2 when it was written as a name, an abbreviation or an alpha-3 code
    /// (`usa`, `UK`). It gives way to the country name when the name is of another country:
    /// X-ABADR is the address layout Apple chose, often the phone's own region, while the name is
    /// what the user typed. The name's code is then `countryCode`, the given one is kept as
    /// `formatCountryCode` for vCard output, and a warning says so. A name that cannot be
    /// resolved contradicts nothing, and the given code stays.
    /// A country name or code that cannot be resolved stays as written, with a warning.
    /// Corresponds to RFC 6350 §6.3.1 (ADR country name) and ISO 3166-1.
    static func normalizeAddress(
        _ address: inout PostalAddress,
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        let country = trimmedOrNil(address.country)
        let namedCode = country.flatMap(Country.code(forName:))
        if let written = trimmedOrNil(address.countryCode) {
            let code = Country.code(forName: written)
            if let namedCode, let country, namedCode != code {
                address.countryCode = namedCode
                address.formatCountryCode = code ?? written
                diagnostics.append(problem(
                    "contact \"\(cardName)\": address country \"\(country)\" is \(namedCode), not \"\(written)\" as the "
                        + "address's country code says; country_code is \(namedCode), from the country name",
                    context: context, readAt: address.readAt))
            } else if let code {
                address.countryCode = code
            } else {
                address.countryCode = written
                diagnostics.append(problem(
                    "contact \"\(cardName)\": country code \"\(written)\" is not an ISO 3166-1 code; kept as written",
                    context: context, readAt: address.readAt))
            }
        } else if let country {
            if let namedCode {
                address.countryCode = namedCode
            } else {
                diagnostics.append(problem(
                    "contact \"\(cardName)\": country \"\(country)\" is not a country name we know; country_code left empty",
                    context: context, readAt: address.readAt))
            }
        }
        if country == nil, let code = address.countryCode, let name = Country.englishName(forCode: code) {
            address.country = name
        }
    }
}
