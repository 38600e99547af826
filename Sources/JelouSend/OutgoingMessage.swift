import JSONCoding

/// One `contacts` message ready to post: who gets it and the exact JSON body.
public struct OutgoingMessage: Sendable, Hashable {
    /// The Jelou `userId`: the recipient's phone number as digits only (`15551112222`).
    public var recipient: String
    /// The JSON payload, byte for byte as it is sent.
    public var body: [UInt8]
    /// How many contact cards the body holds.
    public var contactCount: Int
    /// The cards' `formatted_name`s, for reports.
    public var names: [String]

    /// Makes a message from parts the caller vouches for; ``init(payload:)`` reads them from the body.
    /// - Parameters:
    ///   - recipient: the Jelou `userId`, digits only.
    ///   - body: the JSON body, as it is to be sent.
    ///   - contactCount: how many cards the body holds.
    ///   - names: the cards' `formatted_name`s.
    public init(recipient: String, body: [UInt8], contactCount: Int, names: [String]) {
        self.recipient = recipient
        self.body = body
        self.contactCount = contactCount
        self.names = names
    }

    /// A message from a finished payload (what `JelouMessageBatcher` returns), reading the
    /// recipient, the card count and the names from the body itself.
    /// - Throws: `invalid_payload` when the body is not a `contacts` message with a `userId`.
    public init(payload: [UInt8]) throws(SendError) {
        let value: JSONValue
        do throws(JSONError) {
            value = try JSONParser().parse(payload)
        } catch {
            throw SendError(code: .invalidPayload, message: "the message body is not JSON: \(error.description)")
        }
        guard let userId = value["userId"]?.stringValue, !userId.isEmpty, let contacts = value["contacts"]?.arrayValue else {
            throw SendError(code: .invalidPayload, message: "the message body has no userId or no contacts array")
        }
        self.init(
            recipient: userId, body: payload, contactCount: contacts.count,
            names: contacts.map { $0["name"]?["formatted_name"]?.stringValue ?? "" }
        )
    }

    /// The Jelou `userId` for a phone number written in any international format: its digits only
    /// (`+1-555-111-2222` → `15551112222`), or `nil` when it has fewer than 6 or more than 15
    /// digits (E.164 allows at most 15, ITU-T E.164 §6.1) or starts with 0, as no country code
    /// does (`099 123 4567` is a national number; reading it needs its region).
    public static func userId(fromPhoneNumber text: String) -> String? {
        let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard (6...15).contains(digits.count), digits.first != UInt8(ascii: "0") else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }
}
