extension PhonesCommand {
    static let spec = CommandSpec(
        name: "phones",
        abstract: "Normalise phone numbers to E.164, as libphonenumber would.",
        discussion: "Reads the numbers given as arguments, or one per line from standard input; every input line gives exactly one output line, empty lines included, in order. TSV columns: the input, E.164 (empty when none), valid|possible|invalid, the type, the extension, and the error. Without --region only numbers written internationally can be read.",
        usage: "[NUMBER…] [--region CC] [--format tsv|json]",
        arguments: [ArgumentSpec(label: "<number>", help: "Numbers as people write them; none reads standard input.")],
        options: [
            OptionSpec(long: "--region", valueName: "CC", help: "Region to read national numbers in (e.g. EC, MX, US); ZZ, libphonenumber's unknown region, is the same as none."),
            OptionSpec(long: "--format", valueName: "FORMAT", help: "tsv (default) or json (one object per line).",
                       choices: ["tsv", "json"]),
        ],
        examples: [
            ("jelou-contacts phones '099 123 4567' '(02) 212-8988' --region EC", "Two Ecuadorian numbers."),
            ("cut -f3 numbers.tsv | jelou-contacts phones --region MX --format json", "Clean a column of numbers."),
        ]
    )
}
