/// What a subcommand accepts: the data its `--help`, its parser and the shell completions share.
struct CommandSpec: Sendable {
    /// The subcommand's name (`convert`), or the tool's for the top level.
    var name: String
    /// One sentence: what the command does.
    var abstract: String
    /// Longer explanation shown under OVERVIEW after the abstract.
    var discussion: String = ""
    /// The usage line after the command name (`[FILE…|-] [--user-id ID] …`).
    var usage: String
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    /// `(command line, what it does)` pairs shown under EXAMPLES.
    var examples: [(String, String)] = []

    /// The option that `name` (`--region` or `-o`) stands for.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.long == name || $0.short == name }
    }
}

/// A positional argument, for the ARGUMENTS section of the help.
struct ArgumentSpec: Sendable {
    var label: String
    var help: String
}

/// One `--option`.
struct OptionSpec: Sendable {
    /// `--region`.
    var long: String
    /// `-o`, if any.
    var short: String? = nil
    /// The placeholder of its value (`CC`); `nil` for a flag that takes none.
    var valueName: String? = nil
    var help: String
    /// The values it accepts, when they form a closed set (checked, and offered by completions).
    var choices: [String] = []
    /// Whether it may be given more than once.
    var repeatable: Bool = false

    var takesValue: Bool { valueName != nil }

    /// `-o, --output PATH` as the help shows it.
    var label: String {
        var text = short.map { "\($0), " } ?? ""
        text += long
        if let valueName { text += " \(valueName)" }
        return text
    }
}
