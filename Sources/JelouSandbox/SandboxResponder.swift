import Foundation
import JSONCoding
import JelouPayload

/// Decides the answer to one request, the way SPEC.md describes Jelou's endpoint.
///
/// Checks, in order: the route (`POST /v1/bots/{botId}/messages`, else 404/405), Basic
/// authentication (401 `unauthorized`), the token's company (500 `internal_server_error`), the
/// bot (403 `forbidden_bot`, 404 `bot_not_found`), the body (400 `message_could_not_be_send`
/// when it is not JSON, 422 `unprocessable_entity` when a field is missing or wrong, both by
/// ``JelouPayloadValidator``), the
/// recipient's 24-hour window (400 `message_could_not_be_send`); then accepts.
struct SandboxResponder: Sendable {
    let configuration: SandboxConfiguration
    private let expectedAuthorization: String

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        expectedAuthorization = "Basic " + Data((configuration.clientId + ":" + configuration.clientSecret).utf8).base64EncodedString()
    }

    struct Outcome {
        var response: SandboxResponse
        var accepted: SandboxServer.AcceptedMessage?
    }

    func respond(method: String, target: String, authorization: String?, body: [UInt8], messageId: String) -> Outcome {
        if let location = configuration.redirectLocation {
            return Outcome(response: .redirect(to: location))
        }
        guard let botId = Self.botId(inPath: target) else {
            return Outcome(response: .error(404, "not_found", "no such endpoint; use POST /v1/bots/{botId}/messages"))
        }
        guard method == "POST" else {
            return Outcome(response: .error(405, "method_not_allowed", "use POST"))
        }
        guard authorization == expectedAuthorization else {
            return Outcome(response: .error(401, "unauthorized", "invalid client id or client secret"))
        }
        guard configuration.tokenHasCompany else {
            return Outcome(response: .error(500, "internal_server_error", "the token has no assigned company"))
        }
        if configuration.forbiddenBots.contains(botId) {
            return Outcome(response: .error(403, "forbidden_bot", "these credentials may not use this bot"))
        }
        if !configuration.knownBots.isEmpty, !configuration.knownBots.contains(botId) {
            return Outcome(response: .error(404, "bot_not_found", "the bot is not assigned to the company"))
        }
        let payload: JSONValue
        do {
            payload = try JSONParser(limits: JSONLimits(maxDepth: 32, maxValueBytes: configuration.maximumBodyBytes)).parse(body)
        } catch {
            return Outcome(response: .error(400, "message_could_not_be_send", "the body is not JSON: \(error.message)"))
        }
        let problems = JelouPayloadValidator(maxContacts: JelouMessageBatcher.maxBatchSize, expectedBotID: botId).validate(payload)
        if let first = problems.first {
            let listed = problems.prefix(3).map(\.description).joined(separator: "; ") + (problems.count > 3 ? "; …" : "")
            return Outcome(response: .error(first.code.httpStatus ?? 422, first.code.rawValue, listed))
        }
        let userId = payload["userId"]?.stringValue ?? ""
        if configuration.closedWindowUsers.contains(userId) {
            return Outcome(
                response: .error(400, "message_could_not_be_send", "the 24-hour window with this user is closed")
            )
        }
        let names = payload["contacts"]?.arrayValue?.map { $0["name"]?["formatted_name"]?.stringValue ?? "" } ?? []
        let accepted = SandboxServer.AcceptedMessage(messageId: messageId, botId: botId, userId: userId, names: names, body: body)
        return Outcome(response: .accepted(messageId), accepted: accepted)
    }

    /// The decoded `{botId}` of `/v1/bots/{botId}/messages`, or `nil` for any other path.
    static func botId(inPath target: String) -> String? {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count == 5, segments[0].isEmpty, segments[1] == "v1", segments[2] == "bots",
            !segments[3].isEmpty, segments[4] == "messages"
        else { return nil }
        return String(segments[3]).removingPercentEncoding
    }

    /// `{"messageId":…,"botId":…,"userId":…,"names":[…]}`.
    static func acceptedLine(_ message: SandboxServer.AcceptedMessage) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("messageId")
        writer.string(message.messageId)
        writer.key("botId")
        writer.string(message.botId)
        writer.key("userId")
        writer.string(message.userId)
        writer.key("names")
        writer.beginArray()
        for name in message.names { writer.string(name) }
        writer.endArray()
        writer.endObject()
        return String(decoding: writer.takeBytes(), as: UTF8.self)
    }
}
