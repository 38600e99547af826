enum PhonesCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        throw CommandFailure("phones: not built yet")
    }
}
