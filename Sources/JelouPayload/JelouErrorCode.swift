/// An error `code` of Jelou's messages API, with the HTTP status it comes with (SPEC.md "Errors").
public struct JelouErrorCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The code as Jelou writes it (`forbidden_bot`).
    public let rawValue: String

    /// Any code, including one SPEC.md does not list (its ``httpStatus`` is then `nil`).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Bad client id or secret — HTTP 401.
    public static let unauthorized = JelouErrorCode(rawValue: "unauthorized")
    /// These credentials may not use this bot — HTTP 403.
    public static let forbiddenBot = JelouErrorCode(rawValue: "forbidden_bot")
    /// The bot is not assigned to the company — HTTP 404.
    public static let botNotFound = JelouErrorCode(rawValue: "bot_not_found")
    /// A bad request, or the 24-hour window is closed — HTTP 400 (Jelou's spelling).
    public static let messageCouldNotBeSend = JelouErrorCode(rawValue: "message_could_not_be_send")
    /// A field is missing or wrong — HTTP 422.
    public static let unprocessableEntity = JelouErrorCode(rawValue: "unprocessable_entity")
    /// Documented as "the token has no assigned company" — HTTP 500.
    public static let internalServerError = JelouErrorCode(rawValue: "internal_server_error")

    /// The HTTP status Jelou answers with for this code; `nil` for codes the SPEC does not list.
    public var httpStatus: Int? {
        switch self {
        case .unauthorized: 401
        case .forbiddenBot: 403
        case .botNotFound: 404
        case .messageCouldNotBeSend: 400
        case .unprocessableEntity: 422
        case .internalServerError: 500
        default: nil
        }
    }

    /// The raw code.
    public var description: String { rawValue }
}
