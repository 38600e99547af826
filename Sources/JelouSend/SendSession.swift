import ContactModel
import Foundation

/// How a send treats messages the journal marks as maybe delivered (uncertain, or in flight when
/// an earlier run died).
public enum UncertainHandling: Sendable, Hashable {
    /// List them and send nothing: the user checks the chat and decides.
    case stop
    /// Send them again, accepting a possible duplicate card.
    case resend
    /// Leave them out, recorded as skipped so later runs leave them out too.
    case skip
}

/// The knobs of a send; the defaults are the CLI's.
public struct SendOptions: Sendable {
    /// Requests per second, retries included (`--rate`, default 5).
    public var ratePerSecond: Double
    /// Attempts, backoff and whether uncertain requests are retried (`--max-attempts`,
    /// `--retry-uncertain`).
    public var retry: RetryPolicy
    /// `--resend-uncertain` / `--skip-uncertain`.
    public var uncertain: UncertainHandling

    /// Makes options; the defaults are the CLI's.
    /// - Parameters:
    ///   - ratePerSecond: requests per second, retries included.
    ///   - retry: attempts and backoff.
    ///   - uncertain: what to do with messages the journal marks as maybe delivered.
    public init(ratePerSecond: Double = 5, retry: RetryPolicy = RetryPolicy(), uncertain: UncertainHandling = .stop) {
        self.ratePerSecond = ratePerSecond
        self.retry = retry
        self.uncertain = uncertain
    }
}

/// Sends messages one at a time, in order (so a recipient's cards arrive in order), paced,
/// retried as SPEC.md "Errors" allows, and journaled so nothing is resent silently.
public final class SendSession {
    private let endpoint: MessagesEndpoint
    private let credentials: Credentials
    private let options: SendOptions
    private let transport: any HTTPTransport
    private let clock: any SendClock
    private var random: BoxedRandom
    private var pacer: RequestPacer

    /// - Parameters:
    ///   - transport: defaults to ``URLSessionTransport``.
    ///   - clock: defaults to the system clock; tests pass one that records sleeps.
    ///   - random: the jitter source; tests pass a seeded one.
    public init(
        endpoint: MessagesEndpoint,
        credentials: Credentials,
        options: SendOptions = SendOptions(),
        transport: any HTTPTransport = URLSessionTransport(),
        clock: any SendClock = SystemSendClock(),
        random: any RandomNumberGenerator = SystemRandomNumberGenerator()
    ) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.options = options
        self.transport = transport
        self.clock = clock
        self.random = BoxedRandom(base: random)
        pacer = RequestPacer(ratePerSecond: options.ratePerSecond)
    }

    /// Sends `messages`, skipping those the journal shows delivered.
    ///
    /// - Parameters:
    ///   - messages: in sending order.
    ///   - journal: opened for these same messages (``SendJournal/init(path:botId:inputNames:messages:)``).
    ///   - onResult: called as each message is settled, in order, to print progress lines.
    /// - Returns: one result per message, in order.
    /// - Throws: `uncertain_in_journal` (listing them) when the journal holds maybe-delivered
    ///   messages and ``SendOptions/uncertain`` is `.stop`, before anything is sent;
    ///   `journal_unusable` when the journal cannot be written (the run stops at once).
    public func run(
        _ messages: [OutgoingMessage], journal: SendJournal?, onResult: (SendResult) -> Void = { _ in }
    ) async throws(SendError) -> SendReport {
        let keys = SendJournal.keys(for: messages)
        if options.uncertain == .stop, let journal {
            try refuseIfUncertain(messages, keys: keys, journal: journal)
        }
        var results: [SendResult] = []
        var stoppedRun: SendError?
        var stoppedRecipients: [String: SendError] = [:]
        for (index, message) in messages.enumerated() {
            let key = keys[index]
            var result = SendResult(
                index: index, recipient: message.recipient, contactCount: message.contactCount, names: message.names,
                status: .sent, messageId: nil, error: nil, attempts: 0
            )
            switch journal?.state(forKey: key) {
            case .sent(let messageId):
                result.status = .alreadySent
                result.messageId = messageId
            case .skipped:
                result.status = .skipped
            case .sending, .uncertain:
                if options.uncertain == .skip {
                    try journal?.record(key: key, state: .skipped, at: clock.now())
                    result.status = .skipped
                } else {
                    fallthrough
                }
            default:
                if let cause = stoppedRun ?? stoppedRecipients[message.recipient] {
                    result.status = .notAttempted
                    result.error = SendError(
                        code: .notAttempted,
                        message: "not sent: an earlier message failed with \(cause.code.rawValue); fix that and run again (the journal resumes here)"
                    )
                } else {
                    let scope = try await deliver(message, key: key, journal: journal, into: &result)
                    switch scope {
                    case .run?: stoppedRun = result.error
                    case .recipient?: stoppedRecipients[message.recipient] = result.error
                    case .message?, nil: break
                    }
                }
            }
            onResult(result)
            results.append(result)
        }
        return SendReport(results: results)
    }

    /// Attempts one message until it is delivered, fails for good or becomes uncertain.
    /// - Returns: the scope of a final failure, `nil` otherwise.
    private func deliver(
        _ message: OutgoingMessage, key: String, journal: SendJournal?, into result: inout SendResult
    ) async throws(SendError) -> FailureScope? {
        let request = MessageRequest.make(for: message, endpoint: endpoint, authorization: credentials.authorizationHeaderValue)
        let host = endpoint.url.host ?? "the server"
        var attempt = 0
        while true {
            attempt += 1
            result.attempts = attempt
            await pacer.waitForTurn(clock: clock)
            try journal?.recordSending(key: key, attempt: attempt, at: clock.now())
            let outcome: AttemptOutcome
            do throws(TransportFailure) {
                let response = try await transport.send(request)
                outcome = ResponseClassifier.classify(response, botId: endpoint.botId, recipient: message.recipient, now: clock.now())
            } catch {
                outcome = ResponseClassifier.classify(error, host: host)
            }
            switch outcome {
            case .delivered(let messageId):
                try journal?.record(key: key, state: .sent(messageId: messageId), at: clock.now())
                result.status = .sent
                result.messageId = messageId
                return nil
            case .failed(var error, let scope):
                error.attempts = attempt
                try settle(.failed, error, key: key, journal: journal, into: &result)
                return scope
            case .retryable(var error, let retryAfter):
                error.attempts = attempt
                if let retryAfter, retryAfter > options.retry.maximumRetryAfter {
                    error.message += " (the server asked to wait \(Int(retryAfter)) s, longer than \(Int(options.retry.maximumRetryAfter)) s)"
                    try settle(.failed, error, key: key, journal: journal, into: &result)
                    return error.code == .couldNotConnect ? .run : .message
                }
                guard attempt < options.retry.maximumAttempts else {
                    error.message += attempt == 1 ? " (one attempt allowed; not retried)" : " (gave up after \(attempt) attempts)"
                    try settle(.failed, error, key: key, journal: journal, into: &result)
                    return error.code == .couldNotConnect ? .run : .message
                }
                try journal?.recordRetrying(key: key, error: error, at: clock.now())
                await clock.sleep(seconds: retryAfter ?? options.retry.backoff(afterAttempt: attempt, using: &random))
            case .uncertain(var error):
                error.attempts = attempt
                guard options.retry.retryUncertain, attempt < options.retry.maximumAttempts else {
                    try settle(.uncertain, error, key: key, journal: journal, into: &result)
                    return nil
                }
                try journal?.record(key: key, state: .uncertain(code: error.code.rawValue, reason: error.message), at: clock.now())
                await clock.sleep(seconds: options.retry.backoff(afterAttempt: attempt, using: &random))
            }
        }
    }

    private func settle(
        _ status: SendResult.Status, _ error: SendError, key: String, journal: SendJournal?, into result: inout SendResult
    ) throws(SendError) {
        let state: SendJournal.State = status == .uncertain
            ? .uncertain(code: error.code.rawValue, reason: error.message)
            : .failed(code: error.code.rawValue, reason: error.message)
        try journal?.record(key: key, state: state, at: clock.now())
        result.status = status
        result.error = error
    }

    private func refuseIfUncertain(_ messages: [OutgoingMessage], keys: [String], journal: SendJournal) throws(SendError) {
        var lines: [String] = []
        for (index, message) in messages.enumerated() {
            let why: String
            switch journal.state(forKey: keys[index]) {
            case .sending: why = "in flight when an earlier send stopped"
            case .uncertain(let code, _): why = code.isEmpty ? "uncertain" : code
            default: continue
            }
            // Names come from the input: shown on the terminal, never obeyed (an ESC in one would
            // otherwise clear or retitle it).
            let names = message.names.prefix(3).map(Diagnostic.oneLine).joined(separator: ", ")
                + (message.names.count > 3 ? ", …" : "")
            lines.append("  #\(index + 1) \(message.contactCount) contact(s) → \(message.recipient) [\(names)]: \(why)")
        }
        guard !lines.isEmpty else { return }
        throw SendError(
            code: .uncertainInJournal,
            message: "\(lines.count) message(s) in \(journal.path) may already have been delivered:\n"
                + lines.joined(separator: "\n")
                + "\ncheck the chat, then run again with --resend-uncertain (sends them again) or --skip-uncertain (leaves them out)"
        )
    }
}

/// Lets a stored `any RandomNumberGenerator` be passed where a concrete generator is expected.
private struct BoxedRandom: RandomNumberGenerator {
    var base: any RandomNumberGenerator

    mutating func next() -> UInt64 {
        base.next()
    }
}
