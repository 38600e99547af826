extension ConvertCommand {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert address books (vCard, CSV, Jelou/WhatsApp JSON, jCard) into Jelou payloads, vCard, jCard or CSV.",
        discussion: "Reads each FILE (or standard input for '-' or no FILE) as it streams, normalises phones to E.164, and writes one Jelou contacts payload per line (NDJSON) unless --to says otherwise. Problems go to standard error as path:line:col: warning|error: message; the rest of the file still converts. Exit status: 0 success, 1 when any card had errors (or warnings with --strict), 64 on usage errors.",
        usage: "[FILE…|-] [--to jelou|vcard|jcard|csv] [--user-id ID] [--per-message N] [--output PATH] [--pretty] [--fields all|jelou] [--region CC] [OPTIONS]",
        arguments: [ArgumentSpec(label: "<file>", help: "Address books to read; '-' or none reads standard input.")],
        options: [
            OptionSpec(long: "--to", valueName: "FORMAT", help: "Output format: jelou (default), vcard, jcard or csv.",
                       choices: ["jelou", "vcard", "jcard", "csv"]),
            OptionSpec(long: "--user-id", valueName: "ID", help: "Jelou payloads: the recipient's id (digits, e.g. 15551112222)."),
            SharedOptions.perMessage,
            OptionSpec(long: "--output", short: "-o", valueName: "PATH", help: "Write to PATH instead of standard output."),
            OptionSpec(long: "--pretty", help: "Jelou payloads and jCard: indent the JSON."),
            SharedOptions.fields,
            OptionSpec(long: "--vcard-version", valueName: "VERSION", help: "vCard output: 2.1, 3.0 or 4.0 (default 3.0).",
                       choices: ["2.1", "3.0", "4.0"]),
        ] + SharedOptions.reading,
        examples: [
            ("jelou-contacts convert Fixtures/vcard30/jelou-example.vcf --user-id 15551112222",
             "A vCard file to Jelou payloads, one per line."),
            ("jelou-contacts convert contacts.csv --region EC --per-message 10 -o payloads.ndjson",
             "A Google or Outlook CSV export, reading national numbers as Ecuadorian."),
            ("jelou-contacts convert webhook.json --to vcard", "Cards received on WhatsApp back to vCard 3.0."),
            ("jelou-contacts convert phone.vcf --to csv --profile outlook > outlook.csv", "A phone export to an Outlook CSV."),
        ]
    )
}
