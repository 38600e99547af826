import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the sandbox could not start.
public struct SandboxError: Error, Sendable, CustomStringConvertible {
    /// What failed (creating, binding or listening on the socket) and the system's reason.
    public var message: String
    /// The message.
    public var description: String { message }
}

/// A local stand-in for Jelou's messages endpoint, for tests and trials.
///
/// A small HTTP/1.1 server (RFC 9112) on POSIX sockets, bound to 127.0.0.1 only, one thread per
/// connection, keep-alive honoured. It answers `POST /v1/bots/{botId}/messages` the way SPEC.md
/// describes Jelou: Basic authentication against the configured credentials, the payload
/// checked strictly, `{"success":true,"messageId":"msg_…"}` on success and Jelou's error codes
/// otherwise. Each accepted message is written to `output` as one JSON line
/// (`{"messageId":…,"botId":…,"userId":…,"names":[…]}`); the sandbox's own log lines go to `log`
/// and never hold a header value or the secret.
public final class SandboxServer: Sendable {
    /// One message the sandbox accepted (and would have delivered).
    public struct AcceptedMessage: Sendable, Hashable {
        /// The id the sandbox answered with: `msg_` and 16 hexadecimal digits drawn from the
        /// generator seeded with ``SandboxConfiguration/seed``.
        public var messageId: String
        /// The bot of the request path (`/v1/bots/{botId}/messages`).
        public var botId: String
        /// The body's `userId`: the recipient, digits only.
        public var userId: String
        /// The cards' `formatted_name`s, in order.
        public var names: [String]
        /// The request body as received.
        public var body: [UInt8]
    }

    private let configuration: SandboxConfiguration
    private let responder: SandboxResponder
    private let output: @Sendable (String) -> Void
    private let log: @Sendable (String) -> Void
    private let state = LockedState()
    /// Entered by the accept thread and each connection thread.
    private let running = DispatchGroup()
    /// Entered by ``start()``, left when ``stop()`` has finished.
    private let lifetime = DispatchGroup()

    /// - Parameters:
    ///   - output: receives one JSON line (no newline) per accepted message, like stdout.
    ///   - log: receives the sandbox's log lines (no newline), like stderr.
    public init(
        configuration: SandboxConfiguration,
        output: @escaping @Sendable (String) -> Void = { _ in },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.configuration = configuration
        responder = SandboxResponder(configuration: configuration)
        self.output = output
        self.log = log
        state.withLock { $0.random = SandboxRandom(seed: configuration.seed) }
    }

    deinit {
        stop()
    }

    /// The port listened on (the one picked when the configuration said 0); 0 before ``start()``.
    public var port: UInt16 { state.withLock { $0.port } }

    /// `http://127.0.0.1:PORT`, for `--api-base`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every message accepted so far, in the order accepted.
    public var acceptedMessages: [AcceptedMessage] { state.withLock { $0.accepted } }

    /// Binds 127.0.0.1 and starts accepting connections on a thread of its own.
    /// - Returns: the port listened on.
    /// - Throws: ``SandboxError`` when the socket cannot be made, bound or listened on.
    @discardableResult
    public func start() throws(SandboxError) -> UInt16 {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw SandboxError(message: "cannot create a socket: \(Self.lastError())") }
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = configuration.port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 128) == 0 else {
            let reason = Self.lastError()
            close(listener)
            throw SandboxError(message: "cannot listen on 127.0.0.1:\(configuration.port): \(reason)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = UInt16(bigEndian: address.sin_port)
        state.withLock {
            $0.listener = listener
            $0.port = port
        }
        lifetime.enter()
        log("sandbox: listening on http://127.0.0.1:\(port) (fault rate \(configuration.faultRate), latency \(configuration.latencyMilliseconds) ms, seed \(configuration.seed))")
        running.enter()
        let thread = Thread { [self] in
            acceptLoop(listener)
            running.leave()
        }
        thread.start()
        return port
    }

    /// Stops accepting, closes every open connection and waits for the threads to end.
    public func stop() {
        let (listener, connections) = state.withLock { state -> (Int32, Set<Int32>) in
            let listener = state.listener
            state.listener = -1
            state.stopping = true
            return (listener, state.connections)
        }
        if listener >= 0 { shutdown(listener, Int32(SHUT_RDWR)) }
        for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
        _ = running.wait(timeout: .now() + 10)
        if listener >= 0 {
            close(listener)
            log("sandbox: stopped")
            lifetime.leave()
        }
    }

    /// Blocks until ``stop()`` has been called and has finished.
    public func waitUntilStopped() {
        lifetime.wait()
    }

    private func acceptLoop(_ listener: Int32) {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            let admitted = state.withLock { state -> Bool in
                guard !state.stopping else { return false }
                state.connections.insert(connection)
                return true
            }
            guard admitted else {
                close(connection)
                return
            }
            var timeout = timeval(tv_sec: configuration.readTimeoutSeconds, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            running.enter()
            let thread = Thread { [self] in
                serve(connection)
                state.withLock { _ = $0.connections.remove(connection) }
                close(connection)
                running.leave()
            }
            thread.start()
        }
    }

    /// Serves requests on one connection until the client closes it, asks to, or falls silent.
    private func serve(_ connection: Int32) {
        var buffer: [UInt8] = []
        while true {
            if buffer.isEmpty, !receive(connection, into: &buffer) { return }
            let fault = rollFault()
            if fault == .dropBeforeRead {
                log("sandbox: fault: closed the connection before reading the request")
                return
            }
            guard let first = buffer.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else {
                log("sandbox: refused a connection that does not speak HTTP/1.1 (a TLS client? the sandbox is plain http)")
                reply(SandboxResponse.error(400, "bad_request", "not an HTTP/1.1 request"), on: connection, closing: true)
                return
            }
            var headEnd = Self.endOfHead(in: buffer)
            while headEnd == nil && buffer.count <= configuration.maximumHeaderBytes {
                guard receive(connection, into: &buffer) else { return }
                headEnd = Self.endOfHead(in: buffer)
            }
            guard let headEnd, headEnd - 4 <= configuration.maximumHeaderBytes else {
                reply(SandboxResponse.error(431, "request_header_fields_too_large", "the request head exceeds \(configuration.maximumHeaderBytes) bytes"), on: connection, closing: true)
                return
            }
            guard let head = HTTPRequestHead(buffer[..<(headEnd - 4)]) else {
                reply(SandboxResponse.error(400, "bad_request", "the request line or a header field is malformed"), on: connection, closing: true)
                return
            }
            if head["transfer-encoding"] != nil {
                reply(SandboxResponse.error(411, "length_required", "send the body with Content-Length; chunked bodies are not accepted"), on: connection, closing: true)
                return
            }
            let lengthField = head["content-length"] ?? "0"
            guard let length = Int(lengthField), length >= 0 else {
                reply(SandboxResponse.error(400, "bad_request", "Content-Length is not a number"), on: connection, closing: true)
                return
            }
            guard length <= configuration.maximumBodyBytes else {
                log("sandbox: refused a body of \(length) bytes (limit \(configuration.maximumBodyBytes))")
                reply(SandboxResponse.error(413, "payload_too_large", "the body exceeds \(configuration.maximumBodyBytes) bytes"), on: connection, closing: true)
                return
            }
            if head["expect"]?.lowercased() == "100-continue" {
                write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: connection)
            }
            while buffer.count < headEnd + length {
                guard receive(connection, into: &buffer) else { return }
            }
            let body = Array(buffer[headEnd..<(headEnd + length)])
            buffer.removeFirst(headEnd + length)
            if configuration.latencyMilliseconds > 0 {
                usleep(UInt32(min(configuration.latencyMilliseconds, 60_000)) * 1000)
            }
            let response: SandboxResponse
            switch fault {
            case .tooManyRequests?:
                log("sandbox: fault: 429 for \(head.method) \(head.target)")
                response = SandboxResponse.error(429, "too_many_requests", "slow down", retryAfter: "1")
            case .serviceUnavailable?:
                log("sandbox: fault: 503 for \(head.method) \(head.target)")
                response = SandboxResponse.error(503, "service_unavailable", "try again later")
            default:
                response = answer(head, body: body)
            }
            if fault == .dropAfterAccept {
                log("sandbox: fault: closed the connection after handling \(head.method) \(head.target) (answer \(response.status) not sent)")
                return
            }
            reply(response, on: connection, closing: head.wantsClose)
            if head.wantsClose { return }
        }
    }

    /// Handles a request that got no fault: route, authenticate, validate, accept.
    private func answer(_ head: HTTPRequestHead, body: [UInt8]) -> SandboxResponse {
        let messageId = state.withLock { state -> String in
            var id = "msg_"
            let value = state.random.next()
            for shift in stride(from: 60, through: 0, by: -4) {
                id.append(String((value >> UInt64(shift)) & 0xF, radix: 16))
            }
            return id
        }
        let outcome = responder.respond(method: head.method, target: head.target, authorization: head["authorization"], body: body, messageId: messageId)
        log("sandbox: \(head.method) \(Self.printable(head.target)) → \(outcome.response.status)\(outcome.accepted.map { " " + $0.messageId } ?? "")")
        if let accepted = outcome.accepted {
            state.withLock { $0.accepted.append(accepted) }
            output(SandboxResponder.acceptedLine(accepted))
        }
        return outcome.response
    }

    private func rollFault() -> SandboxFault? {
        state.withLock { state -> SandboxFault? in
            if state.requestCount < configuration.scriptedFaults.count {
                state.requestCount += 1
                return configuration.scriptedFaults[state.requestCount - 1]
            }
            state.requestCount += 1
            guard configuration.faultRate > 0 else { return nil }
            guard Double.random(in: 0..<1, using: &state.random) < configuration.faultRate else { return nil }
            return configuration.faults.randomElement(using: &state.random)
        }
    }

    private func reply(_ response: SandboxResponse, on connection: Int32, closing: Bool) {
        write(response.serialized(closing: closing), to: connection)
    }

    /// Reads what is available (blocking up to the read timeout); false on end, error or timeout.
    private func receive(_ connection: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress!, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    private func write(_ bytes: [UInt8], to connection: Int32) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                send(connection, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            sent += count
        }
    }

    /// The offset just past the `CRLF CRLF` ending the head, if it has arrived.
    private static func endOfHead(in buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 3..<buffer.count
        where buffer[index] == UInt8(ascii: "\n") && buffer[index - 1] == UInt8(ascii: "\r")
            && buffer[index - 2] == UInt8(ascii: "\n") && buffer[index - 3] == UInt8(ascii: "\r") {
            return index + 1
        }
        return nil
    }

    /// A request target cut to 200 bytes with controls replaced, for log lines.
    private static func printable(_ text: String) -> String {
        String(decoding: text.utf8.prefix(200).map { $0 < 0x20 || $0 == 0x7F ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

/// The server's mutable state behind one lock.
private final class LockedState: @unchecked Sendable {
    struct State {
        var listener: Int32 = -1
        var port: UInt16 = 0
        var stopping = false
        var connections: Set<Int32> = []
        var accepted: [SandboxServer.AcceptedMessage] = []
        var random = SandboxRandom(seed: 0)
        var requestCount = 0
    }

    private let lock = NSLock()
    private var state = State()

    func withLock<Result>(_ body: (inout State) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&state)
    }
}
