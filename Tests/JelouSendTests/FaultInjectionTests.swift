import Foundation
import JelouSandbox
import Testing

@testable import JelouSend

/// 300 messages through a sandbox that misbehaves on 20% of requests.
@Suite struct FaultInjectionTests {
    @Test func noCardIsDeliveredTwiceAndEveryCardIsDeliveredOrListedAsUncertain() async throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journalPath = directory.appendingPathComponent("batch.jelou-journal").path
        let recipients = ["15551112222", "5215512345678", "447700900123"]
        let messages = (0..<300).map { Messages.make(to: recipients[$0 % 3], names: ["Card \($0) Person"]) }
        func openJournal() throws -> SendJournal {
            try SendJournal(path: journalPath, botId: "bot-7", inputNames: ["batch.vcf"], messages: messages)
        }
        let options = SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 5, baseDelay: 0.001))

        let faulty = try RunningSandbox {
            $0.faultRate = 0.2
            $0.seed = 2026
        }
        let first = try await faulty.session(options: options).run(messages, journal: try openJournal())
        faulty.server.stop()
        let firstDeliveries = faulty.server.acceptedMessages.flatMap(\.names)
        #expect(Set(firstDeliveries).count == firstDeliveries.count, "a card was delivered twice without being listed")
        let uncertain = Set(first.results.filter { $0.status == .uncertain }.flatMap(\.names))
        let sent = Set(first.results.filter { $0.status == .sent }.flatMap(\.names))
        #expect(first.results.allSatisfy { $0.status == .sent || $0.status == .uncertain })
        #expect(sent.isSubset(of: Set(firstDeliveries)))
        #expect(Set(firstDeliveries).isSubset(of: sent.union(uncertain)))
        #expect(!uncertain.isEmpty, "20% faults must leave some messages uncertain")
        #expect(first.results.contains { $0.attempts > 1 }, "429 and 503 faults must have been retried")
        #expect(first.exitStatus == 2)
        let faultLog = faulty.log.lines
        #expect(faultLog.contains { $0.contains("before reading") } && faultLog.contains { $0.contains("after handling") })

        let refused = await #expect(throws: SendError.self) {
            try await faulty.session(options: options).run(messages, journal: try openJournal())
        }
        #expect(refused?.code == .uncertainInJournal)

        let calm = try RunningSandbox()
        defer { calm.server.stop() }
        var resend = options
        resend.uncertain = .resend
        let second = try await calm.session(options: resend).run(messages, journal: try openJournal())
        #expect(second.exitStatus == 0)
        let secondDeliveries = calm.server.acceptedMessages.flatMap(\.names)
        #expect(Set(secondDeliveries) == uncertain)
        let everything = firstDeliveries + secondDeliveries
        #expect(Set(everything) == Set(messages.flatMap(\.names)))
        var counts: [String: Int] = [:]
        for name in everything { counts[name, default: 0] += 1 }
        let duplicated = Set(counts.filter { $0.value > 1 }.keys)
        #expect(duplicated.isSubset(of: uncertain))
        #expect(!duplicated.isEmpty, "drops after acceptance must have caused duplicates among the uncertain")
    }
}
