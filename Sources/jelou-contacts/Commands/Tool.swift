import Foundation

/// The `jelou-contacts` command: dispatches to a subcommand and maps every outcome to an exit code.
@main
enum Tool {
    static let name = "jelou-contacts"
    static let version = "0.1.0"

    static var subcommands: [any Command.Type] { [
        ConvertCommand.self, PreviewCommand.self, CheckCommand.self, PhonesCommand.self,
        SendCommand.self, SandboxCommand.self, CompletionsCommand.self,
    ] }

    static let spec = CommandSpec(
        name: name,
        abstract: "Convert contact cards between address-book files and Jelou contacts messages, and send them.",
        usage: "<subcommand> [OPTIONS]",
        options: [OptionSpec(long: "--version", help: "Show the version.")],
        examples: [
            ("jelou-contacts convert Fixtures/vcard30/jelou-example.vcf --user-id 15551112222",
             "Turn a vCard file into Jelou payloads, one JSON object per line."),
            ("jelou-contacts preview contacts.csv --region EC", "See what the recipient will get, and what is wrong."),
            ("jelou-contacts phones '099 123 4567' --region EC", "Normalise a phone number to E.164."),
        ]
    )

    static func main() async {
        let context = ToolContext()
        let code = await run(Array(CommandLine.arguments.dropFirst()), context: context)
        context.standardOutput.flush()
        context.standardError.flush()
        exit(code.rawValue)
    }

    /// Runs the tool on `arguments` (without the program name) and returns its exit code.
    static func run(_ arguments: [String], context: ToolContext) async -> ExitCode {
        let help = HelpRenderer(environment: context.environment)
        guard let first = arguments.first else {
            context.standardOutput.write(help.render(spec, toolName: name, subcommands: subcommands.map { $0.spec }))
            return .success
        }
        switch first {
        case "--help", "-h":
            context.standardOutput.write(help.render(spec, toolName: name, subcommands: subcommands.map { $0.spec }))
            return .success
        case "--version":
            context.standardOutput.write("\(name) \(version)\n")
            return .success
        case "help":
            guard arguments.count > 1 else { return await run(["--help"], context: context) }
            return await run([arguments[1], "--help"], context: context)
        default:
            break
        }
        guard let command = subcommands.first(where: { $0.spec.name == first }) else {
            let hint = SpellingSuggestion.hint(for: first, among: subcommands.map { $0.spec.name })
            return usageFailure(UsageError("unknown subcommand '\(first)'" + hint), spec: spec, context: context)
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.standardOutput.write(help.render(command.spec, toolName: name))
            return .success
        }
        do {
            let parsed = try ParsedArguments(rest, spec: command.spec)
            return try await command.run(parsed, context: context)
        } catch let error as UsageError {
            return usageFailure(error, spec: command.spec, context: context)
        } catch let error as CommandFailure {
            context.standardError.write(context.errorStyle.red("Error:") + " \(error.message)\n")
            return .failure
        } catch let code as ExitCode {
            return code
        } catch {
            context.standardError.write(context.errorStyle.red("Error:") + " \(error)\n")
            return .failure
        }
    }

    private static func usageFailure(_ error: UsageError, spec: CommandSpec, context: ToolContext) -> ExitCode {
        let command = spec.name == name ? name : "\(name) \(spec.name)"
        context.standardError.write(context.errorStyle.red("Error:") + " \(error.message)\n")
        context.standardError.write("Usage: \(command) \(spec.usage)\n")
        context.standardError.write("  See '\(command) --help' for more information.\n")
        return .usage
    }
}

/// A subcommand: its spec and what it does.
protocol Command {
    static var spec: CommandSpec { get }
    /// Runs the command.
    /// - Returns: the exit code.
    /// - Throws: ``UsageError`` (exit 64), ``CommandFailure`` (exit 1) or an ``ExitCode``.
    static func run(_ arguments: ParsedArguments, context: ToolContext) async throws -> ExitCode
}

/// What a command runs with: the environment and the standard streams.
struct ToolContext {
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var standardOutput = OutputStream(descriptor: 1)
    var standardError = OutputStream(descriptor: 2, capacity: 1 << 14)

    /// Styling for standard error (diagnostics, errors, progress).
    var errorStyle: TerminalStyle {
        TerminalStyle(isTerminal: standardError.isTerminal, environment: environment)
    }

    /// Says how to go on when a command is about to read contacts from standard input and that is
    /// the terminal: typed by mistake without a file, the command would otherwise wait in silence.
    /// - Parameter paths: the command's input paths (none, or `-`, is standard input).
    func hintIfReadingTheTerminal(_ paths: [String], command: String) {
        guard paths.isEmpty || paths.contains("-") else { return }
        hintIfTheTerminalIsInput(
            "reading contacts from the terminal: paste a vCard, CSV or JSON and press Ctrl-D, "
                + "or name a file (jelou-contacts \(command) contacts.vcf)")
    }

    /// Writes `hint` to standard error when standard input is the terminal.
    func hintIfTheTerminalIsInput(_ hint: String) {
        guard isatty(STDIN_FILENO) == 1 else { return }
        standardError.write(hint + "\n")
        standardError.flush()
    }
}
