extension PreviewCommand {
    static let spec = CommandSpec(
        name: "preview",
        abstract: "Show each contact as WhatsApp will, and what is wrong, before sending.",
        discussion: "Prints a compact card per contact (name, then each phone, email and address with its label, and whether the card will show Message or Invite to WhatsApp), the problems found, and a summary line. --html writes one self-contained page with each payload as a contact card beside its JSON.",
        usage: "FILE… [--region CC] [--per-message N] [--html OUT.html]",
        arguments: [ArgumentSpec(label: "<file>", help: "Address books to preview; '-' reads standard input.")],
        options: [
            OptionSpec(long: "--html", valueName: "OUT.html", help: "Also write an HTML page with every card and its JSON."),
            OptionSpec(long: "--user-id", valueName: "ID", help: "The recipient shown in the payloads."),
            SharedOptions.perMessage,
            SharedOptions.fields,
        ] + SharedOptions.reading,
        examples: [
            ("jelou-contacts preview Fixtures/vcard30/ios-item-groups.vcf --region US", "Look at an iPhone export."),
            ("jelou-contacts preview contacts.csv --region MX --html preview.html", "Write a page to look at in a browser."),
        ]
    )
}
