import CSVFormat
import ContactModel
import JSONCoding
import JelouPayload
import VCardFormat

/// `jelou-contacts convert`: reader (recognised from the content) → normaliser → writer.
enum ConvertCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        let reading = try ReadingOptions(arguments, environment: context.environment)
        let target = arguments.value("--to") ?? "jelou"
        var sink = try OutputSink(arguments, target: target)
        let contactInputs = ContactInputs(paths: arguments.positionals, options: reading)
        if let path = arguments.value("--output") {
            try OutputPathGuard.check(path, option: "--output", inputs: arguments.positionals)
            try contactInputs.checkReadable()
        }
        let output = try arguments.value("--output").map { path throws(CommandFailure) in try OutputStream(path: path) }
            ?? context.standardOutput
        let printer = DiagnosticPrinter(
            stream: context.standardError, style: context.errorStyle, strict: reading.normalization.strict)
        let progress = ProgressLine(stream: context.standardError, environment: context.environment)
        var count = 0
        context.hintIfReadingTheTerminal(arguments.positionals, command: "convert")
        try contactInputs.forEach(report: { printer.report($0) }) { processed in
            printer.report(processed.diagnostics, file: processed.file)
            var diagnostics: [Diagnostic] = []
            sink.add(processed.contact, into: output, diagnostics: &diagnostics)
            for index in diagnostics.indices where diagnostics[index].position == nil {
                diagnostics[index].position = processed.position
            }
            printer.report(diagnostics, file: processed.file)
            count += 1
            progress.update(contacts: count)
        }
        var diagnostics: [Diagnostic] = []
        sink.finish(into: output, diagnostics: &diagnostics)
        let inputs = arguments.positionals.isEmpty ? ["<stdin>"] : arguments.positionals
        if inputs.count == 1 {
            printer.report(diagnostics, file: inputs[0] == "-" ? "<stdin>" : inputs[0])
        } else {
            printer.report(diagnostics)
        }
        progress.finish()
        output.flush()
        if output.failed { throw CommandFailure("could not write the output") }
        return printer.errorCount > 0 ? .failure : .success
    }
}

/// Where converted contacts go: Jelou payloads (streamed, `--per-message` at a time), vCard
/// (streamed), or jCard and CSV (which need every contact before writing: a jCard file is one
/// JSON array, and a CSV header must have as many phone columns as the fullest contact).
struct OutputSink {
    // One of these is set. They are kept apart (not as enum payloads) so that each one is mutated
    // in place, without a copy of its buffer per contact.
    private var batcher: JelouMessageBatcher?
    private var vcard: VCardWriter?
    private var csv: CSVWriter?
    private var jcardPretty: Bool?
    private var held: [Contact] = []

    /// - Throws: ``UsageError`` when an option does not fit the target format.
    init(_ arguments: ParsedArguments, target: String) throws(UsageError) {
        switch target {
        case "vcard":
            vcard = VCardWriter(version: arguments.value("--vcard-version").map(VCardVersion.init(rawValue:)) ?? .v30)
        case "jcard":
            jcardPretty = arguments.has("--pretty")
        case "csv":
            let profile = arguments.value("--profile") ?? "google"
            switch profile {
            case "google", "auto": csv = CSVWriter(layout: .googleContacts)
            case "outlook": csv = CSVWriter(layout: .outlook)
            default: throw UsageError("CSV output is written as --profile google or outlook, not '\(profile)'")
            }
        default:
            batcher = try Self.batcher(arguments, reportsOmittedFields: false)
        }
    }

    /// For Jelou payloads: how many contacts lost each field the contact object cannot hold, so a
    /// large conversion reports it in one line (`check` lists it per contact).
    private var omitted: [String: Int] = [:]
    /// Fields left out once ``omitted`` names as many as ``maximumNamedOmissions`` (memory stays
    /// bounded when every contact has fields of its own names).
    private var otherOmissions = 0
    private static let maximumNamedOmissions = 1_000
    /// How many field names the summary lists before `and N more`.
    private static let listedOmissions = 20
    private var contactsWithOmissions = 0
    /// The omitted fields of the contact just added, kept to reuse its storage.
    private var omittedFields: [String] = []

    /// The batcher for Jelou payloads from `--user-id`, `--per-message`, `--fields` and `--pretty`.
    /// - Throws: ``UsageError`` for a user id that is not digits or a count out of range.
    static func batcher(
        _ arguments: ParsedArguments, userID: String? = nil, pretty: Bool? = nil, reportsOmittedFields: Bool = true
    ) throws(UsageError) -> JelouMessageBatcher {
        let user = userID ?? arguments.value("--user-id")
        if let user { try RecipientNumber.checkUserID(user) }
        let perMessage = try arguments.integer("--per-message", in: 1...JelouMessageBatcher.maxBatchSize)
            ?? JelouMessageBatcher.defaultBatchSize
        let fields: JelouContactEncoder.Fields = arguments.value("--fields") == "jelou" ? .jelou : .all
        do {
            return try JelouMessageBatcher(
                userID: user, batchSize: perMessage,
                encoder: JelouContactEncoder(fields: fields, reportsOmittedFields: reportsOmittedFields),
                pretty: pretty ?? arguments.has("--pretty"))
        } catch {
            throw UsageError(error.description)
        }
    }

    mutating func add(_ contact: Contact, into output: OutputStream, diagnostics: inout [Diagnostic]) {
        if batcher == nil, contact.isBlank {
            // As the payload encoder does: an empty card loses nothing by being skipped.
            diagnostics.append(.warning("contact is empty; skipped"))
            return
        }
        if batcher != nil {
            // A completed body goes straight from the batcher's buffer into the output's.
            batcher!.add(contact, omittedFields: &omittedFields, diagnostics: &diagnostics) { body in
                Self.writeLine(body, to: output)
            }
            if !omittedFields.isEmpty {
                contactsWithOmissions += 1
                for field in omittedFields {
                    if omitted.count < Self.maximumNamedOmissions || omitted[field] != nil {
                        omitted[field, default: 0] += 1
                    } else {
                        otherOmissions += 1
                    }
                }
            }
        } else if vcard != nil {
            var bytes: [UInt8] = []
            diagnostics += vcard!.write(contact, into: &bytes)
            output.write(bytes)
        } else {
            held.append(contact)
        }
    }

    /// Copies a message body, then its line feed, into the output's buffer. Two writes, as when
    /// the body was an array: the buffer is flushed where it was, so stdout and stderr sent to
    /// one file interleave as before.
    private static func writeLine(_ body: UnsafeBufferPointer<UInt8>, to output: OutputStream) {
        output.write { $0.append(contentsOf: body) }
        output.write { $0.append(0x0A) }
    }

    mutating func finish(into output: OutputStream, diagnostics: inout [Diagnostic]) {
        if batcher != nil {
            batcher!.finish { Self.writeLine($0, to: output) }
            if contactsWithOmissions > 0 {
                let sorted = omitted.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                var fields = sorted.prefix(Self.listedOmissions).map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
                let unlisted = sorted.dropFirst(Self.listedOmissions).reduce(otherOmissions) { $0 + $1.value }
                if unlisted > 0 { fields += ", other fields (\(unlisted))" }
                let count = contactsWithOmissions == 1 ? "1 contact has" : "\(contactsWithOmissions) contacts have"
                diagnostics.append(.warning(
                    "\(count) data the Jelou contact object cannot hold, left out of the payloads: \(fields); "
                        + "'jelou-contacts check' lists it per contact"))
            }
            let refused = batcher!.contactsWithRefusedPhones
            if refused > 0 {
                let count = refused == 1 ? "1 contact" : "\(refused) contacts"
                diagnostics.append(.warning(
                    "Jelou would refuse \(count) (422 unprocessable_entity): a phone that is not E.164 (+ and 7 to 15 "
                        + "digits, an extension of 1 to 10); 'jelou-contacts check' lists them"))
            }
        } else if let jcardPretty {
            let written = JCardWriter().write(held, pretty: jcardPretty)
            diagnostics += written.diagnostics
            output.write(written.bytes)
            output.write([0x0A])
        } else if let csv {
            output.write(csv.write(held, diagnostics: &diagnostics))
        }
    }
}
