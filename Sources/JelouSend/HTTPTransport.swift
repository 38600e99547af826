import Foundation

/// One HTTP request, exactly as it goes on the wire (the transport adds nothing it can avoid).
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// Header fields in the order they are sent.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, url: URL, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response: status, header fields (names lowercased) and body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

/// Why a request got no HTTP response, split by whether the server may have received it.
public struct TransportFailure: Error, Sendable {
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

    public var kind: Kind
    /// A short description without the secret (URLSession's own descriptions hold no headers).
    public var detail: String
    public var cause: (any Error & Sendable)?

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
