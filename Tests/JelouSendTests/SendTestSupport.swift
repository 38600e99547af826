import _ContactsTestSupport
import Foundation
import JSONCoding
import JelouSandbox

@testable import JelouSend

#if canImport(Glibc)
import Glibc
#endif

/// The credentials every test sandbox is started with; the secret is what the secret scan hunts.
enum TestCredentials {
    static let clientId = "client-42"
    static let secret = "s3cr3t-XYZ-123"
    static let credentials = Credentials(clientId: clientId, clientSecret: secret)
}

/// A clock that never waits: sleeps advance a virtual time and are recorded.
final class RecordingClock: SendClock, @unchecked Sendable {
    private let lock = NSLock()
    private var elapsed = 0.0
    private var recorded: [Double] = []
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    var sleeps: [Double] { lock.withLock { recorded } }

    func now() -> Date { lock.withLock { start.addingTimeInterval(elapsed) } }
    func monotonicSeconds() -> Double { lock.withLock { elapsed } }

    func sleep(seconds: Double) async {
        lock.withLock {
            recorded.append(seconds)
            elapsed += max(0, seconds)
        }
    }
}

/// Collects the sandbox's output and log lines.
final class LineSink: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func append(_ line: String) { lock.withLock { stored.append(line) } }
}

enum Messages {
    /// A valid `contacts` body with one card per name, as JelouPayload would write it.
    static func make(to recipient: String, names: [String]) -> OutgoingMessage {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("type")
        writer.string("contacts")
        writer.key("userId")
        writer.string(recipient)
        writer.key("contacts")
        writer.beginArray()
        for (index, name) in names.enumerated() {
            let parts = name.split(separator: " ")
            writer.beginObject()
            writer.key("name")
            writer.beginObject()
            writer.member("formatted_name", name)
            writer.member("first_name", parts.first.map(String.init))
            writer.member("last_name", parts.count > 1 ? String(parts[parts.count - 1]) : nil)
            writer.endObject()
            writer.key("phones")
            writer.beginArray()
            writer.beginObject()
            let number = String(12_125_550_100 + index)
            writer.member("phone", "+" + number)
            writer.member("type", "Mobile")
            writer.member("wa_id", number)
            writer.endObject()
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return OutgoingMessage(recipient: recipient, body: writer.takeBytes(), contactCount: names.count, names: names)
    }

    /// `count` one-card messages named `Person 1`, `Person 2`, … to `recipient`.
    static func batch(_ count: Int, to recipient: String = "15551112222") -> [OutgoingMessage] {
        (1...count).map { make(to: recipient, names: ["Person \($0) Test"]) }
    }
}

/// A started sandbox with its sinks, stopped by `stop()`.
struct RunningSandbox {
    let server: SandboxServer
    let output: LineSink
    let log: LineSink

    init(_ configure: (inout SandboxConfiguration) -> Void = { _ in }) throws {
        var configuration = SandboxConfiguration(clientId: TestCredentials.clientId, clientSecret: TestCredentials.secret)
        configure(&configuration)
        let output = LineSink()
        let log = LineSink()
        server = SandboxServer(configuration: configuration, output: { output.append($0) }, log: { log.append($0) })
        self.output = output
        self.log = log
        try server.start()
    }

    func endpoint(bot: String = "bot-7") throws -> MessagesEndpoint {
        try MessagesEndpoint(apiBase: server.baseURL, botId: bot)
    }

    func session(
        bot: String = "bot-7",
        credentials: Credentials = TestCredentials.credentials,
        options: SendOptions = SendOptions(ratePerSecond: 0),
        clock: RecordingClock = RecordingClock()
    ) throws -> SendSession {
        SendSession(
            endpoint: try endpoint(bot: bot), credentials: credentials, options: options,
            transport: URLSessionTransport(timeout: 10), clock: clock, random: SplitMix64(seed: 7)
        )
    }
}

/// A fresh temporary directory, removed by the caller.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("jelou-send-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A loopback port where nothing listens, held for the test's life: a TCP socket bound to it and
/// never listening, so connections are refused and no other test's server can take the port (a
/// stopped sandbox's port can be taken at once by one started beside it).
final class ClosedPort {
    let port: UInt16
    private let socketDescriptor: Int32

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard descriptor >= 0, bound else {
            if descriptor >= 0 { close(descriptor) }
            throw POSIXError(.EADDRNOTAVAIL)
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socketDescriptor) }
}
