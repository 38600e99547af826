/// Renders `--help` text: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS and EXAMPLES, labels
/// padded to 26 columns, wrapped at the terminal width.
struct HelpRenderer {
    static let labelWidth = 26
    /// Columns to wrap at: `COLUMNS` when set to a sane number, else 80.
    var width: Int

    init(environment: [String: String]) {
        let columns = environment["COLUMNS"].flatMap(Int.init) ?? 80
        width = min(max(columns, 40), 200)
    }

    func render(_ spec: CommandSpec, toolName: String, subcommands: [CommandSpec] = []) -> String {
        var out = "OVERVIEW: " + wrap(spec.abstract, indent: 10, firstLineUsed: 10).dropFirst(10) + "\n"
        if !spec.discussion.isEmpty {
            out += "\n" + wrap(spec.discussion, indent: 0, firstLineUsed: 0) + "\n"
        }
        let command = spec.name == toolName ? toolName : "\(toolName) \(spec.name)"
        out += "\nUSAGE: \(command) \(spec.usage)\n"
        if !spec.arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in spec.arguments { out += row(argument.label, argument.help) }
        }
        var options = spec.options
        options.append(OptionSpec(long: "--help", short: "-h", help: "Show help information."))
        out += "\nOPTIONS:\n"
        for option in options {
            var help = option.help
            if !option.choices.isEmpty, !option.choices.allSatisfy(help.contains) {
                help += " (\(option.choices.joined(separator: "|")))"
            }
            out += row(option.label, help)
        }
        if !subcommands.isEmpty {
            out += "\nSUBCOMMANDS:\n"
            for subcommand in subcommands { out += row(subcommand.name, subcommand.abstract) }
            out += "\n  See '\(toolName) help <subcommand>' for detailed help.\n"
        }
        if !spec.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for (line, meaning) in spec.examples {
                out += wrap("# " + meaning, indent: 2, firstLineUsed: 0) + "\n"
                out += "  $ " + line + "\n"
            }
        }
        return out
    }

    /// One `  label   help` row; a long label puts the help on the next line.
    private func row(_ label: String, _ help: String) -> String {
        let indent = Self.labelWidth + 2
        let head = "  " + label
        if head.count < indent - 1 {
            let padded = head + String(repeating: " ", count: indent - head.count)
            return padded + wrap(help, indent: indent, firstLineUsed: indent).dropFirst(indent) + "\n"
        }
        return head + "\n" + wrap(help, indent: indent, firstLineUsed: 0) + "\n"
    }

    /// Wraps `text` at word boundaries; every line is indented by `indent` spaces.
    private func wrap(_ text: String, indent: Int, firstLineUsed: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = pad
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.count > indent, line.count + 1 + word.count > width {
                lines.append(line)
                line = pad
            }
            line += (line.count > indent ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
