extension SandboxCommand {
    static let spec = CommandSpec(
        name: "sandbox",
        abstract: "Run a local Jelou endpoint for tests and trials (loopback only).",
        discussion: "Speaks POST /v1/bots/{botId}/messages as Jelou does: checks Basic auth against JELOU_CLIENT_ID and JELOU_CLIENT_SECRET, validates the payload strictly, answers {\"success\":true,\"messageId\":…}. Writes one JSON line per accepted message to standard output and its log to standard error. --fault-rate injects 429s, 503s and dropped connections.",
        usage: "[--port N] [--fault-rate F] [--latency-ms N] [--seed S]",
        options: [
            OptionSpec(long: "--port", valueName: "N", help: "Port on 127.0.0.1 (default 8080; 0 picks a free one)."),
            OptionSpec(long: "--fault-rate", valueName: "F", help: "Share of requests, 0 to 1, answered with a random fault (default 0)."),
            OptionSpec(long: "--latency-ms", valueName: "N", help: "Delay each answer by N milliseconds (default 0)."),
            OptionSpec(long: "--seed", valueName: "S", help: "Seed for the fault choices (default 1)."),
        ],
        examples: [
            ("JELOU_CLIENT_ID=demo JELOU_CLIENT_SECRET=demo-secret jelou-contacts sandbox --port 8080",
             "Start a sandbox; then send to it with --api-base http://127.0.0.1:8080."),
        ]
    )
}
