import Foundation
import JelouSandbox
import Testing

@testable import JelouSend

@Suite struct SendJournalTests {
    let directory: URL
    let path: String

    init() throws {
        directory = try makeTemporaryDirectory()
        path = directory.appendingPathComponent("cards.vcf.jelou-journal").path
    }

    private func journal(_ messages: [OutgoingMessage], bot: String = "bot-7") throws -> SendJournal {
        try SendJournal(path: path, botId: bot, inputNames: ["cards.vcf"], messages: messages)
    }

    private func lines() throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func defaultPathSitsBesideTheFirstInput() {
        #expect(SendJournal.defaultPath(forFirstInput: "in/cards.vcf") == "in/cards.vcf.jelou-journal")
        #expect(SendJournal.defaultPath(forFirstInput: "-") == nil)
    }

    @Test func keysAreRecipientAndBodyHashWithRepeatsNumbered() {
        let message = Messages.make(to: "15551112222", names: ["Ann Lee"])
        let hash = SHA256.hexHash(message.body)
        #expect(SendJournal.keys(for: [message, message, Messages.make(to: "15551112222", names: ["Bob Stone"]), message]).enumerated().filter { [0, 1, 3].contains($0.offset) }.map(\.element)
            == ["15551112222:\(hash)", "15551112222:\(hash)#2", "15551112222:\(hash)#3"])
    }

    @Test func recordsEachStepAndResumeSkipsWhatWasSent() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let messages = Messages.batch(3)
        let first = try await sandbox.session().run(messages, journal: try journal(messages))
        #expect(first.exitStatus == 0)

        let written = try lines()
        #expect(written.count == 1 + 2 * 3)
        #expect(written[0].hasPrefix(#"{"journal":"jelou-contacts-send/1","botId":"bot-7","inputs":["cards.vcf"],"messages":3,"payloadsSHA256":""#))
        let key = SendJournal.keys(for: messages)[0]
        let id = sandbox.server.acceptedMessages[0].messageId
        #expect(written[1] == #"{"event":"sending","key":"\#(key)","attempt":1,"at":"2026-09-21T14:13:20Z"}"#)
        #expect(written[2] == #"{"event":"sent","messageId":"\#(id)","key":"\#(key)","at":"2026-09-21T14:13:20Z"}"#)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try await sandbox.session().run(messages, journal: try journal(messages))
        #expect(second.results.map(\.status) == [.alreadySent, .alreadySent, .alreadySent])
        #expect(second.results[0].textLine == "already sent \(id) 1 contact → 15551112222")
        #expect(sandbox.server.acceptedMessages.count == 3)
        #expect(second.exitStatus == 0)
    }

    @Test func resumeRetriesWhatFailed() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let messages = [Messages.make(to: "15551112222", names: ["Ann Lee"]), Messages.make(to: "5215512345678", names: ["Bob Stone"])]
        do {
            let closed = try RunningSandbox { $0.closedWindowUsers = ["15551112222"] }
            defer { closed.server.stop() }
            let report = try await closed.session().run(messages, journal: try journal(messages))
            #expect(report.results.map(\.status) == [.failed, .sent])
        }
        let open = try RunningSandbox()
        defer { open.server.stop() }
        let report = try await open.session().run(messages, journal: try journal(messages))
        #expect(report.results.map(\.status) == [.sent, .alreadySent])
        #expect(open.server.acceptedMessages.map(\.names) == [["Ann Lee"]])
    }

    @Test func aTruncatedLastLineIsDroppedAndTheRunGoesOn() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let messages = Messages.batch(2)
        _ = try await sandbox.session().run(Array(messages), journal: try journal(messages))
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"event":"sent","key":"155511"#.utf8))
        try handle.close()

        let reopened = try journal(messages)
        #expect(reopened.repairedTruncatedLine)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)
        let report = try await sandbox.session().run(messages, journal: reopened)
        #expect(report.results.map(\.status) == [.alreadySent, .alreadySent])
    }

    @Test func aDamagedLineInTheMiddleIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let messages = Messages.batch(1)
        _ = try journal(messages)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("garbage\n{\"event\":\"skipped\",\"key\":\"x\"}\n".utf8))
        try handle.close()
        let error = #expect(throws: SendError.self) { try journal(messages) }
        #expect(error?.code == .journalUnusable)
        #expect(error?.message.contains("damaged at line 2") == true)
    }

    @Test func aJournalForOtherInputsRecipientsOrBotIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let messages = Messages.batch(2)
        _ = try journal(messages)
        let otherInputs = #expect(throws: SendError.self) { try journal(Messages.batch(3)) }
        #expect(otherInputs?.code == .journalMismatch)
        #expect(otherInputs?.message.contains("was written for other inputs or options (cards.vcf)") == true)
        let otherRecipient = #expect(throws: SendError.self) { try journal(Messages.batch(2, to: "5215512345678")) }
        #expect(otherRecipient?.message.contains("was written for other recipients") == true)
        let otherBot = #expect(throws: SendError.self) { try journal(messages, bot: "bot-8") }
        #expect(otherBot?.message.contains("was written for bot bot-7, not bot-8") == true)
    }

    @Test func aJournalInUseIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let messages = Messages.batch(1)
        let held = try journal(messages)
        let error = #expect(throws: SendError.self) { try journal(messages) }
        #expect(error?.message.contains("in use by another send") == true)
        withExtendedLifetime(held) {}
    }

    /// The names in the refusal come from the input and go to the terminal: a control character
    /// in one is shown escaped, as diagnostics show it, not sent to the terminal.
    @Test func theRefusalShowsControlCharactersInNamesEscaped() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let messages = [Messages.make(to: "15551112222", names: ["Ann\u{1B}[2JLee", "Bob\nStone\u{202E}"])]
        let key = SendJournal.keys(for: messages)[0]
        try journal(messages).recordSending(key: key, attempt: 1, at: Date())

        let error = await #expect(throws: SendError.self) { try await sandbox.session().run(messages, journal: try journal(messages)) }
        #expect(error?.message.contains(#"[Ann\u{1B}[2JLee, Bob\nStone\u{202E}]: in flight"#) == true)
        #expect(error?.message.contains("\u{1B}") == false)
    }

    @Test func aRequestLeftInFlightStopsTheNextRunUntilTheUserDecides() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let messages = [Messages.make(to: "15551112222", names: ["Ann Lee", "Bob Stone"]), Messages.make(to: "15551112222", names: ["Cy Twombly"])]
        let key = SendJournal.keys(for: messages)[0]
        try journal(messages).recordSending(key: key, attempt: 1, at: Date())

        let error = await #expect(throws: SendError.self) { try await sandbox.session().run(messages, journal: try journal(messages)) }
        #expect(error?.code == .uncertainInJournal)
        #expect(error?.message == """
            1 message(s) in \(path) may already have been delivered:
              #1 2 contact(s) → 15551112222 [Ann Lee, Bob Stone]: in flight when an earlier send stopped
            check the chat, then run again with --resend-uncertain (sends them again) or --skip-uncertain (leaves them out)
            """)
        #expect(sandbox.server.acceptedMessages.isEmpty)

        let skipped = try await sandbox.session(options: SendOptions(ratePerSecond: 0, uncertain: .skip)).run(messages, journal: try journal(messages))
        #expect(skipped.results.map(\.status) == [.skipped, .sent])
        #expect(skipped.exitStatus == 0)
        let later = try await sandbox.session().run(messages, journal: try journal(messages))
        #expect(later.results.map(\.status) == [.skipped, .alreadySent])
    }

    @Test func resendUncertainSendsThemAgain() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let sandbox = try RunningSandbox { $0.scriptedFaults = [.dropAfterAccept] }
        defer { sandbox.server.stop() }
        let messages = Messages.batch(2)
        let first = try await sandbox.session().run(messages, journal: try journal(messages))
        #expect(first.results.map(\.status) == [.uncertain, .sent])
        let second = try await sandbox.session(options: SendOptions(ratePerSecond: 0, uncertain: .resend)).run(messages, journal: try journal(messages))
        #expect(second.results.map(\.status) == [.sent, .alreadySent])
        #expect(sandbox.server.acceptedMessages.map(\.names) == [["Person 1 Test"], ["Person 2 Test"], ["Person 1 Test"]])
    }
}
