/// `jelou-contacts completions bash|zsh|fish`: prints a shell completion script built from the
/// commands' specs, so it never falls behind the options.
enum CompletionsCommand: Command {
    static let spec = CommandSpec(
        name: "completions",
        abstract: "Print a shell completion script.",
        usage: "bash|zsh|fish",
        arguments: [ArgumentSpec(label: "<shell>", help: "bash, zsh or fish.")],
        examples: [
            ("jelou-contacts completions bash > /etc/bash_completion.d/jelou-contacts", "Install bash completions."),
            ("jelou-contacts completions fish > ~/.config/fish/completions/jelou-contacts.fish", "Install fish completions."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        guard arguments.positionals.count == 1, let shell = arguments.positionals.first else {
            throw UsageError("name one shell: bash, zsh or fish")
        }
        let commands = Tool.subcommands.map { $0.spec }
        switch shell {
        case "bash": context.standardOutput.write(bash(commands))
        case "zsh": context.standardOutput.write(zsh(commands))
        case "fish": context.standardOutput.write(fish(commands))
        default: throw UsageError("unknown shell '\(shell)'; choose bash, zsh or fish")
        }
        return .success
    }

    static func bash(_ commands: [CommandSpec]) -> String {
        var out = "# bash completion for jelou-contacts\n_jelou_contacts() {\n"
        out += "  local cur prev cmd\n  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        out += "  cmd=\"${COMP_WORDS[1]}\"\n"
        out += "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        out += "    COMPREPLY=($(compgen -W \"\(commands.map(\.name).joined(separator: " ")) help --help --version\" -- \"$cur\"))\n"
        out += "    return\n  fi\n  case \"$cmd\" in\n"
        for command in commands {
            out += "    \(command.name))\n      case \"$prev\" in\n"
            for option in command.options where option.takesValue {
                let words = option.choices.isEmpty ? "" : option.choices.joined(separator: " ")
                out += words.isEmpty
                    ? "        \(option.long)) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
                    : "        \(option.long)) COMPREPLY=($(compgen -W \"\(words)\" -- \"$cur\")); return ;;\n"
            }
            let flags = (command.options.map(\.long) + ["--help"]).joined(separator: " ")
            out += "      esac\n      COMPREPLY=($(compgen -W \"\(flags)\" -- \"$cur\") $(compgen -f -- \"$cur\"))\n      ;;\n"
        }
        out += "  esac\n}\ncomplete -o filenames -F _jelou_contacts jelou-contacts\n"
        return out
    }

    static func zsh(_ commands: [CommandSpec]) -> String {
        var out = "#compdef jelou-contacts\n_jelou_contacts() {\n  local -a subcommands\n  subcommands=(\n"
        for command in commands { out += "    '\(command.name):\(escapeSingle(command.abstract))'\n" }
        out += "  )\n  if (( CURRENT == 2 )); then\n    _describe 'subcommand' subcommands\n    return\n  fi\n"
        out += "  case ${words[2]} in\n"
        for command in commands {
            out += "    \(command.name))\n      _arguments \\\n"
            for option in command.options {
                let help = escapeSingle(option.help.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")"))
                let repeatMark = option.repeatable ? "*" : ""
                if option.takesValue {
                    let action = option.choices.isEmpty ? "_files" : "(\(option.choices.joined(separator: " ")))"
                    out += "        '\(repeatMark)\(option.long)[\(help)]:\(option.valueName!):\(action)' \\\n"
                } else {
                    out += "        '\(repeatMark)\(option.long)[\(help)]' \\\n"
                }
            }
            out += "        '*:file:_files'\n      ;;\n"
        }
        out += "  esac\n}\n_jelou_contacts \"$@\"\n"
        return out
    }

    static func fish(_ commands: [CommandSpec]) -> String {
        let names = commands.map(\.name).joined(separator: " ")
        var out = "# fish completion for jelou-contacts\n"
        out += "complete -c jelou-contacts -f -n 'not __fish_seen_subcommand_from \(names)' -a '\(names)'\n"
        for command in commands {
            out += "complete -c jelou-contacts -n '__fish_use_subcommand' -a \(command.name) -d '\(escapeSingle(command.abstract))'\n"
            for option in command.options {
                let long = option.long.dropFirst(2)
                var line = "complete -c jelou-contacts -n '__fish_seen_subcommand_from \(command.name)' -l \(long)"
                if option.takesValue {
                    line += option.choices.isEmpty ? " -r -F" : " -x -a '\(option.choices.joined(separator: " "))'"
                }
                out += line + " -d '\(escapeSingle(option.help))'\n"
            }
        }
        return out
    }

    private static func escapeSingle(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''")
    }
}
