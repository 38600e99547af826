import ContactModel

/// The data of a PHOTO, LOGO, SOUND or KEY held in the card itself, and how each vCard version
/// writes it:
/// - 4.0: a `data:` URI, `PHOTO:data:image/jpeg;base64,/9j/…` (RFC 6350 §6.2.4, §6.7.5, §6.8.1
///   and RFC 2397);
/// - 3.0: `PHOTO;ENCODING=b;TYPE=JPEG:/9j/…` (RFC 2426 §3.1.4, §5.8.4 of RFC 2425);
/// - 2.1: `PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/…` (vCard 2.1 §2.1.3).
///
/// A card read in one version and written in another keeps its photo in the form the target
/// version's readers understand. The format comes from the `TYPE` or the data URI's media type;
/// without either it is recognised from the data's first bytes (JPEG, PNG, GIF), else left unsaid.
struct VCardInlineBinary: Equatable {
    /// `image/jpeg`, `audio/basic`, `application/pgp-keys`; `nil` when unknown.
    var mediaType: String?
    /// The data, base64-encoded, without whitespace.
    var base64: String
    /// The property's other parameters, in their order.
    var otherParameters: [RawParameter]

    static let propertyNames: Set<String> = ["PHOTO", "LOGO", "SOUND", "KEY"]

    /// The inline data of `property`, or `nil` when it holds none (a URL, text, another property).
    init?(_ property: RawProperty) {
        guard Self.propertyNames.contains(property.name) else { return nil }
        let declaredBase64 = property.parameters.contains { parameter in
            parameter.name == "ENCODING" && parameter.values.contains { ["B", "BASE64"].contains($0.uppercased()) }
        }
        var others = property.parameters.filter { parameter in
            parameter.name != "ENCODING" && !(parameter.name == "VALUE" && parameter.values.allSatisfy(Self.isURIValueType))
        }
        if let dataURI = Self.dataURI(property.value) {
            mediaType = dataURI.mediaType ?? Self.mediaType(fromType: others, property: property.name)
            base64 = dataURI.base64
            others.removeAll { $0.name == "TYPE" && Self.namesFormat($0) }
        } else if declaredBase64 {
            mediaType = Self.mediaType(fromType: others, property: property.name)
            base64 = String(property.value.unicodeScalars.filter { $0.value > 0x20 })
            others.removeAll { $0.name == "TYPE" && Self.namesFormat($0) }
        } else {
            return nil
        }
        if mediaType == nil { mediaType = Self.sniffedMediaType(base64) }
        otherParameters = others.filter { $0.name != "MEDIATYPE" }
    }

    /// The property as `version` writes it.
    func property(named name: String, group: String?, for version: VCardVersion) -> RawProperty {
        if version == .v40 {
            return RawProperty(
                group: group, name: name, parameters: otherParameters,
                value: "data:" + (mediaType ?? "") + ";base64," + base64)
        }
        var parameters = [RawParameter(name: "ENCODING", values: [version == .v21 ? "BASE64" : "b"])]
        if let format = mediaType.map(Self.typeToken(forMediaType:)) {
            parameters.append(RawParameter(name: "TYPE", values: [format]))
        }
        return RawProperty(group: group, name: name, parameters: parameters + otherParameters, value: base64)
    }

    // MARK: Reading the forms

    /// The media type and base64 data of a `data:…;base64,…` URI (the comma may be escaped `\,`,
    /// as some 4.0 writers do).
    private static func dataURI(_ value: String) -> (mediaType: String?, base64: String)? {
        let utf8 = value.utf8
        guard utf8.count > 5, VCardByte.hasPrefixIgnoringCase(utf8, "DATA:"),
            let marker = value.firstRange(of: ";base64,") ?? value.firstRange(of: ";base64\\,")
        else {
            return nil
        }
        let mediaType = value[value.index(value.startIndex, offsetBy: 5)..<marker.lowerBound].lowercased()
        let data = String(value[marker.upperBound...].unicodeScalars.filter { $0.value > 0x20 })
        return (mediaType.isEmpty ? nil : mediaType, data)
    }

    private static func isURIValueType(_ value: String) -> Bool {
        ["URI", "URL"].contains(value.uppercased())
    }

    /// True for a `TYPE` that names the data's format (`JPEG`, `image/png`), not a use such as
    /// `WORK`.
    private static func namesFormat(_ parameter: RawParameter) -> Bool {
        parameter.values.count == 1 && !["WORK", "HOME", "PREF"].contains(parameter.values[0].uppercased())
    }

    private static func mediaType(fromType parameters: [RawParameter], property: String) -> String? {
        guard let type = parameters.first(where: { $0.name == "TYPE" && namesFormat($0) })?.values[0] else { return nil }
        let token = type.lowercased()
        if token.contains("/") { return token }
        switch (property, token) {
        case ("KEY", "pgp"): return "application/pgp-keys"
        case ("KEY", "x509"): return "application/pkix-cert"
        case ("KEY", _): return "application/" + token
        case ("SOUND", _): return "audio/" + token
        default: return "image/" + token
        }
    }

    /// JPEG, PNG or GIF by the base64 of their signatures.
    private static func sniffedMediaType(_ base64: String) -> String? {
        if base64.hasPrefix("/9j/") { return "image/jpeg" }
        if base64.hasPrefix("iVBORw0KGgo") { return "image/png" }
        if base64.hasPrefix("R0lGOD") { return "image/gif" }
        return nil
    }

    /// `JPEG` for `image/jpeg`, `PGP` for `application/pgp-keys`, `X509` for a certificate.
    private static func typeToken(forMediaType mediaType: String) -> String {
        switch mediaType {
        case "application/pgp-keys": return "PGP"
        case "application/pkix-cert": return "X509"
        default:
            let subtype = mediaType.split(separator: "/", maxSplits: 1).last.map(String.init) ?? mediaType
            return subtype.uppercased()
        }
    }
}
