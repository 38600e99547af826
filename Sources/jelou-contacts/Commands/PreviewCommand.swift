enum PreviewCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        throw CommandFailure("preview: not built yet")
    }
}
