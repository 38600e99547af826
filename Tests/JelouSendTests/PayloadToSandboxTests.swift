import ContactModel
import JelouPayload
import Testing

@testable import JelouSend

/// The command's composition: contacts → JelouMessageBatcher → OutgoingMessage(payload:) → send.
@Suite struct PayloadToSandboxTests {
    @Test func batcherBodiesPassTheSandboxValidatorAndArriveInOrder() async throws {
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        var batcher = try JelouMessageBatcher(userID: "15551112222", batchSize: 5)
        var diagnostics: [Diagnostic] = []
        var messages: [OutgoingMessage] = []
        for number in 1...12 {
            let contact = Contact(
                name: PersonName(formatted: "Person \(number) Smith", given: "Person \(number)", family: "Smith"),
                emails: [Email(address: "person\(number)@example.com")]
            )
            if let body = batcher.add(contact, diagnostics: &diagnostics) { messages.append(try OutgoingMessage(payload: body)) }
        }
        if let body = batcher.finish() { messages.append(try OutgoingMessage(payload: body)) }
        #expect(diagnostics.isEmpty)
        #expect(messages.map(\.contactCount) == [5, 5, 2])

        let report = try await sandbox.session().run(messages, journal: nil)
        #expect(report.exitStatus == 0)
        #expect(sandbox.server.acceptedMessages.flatMap(\.names) == (1...12).map { "Person \($0) Smith" })
    }
}
