extension CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Lint address books: parse and normalise without converting, and report every problem.",
        discussion: "Each diagnostic names the file, line and column. Exit status: 0 when clean, 1 when there are errors (or warnings, with --strict).",
        usage: "FILE… [--region CC] [--strict] [--format text|json]",
        arguments: [ArgumentSpec(label: "<file>", help: "Address books to check; '-' reads standard input.")],
        options: [
            OptionSpec(long: "--format", valueName: "FORMAT", help: "text (default) or json: one JSON object per diagnostic on standard output.",
                       choices: ["text", "json"]),
            SharedOptions.perMessage,
        ] + SharedOptions.reading,
        examples: [
            ("jelou-contacts check export.vcf --region EC", "Show what is wrong with an export."),
            ("jelou-contacts check contacts.csv --strict --format json | jq .message", "Fail on warnings too, for scripts."),
        ]
    )
}
