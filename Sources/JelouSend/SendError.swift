/// Why a message, or the whole send, did not go through.
///
/// `code` is Jelou's own error code when Jelou answered with one (`unauthorized`,
/// `forbidden_bot`, …, see SPEC.md "Errors"), otherwise one of ours (`could_not_connect`,
/// `connection_lost`, …). `message` is a sentence a person can act on. Neither ever contains the
/// client secret.
public struct SendError: Error, Sendable, CustomStringConvertible {
    /// A machine-readable reason; open, so Jelou's unknown codes are carried as written.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as written on the wire and in reports (`forbidden_bot`).
        public var rawValue: String
        /// Any code, including one of Jelou's this type does not name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The raw code.
        public var description: String { rawValue }

        /// 401: the client id or secret is wrong (Jelou).
        public static let unauthorized = Code(rawValue: "unauthorized")
        /// 403: these credentials may not use the bot (Jelou).
        public static let forbiddenBot = Code(rawValue: "forbidden_bot")
        /// 404: the bot is not assigned to the company (Jelou).
        public static let botNotFound = Code(rawValue: "bot_not_found")
        /// 400: bad request, or the 24-hour window is closed (Jelou; the spelling is Jelou's).
        public static let messageCouldNotBeSent = Code(rawValue: "message_could_not_be_send")
        /// 422: a field is missing or wrong (Jelou).
        public static let unprocessableEntity = Code(rawValue: "unprocessable_entity")
        /// 500: documented as "the token has no assigned company" (Jelou).
        public static let internalServerError = Code(rawValue: "internal_server_error")
        /// 429 after every attempt.
        public static let rateLimited = Code(rawValue: "rate_limited")
        /// 502, 503, 504 or another 5xx after every attempt.
        public static let serverUnavailable = Code(rawValue: "server_unavailable")
        /// Another HTTP status that is not retried.
        public static let unexpectedStatus = Code(rawValue: "unexpected_status")
        /// The server answered with a redirect; it is not followed so credentials stay put.
        public static let redirectRefused = Code(rawValue: "redirect_refused")
        /// No connection could be made (refused, unreachable, DNS): certainly not sent.
        public static let couldNotConnect = Code(rawValue: "could_not_connect")
        /// TLS failed before the request went out: certainly not sent.
        public static let secureConnectionFailed = Code(rawValue: "secure_connection_failed")
        /// The connection broke or timed out after the request went out: maybe delivered.
        public static let connectionLost = Code(rawValue: "connection_lost")
        /// The request timed out: maybe delivered.
        public static let timedOut = Code(rawValue: "timed_out")
        /// A message body given to send is not a `contacts` message.
        public static let invalidPayload = Code(rawValue: "invalid_payload")
        /// No credentials were given.
        public static let credentialsMissing = Code(rawValue: "credentials_missing")
        /// The credentials file could not be read or has the wrong shape.
        public static let credentialsUnreadable = Code(rawValue: "credentials_unreadable")
        /// The credentials file is readable by group or others.
        public static let credentialsExposed = Code(rawValue: "credentials_exposed")
        /// The API base URL is malformed or would send credentials in clear text.
        public static let insecureEndpoint = Code(rawValue: "insecure_endpoint")
        /// The journal could not be read or written.
        public static let journalUnusable = Code(rawValue: "journal_unusable")
        /// The journal was written for other inputs, recipients or bot.
        public static let journalMismatch = Code(rawValue: "journal_mismatch")
        /// The journal lists messages that may have been delivered; the user must decide.
        public static let uncertainInJournal = Code(rawValue: "uncertain_in_journal")
        /// An earlier failure made sending this message pointless (see the message).
        public static let notAttempted = Code(rawValue: "not_attempted")
    }

    /// The reason, Jelou's code when its answer carried one (SPEC.md "Errors").
    public var code: Code
    /// A sentence a person can act on.
    public var message: String
    /// How many HTTP attempts were made (0 when none was).
    public var attempts: Int
    /// The underlying error (`URLError`, POSIX error, …), never one that holds the secret.
    public var cause: (any Error & Sendable)?

    /// Makes an error.
    /// - Parameters:
    ///   - code: the machine-readable reason.
    ///   - message: a sentence a person can act on, without the secret.
    ///   - attempts: how many HTTP attempts were made.
    ///   - cause: the underlying error, if any.
    public init(code: Code, message: String, attempts: Int = 0, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.attempts = attempts
        self.cause = cause
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
