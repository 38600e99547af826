import ContactModel
import JSONCoding
import VCardFormat

/// vCards carried as JSON strings, as WhatsApp bots and gateways pass a shared contact on:
/// Baileys' `contactMessage.vcard`, Green API's `contactMessageData.vcard`, whatsapp-web.js's
/// message `body` and `vCards`, a `contacts` entry holding only `{"vcard": "BEGIN:VCARD…"}`.
/// Each is read by ``VCardReader`` (RFC 6350, RFC 2426, vCard 2.1) like a file of its own.
enum EmbeddedVCards {
    /// How deep into nested objects and arrays strings are looked for.
    private static let deepest = 8

    /// The distinct strings in `value` that are vCards (`BEGIN:VCARD` after leading white space,
    /// in any case), in document order, at most ``deepest`` levels down.
    static func texts(in value: JSONValue) -> [String] {
        var found: [String] = []
        collect(value, depth: 0, into: &found)
        return found
    }

    /// The contacts of the vCards in `value`; `nil` when it holds none. The vCard reader's
    /// diagnostics, and the positions its phones, emails and addresses were read at, are passed on
    /// without positions, which would point into the string, not the file; the caller gives them
    /// the position of the JSON value.
    static func contacts(in value: JSONValue, diagnostics: inout [Diagnostic]) -> [Contact]? {
        let texts = texts(in: value)
        guard !texts.isEmpty else { return nil }
        var contacts: [Contact] = []
        for text in texts {
            let read = VCardReader.readAll(Array(text.utf8))
            contacts += read.contacts.map { unplaced($0.contact) }
            diagnostics += read.diagnostics.map { diagnostic in
                var unplaced = diagnostic
                unplaced.position = nil
                unplaced.message = "vCard in JSON: " + diagnostic.message
                return unplaced
            }
        }
        return contacts
    }

    private static func unplaced(_ contact: Contact) -> Contact {
        var contact = contact
        for index in contact.phones.indices { contact.phones[index].readAt = ReadPosition() }
        for index in contact.emails.indices { contact.emails[index].readAt = ReadPosition() }
        for index in contact.addresses.indices { contact.addresses[index].readAt = ReadPosition() }
        return contact
    }

    private static func collect(_ value: JSONValue, depth: Int, into found: inout [String]) {
        switch value {
        case .string(let text) where isVCard(text):
            if !found.contains(text) { found.append(text) }
        case .object(let members) where depth < deepest:
            for member in members { collect(member.value, depth: depth + 1, into: &found) }
        case .array(let elements) where depth < deepest:
            for element in elements { collect(element, depth: depth + 1, into: &found) }
        default:
            break
        }
    }

    private static func isVCard(_ text: String) -> Bool {
        let trimmed = text.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let begin = Array("BEGIN:VCARD".utf8)
        guard trimmed.count >= begin.count else { return false }
        return zip(trimmed.prefix(begin.count), begin).allSatisfy { ($0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0) == $1 }
    }
}
