/// The values Outlook's CSV export writes in every row for fields nobody filled in: `Normal`
/// priority and sensitivity, `False` private flag, `Unspecified` gender, the `SMTP` email type,
/// the empty dates `0/0/00` and `0.0.00`, and their translations in the languages the reader
/// knows (`Keine Angabe`, `Aus`, `Sin especificar`, `Falso`, `Non spécifié`, …). They are no data:
/// a column of Outlook's that the reader has no field for is not kept, nor named, for them (they
/// would be in every Outlook file, and fail `--strict`).
enum OutlookDefaults {
    private static let values: Set<String> = [
        "normal", "normale", "unspecified", "false", "smtp", "0/0/00", "0.0.00", "00.00.00", "0-0-00",
        "keine angabe", "aus", "sin especificar", "no especificado", "falso", "não especificado",
        "non spécifié", "faux", "non specificato",
    ]

    /// True when `text` (already trimmed) is one of the defaults, ignoring case.
    static func isDefault(_ text: String) -> Bool {
        text.utf8.count <= 16 && values.contains(text.lowercased())
    }
}
