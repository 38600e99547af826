/// The vCard version whose rules the reader applies to a card: how lines unfold and which
/// backslash escapes a value has.
///
/// vCard 2.1 (IMC, 1996) escapes only `\;` in text; vCard 3.0 (RFC 2426 §4) and 4.0
/// (RFC 6350 §3.4) escape `\\ \, \; \n`.
enum VCardDialect: Equatable, Sendable {
    case v21
    case v30
    case v40

    /// The dialect a VERSION value names, and whether it named one exactly (`2.1`, `3.0`, `4.0`).
    /// Other values are read as the closest version: below 3 as 2.1 (`1.0`, `2.0`), below 4 as
    /// 3.0 (`3`), else 4.0 (`4`); text that is no number as 3.0.
    static func reading(_ version: String) -> (dialect: VCardDialect, isExact: Bool) {
        let text = version.vCardTrimmed
        switch text {
        case "2.1": return (.v21, true)
        case "3.0": return (.v30, true)
        case "4.0": return (.v40, true)
        default:
            guard let number = Double(text) else { return (.v30, false) }
            if number < 3 { return (.v21, false) }
            if number < 4 { return (.v30, false) }
            return (.v40, false)
        }
    }

    /// The dialect of a VERSION value written exactly `2.1`, `3.0` or `4.0` (spaces or tabs around
    /// it allowed), read from its bytes without making a String; `nil` for any other value, which
    /// ``reading(_:)`` reads.
    init?(exactVersion bytes: ArraySlice<UInt8>) {
        let version = VCardByte.trimmed(bytes)
        if VCardByte.equalsIgnoringCase(version, "3.0") {
            self = .v30
        } else if VCardByte.equalsIgnoringCase(version, "2.1") {
            self = .v21
        } else if VCardByte.equalsIgnoringCase(version, "4.0") {
            self = .v40
        } else {
            return nil
        }
    }

    /// How the version is written on a VERSION line.
    var versionText: String {
        switch self {
        case .v21: "2.1"
        case .v30: "3.0"
        case .v40: "4.0"
        }
    }
}
