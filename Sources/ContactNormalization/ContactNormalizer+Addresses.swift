import ContactModel

extension ContactNormalizer {
    /// Fills the ISO 3166-1 alpha-2 `countryCode` from the `country` name and the English
    /// `country` name from the code, so Jelou's `country` and `country_code` both get a value.
    ///
    /// A code the source already gave (Apple's `X-ABADR`) wins over the name and is only
    /// uppercased, or turned into alpha-2 when it was written as a name, an abbreviation or an
    /// alpha-3 code (`usa`, `UK`).
    /// A country name or code that cannot be resolved stays as written, with a warning.
    /// Corresponds to RFC 6350 §6.3.1 (ADR country name) and ISO 3166-1.
    static func normalizeAddress(
        _ address: inout PostalAddress,
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        let country = trimmedOrNil(address.country)
        if let written = trimmedOrNil(address.countryCode) {
            if let code = Country.code(forName: written) {
                address.countryCode = code
            } else {
                address.countryCode = written
                diagnostics.append(problem(
                    "contact \"\(cardName)\": country code \"\(written)\" is not an ISO 3166-1 code; kept as written",
                    context: context, readAt: address.readAt))
            }
        } else if let country {
            if let code = Country.code(forName: country) {
                address.countryCode = code
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
