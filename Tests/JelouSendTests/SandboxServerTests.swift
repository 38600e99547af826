import Foundation
import JelouSandbox
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The sandbox's HTTP layer, spoken to over a raw loopback socket.
@Suite struct SandboxServerTests {
    static let authorization = "Basic " + Data("\(TestCredentials.clientId):\(TestCredentials.secret)".utf8).base64EncodedString()
    static let validBody = #"{"type":"contacts","userId":"15551112222","contacts":[{"name":{"formatted_name":"Ann Lee","first_name":"Ann"}}]}"#

    static func post(_ path: String = "/v1/bots/bot-7/messages", body: String = validBody, extra: String = "", authorization: String = authorization) -> String {
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: \(authorization)\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\n\(extra)\r\n\(body)"
    }

    /// Sends `request` on a fresh connection and reads until the server closes it.
    static func exchange(_ request: String, port: UInt16) throws -> String {
        let connection = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(connection >= 0)
        defer { close(connection) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(connection, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
        var reply = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress!, $0.count, 0) }
            if count <= 0 { break }
            reply += chunk[0..<count]
        }
        return String(decoding: reply, as: UTF8.self)
    }

    @Test(arguments: [
        (post(extra: "Connection: close\r\n"), "HTTP/1.1 200 OK", #"{"success":true,"messageId":"msg_"#),
        (post("/v1/bots/bot-7/contacts", extra: "Connection: close\r\n"), "HTTP/1.1 404 Not Found", #""code":"not_found""#),
        ("GET /v1/bots/bot-7/messages HTTP/1.1\r\nConnection: close\r\n\r\n", "HTTP/1.1 405 Method Not Allowed", #""code":"method_not_allowed""#),
        (post(extra: "Connection: close\r\n", authorization: "Basic Y2xpZW50LTQyOm5vcGU="), "HTTP/1.1 401 Unauthorized", #""code":"unauthorized""#),
        (post(body: "{\"type\":", extra: "Connection: close\r\n"), "HTTP/1.1 400 Bad Request", #""code":"message_could_not_be_send""#),
        (
            post(body: #"{"type":"contacts","userId":"15551112222","contacts":[{"name":{"formatted_name":"Ann"},"phones":[{"phone":"212 555"}]}]}"#, extra: "Connection: close\r\n"),
            "HTTP/1.1 422 Unprocessable Content", #""code":"unprocessable_entity","message":"contacts[0].name: needs at least one of"#
        ),
        ("POST /v1/bots/b/messages HTTP/1.1\r\nContent-Length: 9000000\r\n\r\n", "HTTP/1.1 413 Content Too Large", #""code":"payload_too_large""#),
        ("POST /v1/bots/b/messages HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", "HTTP/1.1 411 Length Required", #""code":"length_required""#),
        ("POST /v1/bots/b/messages HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 20_000) + "\r\n\r\n", "HTTP/1.1 431 Request Header Fields Too Large", "request_header_fields_too_large"),
        ("NONSENSE\r\n\r\n", "HTTP/1.1 400 Bad Request", #""code":"bad_request""#),
    ])
    func answersLikeJelou(request: String, statusLine: String, bodyFragment: String) throws {
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let reply = try Self.exchange(request, port: sandbox.server.port)
        #expect(reply.hasPrefix(statusLine + "\r\n"))
        #expect(reply.contains(bodyFragment))
    }

    @Test func keepsTheConnectionOpenAndAnswers100Continue() throws {
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let reply = try Self.exchange(Self.post(extra: "Expect: 100-continue\r\n") + Self.post(extra: "Connection: close\r\n"), port: sandbox.server.port)
        #expect(reply.hasPrefix("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"))
        #expect(reply.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
        #expect(sandbox.server.acceptedMessages.count == 2)
        #expect(sandbox.output.lines.count == 2)
    }

    @Test func listensOnLoopbackOnlyAndStopsWithIdleConnectionsOpen() throws {
        let sandbox = try RunningSandbox()
        let port = sandbox.server.port
        #expect(port != 0)
        #expect(sandbox.server.baseURL == "http://127.0.0.1:\(port)")
        let idle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(idle) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(idle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        Thread.sleep(forTimeInterval: 0.05)
        let started = Date()
        sandbox.server.stop()
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(sandbox.log.lines.first == "sandbox: listening on http://127.0.0.1:\(port) (fault rate 0.0, latency 0 ms, seed 1)")
        #expect(sandbox.log.lines.last == "sandbox: stopped")
    }

    @Test func theSameSeedGivesTheSameFaults() throws {
        func faultLog(seed: UInt64) throws -> [String] {
            let sandbox = try RunningSandbox {
                $0.faultRate = 0.5
                $0.seed = seed
                $0.faults = [.tooManyRequests, .serviceUnavailable]
            }
            defer { sandbox.server.stop() }
            return try (0..<12).map { _ in
                String(try Self.exchange(Self.post(extra: "Connection: close\r\n"), port: sandbox.server.port).prefix(12))
            }
        }
        let first = try faultLog(seed: 99)
        #expect(try faultLog(seed: 99) == first)
        #expect(Set(first).count > 1)
    }
}

@Suite struct SandboxLatencyTests {
    @Test func latencyDelaysEachAnswer() throws {
        let sandbox = try RunningSandbox { $0.latencyMilliseconds = 150 }
        defer { sandbox.server.stop() }
        let started = Date()
        let reply = try SandboxServerTests.exchange(SandboxServerTests.post(extra: "Connection: close\r\n"), port: sandbox.server.port)
        #expect(reply.hasPrefix("HTTP/1.1 200 OK"))
        #expect(Date().timeIntervalSince(started) >= 0.15)
    }
}

@Suite struct SandboxSignalTests {
    @Test func aSignalStopsARunningSandbox() async throws {
        let sandbox = try RunningSandbox()
        let server = sandbox.server
        let finished = Task.detached { server.runUntilSignalled([SIGUSR1]) }
        try await Task.sleep(nanoseconds: 100_000_000)
        kill(getpid(), SIGUSR1)
        await finished.value
        #expect(sandbox.log.lines.last == "sandbox: stopped")
    }
}

@Suite struct SandboxConcurrencyTests {
    @Test func servesConnectionsConcurrently() throws {
        let sandbox = try RunningSandbox { $0.latencyMilliseconds = 200 }
        defer { sandbox.server.stop() }
        let port = sandbox.server.port
        let started = Date()
        let replies = LineSink()
        let done = DispatchGroup()
        for _ in 0..<16 {
            done.enter()
            Thread {
                replies.append((try? SandboxServerTests.exchange(SandboxServerTests.post(extra: "Connection: close\r\n"), port: port)) ?? "")
                done.leave()
            }.start()
        }
        done.wait()
        #expect(replies.lines.count == 16)
        #expect(replies.lines.allSatisfy { $0.hasPrefix("HTTP/1.1 200 OK") })
        #expect(Set(sandbox.server.acceptedMessages.map(\.messageId)).count == 16)
        #expect(Date().timeIntervalSince(started) < 16 * 0.2 / 2, "16 answers of 200 ms each must overlap")
    }
}
