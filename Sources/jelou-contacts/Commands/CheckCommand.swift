import ContactModel
import JSONCoding
import JelouPayload

/// `jelou-contacts check`: reads and normalises every input, encodes each contact as Jelou would
/// get it, and reports every problem without writing any payload.
enum CheckCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw UsageError("name at least one file to check ('-' for standard input)") }
        let reading = try ReadingOptions(arguments, environment: context.environment)
        let encoder = try OutputSink.batcher(arguments).encoder
        let strict = reading.normalization.strict
        let asJSON = arguments.value("--format") == "json"
        let printer = DiagnosticPrinter(stream: context.standardError, style: context.errorStyle, strict: strict)
        var contacts = 0
        var warnings = 0
        var errors = 0
        func report(_ diagnostics: [Diagnostic]) {
            for var diagnostic in diagnostics {
                if strict { diagnostic.severity = .error }
                if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
                if asJSON {
                    context.standardOutput.write(Self.json(diagnostic))
                } else {
                    printer.report(diagnostic)
                }
            }
        }
        context.hintIfReadingTheTerminal(arguments.positionals, command: "check")
        let inputs = ContactInputs(paths: arguments.positionals, options: reading)
        try inputs.forEach(report: report) { processed in
            contacts += 1
            var found = processed.diagnostics
            var encoded: [Diagnostic] = []
            if let object = encoder.encode(processed.contact, diagnostics: &encoded) {
                encoded += JelouRefusals.of(contactObject: object, contact: processed.contact)
            }
            for var diagnostic in encoded {
                diagnostic.file = diagnostic.file ?? processed.file
                diagnostic.position = diagnostic.position ?? processed.position
                found.append(diagnostic)
            }
            ContactInputs.sortByLine(&found)
            report(found)
        }
        let files = arguments.positionals.count
        context.standardError.write(
            "checked \(contacts) contact\(contacts == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"): "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        return errors > 0 ? .failure : .success
    }

    /// One diagnostic as a JSON object on its own line:
    /// `{"file":…,"line":…,"column":…,"severity":…,"message":…}`.
    static func json(_ diagnostic: Diagnostic) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("file", diagnostic.file)
        if let position = diagnostic.position {
            writer.key("line")
            writer.number(position.line)
            writer.key("column")
            writer.number(position.column)
        }
        writer.member("severity", diagnostic.severity.rawValue)
        writer.member("message", diagnostic.message)
        writer.endObject()
        return writer.takeBytes() + [0x0A]
    }
}
