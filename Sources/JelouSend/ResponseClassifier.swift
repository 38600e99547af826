import ContactModel
import Foundation
import JSONCoding

/// What one attempt came to, and whether another attempt is allowed.
enum AttemptOutcome: Sendable {
    /// 2xx: Jelou accepted the message.
    case delivered(messageId: String?)
    /// Certainly not delivered, and worth retrying (after the server's `Retry-After`, if any).
    case retryable(SendError, retryAfter: Double?)
    /// Certainly not delivered, and retrying would give the same answer; `scope` says which
    /// other messages would get it too.
    case failed(SendError, scope: FailureScope)
    /// May have been delivered: the connection broke or timed out after the request went out.
    case uncertain(SendError)
}

/// Which messages a final failure dooms besides the one that got it.
enum FailureScope: Sendable {
    /// Only this message (a field of it is wrong).
    case message
    /// Every message to the same recipient (the 24-hour window is per person).
    case recipient
    /// Every message (credentials, bot, company, endpoint).
    case run
}

/// Maps HTTP statuses and transport failures to outcomes and to sentences a person can act on.
///
/// Corresponds to SPEC.md "Errors": 401, 403, 404, 400, 422 and the documented 500 are final;
/// 429, 502, 503, 504 (any 5xx but 500) and failures to connect are retried.
enum ResponseClassifier {
    /// The longest server text quoted in a message, in UTF-8 bytes.
    static let maximumQuotedBytes = 300

    static func classify(_ response: HTTPResponse, botId: String, recipient: String, now: Date) -> AttemptOutcome {
        let body = ErrorBody(response.body)
        switch response.status {
        case 200..<300:
            return .delivered(messageId: body.messageId)
        case 300..<400:
            let location = response.headers["location"].map { " to \(quoted($0))" } ?? ""
            return .failed(
                SendError(
                    code: .redirectRefused,
                    message: "the server answered \(response.status) redirecting\(location); redirects are not "
                        + "followed so the credentials are not sent elsewhere: check --api-base"
                ),
                scope: .run
            )
        case 401:
            return .failed(error(.unauthorized, body, "Jelou refused the client id and secret: check JELOU_CLIENT_ID and JELOU_CLIENT_SECRET or the --credentials file"), scope: .run)
        case 403:
            return .failed(error(.forbiddenBot, body, "these credentials may not use bot \(botId): use a bot of the company the credentials belong to"), scope: .run)
        case 404:
            return .failed(error(.botNotFound, body, "bot \(botId) is not assigned to the company of these credentials: check --bot-id (the channel's referenceId)"), scope: .run)
        case 400:
            return .failed(
                error(
                    .messageCouldNotBeSent, body,
                    "Jelou could not send the message to \(recipient): most often the 24-hour window is closed "
                        + "(the person must have written to the bot in the last 24 hours; contact cards cannot be sent as templates)"
                ),
                scope: .recipient
            )
        case 422:
            return .failed(error(.unprocessableEntity, body, "Jelou rejected a field of the message: run `jelou-contacts check` on the input"), scope: .message)
        case 500:
            return .failed(
                error(
                    .internalServerError, body,
                    "Jelou answered 500, documented as \"the token has no assigned company\": ask Jelou to assign these credentials to a company"
                ),
                scope: .run
            )
        case 429:
            let wait = response.headers["retry-after"].flatMap { RetryAfter.delay($0, now: now) }
            return .retryable(error(.rateLimited, body, "Jelou is limiting the request rate: lower --rate and try again later"), retryAfter: wait)
        case 501..<600:
            let wait = response.headers["retry-after"].flatMap { RetryAfter.delay($0, now: now) }
            return .retryable(
                error(.serverUnavailable, body, "Jelou answered \(response.status) (temporarily unavailable): try again later"),
                retryAfter: wait
            )
        default:
            return .failed(error(.unexpectedStatus, body, "Jelou answered HTTP \(response.status), which this tool does not expect"), scope: .message)
        }
    }

    static func classify(_ failure: TransportFailure, host: String) -> AttemptOutcome {
        switch failure.kind {
        case .notConnected:
            return .retryable(
                SendError(code: .couldNotConnect, message: "could not connect to \(host) (\(failure.detail)): the message was not sent", cause: failure.cause ?? failure),
                retryAfter: nil
            )
        case .secureConnectionFailed:
            return .failed(
                SendError(code: .secureConnectionFailed, message: "the TLS connection to \(host) failed (\(failure.detail)): the message was not sent", cause: failure.cause ?? failure),
                scope: .run
            )
        case .timedOut:
            return .uncertain(
                SendError(
                    code: .timedOut,
                    message: "no answer from \(host) in time (\(failure.detail)): the message may have been delivered; check the chat before resending",
                    cause: failure.cause ?? failure
                )
            )
        case .connectionLost:
            return .uncertain(
                SendError(
                    code: .connectionLost,
                    message: "the connection to \(host) broke after the request was sent (\(failure.detail)): the message may have been delivered; check the chat before resending",
                    cause: failure.cause ?? failure
                )
            )
        }
    }

    /// An error with Jelou's code when it sent one (else `fallback`), our sentence, and Jelou's
    /// own description appended.
    private static func error(_ fallback: SendError.Code, _ body: ErrorBody, _ sentence: String) -> SendError {
        var message = sentence
        if let detail = body.description { message += " (Jelou says: \(quoted(detail)))" }
        return SendError(code: body.code.map { SendError.Code(rawValue: $0) } ?? fallback, message: message)
    }

    /// `text` cut to ``maximumQuotedBytes`` with every character a terminal would obey (C0, DEL,
    /// C1, bidi overrides) shown as a space, safe to print.
    static func quoted(_ text: String) -> String {
        var bytes = [UInt8]()
        for scalar in text.unicodeScalars {
            let piece = scalar.isTerminalControl ? " " : String(scalar)
            if bytes.count + piece.utf8.count > maximumQuotedBytes {
                bytes.append(contentsOf: "…".utf8)
                break
            }
            bytes.append(contentsOf: piece.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The fields of a Jelou reply read defensively: no error shape is published (SPEC.md
/// "Errors"), so `code`, `message`, `error` and `messageId` are taken when they are strings
/// and anything else, including a body that is not JSON, is ignored.
struct ErrorBody {
    var code: String?
    var description: String?
    var messageId: String?

    init(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count <= 1 << 20,
            let value = try? JSONParser(limits: JSONLimits(maxDepth: 16, maxValueBytes: 1 << 20)).parse(bytes),
            value.objectValue != nil
        else { return }
        messageId = value["messageId"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        if let code = value["code"]?.stringValue, Self.isCode(code) { self.code = code }
        let message = value["message"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let error = value["error"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        if code == nil, let error, Self.isCode(error) {
            code = error
            description = message
        } else {
            description = [message, error].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
        }
    }

    /// A code looks like `snake_case` ASCII, at most 64 bytes.
    private static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && text.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
