import Foundation

/// One HTTP request, exactly as it goes on the wire (the transport adds nothing it can avoid).
public struct HTTPRequest: Sendable {
    /// The request method, upper-case (`POST`).
    public var method: String
    /// The full URL (`https://api.jelou.ai/v1/bots/{botId}/messages`).
    public var url: URL
    /// Header fields in the order they are sent.
    public var headers: [(name: String, value: String)]
    /// The body, byte for byte (the JSON message).
    public var body: [UInt8]

    /// Makes a request.
    /// - Parameters:
    ///   - method: the method, upper-case.
    ///   - url: the full URL.
    ///   - headers: the header fields, in the order to send them.
    ///   - body: the body bytes.
    public init(method: String, url: URL, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response: status, header fields (names lowercased) and body.
public struct HTTPResponse: Sendable {
    /// The HTTP status code (RFC 9110 §15).
    public var status: Int
    /// The header fields by lower-cased name (`retry-after`, `location`); of a name given twice, the
    /// first value.
    public var headers: [String: String]
    /// The body as received (empty when there was none).
    public var body: [UInt8]

    /// Makes a response, lower-casing the header names.
    /// - Parameters:
    ///   - status: the HTTP status code.
    ///   - headers: the header fields, names in any case; of names that differ only in case, the first
    ///     met is kept.
    ///   - body: the body bytes.
    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

/// Why a request got no HTTP response, split by whether the server may have received it.
public struct TransportFailure: Error, Sendable {
    /// Whether the request certainly did not reach the server or may have.
    public enum Kind: Sendable, Hashable {
        /// No connection was made (refused, unreachable, DNS): the request was certainly not sent.
        case notConnected
        /// TLS failed before the request went out: certainly not sent, and retrying will not help.
        case secureConnectionFailed
        /// The connection timed out after it was made: the server may have received the request.
        case timedOut
        /// The connection broke after it was made: the server may have received the request.
        case connectionLost
    }

    /// Whether the server may have received the request, which decides whether a retry risks a
    /// duplicate card.
    public var kind: Kind
    /// A short description without the secret (URLSession's own descriptions hold no headers).
    public var detail: String
    /// The error the transport reported (a `URLError`), for debugging; `nil` when it kept none.
    public var cause: (any Error & Sendable)?

    /// Makes a failure.
    /// - Parameters:
    ///   - kind: certainly not sent, or maybe sent.
    ///   - detail: a short description, never holding the secret.
    ///   - cause: the underlying error, if any.
    public init(kind: Kind, detail: String, cause: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.detail = detail
        self.cause = cause
    }
}

/// Sends one HTTP request and returns its response; redirects are returned, never followed.
public protocol HTTPTransport: Sendable {
    /// - Throws: ``TransportFailure`` when no response arrived.
    func send(_ request: HTTPRequest) async throws(TransportFailure) -> HTTPResponse
}
