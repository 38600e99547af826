enum SandboxCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        throw CommandFailure("sandbox: not built yet")
    }
}
