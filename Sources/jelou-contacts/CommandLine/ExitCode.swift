/// How the tool ends, as the shell sees it.
struct ExitCode: Error, Sendable, Equatable {
    var rawValue: Int32

    /// Everything worked.
    static let success = ExitCode(rawValue: 0)
    /// Some input had errors, or some messages failed to send.
    static let failure = ExitCode(rawValue: 1)
    /// `send`: some messages may or may not have been delivered.
    static let uncertain = ExitCode(rawValue: 2)
    /// The command line was wrong (BSD `EX_USAGE`).
    static let usage = ExitCode(rawValue: 64)
}

/// A mistake on the command line: printed as `Error: …`, the usage line and a hint; exit 64.
struct UsageError: Error, Sendable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// A failure that is not the command line's fault (an unreadable file, a refused credentials
/// file): printed as `Error: …`; exit 1.
struct CommandFailure: Error, Sendable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
