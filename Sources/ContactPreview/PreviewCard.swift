import JSONCoding

/// One contact as the WhatsApp recipient will see it: built from the contact object of the
/// payload that will be sent, so the preview can never disagree with what goes out.
///
/// The contact object is the WhatsApp Cloud API contacts object (`name`, `phones`, `emails`,
/// `addresses`, `org`, `urls`, `birthday`), as `../shared/jelou/SPEC.md` describes it.
public struct PreviewCard: Sendable, Hashable {
    /// `formatted_name`.
    public var title: String
    /// Job title and company, as one line; `nil` when there is neither.
    public var subtitle: String?
    /// The rows under the name: phones, emails, addresses, URLs and the birthday, in that order
    /// and each in the payload's order.
    public var lines: [Line]
    /// What the card's main button will be.
    public var action: Action
    /// The contact object as JSON (pretty), for showing beside the card.
    public var json: String

    /// One row of the card: a label and a value.
    public struct Line: Sendable, Hashable {
        /// The contact object's field a row comes from.
        public enum Kind: String, Sendable, Hashable {
            case phone, email, address, url, birthday
        }

        /// Which field the row shows.
        public var kind: Kind
        /// The type string the recipient sees (`Mobile`, `Work`), or the field's name when untyped.
        public var label: String
        /// The value as the recipient sees it: the phone, email or URL as sent; an address's
        /// parts joined by `, ` (its country code alone when it has no other part); the birthday
        /// as `YYYY-MM-DD`.
        public var value: String
        /// For phones: whether this number carries a non-empty `wa_id` (a WhatsApp account).
        public var isOnWhatsApp: Bool
    }

    /// WhatsApp shows *Message* and *Save contact* when a phone carries a `wa_id`, and
    /// *Invite to WhatsApp* otherwise.
    public enum Action: String, Sendable, Hashable {
        case message = "Message"
        case invite = "Invite to WhatsApp"
    }

    /// Reads a payload's contact object.
    public init(contactObject contact: JSONValue) {
        title = contact["name"]?["formatted_name"]?.stringValue ?? ""
        let org = contact["org"]
        let work = [org?["title"]?.stringValue, org?["company"]?.stringValue].compactMap { $0 }
        subtitle = work.isEmpty ? nil : work.joined(separator: " · ")
        var lines: [Line] = []
        for phone in contact["phones"]?.arrayValue ?? [] {
            lines.append(Line(
                kind: .phone, label: phone["type"]?.stringValue ?? "Phone",
                value: phone["phone"]?.stringValue ?? "", isOnWhatsApp: !(phone["wa_id"]?.stringValue ?? "").isEmpty))
        }
        for email in contact["emails"]?.arrayValue ?? [] {
            lines.append(Line(
                kind: .email, label: email["type"]?.stringValue ?? "Email",
                value: email["email"]?.stringValue ?? "", isOnWhatsApp: false))
        }
        for address in contact["addresses"]?.arrayValue ?? [] {
            var parts = ["street", "city", "state", "zip", "country"].compactMap { address[$0]?.stringValue }
            if parts.isEmpty, let code = address["country_code"]?.stringValue { parts = [code] }
            lines.append(Line(
                kind: .address, label: address["type"]?.stringValue ?? "Address",
                value: parts.joined(separator: ", "), isOnWhatsApp: false))
        }
        for url in contact["urls"]?.arrayValue ?? [] {
            lines.append(Line(
                kind: .url, label: url["type"]?.stringValue ?? "Website",
                value: url["url"]?.stringValue ?? "", isOnWhatsApp: false))
        }
        if let birthday = contact["birthday"]?.stringValue {
            lines.append(Line(kind: .birthday, label: "Birthday", value: birthday, isOnWhatsApp: false))
        }
        self.lines = lines
        action = lines.contains { $0.isOnWhatsApp } ? .message : .invite
        var writer = JSONWriter(pretty: true)
        writer.value(contact)
        json = String(decoding: writer.takeBytes(), as: UTF8.self)
    }

    /// The cards of every contact in a payload (`{"type":"contacts","contacts":[…]}`).
    public static func cards(inPayload payload: JSONValue) -> [PreviewCard] {
        (payload["contacts"]?.arrayValue ?? []).map(PreviewCard.init(contactObject:))
    }
}
