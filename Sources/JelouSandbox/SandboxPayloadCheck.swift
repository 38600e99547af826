import JSONCoding

/// The sandbox's strict reading of a `contacts` body (SPEC.md "Body").
enum SandboxPayloadCheck {
    /// The most contacts one message may hold (Meta's prose; SPEC.md).
    static let maximumContacts = 257

    /// The first problem found, as a sentence naming the field, or `nil` when the body is valid.
    static func problem(in payload: JSONValue, pathBotId: String) -> String? {
        guard payload.objectValue != nil else { return "the body must be a JSON object" }
        guard payload["type"]?.stringValue == "contacts" else { return "type must be \"contacts\"" }
        guard let userId = payload["userId"]?.stringValue, isDigits(userId, 1...15) else {
            return "userId must be the recipient's phone number as digits"
        }
        if let botId = payload["botId"], botId.stringValue != pathBotId {
            return "botId in the body must match the path"
        }
        guard let contacts = payload["contacts"]?.arrayValue, !contacts.isEmpty else {
            return "contacts must be a non-empty array"
        }
        guard contacts.count <= maximumContacts else {
            return "contacts holds \(contacts.count) cards; at most \(maximumContacts) are allowed"
        }
        for (index, contact) in contacts.enumerated() {
            let field = "contacts[\(index)]"
            guard contact.objectValue != nil else { return "\(field) must be an object" }
            guard let name = contact["name"], name.objectValue != nil else { return "\(field).name is required" }
            guard let formatted = name["formatted_name"]?.stringValue, !formatted.isEmpty else {
                return "\(field).name.formatted_name is required"
            }
            let parts = ["first_name", "last_name", "middle_name", "prefix", "suffix"]
            guard parts.contains(where: { !(name[$0]?.stringValue ?? "").isEmpty }) else {
                return "\(field).name needs a name part besides formatted_name"
            }
            if let phones = contact["phones"] {
                guard let list = phones.arrayValue else { return "\(field).phones must be an array" }
                for (phoneIndex, phone) in list.enumerated() {
                    guard let number = phone["phone"]?.stringValue, number.hasPrefix("+"),
                        isDigits(String(number.dropFirst()), 7...15), !number.dropFirst().hasPrefix("0")
                    else { return "\(field).phones[\(phoneIndex)].phone must be E.164, like +12125550123" }
                    if let waId = phone["wa_id"], !isDigits(waId.stringValue ?? "", 7...15) {
                        return "\(field).phones[\(phoneIndex)].wa_id must be digits"
                    }
                }
            }
        }
        return nil
    }

    private static func isDigits(_ text: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
