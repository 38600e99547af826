/// Options several commands share, defined once so help, parsing and completions agree.
enum SharedOptions {
    static let from = OptionSpec(
        long: "--from", valueName: "FORMAT",
        help: "Input format; by default recognised from the content (auto|vcard|csv|jelou|jcard).",
        choices: ["auto", "vcard", "csv", "jelou", "jcard"])
    static let region = OptionSpec(
        long: "--region", valueName: "CC",
        help: "Region (ISO 3166-1 alpha-2, e.g. EC) to read national phone numbers in. Falls back to each contact's address country, then JELOU_CONTACTS_REGION.")
    static let waID = OptionSpec(
        long: "--wa-id", valueName: "POLICY",
        help: "Which phones get a wa_id: mobile (and fixed-line-or-mobile) numbers not typed only fax or pager, always, or never (default: mobile).",
        choices: ["mobile", "always", "never"])
    static let waIDQuirks = OptionSpec(
        long: "--wa-id-quirks",
        help: "Write Mexico's 521… and Argentina's 549… WhatsApp ids for mobile numbers (off by default).")
    static let strict = OptionSpec(long: "--strict", help: "Treat warnings as errors (exit 1).")
    static let perMessage = OptionSpec(
        long: "--per-message", valueName: "N", help: "Contacts per message, 1 to 257 (default 5).")
    static let fields = OptionSpec(
        long: "--fields", valueName: "SET",
        help: "all: every WhatsApp contact key; jelou: only name, phones, emails and addresses (default all).",
        choices: ["all", "jelou"])
    static let delimiter = OptionSpec(
        long: "--delimiter", valueName: "CHAR", help: "CSV input: force the delimiter (',' ';' or 'tab').")
    static let encoding = OptionSpec(
        long: "--encoding", valueName: "NAME",
        help: "Input text encoding: a CSV file's, or a vCard's 8-bit values without CHARSET (utf-8, windows-1252, iso-8859-2, utf-16, …).")
    static let profile = OptionSpec(
        long: "--profile", valueName: "NAME",
        help: "CSV: the header layout to read (auto, google, google-legacy, outlook, outlook-com, outlook-de, outlook-es, outlook-pt-br, outlook-pt-pt, outlook-fr, outlook-it, thunderbird, generic) or, with --to csv, to write (google, outlook).")
    static let map = OptionSpec(
        long: "--map", valueName: "'COLUMN=FIELD[:TYPE]'",
        help: "CSV input (and the keys of flat JSON objects): map a column explicitly, e.g. 'Celular=phone:mobile'. Repeatable.", repeatable: true)

    /// The options that choose and tune the reader and the normaliser.
    static let reading: [OptionSpec] = [from, region, waID, waIDQuirks, strict, delimiter, encoding, profile, map]
}
