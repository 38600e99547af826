extension SendCommand {
    static let spec = CommandSpec(
        name: "send",
        abstract: "Send contact cards to a WhatsApp user through Jelou, safely and resumably.",
        discussion: "Builds payloads like convert and POSTs each to {api-base}/v1/bots/{bot-id}/messages with Basic auth from JELOU_CLIENT_ID and JELOU_CLIENT_SECRET (or --credentials FILE, which must not be readable by group or others). Every message is journalled before and after its request; running the same command again skips what was sent, retries what failed, and stops on messages whose fate is unknown unless --resend-uncertain or --skip-uncertain says what to do. Exit status: 0 all sent, 1 some failed, 2 some uncertain.",
        usage: "FILE… --bot-id BOT (--user-id USER | --to +E164 | --recipients FILE) [--dry-run] [OPTIONS]",
        arguments: [ArgumentSpec(label: "<file>", help: "Address books to send; '-' reads standard input.")],
        options: [
            OptionSpec(long: "--bot-id", valueName: "BOT", help: "The Jelou bot that sends the messages."),
            OptionSpec(long: "--user-id", valueName: "USER", help: "The recipient's id: digits only, e.g. 15551112222."),
            OptionSpec(long: "--to", valueName: "PHONE", help: "The recipient as a phone number, normalised like any other."),
            OptionSpec(long: "--recipients", valueName: "FILE", help: "Send the same cards to every id or phone in FILE (one per line)."),
            SharedOptions.perMessage,
            SharedOptions.fields,
            OptionSpec(long: "--dry-run", help: "Print each request as it would go (secret masked) and send nothing."),
            OptionSpec(long: "--journal", valueName: "PATH", help: "The journal file (default <first input>.jelou-journal)."),
            OptionSpec(long: "--rate", valueName: "R", help: "At most R messages per second (default 5)."),
            OptionSpec(long: "--max-attempts", valueName: "N", help: "Tries per message for retryable failures (default 5)."),
            OptionSpec(long: "--retry-uncertain", help: "Retry a request whose answer was lost, accepting a possible duplicate."),
            OptionSpec(long: "--resend-uncertain", help: "On resume, send again the messages left uncertain by an earlier run."),
            OptionSpec(long: "--skip-uncertain", help: "On resume, skip the messages left uncertain by an earlier run."),
            OptionSpec(long: "--api-base", valueName: "URL", help: "The API's base URL (default https://api.jelou.ai)."),
            OptionSpec(long: "--credentials", valueName: "PATH", help: "A file holding clientId:clientSecret (mode 600)."),
            OptionSpec(long: "--format", valueName: "FORMAT", help: "Result lines as text (default) or json.", choices: ["text", "json"]),
        ] + SharedOptions.reading,
        examples: [
            ("jelou-contacts send support.vcf --bot-id BOT123 --user-id 15551112222 --dry-run", "See the request without sending."),
            ("JELOU_CLIENT_ID=… JELOU_CLIENT_SECRET=… jelou-contacts send support.vcf --bot-id BOT123 --to '+593 99 123 4567'",
             "Send a support contact to an Ecuadorian user."),
            ("jelou-contacts send team.vcf --bot-id BOT123 --user-id 15551112222 --api-base http://127.0.0.1:8080",
             "Try it against a local sandbox."),
        ]
    )
}
