import Foundation
import Testing

@Suite struct PhonesCommandTests {
    #if os(Linux)
    /// Typed at a terminal (util-linux `script` gives it one), `phones` says how to end and
    /// answers each line.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script gives the terminal"))
    func readingTheTerminalSaysHowToEnd() throws {
        let command = "printf '0991234567\\n\\004' | script -qec '\(ToolRunner.executable.path) phones --region EC' /dev/null"
        let lines = try ToolRunner.runShell(command).standardOutput.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        #expect(lines.contains("reading numbers from the terminal, one per line; press Ctrl-D to end"))
        #expect(lines.last == "0991234567\t+593991234567\tvalid\tmobile\t\t")
    }
    #endif

    @Test func argumentsGiveOneTSVLineEach() throws {
        let run = try ToolRunner.run(["phones", "099 123 4567", "(02) 212-8988", "hello", "--region", "EC"])
        #expect(run.standardOutput == """
            099 123 4567\t+593991234567\tvalid\tmobile\t\t
            (02) 212-8988\t+59322128988\tvalid\tfixed_line\t\t
            hello\t\tinvalid\t\t\tnot_a_number

            """)
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    @Test func standardInputKeepsLineCountAndOrderIncludingEmptyLines() throws {
        let input = "011 15-2345-6789\r\n\n+49 30 1234567 ext. 12\n"
        let run = try ToolRunner.run(["phones", "--region", "AR"], input: Array(input.utf8))
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[0] == "011 15-2345-6789\t+5491123456789\tvalid\tmobile\t\t")
        #expect(lines[1] == "\t\tinvalid\t\t\tnot_a_number")
        #expect(lines[2] == "+49 30 1234567 ext. 12\t+49301234567\tvalid\tfixed_line\t12\t")
        #expect(lines[3] == "")
    }

    @Test func withoutARegionOnlyInternationalNumbersRead() throws {
        let run = try ToolRunner.run(["phones", "+593 99 123 4567", "099 123 4567"])
        #expect(run.standardOutput.hasPrefix("+593 99 123 4567\t+593991234567\tvalid\tmobile\t\t\n099 123 4567\t\tinvalid\t"))
    }

    @Test(arguments: ["ZZ", "zz"])
    func unknownRegionZZReadsLikeNoRegion(_ code: String) throws {
        let run = try ToolRunner.run(["phones", "+593 99 123 4567", "099 123 4567", "--region", code])
        #expect(run.standardOutput == "+593 99 123 4567\t+593991234567\tvalid\tmobile\t\t\n"
            + "099 123 4567\t\tinvalid\t\t\tinvalid_for_region\n")
        #expect(run.exitCode == 0)
    }

    @Test func jsonFormat() throws {
        let run = try ToolRunner.run(["phones", "1-800-FLOWERS", "--region", "US", "--format", "json"])
        #expect(run.standardOutput == #"{"e164":"+18003569377","error":null,"extension":null,"input":"1-800-FLOWERS","region":"US","type":"toll_free","validity":"valid"}"# + "\n")
    }
}
