import Foundation
import JelouSandbox
import Testing

@testable import JelouSend

/// Runs every output path with a known secret and looks for it, plain and in base64.
@Suite struct SecretScanTests {
    static let forbidden: [String] = [
        TestCredentials.secret,
        Data(TestCredentials.secret.utf8).base64EncodedString(),
        Data("\(TestCredentials.clientId):\(TestCredentials.secret)".utf8).base64EncodedString(),
        "Basic " + Data("\(TestCredentials.clientId):\(TestCredentials.secret)".utf8).base64EncodedString().prefix(12),
    ]

    @Test func theSecretAppearsInNoOutput() async throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var outputs: [String] = []
        func collect(_ report: SendReport) {
            for result in report.results {
                outputs.append(result.textLine)
                outputs.append(String(decoding: result.jsonLine, as: UTF8.self))
                if let error = result.error {
                    outputs.append(String(describing: error))
                    outputs.append(String(reflecting: error))
                    if let cause = error.cause { outputs.append(String(reflecting: cause)) }
                }
            }
            outputs.append(report.summaryLine)
        }
        let messages = [Messages.make(to: "15551112222", names: ["Ann Lee"]), Messages.make(to: "5215512345678", names: ["Bob Stone"])]
        let endpoint = try MessagesEndpoint(botId: "bot-7")
        outputs.append(DryRun.render(messages, endpoint: endpoint))
        outputs.append("\(TestCredentials.credentials) \(String(reflecting: TestCredentials.credentials))")
        var dumped = ""
        dump(TestCredentials.credentials, to: &dumped)
        outputs.append(dumped)

        let scenarios: [(SendCredentialsChoice, (inout SandboxConfiguration) -> Void)] = [
            (.right, { _ in }),
            (.wrong, { _ in }),
            (.right, { $0.forbiddenBots = ["bot-7"] }),
            (.right, { $0.knownBots = ["bot-1"] }),
            (.right, { $0.closedWindowUsers = ["15551112222"] }),
            (.right, { $0.tokenHasCompany = false }),
            (.right, { $0.scriptedFaults = [.tooManyRequests, .serviceUnavailable, .dropBeforeRead, .dropAfterAccept] }),
            (.right, { $0.faultRate = 1; $0.faults = [.serviceUnavailable] }),
        ]
        for (index, (choice, configure)) in scenarios.enumerated() {
            let sandbox = try RunningSandbox(configure)
            let journalPath = directory.appendingPathComponent("run\(index).jelou-journal").path
            let journal = try SendJournal(path: journalPath, botId: "bot-7", inputNames: ["cards.vcf"], messages: messages)
            let credentials = choice == .right ? TestCredentials.credentials : Credentials(clientId: TestCredentials.clientId, clientSecret: "wrong-" + TestCredentials.secret)
            let options = SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 2))
            collect(try await sandbox.session(credentials: credentials, options: options).run(messages, journal: journal))
            do {
                _ = try await sandbox.session(options: options).run(messages, journal: try SendJournal(path: journalPath, botId: "bot-7", inputNames: ["cards.vcf"], messages: messages))
            } catch {
                outputs.append(String(reflecting: error))
            }
            sandbox.server.stop()
            outputs.append(try String(contentsOfFile: journalPath, encoding: .utf8))
            outputs += sandbox.log.lines + sandbox.output.lines
        }

        let unreachable = SendSession(
            endpoint: try MessagesEndpoint(apiBase: "http://127.0.0.1:1", botId: "bot-7"), credentials: TestCredentials.credentials,
            options: SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 1)), clock: RecordingClock()
        )
        collect(try await unreachable.run(messages, journal: nil))

        let exposed = directory.appendingPathComponent("creds").path
        try Data("\(TestCredentials.clientId):\(TestCredentials.secret)\n".utf8).write(to: URL(fileURLWithPath: exposed))
        do { _ = try Credentials.fromFile(atPath: exposed) } catch { outputs.append(String(reflecting: error)) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: exposed)
        try Data("\(TestCredentials.secret)\n".utf8).write(to: URL(fileURLWithPath: exposed))
        do { _ = try Credentials.fromFile(atPath: exposed) } catch { outputs.append(String(reflecting: error)) }

        #expect(outputs.count > 60)
        #expect(outputs.contains { $0.contains("Basic ***") })
        for output in outputs {
            for secret in Self.forbidden {
                #expect(!output.contains(secret), "secret found in: \(output.prefix(120))")
            }
        }
    }

    enum SendCredentialsChoice { case right, wrong }
}
