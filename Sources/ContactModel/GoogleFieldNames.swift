/// The raw properties the CSV reader keeps Google Contacts' own fields in — `Labels`, `Event n`,
/// `Relation n`, `IM n`, `Custom Field n` — with an entry's label in ``label`` and an IM entry's
/// service in ``service``. The CSV writers read them back; the vCard and jCard writers write the
/// labels, dates, related names and IM addresses in the forms Apple's and Google's vCards use
/// (VCardFormat's `GoogleFieldMapping`).
public enum GoogleFieldNames {
    /// Google's labels (groups): `* myContacts ::: Friends`.
    public static let labels = "X-GOOGLE-LABELS"
    /// A dated event (`Anniversary`, a custom one): `2001-05-19` or `--05-19`.
    public static let event = "X-GOOGLE-EVENT"
    /// A related person's name (`Spouse`, `Child`, a custom relation).
    public static let relation = "X-GOOGLE-RELATION"
    /// An instant-messaging address (`IM n - Value`), its service (`IM n - Service`) in ``service``.
    public static let instantMessaging = "X-GOOGLE-IM"
    /// A free-form field of Google's own (`Custom Field n - Value`), its name in ``label``; kept
    /// as is, as no vCard property stands for it.
    public static let customField = "X-GOOGLE-CUSTOM-FIELD"
    /// The parameter holding an entry's label.
    public static let label = "X-LABEL"
    /// The parameter holding an IM entry's service.
    public static let service = "X-SERVICE"
}
