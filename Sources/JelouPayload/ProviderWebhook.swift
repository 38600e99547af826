import ContactModel
import JSONCoding

/// The webhook bodies of WhatsApp providers that wrap Meta's message object in their own event,
/// and the flat events of those that never carry the card, so that neither is read as a contact.
enum ProviderWebhook {
    /// The messages an event wraps, each of the shape of Meta's message object (`type`,
    /// `contacts`): Infobip's `results[].message` (`"type": "CONTACT"`), YCloud's
    /// `whatsappInboundMessage`, Zenvia's `message.contents[]`; `nil` when `value` wraps none.
    /// A `message` counts only when it carries cards: a CRM record's or a chat log's `message`
    /// (`{"type": "text", "body": …}`) is no webhook, and the record is read as before.
    /// - Parameter path: where `value` is; each message is given with its own path.
    static func wrappedMessages(in value: JSONValue, at path: JSONPath) -> [(message: JSONValue, path: JSONPath)]? {
        if let message = value["whatsappInboundMessage"], case .object = message {
            return [(message, path.appending(key: "whatsappInboundMessage"))]
        }
        guard let message = value["message"], case .object = message else { return nil }
        let messagePath = path.appending(key: "message")
        let messages: [(message: JSONValue, path: JSONPath)] = message["contents"]?.arrayValue.map { contents in
            contents.enumerated().map { ($1, messagePath.appending(key: "contents").appending(index: $0)) }
        } ?? [(message, messagePath)]
        return messages.contains(where: { carriesContacts($0.message) }) ? messages : nil
    }

    /// True for a message with a `contacts` list and no type, or a contacts type.
    private static func carriesContacts(_ message: JSONValue) -> Bool {
        guard message["contacts"]?.arrayValue != nil else { return false }
        return message["type"]?.stringValue.map(isContactsType) ?? true
    }

    /// Kaleyra's `{"meta_object": {"value": {…}, "field": "messages"}}`: a Meta webhook change's
    /// value, wrapped.
    /// - Parameter path: where `value` is; the change's value is given with its own path.
    static func wrappedChange(in value: JSONValue, at path: JSONPath) -> (value: JSONValue, path: JSONPath)? {
        guard let change = value["meta_object"]?["value"], case .object = change else { return nil }
        return (change, path.appending(key: "meta_object").appending(key: "value"))
    }

    /// True for the type of a message that carries shared contacts: Meta's `contacts`, Infobip's
    /// `CONTACT`, in any case.
    static func isContactsType(_ type: String) -> Bool {
        let lowered = type.lowercased()
        return lowered == "contacts" || lowered == "contact"
    }

    /// Why a flat event is no contact, for its warning; `nil` for any other object, and for one
    /// with a `contacts` list, read as such.
    /// - Twilio's message webhooks (`MessageSid` with `AccountSid`, `WaId` or a `whatsapp:`
    ///   address, form fields as JSON): a shared card is not in them but a `text/vcard` media to
    ///   download (`MediaUrlN`, or Conversations' `Media` list).
    /// - Wati's events (`eventType` with `waId`, and `senderName` or `whatsappMessageId`): a
    ///   message of another type, or a new chat, not a card.
    /// A CRM record that keeps a message id or an event name beside its fields is neither.
    static func flatEventDescription(_ members: [JSONMember]) -> String? {
        func text(_ key: String) -> String? { members.first { $0.key == key }?.value.stringValue }
        guard !members.contains(where: { $0.key == "contacts" }) else { return nil }
        let isTwilio = (text("MessageSid") ?? text("SmsMessageSid")) != nil
            && (text("AccountSid") != nil || text("WaId") != nil || text("From")?.hasPrefix("whatsapp:") == true
                || text("Author")?.hasPrefix("whatsapp:") == true)
        if isTwilio {
            let mediaCount = text("NumMedia").flatMap { Int($0) } ?? 0
            for index in 0..<min(mediaCount, 10) where text("MediaContentType\(index)")?.lowercased().contains("vcard") == true {
                return "Twilio message whose shared contact is not in the webhook but the vCard at MediaUrl\(index)"
                    + (text("MediaUrl\(index)").map { " (\($0))" } ?? "") + "; download it and convert that file"
            }
            if text("Media")?.lowercased().contains("vcard") == true {
                // Twilio Conversations: `Media` is a JSON text listing the attachments.
                return "Twilio message whose shared contact is not in the webhook but a vCard in its Media; "
                    + "download it and convert that file"
            }
            return "Twilio message that carries no contact card"
        }
        if let event = text("eventType"), text("waId") != nil, text("senderName") != nil || text("whatsappMessageId") != nil {
            guard let type = text("type") else { return "Wati event \"\(event)\" is not a contacts message" }
            return isContactsType(type)
                ? "Wati event \"\(event)\" of type \"\(type)\" carries no contacts list"
                : "Wati event \"\(event)\" of type \"\(type)\" is not a contacts message"
        }
        return nil
    }

    /// The cards of Chatwoot's `message_created` event: one `contact` attachment per phone of the
    /// card, its `fallback_title` the phone (`Phone number is not available` when the card had
    /// none) and its `meta` the name (`firstName`, `lastName`); consecutive attachments of one
    /// name are one contact. `nil` when `value` has no such attachment.
    static func chatwootContacts(in value: JSONValue) -> [Contact]? {
        guard let attachments = value["attachments"]?.arrayValue else { return nil }
        var contacts: [Contact] = []
        for attachment in attachments where attachment["file_type"]?.stringValue == "contact" {
            let meta = attachment["meta"]
            let name = PersonName(
                given: meta?["firstName"]?.stringValue?.trimmedNonEmpty, family: meta?["lastName"]?.stringValue?.trimmedNonEmpty)
            let phone = attachment["fallback_title"]?.stringValue?.trimmedNonEmpty
                .flatMap { $0 == "Phone number is not available" ? nil : Phone(value: $0) }
            if let last = contacts.last, last.name == name, !name.isEmpty, let phone {
                contacts[contacts.count - 1].phones.append(phone)
                continue
            }
            let contact = Contact(name: name, phones: phone.map { [$0] } ?? [])
            if !contact.isEmpty { contacts.append(contact) }
        }
        return contacts.isEmpty ? nil : contacts
    }
}
