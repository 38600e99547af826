/// Apple's constant labels: `_$!<Mobile>!$_`, `_$!<Anniversary>!$_`, … — the form Apple's
/// Contacts writes in `itemN.X-ABLabel` for the labels it shows translated.
public enum AppleLabel {
    /// `Mobile` for `_$!<Mobile>!$_`; any other text unchanged.
    public static func stripped(_ label: String) -> String {
        guard label.hasPrefix("_$!<"), label.hasSuffix(">!$_"), label.utf8.count > 8 else { return label }
        return String(label.dropFirst(4).dropLast(4))
    }

    /// `_$!<Spouse>!$_` for `Spouse`.
    public static func constant(_ name: String) -> String {
        "_$!<" + name + ">!$_"
    }
}
