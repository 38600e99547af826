import Testing

@Suite struct UsageTests {
    @Test func versionPrintsTheVersion() throws {
        let run = try ToolRunner.run(["--version"])
        #expect(run.standardOutput == "jelou-contacts 0.1.0\n")
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    @Test func helpListsEverySubcommandAndExamples() throws {
        let run = try ToolRunner.run(["--help"])
        #expect(run.exitCode == 0)
        for section in ["OVERVIEW:", "USAGE: jelou-contacts", "OPTIONS:", "SUBCOMMANDS:", "EXAMPLES:"] {
            #expect(run.standardOutput.contains(section))
        }
        for command in ["convert", "preview", "check", "phones", "send", "sandbox", "completions"] {
            #expect(run.standardOutput.contains("\n  \(command) "))
        }
    }

    @Test(arguments: ["convert", "preview", "check", "phones", "send", "sandbox", "completions"])
    func everySubcommandHasHelp(command: String) throws {
        let run = try ToolRunner.run([command, "--help"])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput.hasPrefix("OVERVIEW: "))
        #expect(run.standardOutput.contains("USAGE: jelou-contacts \(command) "))
        #expect(run.standardOutput.contains("\nOPTIONS:\n"))
        #expect(run.standardOutput.contains("\nEXAMPLES:\n"))
        #expect(run.standardOutput.contains("  -h, --help                Show help information.\n"))
    }

    /// Every layout `--profile` lists in the help is one the reader takes (`outlook-com` was listed
    /// and refused).
    @Test func everyProfileTheHelpListsIsAccepted() throws {
        let help = try ToolRunner.run(["convert", "--help"], environment: ["COLUMNS": "400"]).standardOutput
        let listed = try #require(help.split(separator: "\n").first { $0.contains("--profile") })
        let list = try #require(listed.split(separator: "(").dropFirst().first?.split(separator: ")").first)
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(names.count >= 10)
        for name in names {
            let run = try ToolRunner.run(["convert", "-", "--profile", name], input: Array("Name,Mobile\n".utf8))
            #expect(run.exitCode == 0, "--profile \(name): \(run.standardError)")
        }
    }

    @Test func helpSubcommandShowsTheSubcommandsHelp() throws {
        let viaHelp = try ToolRunner.run(["help", "phones"])
        let viaFlag = try ToolRunner.run(["phones", "--help"])
        #expect(viaHelp.standardOutput == viaFlag.standardOutput)
    }

    @Test func helpWrapsAtCOLUMNS() throws {
        let run = try ToolRunner.run(["convert", "--help"], environment: ["COLUMNS": "60"])
        for line in run.standardOutput.split(separator: "\n") where !line.contains("$ ") && !line.hasPrefix("USAGE") {
            #expect(line.count <= 60, "\(line)")
        }
    }

    static let usageErrors: [([String], String, String)] = [
        (["frobnicate"], "Error: unknown subcommand 'frobnicate'", "Usage: jelou-contacts <subcommand> [OPTIONS]"),
        (["convert", "--bogus"], "Error: unknown option '--bogus'", "Usage: jelou-contacts convert "),
        (["conver", "a.vcf"], "Error: unknown subcommand 'conver' (did you mean 'convert'?)", "Usage: jelou-contacts <subcommand> [OPTIONS]"),
        (["convert", "--regoin", "EC"], "Error: unknown option '--regoin' (did you mean '--region'?)", "Usage: jelou-contacts convert "),
        (["send", "--dryrun"], "Error: unknown option '--dryrun' (did you mean '--dry-run'?)", "Usage: jelou-contacts send "),
        (["convert", "--per-message", "300", "-"], "Error: '--per-message' takes a whole number from 1 to 257, not '300'", "Usage: jelou-contacts convert "),
        (["convert", "--to", "pdf"], "Error: 'pdf' is not a valid value for '--to'; choose from jelou, vcard, jcard, csv", "Usage: jelou-contacts convert "),
        (["convert", "--user-id"], "Error: missing value for '--user-id'", "Usage: jelou-contacts convert "),
        (["phones", "--region", "XX", "1"], "Error: unknown region 'XX'; give an ISO 3166-1 code such as EC, MX or US", "Usage: jelou-contacts phones "),
        (["completions", "tcsh"], "Error: unknown shell 'tcsh'; choose bash, zsh or fish", "Usage: jelou-contacts completions "),
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExit64WithErrorUsageAndHint(arguments: [String], error: String, usage: String) throws {
        let run = try ToolRunner.run(arguments)
        #expect(run.exitCode == 64)
        #expect(run.standardOutput == "")
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first == error)
        #expect(lines.dropFirst().first?.hasPrefix(usage) == true)
        #expect(lines.last?.hasPrefix("  See 'jelou-contacts") == true)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsNameEveryCommand(shell: String) throws {
        let run = try ToolRunner.run(["completions", shell])
        #expect(run.exitCode == 0)
        for command in ["convert", "preview", "check", "phones", "send", "sandbox"] {
            #expect(run.standardOutput.contains(command))
        }
        let option = shell == "fish" ? "-l " : "--"
        #expect(run.standardOutput.contains(option + "region"))
        #expect(run.standardOutput.contains(option + "per-message"))
    }

    @Test func bashCompletionScriptIsValidBash() throws {
        let run = try ToolRunner.run(["completions", "bash"])
        let check = try ToolRunner.runShell("bash -n", input: Array(run.standardOutput.utf8))
        #expect(check.exitCode == 0, "\(check.standardError)")
    }
}
