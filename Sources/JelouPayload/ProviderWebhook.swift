import ContactModel
import JSONCoding

/// The webhook bodies of WhatsApp providers that wrap Meta's message object in their own event,
/// and the flat events of those that never carry the card, so that neither is read as a contact.
enum ProviderWebhook {
    /// The messages an event wraps, each of the shape of Meta's message object (`type`,
    /// `contacts`): Infobip's `results[].message` (`"type": "CONTACT"`), YCloud's
    /// `whatsappInboundMessage`, Zenvia's `message.contents[]`; `nil` when `value` wraps none.
    static func wrappedMessages(in value: JSONValue) -> [JSONValue]? {
        if let message = value["whatsappInboundMessage"], case .object = message { return [message] }
        guard let message = value["message"], case .object = message else { return nil }
        if let contents = message["contents"]?.arrayValue { return contents }
        return message["type"]?.stringValue != nil || message["contacts"] != nil ? [message] : nil
    }

    /// Kaleyra's `{"meta_object": {"value": {…}, "field": "messages"}}`: a Meta webhook change's
    /// value, wrapped.
    static func wrappedChange(in value: JSONValue) -> JSONValue? {
        guard let change = value["meta_object"]?["value"], case .object = change else { return nil }
        return change
    }

    /// True for the type of a message that carries shared contacts: Meta's `contacts`, Infobip's
    /// `CONTACT`, in any case.
    static func isContactsType(_ type: String) -> Bool {
        let lowered = type.lowercased()
        return lowered == "contacts" || lowered == "contact"
    }

    /// Why a flat event is no contact, for its warning; `nil` for any other object.
    /// - Twilio's message webhooks (`MessageSid`, `WaId`, `From`…, form fields as JSON): a shared
    ///   card is not in them but a `text/vcard` media to download (`MediaUrlN`, or Conversations'
    ///   `Media` list).
    /// - Wati's events (`eventType`): a message of another type, or a new chat, not a card.
    static func flatEventDescription(_ members: [JSONMember]) -> String? {
        func text(_ key: String) -> String? { members.first { $0.key == key }?.value.stringValue }
        if text("MessageSid") != nil || text("SmsMessageSid") != nil {
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
        if let event = text("eventType") {
            let type = text("type").map { " of type \"\($0)\"" } ?? ""
            return "Wati event \"\(event)\"\(type) is not a contacts message"
        }
        return nil
    }

    /// The cards of Chatwoot's `message_created` event: one `contact` attachment per phone, each
    /// titled `Name - phone`; consecutive attachments of one name are one contact. `nil` when
    /// `value` has no such attachment.
    static func chatwootContacts(in value: JSONValue) -> [Contact]? {
        guard let attachments = value["attachments"]?.arrayValue else { return nil }
        var contacts: [Contact] = []
        for attachment in attachments where attachment["file_type"]?.stringValue == "contact" {
            guard let title = attachment["fallback_title"]?.stringValue?.trimmedNonEmpty else { continue }
            var name = title
            var phone: String?
            let bytes = Array(title.utf8)
            if let separator = stride(from: bytes.count - 3, through: 0, by: -1).first(where: {
                bytes[$0] == UInt8(ascii: " ") && bytes[$0 + 1] == UInt8(ascii: "-") && bytes[$0 + 2] == UInt8(ascii: " ")
            }) {
                name = String(decoding: bytes[..<separator], as: UTF8.self)
                phone = String(decoding: bytes[(separator + 3)...], as: UTF8.self).trimmedNonEmpty
            }
            if let last = contacts.last, last.name.formatted == name, let phone {
                contacts[contacts.count - 1].phones.append(Phone(value: phone))
                continue
            }
            var contact = Contact(name: PersonName(formatted: name.trimmedNonEmpty))
            if let phone { contact.phones = [Phone(value: phone)] }
            contacts.append(contact)
        }
        return contacts.isEmpty ? nil : contacts
    }
}
