import Foundation
import JSONCoding

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only record of a send, so a re-run never resends silently.
///
/// One JSON object per line. The first line is a header naming the bot and hashing the
/// payloads and the recipients; a journal whose header does not match the messages of this
/// run is refused. Every later line is an event about one message, keyed by its recipient and
/// the SHA-256 of its body (FIPS 180-4): `sending` before each attempt, then `sent` (with the
/// `messageId`), `retrying` (certainly not delivered, another attempt follows), `failed`,
/// `uncertain` or `skipped`. Each line is written with one `write(2)` and `fsync(2)`ed before
/// the request goes and after the reply comes, so a process killed at any point leaves either
/// a complete line or a truncated last line, which the next run drops. A message whose last
/// event is `sending` was in flight when the process died: it counts as uncertain.
///
/// The journal holds recipients, hashes, Jelou's message ids and error sentences; never a
/// header, a body or the credentials.
public final class SendJournal {
    /// What the journal says about one message.
    public enum State: Sendable, Hashable {
        /// A request was going out when the process stopped: maybe delivered.
        case sending
        /// Delivered, with Jelou's message id when it sent one.
        case sent(messageId: String?)
        /// Certainly not delivered (a retry was pending or the attempts ran out).
        case failed(code: String, reason: String)
        /// Maybe delivered: the connection broke or timed out after the request went out.
        case uncertain(code: String, reason: String)
        /// The user chose to skip it after it was uncertain.
        case skipped
    }

    /// The journal file's path.
    public let path: String
    /// True when a truncated or garbled last line (a write cut short) was dropped on opening.
    public let repairedTruncatedLine: Bool
    private let descriptor: Int32
    private var states: [String: State]
    private let identity: Identity

    /// Where the journal goes by default: beside the first input, named `<input>.jelou-journal`;
    /// `nil` for standard input (`-`), where the caller must name one.
    public static func defaultPath(forFirstInput input: String) -> String? {
        guard input != "-", !input.isEmpty else { return nil }
        return input + ".jelou-journal"
    }

    /// The journal key of each message: `recipient:sha256(body)`, with `#2`, `#3`, … added for
    /// repeats of the same body to the same recipient, so each message has its own key.
    public static func keys(for messages: [OutgoingMessage]) -> [String] {
        var seen: [String: Int] = [:]
        return messages.map { message in
            let base = message.recipient + ":" + SHA256.hexHash(message.body)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : base + "#\(count)"
        }
    }

    /// Opens (creating with mode 600 when missing) the journal for these messages.
    ///
    /// - Parameters:
    ///   - path: the journal file.
    ///   - botId: the bot the messages go through.
    ///   - inputNames: the input files as the user named them (recorded for messages only).
    ///   - messages: every message of this run, in order.
    /// - Throws: `journal_mismatch` when the journal was written for another bot, other
    ///   recipients or other payloads; `journal_unusable` when it cannot be read, locked (another
    ///   send is using it) or written, or a line other than the last is not a journal line.
    public init(path: String, botId: String, inputNames: [String], messages: [OutgoingMessage]) throws(SendError) {
        self.path = path
        let keys = Self.keys(for: messages)
        identity = Identity(botId: botId, inputNames: inputNames, keys: keys, recipients: messages.map(\.recipient))
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Self.failure("cannot open the journal \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw Self.failure("the journal \(path) is in use by another send; wait for it to finish")
        }
        self.descriptor = descriptor
        let contents: [UInt8]
        do throws(SendError) {
            contents = try Self.readAll(descriptor, path: path)
            let loaded = try Self.load(contents, path: path, expected: identity)
            states = loaded.states
            repairedTruncatedLine = loaded.validLength < contents.count
            if repairedTruncatedLine {
                guard ftruncate(descriptor, off_t(loaded.validLength)) == 0 else {
                    throw Self.failure("cannot drop the truncated last line of \(path): \(String(cString: strerror(errno)))")
                }
            }
            if loaded.validLength == 0 {
                try append(identity.headerLine())
                Self.syncDirectory(of: path)
            }
        } catch {
            close(descriptor)
            throw error
        }
    }

    deinit {
        close(descriptor)
    }

    /// The last recorded state of the message with `key`, or `nil` when it was never tried.
    public func state(forKey key: String) -> State? {
        states[key]
    }

    /// Records that attempt `attempt` of a message is about to go out.
    func recordSending(key: String, attempt: Int, at date: Date) throws(SendError) {
        try record(key: key, state: .sending, at: date) { $0.key("attempt"); $0.number(attempt) }
    }

    /// Records that an attempt certainly failed and another one follows.
    func recordRetrying(key: String, error: SendError, at date: Date) throws(SendError) {
        try record(key: key, state: .failed(code: error.code.rawValue, reason: error.message), at: date, event: "retrying")
    }

    /// Records a new state of a message, flushed to disk before returning.
    /// - Parameter event: the event name when it is not the state's own (`retrying`).
    func record(
        key: String, state: State, at date: Date, event: String? = nil, extra: (inout JSONWriter) -> Void = { _ in }
    ) throws(SendError) {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("event")
        switch state {
        case .sending:
            writer.string("sending")
        case .sent(let messageId):
            writer.string("sent")
            writer.member("messageId", messageId)
        case .failed(let code, let reason):
            writer.string(event ?? "failed")
            writer.member("code", code)
            writer.member("reason", reason)
        case .uncertain(let code, let reason):
            writer.string("uncertain")
            writer.member("code", code)
            writer.member("reason", reason)
        case .skipped:
            writer.string("skipped")
        }
        writer.key("key")
        writer.string(key)
        extra(&writer)
        writer.key("at")
        writer.string(Self.timestamp(date))
        writer.endObject()
        var line = writer.takeBytes()
        line.append(UInt8(ascii: "\n"))
        try append(line)
        states[key] = state
    }

    private func append(_ line: [UInt8]) throws(SendError) {
        guard lseek(descriptor, 0, SEEK_END) >= 0 else {
            throw Self.failure("cannot write the journal \(path): \(String(cString: strerror(errno)))")
        }
        var written = 0
        while written < line.count {
            let result = line.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot write the journal \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            throw Self.failure("cannot flush the journal \(path) to disk: \(String(cString: strerror(errno)))")
        }
    }

    private static func failure(_ message: String) -> SendError {
        SendError(code: .journalUnusable, message: message)
    }

    private static func readAll(_ descriptor: Int32, path: String) throws(SendError) -> [UInt8] {
        var contents = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the journal \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { return contents }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    /// Makes the new file's directory entry durable too.
    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let handle = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard handle >= 0 else { return }
        fsync(handle)
        close(handle)
    }

    /// `2026-11-28T14:05:09Z` (RFC 3339 §5.6, UTC).
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}

extension SendJournal {
    /// What a journal was written for: the bot, the payloads and the recipients, hashed.
    struct Identity {
        var botId: String
        var inputNames: [String]
        var payloadsHash: String
        var recipientsHash: String
        var recipientCount: Int
        var messageCount: Int

        init(botId: String, inputNames: [String], keys: [String], recipients: [String]) {
            self.botId = botId
            self.inputNames = inputNames
            var payloads = SHA256()
            for key in keys { payloads.update(Array((key + "\n").utf8)) }
            payloadsHash = SHA256.hexString(payloads.finalize())
            let unique = Set(recipients).sorted()
            recipientsHash = SHA256.hexHash(Array(unique.joined(separator: "\n").utf8))
            recipientCount = unique.count
            messageCount = keys.count
        }

        func headerLine() -> [UInt8] {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("journal")
            writer.string(SendJournal.format)
            writer.key("botId")
            writer.string(botId)
            writer.key("inputs")
            writer.beginArray()
            for name in inputNames { writer.string(name) }
            writer.endArray()
            writer.key("messages")
            writer.number(messageCount)
            writer.key("payloadsSHA256")
            writer.string(payloadsHash)
            writer.key("recipients")
            writer.number(recipientCount)
            writer.key("recipientsSHA256")
            writer.string(recipientsHash)
            writer.endObject()
            var line = writer.takeBytes()
            line.append(UInt8(ascii: "\n"))
            return line
        }
    }

    /// The header's format tag; a header with another tag is not a journal of ours.
    static let format = "jelou-contacts-send/1"

    /// The states found in `contents` and how many leading bytes are whole, valid lines.
    static func load(_ contents: [UInt8], path: String, expected: Identity) throws(SendError) -> (states: [String: State], validLength: Int) {
        var states: [String: State] = [:]
        var start = 0
        var lineNumber = 0
        var validLength = 0
        let parser = JSONParser(limits: JSONLimits(maxDepth: 8, maxValueBytes: 1 << 20))
        while start < contents.count {
            lineNumber += 1
            let newline = contents[start...].firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? contents.count
            let isLast = newline == nil || end + 1 >= contents.count
            let value = newline == nil ? nil : try? parser.parse(Array(contents[start..<end]))
            guard let value, value.objectValue != nil else {
                if isLast { break }
                throw failure("the journal \(path) is damaged at line \(lineNumber): move it away to start afresh")
            }
            if lineNumber == 1 {
                try check(header: value, path: path, expected: expected)
            } else if let key = value["key"]?.stringValue, let state = state(of: value) {
                states[key] = state
            } else if !isLast {
                throw failure("the journal \(path) has an unknown event at line \(lineNumber): move it away to start afresh")
            } else {
                break
            }
            start = end + 1
            validLength = start
        }
        return (states, validLength)
    }

    private static func state(of event: JSONValue) -> State? {
        switch event["event"]?.stringValue {
        case "sending": .sending
        case "sent": .sent(messageId: event["messageId"]?.stringValue)
        case "retrying", "failed":
            .failed(code: event["code"]?.stringValue ?? "", reason: event["reason"]?.stringValue ?? "")
        case "uncertain":
            .uncertain(code: event["code"]?.stringValue ?? "", reason: event["reason"]?.stringValue ?? "")
        case "skipped": .skipped
        default: nil
        }
    }

    private static func check(header: JSONValue, path: String, expected: Identity) throws(SendError) {
        guard header["journal"]?.stringValue == format else {
            throw SendError(code: .journalMismatch, message: "\(path) is not a jelou-contacts send journal; name another --journal")
        }
        let advice = "use another --journal, or move \(path) away to start afresh"
        if let botId = header["botId"]?.stringValue, botId != expected.botId {
            throw SendError(code: .journalMismatch, message: "the journal \(path) was written for bot \(botId), not \(expected.botId): \(advice)")
        }
        if header["recipientsSHA256"]?.stringValue != expected.recipientsHash {
            throw SendError(code: .journalMismatch, message: "the journal \(path) was written for other recipients: \(advice)")
        }
        if header["payloadsSHA256"]?.stringValue != expected.payloadsHash {
            let inputs = header["inputs"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ", ") ?? "?"
            throw SendError(
                code: .journalMismatch,
                message: "the journal \(path) was written for other inputs or options (\(inputs)): \(advice)"
            )
        }
    }
}
