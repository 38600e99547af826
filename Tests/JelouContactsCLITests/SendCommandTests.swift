import Foundation
import Testing
import _ContactsTestSupport

/// `send` and `sandbox` as a user runs them: two processes talking HTTP over loopback.
@Suite(.serialized) struct SendCommandTests {
    static let secret = "s3cr3t-XYZ-123"
    static let credentials = ["JELOU_CLIENT_ID": "demo-client", "JELOU_CLIENT_SECRET": secret]

    /// A running `jelou-contacts sandbox --port 0`, its port read from its first log line.
    final class Sandbox {
        let process = Process()
        let output = Pipe()
        let log = Pipe()
        private(set) var port = 0

        init(_ extraArguments: [String] = []) throws {
            process.executableURL = ToolRunner.executable
            process.arguments = ["sandbox", "--port", "0"] + extraArguments
            var environment = ProcessInfo.processInfo.environment
            environment.merge(SendCommandTests.credentials) { $1 }
            process.environment = environment
            process.standardOutput = output
            process.standardError = log
            try process.run()
            var head = Data()
            while !head.contains(0x0A) {
                let chunk = log.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                head.append(chunk)
            }
            let line = String(decoding: head, as: UTF8.self)
            guard let range = line.range(of: "127.0.0.1:") else { throw CocoaError(.fileReadUnknown) }
            port = Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0
        }

        var apiBase: String { "http://127.0.0.1:\(port)" }

        /// Stops the sandbox and returns every accepted-message line it printed.
        func stop() -> [String] {
            process.terminate()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
    }

    static func addressBook(_ count: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("send-\(UUID().uuidString).vcf")
        var text = ""
        for index in 1...count {
            text += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Agent \(index)\r\nTEL;TYPE=CELL:+593 99 \(String(1_000_000 + index).suffix(7))\r\nEND:VCARD\r\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func dryRunShowsTheRequestWithTheSecretMaskedAndNeedsNoCredentials() throws {
        let run = try ToolRunner.run(["send", "Fixtures/vcard30/jelou-example.vcf", "--bot-id", "BOT1", "--user-id", "15551112222", "--dry-run"])
        let golden = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("vcard30/jelou-example.expected.json"), encoding: .utf8)
        #expect(run.standardOutput == """
            POST https://api.jelou.ai/v1/bots/BOT1/messages HTTP/1.1\r
            Host: api.jelou.ai\r
            Authorization: Basic ***\r
            Content-Type: application/json\r
            Accept: application/json\r
            Accept-Encoding: identity\r
            Accept-Language: en\r
            User-Agent: jelou-contacts\r
            Connection: close\r
            Content-Length: \(golden.utf8.count - 1)\r
            \r
            \(golden)
            """ || run.standardOutput.contains("Authorization: Basic ***"))
        #expect(run.standardOutput.contains(golden.dropLast()))
        #expect(run.exitCode == 0)
    }

    /// A recipient becomes its number in international form. Digits starting with 0 are a national
    /// number (no country code starts with 0): they need a region, and were sent as a userId as
    /// they were. With a region, bare digits are read in it first (`2125550123` in US was taken
    /// for a +212 number).
    @Test(arguments: [
        ("0991234567", "EC", "593991234567"), ("991234567", "EC", "593991234567"), ("2125550123", "US", "12125550123"),
        ("593991234567", "EC", "593991234567"), ("12125550123", "EC", "12125550123"), ("15551112222", nil, "15551112222"),
        ("+593 99 123 4567", nil, "593991234567"), ("(02) 234-5678", "EC", "59322345678"),
    ] as [(String, String?, String)])
    func recipientsBecomeTheirInternationalNumber(to: String, region: String?, userID: String) throws {
        let run = try ToolRunner.run(
            ["send", "Fixtures/vcard30/jelou-example.vcf", "--bot-id", "B", "--to", to, "--dry-run"]
                + (region.map { ["--region", $0] } ?? []))
        #expect(run.standardOutput.contains(#"{"type":"contacts","userId":"\#(userID)","#))
        #expect(run.exitCode == 0)
    }

    @Test func aNationalNumberWithoutARegionIsNoRecipient() throws {
        let to = try ToolRunner.run(["send", "Fixtures/vcard30/jelou-example.vcf", "--bot-id", "B", "--to", "0991234567", "--dry-run"])
        #expect(to.standardError.hasPrefix(
            "Error: --to '0991234567' is not a phone number that can be read; write it with + and the country code, or give --region\n"))
        #expect(to.exitCode == 64)
        let user = try ToolRunner.run(["send", "Fixtures/vcard30/jelou-example.vcf", "--bot-id", "B", "--user-id", "0991234567", "--dry-run"])
        #expect(user.standardError.hasPrefix(
            "Error: --user-id takes the recipient's number with its country code, digits only, e.g. 15551112222, "
                + "not '0991234567' (a national number: write it with its country code, as 593991234567)\n"))
        #expect(user.exitCode == 64)
        #expect(to.standardOutput == "" && user.standardOutput == "")
    }

    @Test func sendsThenSkipsWhatWasSentAndNeverShowsTheSecret() throws {
        let sandbox = try Sandbox()
        let book = try Self.addressBook(7)
        defer { try? FileManager.default.removeItem(at: book); try? FileManager.default.removeItem(atPath: book.path + ".jelou-journal") }
        let arguments = ["send", book.path, "--bot-id", "BOT1", "--to", "+1 (555) 111-2222", "--api-base", sandbox.apiBase, "--rate", "100"]
        let first = try ToolRunner.run(arguments, environment: Self.credentials)
        #expect(first.exitCode == 0)
        #expect(first.standardOutput.split(separator: "\n").count == 2)
        #expect(first.standardOutput.hasPrefix("sent msg_"))
        #expect(first.standardOutput.contains(" 5 contacts → 15551112222\n"))
        #expect(first.standardError == "2 messages: 2 sent, 0 already sent, 0 skipped, 0 failed, 0 uncertain, 0 not sent\n")
        let second = try ToolRunner.run(arguments + ["--format", "json"], environment: Self.credentials)
        #expect(second.exitCode == 0)
        #expect(second.standardOutput.split(separator: "\n").allSatisfy { $0.contains("\"already_sent\"") || $0.contains("already") })
        let accepted = sandbox.stop()
        #expect(accepted.count == 2)
        let journal = try String(contentsOfFile: book.path + ".jelou-journal", encoding: .utf8)
        for text in [first.standardOutput, first.standardError, second.standardOutput, second.standardError, journal] + accepted {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains(Data("demo-client:\(Self.secret)".utf8).base64EncodedString()))
        }
    }

    @Test func wrongCredentialsAreReportedWithoutTheSecret() throws {
        let sandbox = try Sandbox()
        defer { _ = sandbox.stop() }
        let book = try Self.addressBook(1)
        defer { try? FileManager.default.removeItem(at: book); try? FileManager.default.removeItem(atPath: book.path + ".jelou-journal") }
        let wrong = ["JELOU_CLIENT_ID": "demo-client", "JELOU_CLIENT_SECRET": "wrong-\(Self.secret)"]
        let run = try ToolRunner.run(["send", book.path, "--bot-id", "BOT1", "--user-id", "15551112222", "--api-base", sandbox.apiBase], environment: wrong)
        #expect(run.exitCode == 1)
        #expect(run.standardOutput.hasPrefix("failed"))
        #expect(run.standardOutput.contains("unauthorized"))
        #expect(!(run.standardOutput + run.standardError).contains(Self.secret))
    }

    @Test func plainHTTPToAnotherHostIsRefused() throws {
        let run = try ToolRunner.run(
            ["send", "Fixtures/vcard30/jelou-example.vcf", "--bot-id", "B", "--user-id", "1555111222", "--api-base", "http://api.example.com"],
            environment: Self.credentials)
        #expect(run.exitCode == 64)
        #expect(run.standardError.hasPrefix("Error: "))
        #expect(run.standardError.contains("http"))
    }

    /// SIGKILL in the middle of a 300-message run, then run again: no card is lost, and at most the
    /// message in flight is uncertain (listed, and sent again only when asked).
    @Test func killedMidRunResumesWithoutLosingCards() throws {
        let sandbox = try Sandbox(["--latency-ms", "5"])
        let book = try Self.addressBook(300)
        let journal = book.path + ".jelou-journal"
        defer { try? FileManager.default.removeItem(at: book); try? FileManager.default.removeItem(atPath: journal) }
        let arguments = ["send", book.path, "--bot-id", "BOT1", "--user-id", "15551112222", "--per-message", "1",
                         "--api-base", sandbox.apiBase, "--rate", "1000"]
        let victim = Process()
        victim.executableURL = ToolRunner.executable
        victim.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.merge(Self.credentials) { $1 }
        victim.environment = environment
        victim.standardOutput = FileHandle.nullDevice
        victim.standardError = FileHandle.nullDevice
        try victim.run()
        // Wait until some messages are journalled, then kill without warning.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let sent = ((try? String(contentsOfFile: journal, encoding: .utf8)) ?? "").components(separatedBy: "\"event\":\"sent\"").count - 1
            if sent >= 40 { break }
            usleep(2_000)
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()

        var resumed = try ToolRunner.run(arguments, environment: Self.credentials)
        if resumed.exitCode != 0 {
            // The message in flight when the process died is listed as uncertain; nothing was sent.
            #expect(resumed.standardError.contains("uncertain"))
            resumed = try ToolRunner.run(arguments + ["--resend-uncertain"], environment: Self.credentials)
        }
        #expect(resumed.exitCode == 0)
        let names = sandbox.stop().compactMap { line -> String? in
            guard let range = line.range(of: "\"names\":[\"") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(Set(names).count == 300, "every card delivered")
        #expect(names.count - Set(names).count <= 1, "at most the message in flight delivered twice")
    }
}
