import Foundation
import JelouSandbox
import Testing

@testable import JelouSend

@Suite struct SendSessionTests {
    @Test func happyPathDeliversEveryMessageInOrder() async throws {
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let messages = [
            Messages.make(to: "15551112222", names: ["Ann Lee", "Bob Stone", "Cy Twombly"]),
            Messages.make(to: "15551112222", names: ["Dee Dee Ramone"]),
        ]
        var printed: [String] = []
        let report = try await sandbox.session().run(messages, journal: nil) { printed.append($0.textLine) }

        let accepted = sandbox.server.acceptedMessages
        #expect(accepted.map(\.names) == [["Ann Lee", "Bob Stone", "Cy Twombly"], ["Dee Dee Ramone"]])
        #expect(accepted.map(\.body) == messages.map(\.body))
        #expect(accepted.allSatisfy { $0.botId == "bot-7" && $0.userId == "15551112222" })
        #expect(report.exitStatus == 0)
        #expect(printed == [
            "sent \(accepted[0].messageId) 3 contacts → 15551112222",
            "sent \(accepted[1].messageId) 1 contact → 15551112222",
        ])
        #expect(sandbox.output.lines == accepted.map {
            "{\"messageId\":\"\($0.messageId)\",\"botId\":\"bot-7\",\"userId\":\"15551112222\",\"names\":[" + $0.names.map { "\"\($0)\"" }.joined(separator: ",") + "]}"
        })
    }
}

@Suite struct SendReportTests {
    static func result(_ status: SendResult.Status, messageId: String? = nil, error: SendError? = nil) -> SendResult {
        SendResult(index: 4, recipient: "15551112222", contactCount: 2, names: ["Ann \"A\" Lee", "Bob"], status: status, messageId: messageId, error: error, attempts: 2)
    }

    @Test func jsonLinesCarryTheSameFacts() {
        #expect(String(decoding: Self.result(.sent, messageId: "msg_1").jsonLine, as: UTF8.self)
            == #"{"status":"sent","index":4,"recipient":"15551112222","contacts":2,"names":["Ann \"A\" Lee","Bob"],"attempts":2,"messageId":"msg_1"}"#)
        let failed = Self.result(.uncertain, error: SendError(code: .connectionLost, message: "the connection broke"))
        #expect(String(decoding: failed.jsonLine, as: UTF8.self)
            == #"{"status":"uncertain","index":4,"recipient":"15551112222","contacts":2,"names":["Ann \"A\" Lee","Bob"],"attempts":2,"code":"connection_lost","message":"the connection broke"}"#)
        #expect(failed.textLine == "uncertain 2 contacts → 15551112222: [connection_lost] the connection broke")
    }

    @Test(arguments: [
        ("msg_1", "msg_1"),
        ("msg\u{1B}]0;owned\u{07}_1", "msg ]0;owned _1"),
        ("msg\u{9B}2J", "msg 2J"),
        ("\u{202E}1_gsm", " 1_gsm"),
    ])
    func serverMessageIdsArePrintedWithoutTerminalControls(messageId: String, printed: String) {
        #expect(Self.result(.sent, messageId: messageId).textLine == "sent \(printed) 2 contacts → 15551112222")
        #expect(Self.result(.alreadySent, messageId: messageId).textLine == "already sent \(printed) 2 contacts → 15551112222")
    }

    @Test(arguments: [
        ([SendResult.Status.sent, .alreadySent, .skipped], 0),
        ([.sent, .failed], 1),
        ([.sent, .notAttempted], 1),
        ([.failed, .uncertain], 2),
        ([], 0),
    ] as [([SendResult.Status], Int32)])
    func exitStatus(statuses: [SendResult.Status], expected: Int32) {
        let report = SendReport(results: statuses.map { Self.result($0) })
        #expect(report.exitStatus == expected)
    }

    @Test func summaryCountsEachStatus() {
        let report = SendReport(results: [.sent, .sent, .failed, .uncertain, .alreadySent].map { Self.result($0) })
        #expect(report.summaryLine == "5 messages: 2 sent, 1 already sent, 0 skipped, 1 failed, 1 uncertain, 0 not sent")
        #expect(SendReport(results: Array(report.results.prefix(1))).summaryLine.hasPrefix("1 message: "))
    }
}
