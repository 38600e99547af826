/// Apple's constant labels: `_$!<Mobile>!$_`, `_$!<Anniversary>!$_`, … — the form Apple's
/// Contacts writes in `itemN.X-ABLabel` for the labels it shows translated.
public enum AppleLabel {
    /// `Mobile` for `_$!<Mobile>!$_`, and for `$!<Mobile>!$`, which converters write that drop the
    /// underscores; any other text unchanged.
    public static func stripped(_ label: String) -> String {
        if label.hasPrefix("_$!<"), label.hasSuffix(">!$_"), label.utf8.count > 8 {
            return String(label.dropFirst(4).dropLast(4))
        }
        if label.hasPrefix("$!<"), label.hasSuffix(">!$"), label.utf8.count > 6 {
            return String(label.dropFirst(3).dropLast(3))
        }
        return label
    }

    /// `_$!<Spouse>!$_` for `Spouse`.
    public static func constant(_ name: String) -> String {
        "_$!<" + name + ">!$_"
    }
}
