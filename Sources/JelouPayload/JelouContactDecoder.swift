import CSVFormat
import ContactModel
import JSONCoding

/// Turns received JSON — Jelou payloads, bare contact objects, WhatsApp webhook bodies — into
/// model contacts (SPEC.md "Received cards"; Meta's contacts message object).
///
/// Leniency, and what is kept where:
/// - Every field may be missing; `null` counts as missing. A number where text belongs is taken
///   as its literal (with a warning); `name` given as a string is taken as `formatted_name`.
/// - `phone` is kept exactly as written in ``Phone/value``; the normaliser reads it. Its `wa_id`
///   is kept in ``Phone/whatsAppID`` (WhatsApp's own id for the number, not derived again); a
///   `wa_id` that is no id, or that comes without a phone, is kept as an unmapped
///   `X-JELOU-WA-ID` property.
/// - `type` strings go through ``JelouTypeTable`` (localized names to kinds, others to labels).
/// - `org.department` becomes the single unit; `birthday` is read from `YYYY-MM-DD` or `--MM-DD`.
/// - Keys WhatsApp does not define, and values of the wrong shape, are kept in
///   ``Contact/unmapped`` as `X-JELOU-<KEY>` (`X-JELOU-NICKNAME`, `X-JELOU-PHONES-LABEL`) with
///   their JSON text, each with a warning. Nothing is dropped silently. Warnings about a contact
///   name it (`contact "Ana Gómez": …`) and, when the text is at hand (``JSONLocator``), point at
///   the value they are about; each contact is placed at its own object, and its phones, emails
///   and addresses at theirs.
/// - A flat object (no value an object or an array: a CRM export's `{"nombre": …, "celular": …}`,
///   a hand-made payload's `{"name": …, "phone": …}`) is read by its keys as a CSV row is by its
///   header (``NamedFieldReader``) when that yields a phone or an email; one without either that
///   is no WhatsApp contact either is skipped with a warning naming its keys.
public enum JelouContactDecoder {
    /// Finds every contact in a top-level JSON value.
    /// - Parameters:
    ///   - value: a payload, an array of payloads or contacts, a contact, a webhook body, or
    ///     `{"messages": […]}`.
    ///   - diagnostics: receives warnings about skipped or kept-raw parts, without positions.
    /// - Returns: the contacts in document order.
    public static func contacts(in value: JSONValue, diagnostics: inout [Diagnostic]) -> [Contact] {
        var decoding = Decoding(flatObjects: NamedFieldReader())
        let read = contacts(in: value, decoding: &decoding, diagnostics: &diagnostics)
        diagnostics += read.flatMap(\.diagnostics)
        return read.map(\.record.contact)
    }

    /// Finds every contact in a top-level JSON value, reading flat objects — at the top, in an
    /// array, or in a `contacts` list — by their keys, as a CSV row under a header of them
    /// (``NamedFieldReader``), when that yields a phone or an email.
    /// - Parameters:
    ///   - decoding: the reader of flat objects, and the locator of `value`'s parts, which each
    ///     contact, diagnostic, phone, email and address is placed at.
    /// - Returns: the contacts in the order read, each at its own object and with the diagnostics
    ///   given while it was read and since the contact before it (a skipped message between two
    ///   contacts goes with the second); the last one also takes those given after it. Without a
    ///   contact, the diagnostics are left in `diagnostics`.
    static func contacts(
        in value: JSONValue, decoding: inout Decoding, diagnostics: inout [Diagnostic]
    ) -> [(record: ContactRecord, diagnostics: [Diagnostic])] {
        var contacts: [ContactRecord] = []
        decoding.diagnosticCounts.removeAll(keepingCapacity: true)
        collect(value, at: .root, nestedArrays: 0, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
        guard !contacts.isEmpty else { return [] }
        var start = 0
        let grouped = contacts.indices.map { index in
            let end = index == contacts.count - 1 ? diagnostics.count : decoding.diagnosticCounts[index]
            defer { start = end }
            return (record: contacts[index], diagnostics: Array(diagnostics[start..<end]))
        }
        diagnostics.removeAll()
        return grouped
    }

    /// What decoding one top-level value carries along.
    struct Decoding {
        /// The reader of flat objects, which remembers the layouts of the key lists it has seen.
        var flatObjects: NamedFieldReader
        /// Finds where the value's parts are; `nil` when its text is not at hand.
        var locator: JSONLocator?
        /// The position of the value, for what the locator cannot place.
        var origin = SourcePosition(line: 1, column: 1)
        /// The nested members already named in a warning: each once per input.
        var reportedNested: Set<String> = []
        /// For each contact read from the value, how many diagnostics had been given when it was
        /// made: a contact's own are given while it is read, before it is made.
        var diagnosticCounts: [Int] = []

        /// The position of the part at `path`; `nil` without a locator.
        mutating func position(of path: JSONPath) -> SourcePosition? {
            locator?.position(of: path)
        }

        /// A warning about the part at `path`.
        mutating func warning(_ message: String, at path: JSONPath) -> Diagnostic {
            .warning(message, at: position(of: path))
        }

        /// The contact read from the object at `path`, placed there, made after `diagnostics`.
        mutating func record(_ contact: Contact, at path: JSONPath, after diagnostics: [Diagnostic]) -> ContactRecord {
            diagnosticCounts.append(diagnostics.count)
            return ContactRecord(contact: contact, position: position(of: path) ?? origin)
        }

        /// Places the diagnostics from `start` on that have no position at the part at `path`.
        mutating func place(_ diagnostics: inout [Diagnostic], from start: Int, at path: JSONPath) {
            guard diagnostics[start...].contains(where: { $0.position == nil }) else { return }
            let position = position(of: path)
            for index in start..<diagnostics.count where diagnostics[index].position == nil {
                diagnostics[index].position = position
            }
        }
    }

    /// The members of a flat object as named text fields: a number as its literal, a boolean as
    /// `true` or `false`, `null` as no value. `nil` when `value` is no object, is empty, or has a
    /// member that is an object or an array — unless `allowingNested`, when those members are
    /// left out and named in `nested`.
    static func flatFields(
        of value: JSONValue, allowingNested: Bool = false, nested: inout [String]
    ) -> [(name: String, value: String?)]? {
        guard case .object(let members) = value, !members.isEmpty else { return nil }
        var fields: [(name: String, value: String?)] = []
        fields.reserveCapacity(members.count)
        for member in members {
            switch member.value {
            case .string(let text): fields.append((member.key, text))
            case .number(let number): fields.append((member.key, cellText(number)))
            case .bool(let flag): fields.append((member.key, flag ? "true" : "false"))
            case .null: fields.append((member.key, nil))
            case .array(let elements) where allowingNested:
                // `businessPhones: ["+1 …"]` (Microsoft Graph), `phone: [{"label": …, "value": …}]`
                // (Pipedrive, Google People): the values, one per line, as a sheet's cell holds them.
                if let values = listedValues(elements) {
                    fields.append((member.key, values.isEmpty ? nil : values.joined(separator: "\n")))
                } else {
                    nested.append(member.key)
                }
            case .object, .array:
                guard allowingNested else { return nil }
                nested.append(member.key)
            }
        }
        return fields.isEmpty ? nil : fields
    }

    /// The text values of a list: strings and numbers, or objects' `value` (Pipedrive, Google
    /// People) or `address` (Microsoft Graph's email addresses); `nil` for any other list.
    private static func listedValues(_ elements: [JSONValue]) -> [String]? {
        var values: [String] = []
        for element in elements {
            switch element {
            case .string(let text): values.append(text)
            case .number(let number): values.append(cellText(number))
            case .object:
                guard let text = (element["value"] ?? element["address"])?.stringValue else { return nil }
                values.append(text)
            default: return nil
            }
        }
        return values
    }

    /// A number as a field's text: its literal (`12500.00`, `5.93991E11`), or its digits when it is
    /// a whole number of seven digits or more written with an exponent or a fraction and every
    /// digit, as spreadsheets and scripts write phones (`5.93991234567E11`, `593991234567.0`).
    static func cellText(_ number: JSONNumber) -> String {
        let digits = number.integerText
        // Every digit of the whole number written: `5.93991E11` is 593991000000 as a value, but
        // a phone's last digits a spreadsheet lost.
        let written = number.literal.utf8.prefix { $0 | 0x20 != UInt8(ascii: "e") }
            .count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return digits.utf8.count >= 7 && written >= digits.utf8.count ? digits : number.literal
    }

    /// The keys that make an object a payload, a webhook body or a WhatsApp contact rather than a
    /// CRM record with a nested member (Salesforce's `attributes`, Zoho's `Account_Name: {id}`).
    private static let structuralKeys: Set<String> = ["entry", "messages", "contacts", "type"]

    /// The contact a flat object describes by its keys, when it yields a phone or an email. A CRM
    /// record with nested members (no WhatsApp contact, payload or webhook) is read by its other
    /// members, and the nested ones are named in a warning.
    private static func flatContact(
        _ value: JSONValue, at path: JSONPath, decoding: inout Decoding, diagnostics: inout [Diagnostic]
    ) -> (contact: Contact?, isFlat: Bool) {
        var nested: [String] = []
        if let fields = flatFields(of: value, nested: &nested) {
            let position = decoding.position(of: path) ?? decoding.origin
            return (decoding.flatObjects.contact(fields: fields, at: position, diagnostics: &diagnostics), true)
        }
        guard case .object(let members) = value, !isBareContact(members),
            !members.contains(where: { structuralKeys.contains($0.key) }), envelopeList(of: members) == nil,
            let fields = flatFields(of: value, allowingNested: true, nested: &nested)
        else { return (nil, false) }
        var found: [Diagnostic] = []
        let position = decoding.position(of: path) ?? decoding.origin
        let contact = decoding.flatObjects.contact(fields: fields, at: position, diagnostics: &found)
        guard let contact else { return (nil, false) }
        diagnostics += found
        // Salesforce's `attributes` (the record's type and URL) is no contact data.
        let unreported = nested.filter { $0 != "attributes" && decoding.reportedNested.insert($0).inserted }
        if !unreported.isEmpty {
            diagnostics.append(.warning(
                "the nested values of a record are not read: " + unreported.prefix(5).joined(separator: ", ")
                    + (unreported.count > 5 ? " and \(unreported.count - 5) more" : ""),
                at: position))
        }
        return (contact, true)
    }

    /// Reads one WhatsApp contact object.
    /// - Returns: `nil`, with a warning, when `value` is not an object.
    public static func contact(from value: JSONValue, diagnostics: inout [Diagnostic]) -> Contact? {
        var decoding = Decoding(flatObjects: NamedFieldReader())
        return contact(from: value, at: .root, decoding: &decoding, diagnostics: &diagnostics)
    }

    /// Reads the WhatsApp contact object at `path`, placing its warnings, phones, emails and
    /// addresses at their values.
    private static func contact(
        from value: JSONValue, at path: JSONPath, decoding: inout Decoding, diagnostics: inout [Diagnostic]
    ) -> Contact? {
        guard case .object(let members) = value else {
            diagnostics.append(decoding.warning("expected a contact object, found \(value.typeName); skipped", at: path))
            return nil
        }
        var reading = ContactReading(path: path, locator: decoding.locator)
        decoding.locator = nil
        for (index, member) in members.enumerated() {
            reading.read(member, at: index)
        }
        reading.readEmbeddedVCard()
        decoding.locator = reading.locator
        let subject = JelouContactEncoder.formattedName(for: reading.contact).map { "contact \"\($0)\": " }
            ?? "contact without a name: "
        diagnostics += reading.diagnostics.map { diagnostic in
            var named = diagnostic
            named.message = subject + diagnostic.message
            return named
        }
        return reading.contact
    }

    /// The contact object's keys, each with the keys one of its objects (or list entries) has.
    private static let contactShapes: [String: Set<String>] = [
        "name": ["formatted_name", "first_name", "last_name", "middle_name", "prefix", "suffix"],
        "org": ["company", "department", "title"],
        "phones": ["phone", "wa_id"],
        "emails": ["email"],
        "addresses": ["street", "city", "state", "zip", "country", "country_code"],
        "urls": ["url"],
    ]

    /// True for an object that is a WhatsApp contact on its own: it has a contact key of the
    /// contact object's shape — `name` or `org` an object, `phones`, `emails`, `addresses` or
    /// `urls` a list — holding one of that key's own fields (in snake or camel case). A string
    /// `name` beside other keys (`package.json`'s `name`, `version`, `dependencies`) is no
    /// contact, nor is a CRM's record that shares a key (Google People's `addresses` of
    /// `formattedValue`s, Microsoft Graph's `birthday`).
    private static func isBareContact(_ members: [JSONMember]) -> Bool {
        members.contains { member in
            guard let fields = contactShapes[member.key] else { return false }
            func hasField(_ value: JSONValue) -> Bool {
                guard case .object(let inner) = value else { return false }
                return inner.contains { fields.contains(ContactReading.snakeCased($0.key)) }
            }
            switch member.value {
            // A list given as one object (`"emails": {"email": …}`) is read as a list of one.
            case .object: return hasField(member.value)
            case .array(let elements): return member.key != "name" && member.key != "org" && elements.contains(where: hasField)
            default: return false
            }
        }
    }

    private static func collect(
        _ value: JSONValue, at path: JSONPath, nestedArrays: Int, decoding: inout Decoding,
        into contacts: inout [ContactRecord], diagnostics: inout [Diagnostic]
    ) {
        switch value {
        case .array(let elements) where nestedArrays < 2:
            for (index, element) in elements.enumerated() {
                collect(
                    element, at: path.appending(index: index), nestedArrays: nestedArrays + 1, decoding: &decoding,
                    into: &contacts, diagnostics: &diagnostics)
            }
        case .object(let members) where GooglePeoplePerson.isPerson(members):
            contacts.append(decoding.record(GooglePeoplePerson.contact(from: members), at: path, after: diagnostics))
        case .object(let members) where CordovaContact.isContact(members):
            contacts.append(decoding.record(CordovaContact.contact(from: members), at: path, after: diagnostics))
        case .object(let members) where members.count == 1 && members[0].key == "person":
            // People API's `searchContacts` and `getBatchGet`: `{"person": {…}}` per result.
            collect(
                members[0].value, at: path.appending(key: "person"), nestedArrays: nestedArrays, decoding: &decoding,
                into: &contacts, diagnostics: &diagnostics)
        case .object(let members):
            if let messages = ProviderWebhook.wrappedMessages(in: value, at: path) {
                collectMessageList(messages, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
                return
            }
            if let change = ProviderWebhook.wrappedChange(in: value, at: path) {
                collect(
                    change.value, at: change.path, nestedArrays: nestedArrays, decoding: &decoding, into: &contacts,
                    diagnostics: &diagnostics)
                return
            }
            if let event = ProviderWebhook.flatEventDescription(members) {
                diagnostics.append(decoding.warning(event + "; skipped", at: path))
                return
            }
            if let found = ProviderWebhook.chatwootContacts(in: value) {
                for contact in found { contacts.append(decoding.record(contact, at: path, after: diagnostics)) }
                return
            }
            let flat = flatContact(value, at: path, decoding: &decoding, diagnostics: &diagnostics)
            if let contact = flat.contact {
                contacts.append(decoding.record(contact, at: path, after: diagnostics))
            } else if flat.isFlat, value["type"] == nil, !isBareContact(members) {
                diagnostics.append(decoding.warning(
                    "object holds no phone number or email address (keys: "
                        + members.prefix(5).map(\.key).joined(separator: ", ") + "); skipped",
                    at: path))
            } else if let entries = value["entry"]?.arrayValue {
                let before = contacts.count
                for (entryIndex, entry) in entries.enumerated() {
                    for (changeIndex, change) in (entry["changes"]?.arrayValue ?? []).enumerated() {
                        guard let changeValue = change["value"] else { continue }
                        let changePath = path.appending(key: "entry").appending(index: entryIndex)
                            .appending(key: "changes").appending(index: changeIndex).appending(key: "value")
                        collectMessages(changeValue, at: changePath, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
                    }
                }
                if contacts.count == before {
                    diagnostics.append(decoding.warning("WhatsApp webhook body has no contacts message", at: path))
                }
            } else if value["messages"]?.arrayValue != nil || value["message_echoes"]?.arrayValue != nil {
                collectMessages(value, at: path, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
            } else if let notifications = value["notifications"]?.arrayValue,
                notifications.contains(where: { $0["message"] != nil })
            {
                // Sinch's WhatsApp callback: `{"type": "whatsapp", "contacts": [the senders'
                // profiles], "notifications": [{"from": …, "message": {"type": "contacts", …}}]}`.
                let messages = notifications.enumerated().compactMap { index, notification in
                    notification["message"].map {
                        (message: $0, path: path.appending(key: "notifications").appending(index: index).appending(key: "message"))
                    }
                }
                collectMessageList(messages, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
            } else if value["type"] == nil, value["messaging_product"] != nil || value["metadata"] != nil {
                // A webhook change's value without messages (statuses): its `contacts`, if any, are
                // the senders' profiles, not shared cards.
                diagnostics.append(decoding.warning("WhatsApp webhook change has no contacts message", at: path))
            } else if let list = value["contacts"] {
                let listPath = path.appending(key: "contacts")
                if let type = value["type"]?.stringValue, !ProviderWebhook.isContactsType(type) {
                    // whatsapp-web.js: `{"type": "vcard", "contacts": [{"vcard": "BEGIN:VCARD…"}]}`.
                    if !collectEmbeddedVCards(in: list, at: listPath, decoding: &decoding, into: &contacts, diagnostics: &diagnostics) {
                        diagnostics.append(decoding.warning("message of type \"\(type)\" is not a contacts message; skipped", at: path))
                    }
                    return
                }
                collectContactList(list, at: listPath, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
            } else if isBareContact(members) {
                if let contact = contact(from: value, at: path, decoding: &decoding, diagnostics: &diagnostics) {
                    contacts.append(decoding.record(contact, at: path, after: diagnostics))
                }
            } else if collectEmbeddedVCards(in: value, at: path, decoding: &decoding, into: &contacts, diagnostics: &diagnostics) {
                return
            } else if let payload = value["payload"], case .object = payload, nestedArrays < 4,
                ["message", "contact"].contains(value["type"]?.stringValue)
            {
                // Gupshup's inbound event: `{"type": "message", "payload": {"type": "contact",
                // "payload": {"contacts": […]}}}`.
                collect(
                    payload, at: path.appending(key: "payload"), nestedArrays: nestedArrays + 1, decoding: &decoding,
                    into: &contacts, diagnostics: &diagnostics)
            } else if let type = value["type"]?.stringValue {
                diagnostics.append(decoding.warning("message of type \"\(type)\" is not a contacts message; skipped", at: path))
            } else if let list = envelopeList(of: members), nestedArrays < 2 {
                collect(
                    list.value, at: path.appending(key: list.key), nestedArrays: nestedArrays + 1, decoding: &decoding,
                    into: &contacts, diagnostics: &diagnostics)
            } else {
                diagnostics.append(decoding.warning(
                    "object is not a Jelou payload, a contact or a WhatsApp webhook (keys: "
                        + members.prefix(5).map(\.key).joined(separator: ", ") + "); skipped",
                    at: path))
            }
        default:
            diagnostics.append(decoding.warning(
                "expected a Jelou payload, a contact or a WhatsApp webhook, found \(value.typeName); skipped", at: path))
        }
    }

    /// Reads the vCards carried in the strings of `value` (``EmbeddedVCards``), each contact and
    /// each of the vCard reader's diagnostics about it placed at its string, whose lines are no
    /// lines of the file; those of a string that gives no contact are placed at `value`.
    /// - Returns: false, with nothing added, when `value` holds no vCard.
    private static func collectEmbeddedVCards(
        in value: JSONValue, at path: JSONPath, decoding: inout Decoding, into contacts: inout [ContactRecord],
        diagnostics: inout [Diagnostic]
    ) -> Bool {
        let start = diagnostics.count
        guard let found = EmbeddedVCards.contacts(in: value, diagnostics: &diagnostics) else { return false }
        decoding.place(&diagnostics, from: start, at: path)
        for card in found {
            let stringPath = JSONPath(components: path.components + card.path.components)
            let cardStart = diagnostics.count
            diagnostics += card.diagnostics
            decoding.place(&diagnostics, from: cardStart, at: stringPath)
            contacts.append(decoding.record(card.contact, at: stringPath, after: diagnostics))
        }
        return true
    }

    /// The keys APIs wrap a list of records in: `{"data": […]}` (Zoho, HubSpot), `{"records": […]}`
    /// (Salesforce), `{"results": […]}`, `{"items": […]}`, `{"value": […]}` (Microsoft Graph),
    /// `{"content": {"contacts": […]}}` (Infobip), `{"number": …, "contact": […]}` (Evolution API's
    /// send request, whose `number` is the recipient), Google People API's `{"connections": […]}`,
    /// `{"otherContacts": […]}` and `{"responses": […]}`.
    private static let envelopeKeys: Set<String> = [
        "data", "records", "results", "items", "value", "content", "contact", "connections", "otherContacts", "responses",
    ]

    /// The list (or the object holding `contacts`) an API response wraps, with its key, when the
    /// object's only array or object member under an ``envelopeKeys`` key is one.
    private static func envelopeList(of members: [JSONMember]) -> JSONMember? {
        let wrapped = members.filter { member in
            guard envelopeKeys.contains(member.key) else { return false }
            switch member.value {
            case .array: return true
            case .object: return member.value["contacts"] != nil
            default: return false
            }
        }
        return wrapped.count == 1 ? wrapped[0] : nil
    }

    /// The contacts of `{"messages": [...]}` (a webhook change's `value`, or a bare body), and of
    /// the `message_echoes` a Coexistence number's change carries (the business's own messages).
    /// The change's own `contacts` are the senders' profiles, not shared cards.
    private static func collectMessages(
        _ value: JSONValue, at path: JSONPath, decoding: inout Decoding, into contacts: inout [ContactRecord],
        diagnostics: inout [Diagnostic]
    ) {
        var messages: [(message: JSONValue, path: JSONPath)] = []
        for key in ["messages", "message_echoes"] {
            for (index, message) in (value[key]?.arrayValue ?? []).enumerated() {
                messages.append((message, path.appending(key: key).appending(index: index)))
            }
        }
        collectMessageList(messages, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
    }

    /// The contacts of WhatsApp messages, each given with its path: those of type `contacts`, and
    /// vCards carried in others.
    private static func collectMessageList(
        _ messages: [(message: JSONValue, path: JSONPath)], decoding: inout Decoding, into contacts: inout [ContactRecord],
        diagnostics: inout [Diagnostic]
    ) {
        for (message, path) in messages {
            let type = message["type"]?.stringValue
            if type.map(ProviderWebhook.isContactsType) ?? (message["contacts"] != nil) {
                collectContactList(
                    message["contacts"] ?? .null, at: path.appending(key: "contacts"), decoding: &decoding, into: &contacts,
                    diagnostics: &diagnostics)
            } else if !collectEmbeddedVCards(in: message, at: path, decoding: &decoding, into: &contacts, diagnostics: &diagnostics) {
                diagnostics.append(decoding.warning(
                    "WhatsApp message of type \"\(type ?? message.typeName)\" is not a contacts message; skipped", at: path))
            }
        }
    }

    /// The contacts of a `contacts` list: WhatsApp contact objects, or flat objects a hand-made
    /// payload lists (`{"name": "Ana Vera", "phone": "+593…"}`), read by their keys.
    private static func collectContactList(
        _ list: JSONValue, at path: JSONPath, decoding: inout Decoding, into contacts: inout [ContactRecord],
        diagnostics: inout [Diagnostic]
    ) {
        guard let elements = list.arrayValue else {
            diagnostics.append(decoding.warning("\"contacts\" should be an array, found \(list.typeName); skipped", at: path))
            return
        }
        var elementPath = path.appending(index: 0)
        for (index, element) in elements.enumerated() {
            // The path of each element in turn, changed in place rather than built anew.
            elementPath.components[elementPath.components.count - 1] = .index(index)
            if let contact = flatContact(element, at: elementPath, decoding: &decoding, diagnostics: &diagnostics).contact {
                contacts.append(decoding.record(contact, at: elementPath, after: diagnostics))
            } else if case .object(let members) = element, !isBareContact(members),
                collectEmbeddedVCards(in: element, at: elementPath, decoding: &decoding, into: &contacts, diagnostics: &diagnostics)
            {
                // `{"displayName": "Ana", "vcard": "BEGIN:VCARD…"}`, as bots list shared cards.
                continue
            } else if let contact = contact(from: element, at: elementPath, decoding: &decoding, diagnostics: &diagnostics) {
                contacts.append(decoding.record(contact, at: elementPath, after: diagnostics))
            }
        }
    }
}

/// The state of reading one contact object.
private struct ContactReading {
    var contact = Contact()
    var diagnostics: [Diagnostic] = []
    /// The contact's own vCard (`"vcard": "BEGIN:VCARD…"`, as Meta's `contact_request` sends it),
    /// and its member's place in the contact object.
    var embeddedVCard: (value: JSONValue, step: JSONPath.Component)?
    /// Where the value being read is: what warnings, phones, emails and addresses are placed at.
    /// A stack, one step pushed for each member or element read into and popped after it.
    var current: JSONPath
    /// Finds the positions of paths; `nil` when the text is not at hand.
    var locator: JSONLocator?

    /// - Parameter path: where the contact object is.
    init(path: JSONPath, locator: JSONLocator?) {
        current = path
        // Room for the deepest value read (`phones[0].phone`), so that the stack grows once.
        current.components.reserveCapacity(path.components.count + 4)
        self.locator = locator
    }

    /// Fills what the contact object left out from its own vCard, or keeps a `vcard` that is no
    /// one card as `X-JELOU-VCARD`. The vCard's diagnostics are placed at the `vcard` string.
    mutating func readEmbeddedVCard() {
        guard let (embeddedVCard, step) = embeddedVCard else { return }
        current.components.append(step)
        defer { current.components.removeLast() }
        var found: [Diagnostic] = []
        if let cards = EmbeddedVCards.contacts(in: embeddedVCard, diagnostics: &found), cards.count == 1 {
            let position = position(below: nil)
            diagnostics += (found + cards[0].diagnostics).map { diagnostic in
                var placed = diagnostic
                placed.position = placed.position ?? position
                return placed
            }
            contact.fillIn(from: cards[0].contact)
        } else {
            keep(embeddedVCard, at: "vcard", reason: "is not one vCard")
        }
    }

    /// The position of the value being read, or of its member or element `step`; `nil` without
    /// a locator.
    mutating func position(below step: JSONPath.Component?) -> SourcePosition? {
        guard locator != nil else { return nil }
        guard let step else { return locator?.position(of: current) }
        current.components.append(step)
        defer { current.components.removeLast() }
        return locator?.position(of: current)
    }

    /// A warning about the value being read, or about its member or element `step`.
    mutating func warn(_ message: String, below step: JSONPath.Component? = nil) {
        diagnostics.append(.warning(message, at: position(below: step)))
    }

    /// Reads `member`, the object's member at `index`.
    mutating func read(_ member: JSONMember, at index: Int) {
        let value = member.value
        if value.isNull { return }
        current.components.append(.member(index))
        defer { current.components.removeLast() }
        switch Self.snakeCased(member.key) {
        case "name":
            if case .string = value {
                contact.name.formatted = text(value, at: "name")
            } else {
                readObject(value, at: "name") { key, value, reading in
                    switch key {
                    case "formatted_name": reading.contact.name.formatted = reading.text(value, at: "name.formatted_name")
                    case "first_name": reading.contact.name.given = reading.text(value, at: "name.first_name")
                    case "last_name": reading.contact.name.family = reading.text(value, at: "name.last_name")
                    case "middle_name": reading.contact.name.middle = reading.text(value, at: "name.middle_name")
                    case "prefix", "name_prefix": reading.contact.name.prefix = reading.text(value, at: "name.prefix")
                    case "suffix", "name_suffix": reading.contact.name.suffix = reading.text(value, at: "name.suffix")
                    default: reading.keep(value, at: "name." + key)
                    }
                }
            }
        case "phones":
            readList(value, at: "phones") { value, reading in reading.readPhone(value) }
        case "emails":
            readList(value, at: "emails") { value, reading in
                if case .string(let text) = value {
                    // `"emails": ["ana@example.ec"]`, as hand-made payloads list them.
                    if let address = text.trimmedNonEmpty {
                        reading.contact.emails.append(Email(address: address, readAt: reading.position(below: nil)))
                    }
                    return
                }
                var email = Email(address: "")
                var emailStep: JSONPath.Component?
                reading.readObject(value, at: "emails") { key, value, reading in
                    switch key {
                    case "email":
                        email.address = reading.text(value, at: "emails.email") ?? ""
                        emailStep = reading.current.components.last
                    case "type": (email.kind, email.label) = reading.entryType(value, at: "emails.type")
                    default: reading.keep(value, at: "emails." + key)
                    }
                }
                if email.address.isEmpty {
                    reading.skipped("emails", missing: "email")
                } else {
                    email.readAt = ReadPosition(reading.position(below: emailStep))
                    reading.contact.emails.append(email)
                }
            }
        case "addresses":
            readList(value, at: "addresses") { value, reading in
                var address = PostalAddress()
                reading.readObject(value, at: "addresses") { key, value, reading in
                    let path = "addresses." + key
                    switch key {
                    case "street": address.street = reading.text(value, at: path)
                    case "city": address.city = reading.text(value, at: path)
                    case "state": address.region = reading.text(value, at: path)
                    case "zip": address.postalCode = reading.text(value, at: path)
                    case "country": address.country = reading.text(value, at: path)
                    case "country_code": address.countryCode = reading.text(value, at: path)
                    case "type": (address.kind, address.label) = reading.entryType(value, at: path)
                    default: reading.keep(value, at: path)
                    }
                }
                if address.isEmpty {
                    reading.skipped("addresses", missing: "street, city, state, zip, country or country_code")
                } else {
                    address.readAt = ReadPosition(reading.position(below: nil))
                    reading.contact.addresses.append(address)
                }
            }
        case "org":
            var organization = Organization()
            readObject(value, at: "org") { key, value, reading in
                switch key {
                case "company": organization.company = reading.text(value, at: "org.company")
                case "department": organization.units = reading.text(value, at: "org.department").map { [$0] } ?? []
                case "title": organization.title = reading.text(value, at: "org.title")
                default: reading.keep(value, at: "org." + key)
                }
            }
            if !organization.isEmpty { contact.organization = organization }
        case "urls":
            readList(value, at: "urls") { value, reading in
                var url = WebAddress(url: "")
                reading.readObject(value, at: "urls") { key, value, reading in
                    switch key {
                    case "url": url.url = reading.text(value, at: "urls.url") ?? ""
                    case "type": (url.kind, url.label) = reading.entryType(value, at: "urls.type")
                    default: reading.keep(value, at: "urls." + key)
                    }
                }
                if url.url.isEmpty {
                    reading.skipped("urls", missing: "url")
                } else {
                    reading.contact.urls.append(url)
                }
            }
        case "birthday":
            guard let written = text(value, at: "birthday") else { return }
            if let date = Self.date(written) {
                contact.birthday = date
            } else {
                keep(value, at: "birthday", reason: "is not a YYYY-MM-DD date")
            }
        case "vcard" where value.stringValue != nil:
            embeddedVCard = (value, .member(index))
        default:
            keep(value, at: member.key)
        }
    }

    /// Reads one entry of `phones`, the phone placed at its `phone` value (or the entry itself, or
    /// its `wa_id` when that is the number).
    private mutating func readPhone(_ value: JSONValue) {
        if case .string(let text) = value {
            // `"phones": ["+593 99 123 4567"]`, as hand-made payloads list them.
            if let number = text.trimmedNonEmpty { contact.phones.append(Phone(value: number, readAt: position(below: nil))) }
            return
        }
        var phone = Phone(value: "")
        var phoneStep: JSONPath.Component?
        var waID: (text: String, step: JSONPath.Component?)?
        readObject(value, at: "phones") { key, value, reading in
            switch key {
            case "phone":
                phone.value = reading.text(value, at: "phones.phone") ?? ""
                phoneStep = reading.current.components.last
            case "type": (phone.kind, phone.label) = reading.phoneType(value)
            case "wa_id": waID = reading.text(value, at: "phones.wa_id").map { ($0, reading.current.components.last) }
            default: reading.keep(value, at: "phones." + key)
            }
        }
        guard phone.value.trimmedNonEmpty != nil else {
            if let waID, let id = Phone.whatsAppID(from: waID.text) {
                // A WhatsApp id is the account's number in international form, without the `+`.
                warn("phones entry has no phone; its wa_id \(id) is read as the number +\(id)")
                phone.value = "+" + id
                phone.whatsAppID = id
                phone.readAt = ReadPosition(position(below: waID.step))
                contact.phones.append(phone)
            } else if let waID {
                warn("phones entry has no phone; its wa_id is kept as X-JELOU-WA-ID")
                keepText(waID.text, name: "X-JELOU-WA-ID")
            } else {
                skipped("phones", missing: "phone")
            }
            return
        }
        phone.readAt = ReadPosition(position(below: phoneStep))
        if let waID {
            phone.whatsAppID = Phone.whatsAppID(from: waID.text)
            if phone.whatsAppID == nil {
                warn("phones.wa_id '\(waID.text)' is not a WhatsApp id (6 to 15 digits); kept as X-JELOU-WA-ID", below: waID.step)
                keepText(waID.text, name: "X-JELOU-WA-ID")
            }
        }
        contact.phones.append(phone)
    }

    private mutating func phoneType(_ value: JSONValue) -> (Phone.Kind, String?) {
        guard let type = text(value, at: "phones.type") else { return (.unspecified, nil) }
        return JelouTypeTable.phoneKind(for: type)
    }

    private mutating func entryType(_ value: JSONValue, at path: String) -> (EntryKind, String?) {
        guard let type = text(value, at: path) else { return (.unspecified, nil) }
        return JelouTypeTable.entryKind(for: type)
    }

    /// The text of a string (or, with a warning, a number); other shapes are kept raw.
    mutating func text(_ value: JSONValue, at path: String) -> String? {
        switch value {
        case .string(let text): return text.trimmedNonEmpty
        case .null: return nil
        case .number(let number):
            let text = JelouContactDecoder.cellText(number)
            let readAs = text == number.literal ? "text" : "\"\(text)\""
            warn("\(path) should be a string, found the number \(number.literal); read as \(readAs)")
            return text
        default:
            keep(value, at: path, reason: "should be a string, found \(value.typeName)")
            return nil
        }
    }

    private mutating func readObject(
        _ value: JSONValue, at path: String, _ body: (String, JSONValue, inout ContactReading) -> Void
    ) {
        guard case .object(let members) = value else {
            keep(value, at: path, reason: "should be an object, found \(value.typeName)")
            return
        }
        for (index, member) in members.enumerated() where !member.value.isNull {
            current.components.append(.member(index))
            body(Self.snakeCased(member.key), member.value, &self)
            current.components.removeLast()
        }
    }

    private mutating func readList(_ value: JSONValue, at path: String, _ body: (JSONValue, inout ContactReading) -> Void) {
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() where !element.isNull {
                current.components.append(.index(index))
                body(element, &self)
                current.components.removeLast()
            }
        case .object:
            warn("\(path) should be an array, found one object; read as a list of one")
            body(value, &self)
        default:
            keep(value, at: path, reason: "should be an array, found \(value.typeName)")
        }
    }

    /// Keeps a value the model has no field for as `X-JELOU-<PATH>`, with a warning.
    mutating func keep(_ value: JSONValue, at path: String, reason: String = "is not a WhatsApp contact field") {
        let name = Self.propertyName(path)
        let text: String
        if case .string(let string) = value {
            text = string
        } else {
            text = String(decoding: value.encoded(), as: UTF8.self)
        }
        warn("\(path) \(reason); kept as \(name)")
        contact.unmapped.append(RawProperty(name: name, value: text))
    }

    /// Reports an entry left out because its main value is missing.
    mutating func skipped(_ list: String, missing: String) {
        warn("\(list) entry has no \(missing); skipped")
    }

    private mutating func keepText(_ text: String, name: String) {
        contact.unmapped.append(RawProperty(name: name, value: text))
    }

    /// `formattedName` → `formatted_name`, `waId` → `wa_id`: Infobip writes the keys of WhatsApp's
    /// contact object in camel case. A key without upper-case letters is returned as it is.
    static func snakeCased(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return key }
        var snake = ""
        for scalar in key.unicodeScalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                if !snake.isEmpty && !snake.hasSuffix("_") { snake += "_" }
                snake.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else {
                snake.unicodeScalars.append(scalar)
            }
        }
        return snake
    }

    /// `phones.label` → `X-JELOU-PHONES-LABEL`.
    static func propertyName(_ path: String) -> String {
        var name = "X-JELOU-"
        for scalar in path.unicodeScalars {
            switch scalar {
            case "a"..."z": name.unicodeScalars.append(Unicode.Scalar(scalar.value - 32)!)
            case "A"..."Z", "0"..."9": name.unicodeScalars.append(scalar)
            default: if !name.hasSuffix("-") { name += "-" }
            }
        }
        return name
    }

    /// `YYYY-MM-DD` or the year-less `--MM-DD` (RFC 6350 §4.3.1).
    static func date(_ text: String) -> PartialDate? {
        ISODate.yearless(text) ?? ISODate.complete(text)
    }
}
