/// A vCard format version, as written on a card's `VERSION` line.
///
/// Corresponds to RFC 6350 §6.7.9 (VERSION); `2.1` is the versit Consortium's vCard 2.1 and `3.0`
/// is RFC 2426. A raw value the project does not know is kept as written, so cards can report it.
public struct VCardVersion: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The version as it stands after `VERSION:` (`"2.1"`, `"3.0"`, `"4.0"`).
    public let rawValue: String

    /// Any version text, kept exactly as written (`"2.1"`, `"4.0"`, an unknown `"5.0"`).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// vCard 2.1 (versit, 1996): bare parameters, quoted-printable and `CHARSET` for non-ASCII text.
    public static let v21 = VCardVersion(rawValue: "2.1")
    /// vCard 3.0 (RFC 2426): `TYPE=` lists and backslash escapes; what phones import most reliably.
    public static let v30 = VCardVersion(rawValue: "3.0")
    /// vCard 4.0 (RFC 6350): UTF-8 only, `PREF=n`, `VALUE=uri` telephone numbers.
    public static let v40 = VCardVersion(rawValue: "4.0")

    /// The version as written after `VERSION:`.
    public var description: String { rawValue }
}
