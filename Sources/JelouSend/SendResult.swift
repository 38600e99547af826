import JSONCoding

/// What became of one message.
public struct SendResult: Sendable {
    /// What became of the message; the raw value is the `status` of ``jsonLine``.
    public enum Status: String, Sendable, Hashable {
        /// Delivered in this run.
        case sent
        /// Delivered in an earlier run, per the journal; not sent again.
        case alreadySent = "already_sent"
        /// Uncertain in an earlier run and skipped at the user's request.
        case skipped
        /// Certainly not delivered.
        case failed
        /// Maybe delivered: check before resending.
        case uncertain
        /// Not tried because an earlier failure made it pointless (see ``SendResult/error``).
        case notAttempted = "not_attempted"
    }

    /// The message's position among the messages given, 0-based.
    public var index: Int
    /// The Jelou `userId` the message went, or was to go, to.
    public var recipient: String
    /// How many contact cards the message holds.
    public var contactCount: Int
    /// The cards' `formatted_name`s.
    public var names: [String]
    /// What became of the message.
    public var status: Status
    /// Jelou's id for the message when it was delivered and Jelou sent one.
    public var messageId: String?
    /// Why it failed or is uncertain.
    public var error: SendError?
    /// HTTP attempts made in this run.
    public var attempts: Int

    /// One line for standard output, e.g. `sent msg_123 3 contacts → 15551112222`.
    public var textLine: String {
        let what = contactCount == 1 ? "1 contact" : "\(contactCount) contacts"
        let target = "\(what) → \(recipient)"
        let reason = error.map { ": [\($0.code.rawValue)] \($0.message)" } ?? ""
        // The messageId is the server's text: printed as `quoted` prints Jelou's descriptions.
        let id = messageId.map(ResponseClassifier.quoted) ?? "(no messageId)"
        switch status {
        case .sent: return "sent \(id) \(target)"
        case .alreadySent: return "already sent \(id) \(target)"
        case .skipped: return "skipped \(target) (uncertain earlier; skipped as asked)"
        case .failed: return "failed \(target)\(reason)"
        case .uncertain: return "uncertain \(target)\(reason)"
        case .notAttempted: return "not sent \(target)\(reason)"
        }
    }

    /// The same as one JSON object (one line, no trailing newline):
    /// `{"status":…,"index":…,"recipient":…,"contacts":…,"names":[…],"attempts":…,"messageId"|"code","message"}`.
    public var jsonLine: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("status")
        writer.string(status.rawValue)
        writer.key("index")
        writer.number(index)
        writer.key("recipient")
        writer.string(recipient)
        writer.key("contacts")
        writer.number(contactCount)
        writer.key("names")
        writer.beginArray()
        for name in names { writer.string(name) }
        writer.endArray()
        writer.key("attempts")
        writer.number(attempts)
        writer.member("messageId", messageId)
        if let error {
            writer.key("code")
            writer.string(error.code.rawValue)
            writer.key("message")
            writer.string(error.message)
        }
        writer.endObject()
        return writer.takeBytes()
    }
}

/// Every message's result and what they add up to.
public struct SendReport: Sendable {
    /// One result per message given, in the order given.
    public var results: [SendResult]

    /// Makes a report of `results`.
    public init(results: [SendResult]) {
        self.results = results
    }

    /// 0 when every message is delivered (or skipped as asked), 2 when any is uncertain,
    /// else 1 when any failed or was not attempted.
    public var exitStatus: Int32 {
        if results.contains(where: { $0.status == .uncertain }) { return 2 }
        if results.contains(where: { $0.status == .failed || $0.status == .notAttempted }) { return 1 }
        return 0
    }

    /// `300 messages: 290 sent, 4 already sent, 0 skipped, 3 failed, 3 uncertain, 0 not sent`.
    public var summaryLine: String {
        func count(_ status: SendResult.Status) -> Int { results.count { $0.status == status } }
        return "\(results.count) message\(results.count == 1 ? "" : "s"): \(count(.sent)) sent, \(count(.alreadySent)) already sent, "
            + "\(count(.skipped)) skipped, \(count(.failed)) failed, \(count(.uncertain)) uncertain, "
            + "\(count(.notAttempted)) not sent"
    }
}
