enum CheckCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        throw CommandFailure("check: not built yet")
    }
}
