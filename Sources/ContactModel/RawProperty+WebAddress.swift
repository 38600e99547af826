extension RawProperty {
    /// The `http` or `https` URL a `PHOTO`, `LOGO` or `SOUND` gives its media by (RFC 6350
    /// §6.2.4, §6.6.3, §6.7.5 URI values; `VALUE=uri` in 3.0, `VALUE=URL` in 2.1); `nil` for
    /// inline data (`ENCODING`, a `data:` URI), another value type or another property.
    public var mediaWebAddress: String? {
        guard name == "PHOTO" || name == "LOGO" || name == "SOUND", Self.isWebAddress(value) else { return nil }
        for parameter in parameters {
            if parameter.name == "ENCODING" { return nil }
            if parameter.name == "VALUE", !parameter.values.allSatisfy({ ["URI", "URL"].contains($0.uppercased()) }) { return nil }
        }
        return value
    }

    /// A `PHOTO` given by its web address: `PHOTO;VALUE=uri:https://…` (RFC 2426 §3.1.4 form, which
    /// the vCard writers put in each version's form).
    public static func photo(webAddress url: String) -> RawProperty {
        RawProperty(name: "PHOTO", parameters: [RawParameter(name: "VALUE", values: ["uri"])], value: url)
    }

    /// True for `http://` or `https://` (scheme in any case) followed by at least one byte, with
    /// no space, control character or backslash.
    public static func isWebAddress(_ text: String) -> Bool {
        let scheme = text.utf8.prefix(8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let length = scheme.starts(with: "https://".utf8) ? 8 : scheme.starts(with: "http://".utf8) ? 7 : 0
        return length > 0 && text.utf8.count > length
            && !text.utf8.contains { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }
    }
}
