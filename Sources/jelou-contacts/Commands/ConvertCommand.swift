enum ConvertCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        throw CommandFailure("convert: not built yet")
    }
}
