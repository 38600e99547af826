import ContactModel
import Foundation
import JelouPayload
import JelouSend
import PhoneNormalization

/// `jelou-contacts send`: reader → normaliser → payloads → journal and client.
enum SendCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) async throws -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw UsageError("name the file(s) to send ('-' for standard input)") }
        guard let botID = arguments.value("--bot-id"), !botID.isEmpty else { throw UsageError("--bot-id is required") }
        let reading = try ReadingOptions(arguments, environment: context.environment)
        let region = reading.normalization.region ?? reading.normalization.environmentRegion
        let recipients = try recipientIDs(arguments, region: region, context: context)
        let endpoint: MessagesEndpoint
        do {
            endpoint = try MessagesEndpoint(apiBase: arguments.value("--api-base") ?? MessagesEndpoint.defaultAPIBase, botId: botID)
        } catch {
            throw UsageError(error.message)
        }
        let rate = try arguments.number("--rate", in: 0.01...1_000) ?? 5
        let attempts = try arguments.integer("--max-attempts", in: 1...100) ?? 5
        if arguments.has("--resend-uncertain"), arguments.has("--skip-uncertain") {
            throw UsageError("choose one of --resend-uncertain and --skip-uncertain")
        }
        _ = try OutputSink.batcher(arguments)

        // Read everything first: the journal is keyed by the whole run's messages.
        let printer = DiagnosticPrinter(stream: context.standardError, style: context.errorStyle, strict: reading.normalization.strict)
        var contacts: [Contact] = []
        context.hintIfReadingTheTerminal(arguments.positionals, command: "send")
        try ContactInputs(paths: arguments.positionals, options: reading).forEach(report: { printer.report($0) }) {
            printer.report($0.diagnostics, file: $0.file)
            contacts.append($0.contact)
        }
        if printer.errorCount > 0 {
            throw CommandFailure("nothing sent: the input has \(printer.errorCount) error\(printer.errorCount == 1 ? "" : "s") (above); fix them, or drop --strict")
        }
        var messages: [OutgoingMessage] = []
        for recipient in recipients {
            var batcher = try OutputSink.batcher(arguments, userID: recipient, pretty: false)
            var ignored: [Diagnostic] = []
            var bodies = contacts.compactMap { batcher.add($0, diagnostics: &ignored) }
            if let last = batcher.finish() { bodies.append(last) }
            for body in bodies { messages.append(try OutgoingMessage(payload: body)) }
        }
        guard !messages.isEmpty else { throw CommandFailure("nothing to send: the input has no contacts") }

        if arguments.has("--dry-run") {
            context.standardOutput.write(DryRun.render(messages, endpoint: endpoint))
            return .success
        }
        let credentials = try Credentials.resolve(environment: context.environment, file: arguments.value("--credentials"))
        guard let journalPath = arguments.value("--journal") ?? SendJournal.defaultPath(forFirstInput: arguments.positionals[0]) else {
            throw UsageError("reading standard input: give --journal PATH so an interrupted run can resume")
        }
        try OutputPathGuard.check(journalPath, option: "--journal", inputs: arguments.positionals)
        let journal = try SendJournal(path: journalPath, botId: botID, inputNames: arguments.positionals, messages: messages)
        let options = SendOptions(
            ratePerSecond: rate,
            retry: RetryPolicy(maximumAttempts: attempts, retryUncertain: arguments.has("--retry-uncertain")),
            uncertain: arguments.has("--resend-uncertain") ? .resend : arguments.has("--skip-uncertain") ? .skip : .stop)
        let asJSON = arguments.value("--format") == "json"
        let output = context.standardOutput
        let report = try await SendSession(endpoint: endpoint, credentials: credentials, options: options)
            .run(messages, journal: journal) { result in
                output.write(asJSON ? result.jsonLine : Array(result.textLine.utf8))
                output.write([0x0A])
                output.flush()
            }
        context.standardError.write(report.summaryLine + "\n")
        return ExitCode(rawValue: report.exitStatus)
    }

    /// The recipients' `userId`s from `--user-id`, `--to` (normalised like any phone) or
    /// `--recipients FILE` (one id or phone per line, read by ``RecipientNumber``).
    static func recipientIDs(_ arguments: ParsedArguments, region: RegionCode?, context: ToolContext) throws -> [String] {
        let given = ["--user-id", "--to", "--recipients"].filter(arguments.has)
        guard given.count == 1 else {
            throw UsageError(given.isEmpty ? "say who gets the cards: --user-id, --to or --recipients" : "give only one of --user-id, --to and --recipients")
        }
        let normalize = { (text: String) in RecipientNumber.userID(text, region: region) }
        if let user = arguments.value("--user-id") {
            try RecipientNumber.checkUserID(user)
            return [user]
        }
        if let phone = arguments.value("--to") {
            guard let id = normalize(phone) else {
                throw UsageError("--to '\(phone)' is not a phone number that can be read\(region == nil ? "; write it with + and the country code, or give --region" : " in region \(region!)")")
            }
            return [id]
        }
        let path = arguments.value("--recipients")!
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read '\(path)'") }
        let (ids, diagnostics) = RecipientList.parse(Array(data), file: path, userID: normalize)
        let printer = DiagnosticPrinter(stream: context.standardError, style: context.errorStyle)
        printer.report(diagnostics, file: path)
        if printer.errorCount > 0 { throw CommandFailure("nothing sent: '\(path)' has lines that are not recipients (above)") }
        guard !ids.isEmpty else { throw CommandFailure("'\(path)' names no recipient") }
        return ids
    }
}
