import ContactModel
import ContactPreview
import JSONCoding
import JelouPayload

/// `jelou-contacts preview`: reader → normaliser → payload → a card per contact as WhatsApp will
/// show it, with its problems, and a summary; optionally the same as an HTML page.
enum PreviewCommand: Command {
    /// Meta's OpenAPI caps a message at five contacts; more may not all be shown.
    static let recommendedPerMessage = 5

    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw UsageError("name at least one file to preview ('-' for standard input)") }
        let reading = try ReadingOptions(arguments, environment: context.environment)
        var batcher = try OutputSink.batcher(arguments)
        var pretty = try OutputSink.batcher(arguments, userID: batcher.userID, pretty: true)
        let html = arguments.value("--html")
        if let html { try OutputPathGuard.check(html, option: "--html", inputs: arguments.positionals) }
        let output = context.standardOutput
        let cards = TerminalCardRenderer(
            usesColor: TerminalStyle(isTerminal: output.isTerminal, environment: context.environment).usesColor)
        let style = TerminalStyle(isTerminal: output.isTerminal, environment: context.environment)
        var page = HTMLPreviewPage(title: "jelou-contacts preview: " + arguments.positionals.joined(separator: ", "))
        var tally = Tally()
        var pendingProblems: [[Diagnostic]] = []

        func flush(_ body: [UInt8]?, _ prettyBody: [UInt8]?) {
            guard let body, let payload = try? JSONParser().parse(body) else { return }
            tally.messages += 1
            let messageCards = PreviewCard.cards(inPayload: payload)
            output.write(style.bold("Message \(tally.messages)") + " · \(messageCards.count) contact\(messageCards.count == 1 ? "" : "s")\n")
            for (index, card) in messageCards.enumerated() {
                output.write(cards.render(card))
                for problem in index < pendingProblems.count ? pendingProblems[index] : [] {
                    let mark = problem.severity == .error ? style.bold("  error: ") : "  warning: "
                    output.write(mark + Self.located(problem) + "\n")
                }
                output.write("\n")
            }
            if html != nil {
                page.messages.append(HTMLPreviewPage.Message(
                    cards: messageCards, problems: pendingProblems.map { $0.map(Self.located) },
                    json: String(decoding: prettyBody ?? body, as: UTF8.self)))
            }
            pendingProblems.removeAll()
        }

        context.hintIfReadingTheTerminal(arguments.positionals, command: "preview")
        let inputs = ContactInputs(paths: arguments.positionals, options: reading)
        let printer = DiagnosticPrinter(stream: context.standardError, style: context.errorStyle)
        try inputs.forEach(report: { tally.count($0); printer.report($0) }) { processed in
            var problems = processed.diagnostics
            var encoded: [Diagnostic] = []
            let body = batcher.add(processed.contact, diagnostics: &encoded)
            var repeated: [Diagnostic] = []
            let prettyBody = pretty.add(processed.contact, diagnostics: &repeated)
            if let object = batcher.encoder.encode(processed.contact, diagnostics: &repeated) {
                encoded += JelouRefusals.of(contactObject: object, contact: processed.contact)
            }
            for var diagnostic in encoded {
                diagnostic.file = diagnostic.file ?? processed.file
                diagnostic.position = diagnostic.position ?? processed.position
                problems.append(diagnostic)
            }
            problems += Self.previewNotes(for: processed, indexInMessage: batcher.pendingCount == 0 ? batcher.batchSize : batcher.pendingCount)
            ContactInputs.sortByLine(&problems)
            tally.count(processed.contact, problems)
            pendingProblems.append(problems)
            flush(body, prettyBody)
        }
        flush(batcher.finish(), pretty.finish())
        let summary = tally.summary
        output.write(summary + "\n")
        if let html {
            page.summary = summary
            let file = try OutputStream(path: html)
            file.write(page.render())
            file.flush()
            if file.failed { throw CommandFailure("could not write '\(html)'") }
        }
        return tally.errors > 0 ? .failure : .success
    }

    /// Problems only a preview points out: a display name made up from other fields, numbers whose
    /// extension rides in the phone text, and contacts past the fifth of a message.
    static func previewNotes(for processed: ProcessedContact, indexInMessage: Int) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        let contact = processed.contact
        func note(_ text: String, at position: SourcePosition? = nil) {
            notes.append(Diagnostic(.warning, text, file: processed.file, at: position ?? processed.position))
        }
        if contact.name.formatted == nil, let name = JelouContactEncoder.formattedName(for: contact) {
            let source = contact.name.joinedParts != nil ? "the name parts"
                : contact.name.nickname != nil ? "the nickname"
                : contact.organization?.company != nil ? "the company"
                : contact.emails.isEmpty ? "a phone number" : "an email address"
            note("no display name: \"\(name)\" is made from \(source)")
        }
        for phone in contact.phones where phone.normalized?.extensionNumber != nil || phone.extensionNumber != nil {
            note(
                "phone \"\(phone.value)\" has an extension: WhatsApp has no field for it, so it is sent in the number's text and the number gets no wa_id",
                at: phone.readAt.position)
        }
        if indexInMessage > recommendedPerMessage {
            note("contact \(indexInMessage) of its message: Meta documents at most \(recommendedPerMessage) contacts per message, so some phones may not show it")
        }
        return notes
    }

    /// `file:line:col: message` for a problem shown under its card.
    static func located(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.file.map { $0 + ":" } ?? ""
        if let position = diagnostic.position { text += "\(position.line):\(position.column):" }
        return (text.isEmpty ? "" : text + " ") + diagnostic.oneLineMessage
    }

    /// What the summary line counts.
    private struct Tally {
        var contacts = 0
        var messages = 0
        var normalized = 0
        var asWritten = 0
        var warnings = 0
        var errors = 0

        mutating func count(_ diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics {
                if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
            }
        }

        mutating func count(_ contact: Contact, _ diagnostics: [Diagnostic]) {
            contacts += 1
            for phone in contact.phones {
                if phone.isNormalized { normalized += 1 } else { asWritten += 1 }
            }
            count(diagnostics)
        }

        var summary: String {
            "\(contacts) contact\(contacts == 1 ? "" : "s"), \(messages) payload\(messages == 1 ? "" : "s"), "
                + "\(normalized) phone\(normalized == 1 ? "" : "s") normalised / \(asWritten) kept as written, "
                + "\(warnings) warning\(warnings == 1 ? "" : "s")"
                + (errors > 0 ? ", \(errors) error\(errors == 1 ? "" : "s")" : "")
        }
    }
}
