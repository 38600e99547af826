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
    /// in any case), in document order, at most ``deepest`` levels down, each with its path from
    /// `value`.
    static func texts(in value: JSONValue) -> [(text: String, path: JSONPath)] {
        var found: [(text: String, path: JSONPath)] = []
        collect(value, at: .root, into: &found)
        return found
    }

    /// The contacts of the vCards in `value`, each with the path of its string from `value` and the
    /// vCard reader's diagnostics about it: those given while it was read, and for a string's last
    /// card those given after it; `nil` when `value` holds none. The diagnostics of a string that
    /// gives no contact are added to `diagnostics`. Diagnostics, and the positions phones, emails
    /// and addresses were read at, are passed on without positions, which would point into the
    /// string, not the file; the caller places them at the string.
    static func contacts(
        in value: JSONValue, diagnostics: inout [Diagnostic]
    ) -> [(contact: Contact, path: JSONPath, diagnostics: [Diagnostic])]? {
        let texts = texts(in: value)
        guard !texts.isEmpty else { return nil }
        var contacts: [(contact: Contact, path: JSONPath, diagnostics: [Diagnostic])] = []
        for (text, path) in texts {
            var reader = VCardReader(MemoryByteSource(Array(text.utf8)))
            var found: [Diagnostic] = []
            let first = contacts.count
            do {
                while let record = try reader.next(diagnostics: &found) {
                    contacts.append((unplaced(record.contact), path, found.map(unplaced)))
                    found.removeAll()
                }
            } catch {
                found.append(.error(error.description))
            }
            if contacts.count > first {
                contacts[contacts.count - 1].diagnostics += found.map(unplaced)
            } else {
                diagnostics += found.map(unplaced)
            }
        }
        return contacts
    }

    /// A diagnostic of the vCard in a string, without its position in the string.
    private static func unplaced(_ diagnostic: Diagnostic) -> Diagnostic {
        var unplaced = diagnostic
        unplaced.position = nil
        unplaced.message = "vCard in JSON: " + diagnostic.message
        return unplaced
    }

    private static func unplaced(_ contact: Contact) -> Contact {
        var contact = contact
        for index in contact.phones.indices { contact.phones[index].readAt = ReadPosition() }
        for index in contact.emails.indices { contact.emails[index].readAt = ReadPosition() }
        for index in contact.addresses.indices { contact.addresses[index].readAt = ReadPosition() }
        return contact
    }

    private static func collect(_ value: JSONValue, at path: JSONPath, into found: inout [(text: String, path: JSONPath)]) {
        let depth = path.components.count
        switch value {
        case .string(let text) where isVCard(text):
            if !found.contains(where: { $0.text == text }) { found.append((text, path)) }
        case .object(let members) where depth < deepest:
            for (index, member) in members.enumerated() {
                collect(member.value, at: path.appending(member: index), into: &found)
            }
        case .array(let elements) where depth < deepest:
            for (index, element) in elements.enumerated() {
                collect(element, at: path.appending(index: index), into: &found)
            }
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
