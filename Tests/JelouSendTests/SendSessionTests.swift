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
