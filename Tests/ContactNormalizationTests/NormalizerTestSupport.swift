import ContactModel
@testable import ContactNormalization
import PhoneNormalization
import Testing

/// Where every test card starts, so diagnostics can be checked exactly.
let cardPosition = SourcePosition(line: 12, column: 1, byteOffset: 340)

struct UnknownRegion: Error {
    var code: String
}

func regionCode(_ code: String?) throws -> RegionCode? {
    guard let code else { return nil }
    guard let region = RegionCode(rawValue: code) else {
        throw UnknownRegion(code: code)
    }
    return region
}

func context(
    region: String? = nil,
    environmentRegion: String? = nil,
    waIDPolicy: NormalizationContext.WhatsAppIDPolicy = .mobile,
    waIDQuirks: Bool = false,
    strict: Bool = false
) throws -> NormalizationContext {
    NormalizationContext(
        region: try regionCode(region),
        environmentRegion: try regionCode(environmentRegion),
        waIDPolicy: waIDPolicy,
        waIDQuirks: waIDQuirks,
        strict: strict,
        position: cardPosition
    )
}

func card(_ name: String = "Juan Pérez", phones: [Phone] = [], addresses: [PostalAddress] = []) -> Contact {
    Contact(name: PersonName(formatted: name), phones: phones, addresses: addresses)
}

/// The reason the phone stage gives for rejecting `text` in `region`, as the warning quotes it.
func rejection(of text: String, in region: RegionCode?) -> String? {
    do {
        _ = try PhoneNumber(parsing: text, defaultRegion: region, tolerance: .addressBook)
        return nil
    } catch {
        return error.message
    }
}
