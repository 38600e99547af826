/// How a ``SandboxServer`` behaves: where it listens, whom it lets in, which bots and
/// recipients it knows, and how often it misbehaves on purpose.
public struct SandboxConfiguration: Sendable {
    /// The loopback port to listen on; 0 picks a free one (see ``SandboxServer/port``).
    public var port: UInt16
    /// The share of requests, 0…1, answered with a fault chosen at random (see ``SandboxFault``).
    public var faultRate: Double
    /// The faults to choose from.
    public var faults: [SandboxFault]
    /// Faults for the first requests, in order, before `faultRate` applies: a script for tests
    /// ("fail twice, then succeed").
    public var scriptedFaults: [SandboxFault]
    /// A delay before each answer, in milliseconds.
    public var latencyMilliseconds: Int
    /// The seed of the fault and message-id choices, so a run can be repeated.
    public var seed: UInt64
    /// The client id requests must authenticate with.
    public var clientId: String
    /// The client secret requests must authenticate with; never logged.
    public var clientSecret: String
    /// Bots assigned to the company; empty means every bot id is.
    public var knownBots: Set<String>
    /// Bots these credentials may not use (answered 403 `forbidden_bot`).
    public var forbiddenBots: Set<String>
    /// Recipients whose 24-hour window is closed (answered 400 `message_could_not_be_send`).
    public var closedWindowUsers: Set<String>
    /// False answers every authenticated request 500 `internal_server_error` ("the token has no
    /// assigned company").
    public var tokenHasCompany: Bool
    /// The largest request body accepted (413 beyond it).
    public var maximumBodyBytes: Int
    /// The largest request line plus header fields accepted (431 beyond it).
    public var maximumHeaderBytes: Int
    /// Seconds a connection may stay silent before it is closed.
    public var readTimeoutSeconds: Int
    /// When set, every request is answered `307 Temporary Redirect` to this URL, to try how a
    /// client treats redirects (it must not carry the credentials along).
    public var redirectLocation: String?

    /// Makes a configuration; out-of-range values are clamped (`faultRate` to 0…1, a negative
    /// latency to 0) and an empty `faults` means every fault.
    /// - Parameters:
    ///   - port: the loopback port, 0 for a free one.
    ///   - faultRate: the share of requests answered with a random fault.
    ///   - faults: the faults to choose from.
    ///   - scriptedFaults: faults for the first requests, in order.
    ///   - latencyMilliseconds: a delay before each answer.
    ///   - seed: the seed of the random choices.
    ///   - clientId: the client id requests must authenticate with.
    ///   - clientSecret: the client secret requests must authenticate with.
    ///   - knownBots: the bots assigned to the company; empty for every bot.
    ///   - forbiddenBots: the bots answered 403 `forbidden_bot`.
    ///   - closedWindowUsers: the recipients answered 400 `message_could_not_be_send`.
    ///   - tokenHasCompany: `false` answers every authenticated request 500.
    ///   - maximumBodyBytes: the largest body accepted (8 MiB by default).
    ///   - maximumHeaderBytes: the largest request line and header fields (16 KiB by default).
    ///   - readTimeoutSeconds: how long a connection may stay silent.
    ///   - redirectLocation: a URL to redirect every request to, or `nil`.
    public init(
        port: UInt16 = 0,
        faultRate: Double = 0,
        faults: [SandboxFault] = SandboxFault.allCases,
        scriptedFaults: [SandboxFault] = [],
        latencyMilliseconds: Int = 0,
        seed: UInt64 = 1,
        clientId: String,
        clientSecret: String,
        knownBots: Set<String> = [],
        forbiddenBots: Set<String> = [],
        closedWindowUsers: Set<String> = [],
        tokenHasCompany: Bool = true,
        maximumBodyBytes: Int = 8 << 20,
        maximumHeaderBytes: Int = 16 << 10,
        readTimeoutSeconds: Int = 10,
        redirectLocation: String? = nil
    ) {
        self.port = port
        self.faultRate = min(max(faultRate, 0), 1)
        self.faults = faults.isEmpty ? SandboxFault.allCases : faults
        self.scriptedFaults = scriptedFaults
        self.latencyMilliseconds = max(0, latencyMilliseconds)
        self.seed = seed
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.knownBots = knownBots
        self.forbiddenBots = forbiddenBots
        self.closedWindowUsers = closedWindowUsers
        self.tokenHasCompany = tokenHasCompany
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumHeaderBytes = maximumHeaderBytes
        self.readTimeoutSeconds = max(1, readTimeoutSeconds)
        self.redirectLocation = redirectLocation
    }
}

/// A deliberate misbehaviour, to exercise a client's retries and uncertainty handling.
public enum SandboxFault: String, Sendable, Hashable, CaseIterable {
    /// 429 `too_many_requests` with `Retry-After: 1`; the message is not accepted.
    case tooManyRequests = "429"
    /// 503 `service_unavailable`; the message is not accepted.
    case serviceUnavailable = "503"
    /// The connection is closed before the request is read; the message is not accepted.
    case dropBeforeRead = "drop-before"
    /// The request is read and the message accepted and logged, then the connection is closed
    /// without an answer: the client cannot know the card went out.
    case dropAfterAccept = "drop-after"
}

/// SplitMix64: a small seeded generator, so sandbox runs repeat (Steele, Lea & Flood 2014).
struct SandboxRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
