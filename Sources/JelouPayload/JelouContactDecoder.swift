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
///   name it (`contact "Ana Gómez": …`), as its position is that of the value holding it.
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
        var flatObjects = FlatObjects(reader: NamedFieldReader(), position: SourcePosition(line: 1, column: 1))
        return contacts(in: value, flatObjects: &flatObjects, diagnostics: &diagnostics)
    }

    /// Finds every contact in a top-level JSON value, reading flat objects — at the top, in an
    /// array, or in a `contacts` list — by their keys, as a CSV row under a header of them
    /// (``NamedFieldReader``), when that yields a phone or an email.
    /// - Parameters:
    ///   - flatObjects: the reader of flat objects, which remembers the layouts of the key lists
    ///     it has seen, and the position of `value`, which their phones and emails are read at.
    static func contacts(in value: JSONValue, flatObjects: inout FlatObjects, diagnostics: inout [Diagnostic]) -> [Contact] {
        var contacts: [Contact] = []
        collect(value, nestedArrays: 0, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
        return contacts
    }

    /// What reading flat objects needs: the reader, and where the value searched starts.
    struct FlatObjects {
        var reader: NamedFieldReader
        var position: SourcePosition
        /// The nested members already named in a warning: each once per input.
        var reportedNested: Set<String> = []
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
        _ value: JSONValue, flatObjects: inout FlatObjects, diagnostics: inout [Diagnostic]
    ) -> (contact: Contact?, isFlat: Bool) {
        var nested: [String] = []
        if let fields = flatFields(of: value, nested: &nested) {
            return (flatObjects.reader.contact(fields: fields, at: flatObjects.position, diagnostics: &diagnostics), true)
        }
        guard case .object(let members) = value, !isBareContact(members),
            !members.contains(where: { structuralKeys.contains($0.key) }), envelopeList(of: members) == nil,
            let fields = flatFields(of: value, allowingNested: true, nested: &nested)
        else { return (nil, false) }
        var found: [Diagnostic] = []
        let contact = flatObjects.reader.contact(fields: fields, at: flatObjects.position, diagnostics: &found)
        guard let contact else { return (nil, false) }
        diagnostics += found
        // Salesforce's `attributes` (the record's type and URL) is no contact data.
        let unreported = nested.filter { $0 != "attributes" && flatObjects.reportedNested.insert($0).inserted }
        if !unreported.isEmpty {
            diagnostics.append(.warning(
                "the nested values of a record are not read: " + unreported.prefix(5).joined(separator: ", ")
                    + (unreported.count > 5 ? " and \(unreported.count - 5) more" : "")))
        }
        return (contact, true)
    }

    /// Reads one WhatsApp contact object.
    /// - Returns: `nil`, with a warning, when `value` is not an object.
    public static func contact(from value: JSONValue, diagnostics: inout [Diagnostic]) -> Contact? {
        guard case .object(let members) = value else {
            diagnostics.append(.warning("expected a contact object, found \(value.typeName); skipped"))
            return nil
        }
        var reading = ContactReading()
        for member in members {
            reading.read(member)
        }
        reading.readEmbeddedVCard()
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
        _ value: JSONValue, nestedArrays: Int, flatObjects: inout FlatObjects, into contacts: inout [Contact],
        diagnostics: inout [Diagnostic]
    ) {
        switch value {
        case .array(let elements) where nestedArrays < 2:
            for element in elements {
                collect(
                    element, nestedArrays: nestedArrays + 1, flatObjects: &flatObjects, into: &contacts,
                    diagnostics: &diagnostics)
            }
        case .object(let members) where GooglePeoplePerson.isPerson(members):
            contacts.append(GooglePeoplePerson.contact(from: members))
        case .object(let members) where CordovaContact.isContact(members):
            contacts.append(CordovaContact.contact(from: members))
        case .object(let members) where members.count == 1 && members[0].key == "person":
            // People API's `searchContacts` and `getBatchGet`: `{"person": {…}}` per result.
            collect(
                members[0].value, nestedArrays: nestedArrays, flatObjects: &flatObjects, into: &contacts,
                diagnostics: &diagnostics)
        case .object(let members):
            if let messages = ProviderWebhook.wrappedMessages(in: value) {
                collectMessageList(messages, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
                return
            }
            if let change = ProviderWebhook.wrappedChange(in: value) {
                collect(change, nestedArrays: nestedArrays, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
                return
            }
            if let event = ProviderWebhook.flatEventDescription(members) {
                diagnostics.append(.warning(event + "; skipped"))
                return
            }
            if let found = ProviderWebhook.chatwootContacts(in: value) {
                contacts += found
                return
            }
            let flat = flatContact(value, flatObjects: &flatObjects, diagnostics: &diagnostics)
            if let contact = flat.contact {
                contacts.append(contact)
            } else if flat.isFlat, value["type"] == nil, !isBareContact(members) {
                diagnostics.append(.warning(
                    "object holds no phone number or email address (keys: "
                        + members.prefix(5).map(\.key).joined(separator: ", ") + "); skipped"))
            } else if let entries = value["entry"]?.arrayValue {
                let before = contacts.count
                for change in entries.flatMap({ $0["changes"]?.arrayValue ?? [] }) {
                    if let changeValue = change["value"] {
                        collectMessages(changeValue, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
                    }
                }
                if contacts.count == before {
                    diagnostics.append(.warning("WhatsApp webhook body has no contacts message"))
                }
            } else if value["messages"]?.arrayValue != nil || value["message_echoes"]?.arrayValue != nil {
                collectMessages(value, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
            } else if let notifications = value["notifications"]?.arrayValue,
                notifications.contains(where: { $0["message"] != nil })
            {
                // Sinch's WhatsApp callback: `{"type": "whatsapp", "contacts": [the senders'
                // profiles], "notifications": [{"from": …, "message": {"type": "contacts", …}}]}`.
                collectMessageList(
                    notifications.compactMap { $0["message"] }, flatObjects: &flatObjects, into: &contacts,
                    diagnostics: &diagnostics)
            } else if value["type"] == nil, value["messaging_product"] != nil || value["metadata"] != nil {
                // A webhook change's value without messages (statuses): its `contacts`, if any, are
                // the senders' profiles, not shared cards.
                diagnostics.append(.warning("WhatsApp webhook change has no contacts message"))
            } else if let list = value["contacts"] {
                if let type = value["type"]?.stringValue, !ProviderWebhook.isContactsType(type) {
                    if let found = EmbeddedVCards.contacts(in: list, diagnostics: &diagnostics) {
                        // whatsapp-web.js: `{"type": "vcard", "contacts": [{"vcard": "BEGIN:VCARD…"}]}`.
                        contacts += found
                    } else {
                        diagnostics.append(.warning("message of type \"\(type)\" is not a contacts message; skipped"))
                    }
                    return
                }
                collectContactList(list, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
            } else if isBareContact(members) {
                if let contact = contact(from: value, diagnostics: &diagnostics) { contacts.append(contact) }
            } else if let found = EmbeddedVCards.contacts(in: value, diagnostics: &diagnostics) {
                contacts += found
            } else if let payload = value["payload"], case .object = payload, nestedArrays < 4,
                ["message", "contact"].contains(value["type"]?.stringValue)
            {
                // Gupshup's inbound event: `{"type": "message", "payload": {"type": "contact",
                // "payload": {"contacts": […]}}}`.
                collect(
                    payload, nestedArrays: nestedArrays + 1, flatObjects: &flatObjects, into: &contacts,
                    diagnostics: &diagnostics)
            } else if let type = value["type"]?.stringValue {
                diagnostics.append(.warning("message of type \"\(type)\" is not a contacts message; skipped"))
            } else if let list = envelopeList(of: members), nestedArrays < 2 {
                collect(list, nestedArrays: nestedArrays + 1, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
            } else {
                diagnostics.append(.warning(
                    "object is not a Jelou payload, a contact or a WhatsApp webhook (keys: "
                        + members.prefix(5).map(\.key).joined(separator: ", ") + "); skipped"))
            }
        default:
            diagnostics.append(.warning(
                "expected a Jelou payload, a contact or a WhatsApp webhook, found \(value.typeName); skipped"))
        }
    }

    /// The keys APIs wrap a list of records in: `{"data": […]}` (Zoho, HubSpot), `{"records": […]}`
    /// (Salesforce), `{"results": […]}`, `{"items": […]}`, `{"value": […]}` (Microsoft Graph),
    /// `{"content": {"contacts": […]}}` (Infobip), `{"number": …, "contact": […]}` (Evolution API's
    /// send request, whose `number` is the recipient), Google People API's `{"connections": […]}`,
    /// `{"otherContacts": […]}` and `{"responses": […]}`.
    private static let envelopeKeys: Set<String> = [
        "data", "records", "results", "items", "value", "content", "contact", "connections", "otherContacts", "responses",
    ]

    /// The list (or the object holding `contacts`) an API response wraps, when the object's only
    /// array or object member under an ``envelopeKeys`` key is one.
    private static func envelopeList(of members: [JSONMember]) -> JSONValue? {
        let wrapped = members.filter { member in
            guard envelopeKeys.contains(member.key) else { return false }
            switch member.value {
            case .array: return true
            case .object: return member.value["contacts"] != nil
            default: return false
            }
        }
        // (`JSONValue` is nil-literal-expressible: `.none`, not `nil`, says there is none.)
        return wrapped.count == 1 ? wrapped[0].value : .none
    }

    /// The contacts of `{"messages": [...]}` (a webhook change's `value`, or a bare body), and of
    /// the `message_echoes` a Coexistence number's change carries (the business's own messages).
    /// The change's own `contacts` are the senders' profiles, not shared cards.
    private static func collectMessages(
        _ value: JSONValue, flatObjects: inout FlatObjects, into contacts: inout [Contact], diagnostics: inout [Diagnostic]
    ) {
        let messages = (value["messages"]?.arrayValue ?? []) + (value["message_echoes"]?.arrayValue ?? [])
        collectMessageList(messages, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
    }

    /// The contacts of WhatsApp messages: those of type `contacts`, and vCards carried in others.
    private static func collectMessageList(
        _ messages: [JSONValue], flatObjects: inout FlatObjects, into contacts: inout [Contact],
        diagnostics: inout [Diagnostic]
    ) {
        for message in messages {
            let type = message["type"]?.stringValue
            if type.map(ProviderWebhook.isContactsType) ?? (message["contacts"] != nil) {
                collectContactList(
                    message["contacts"] ?? .null, flatObjects: &flatObjects, into: &contacts, diagnostics: &diagnostics)
            } else if let found = EmbeddedVCards.contacts(in: message, diagnostics: &diagnostics) {
                contacts += found
            } else {
                diagnostics.append(.warning(
                    "WhatsApp message of type \"\(type ?? message.typeName)\" is not a contacts message; skipped"))
            }
        }
    }

    /// The contacts of a `contacts` list: WhatsApp contact objects, or flat objects a hand-made
    /// payload lists (`{"name": "Ana Vera", "phone": "+593…"}`), read by their keys.
    private static func collectContactList(
        _ list: JSONValue, flatObjects: inout FlatObjects, into contacts: inout [Contact], diagnostics: inout [Diagnostic]
    ) {
        guard let elements = list.arrayValue else {
            diagnostics.append(.warning("\"contacts\" should be an array, found \(list.typeName); skipped"))
            return
        }
        for element in elements {
            if let contact = flatContact(element, flatObjects: &flatObjects, diagnostics: &diagnostics).contact {
                contacts.append(contact)
            } else if case .object(let members) = element, !isBareContact(members),
                let found = EmbeddedVCards.contacts(in: element, diagnostics: &diagnostics)
            {
                // `{"displayName": "Ana", "vcard": "BEGIN:VCARD…"}`, as bots list shared cards.
                contacts += found
            } else if let contact = contact(from: element, diagnostics: &diagnostics) {
                contacts.append(contact)
            }
        }
    }
}

/// The state of reading one contact object.
private struct ContactReading {
    var contact = Contact()
    var diagnostics: [Diagnostic] = []
    /// The contact's own vCard (`"vcard": "BEGIN:VCARD…"`, as Meta's `contact_request` sends it).
    var embeddedVCard: JSONValue?

    /// Fills what the contact object left out from its own vCard, or keeps a `vcard` that is no
    /// one card as `X-JELOU-VCARD`.
    mutating func readEmbeddedVCard() {
        guard let embeddedVCard else { return }
        var found: [Diagnostic] = []
        if let cards = EmbeddedVCards.contacts(in: embeddedVCard, diagnostics: &found), cards.count == 1 {
            diagnostics += found
            contact.fillIn(from: cards[0])
        } else {
            keep(embeddedVCard, at: "vcard", reason: "is not one vCard")
        }
    }

    mutating func read(_ member: JSONMember) {
        let value = member.value
        if value.isNull { return }
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
                    if let address = text.trimmedNonEmpty { reading.contact.emails.append(Email(address: address)) }
                    return
                }
                var email = Email(address: "")
                reading.readObject(value, at: "emails") { key, value, reading in
                    switch key {
                    case "email": email.address = reading.text(value, at: "emails.email") ?? ""
                    case "type": (email.kind, email.label) = reading.entryType(value, at: "emails.type")
                    default: reading.keep(value, at: "emails." + key)
                    }
                }
                if email.address.isEmpty {
                    reading.skipped("emails", missing: "email")
                } else {
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
            embeddedVCard = value
        default:
            keep(value, at: member.key)
        }
    }

    private mutating func readPhone(_ value: JSONValue) {
        if case .string(let text) = value {
            // `"phones": ["+593 99 123 4567"]`, as hand-made payloads list them.
            if let number = text.trimmedNonEmpty { contact.phones.append(Phone(value: number)) }
            return
        }
        var phone = Phone(value: "")
        var waID: String?
        readObject(value, at: "phones") { key, value, reading in
            switch key {
            case "phone": phone.value = reading.text(value, at: "phones.phone") ?? ""
            case "type": (phone.kind, phone.label) = reading.phoneType(value)
            case "wa_id": waID = reading.text(value, at: "phones.wa_id")
            default: reading.keep(value, at: "phones." + key)
            }
        }
        guard phone.value.trimmedNonEmpty != nil else {
            if let waID, let id = Phone.whatsAppID(from: waID) {
                // A WhatsApp id is the account's number in international form, without the `+`.
                diagnostics.append(.warning("phones entry has no phone; its wa_id \(id) is read as the number +\(id)"))
                phone.value = "+" + id
                phone.whatsAppID = id
                contact.phones.append(phone)
            } else if let waID {
                diagnostics.append(.warning("phones entry has no phone; its wa_id is kept as X-JELOU-WA-ID"))
                keepText(waID, name: "X-JELOU-WA-ID")
            } else {
                skipped("phones", missing: "phone")
            }
            return
        }
        if let waID {
            phone.whatsAppID = Phone.whatsAppID(from: waID)
            if phone.whatsAppID == nil {
                diagnostics.append(.warning("phones.wa_id '\(waID)' is not a WhatsApp id (6 to 15 digits); kept as X-JELOU-WA-ID"))
                keepText(waID, name: "X-JELOU-WA-ID")
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
            diagnostics.append(.warning("\(path) should be a string, found the number \(number.literal); read as \(readAs)"))
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
        for member in members where !member.value.isNull {
            body(Self.snakeCased(member.key), member.value, &self)
        }
    }

    private mutating func readList(_ value: JSONValue, at path: String, _ body: (JSONValue, inout ContactReading) -> Void) {
        switch value {
        case .array(let elements):
            for element in elements where !element.isNull { body(element, &self) }
        case .object:
            diagnostics.append(.warning("\(path) should be an array, found one object; read as a list of one"))
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
        diagnostics.append(.warning("\(path) \(reason); kept as \(name)"))
        contact.unmapped.append(RawProperty(name: name, value: text))
    }

    /// Reports an entry left out because its main value is missing.
    mutating func skipped(_ list: String, missing: String) {
        diagnostics.append(.warning("\(list) entry has no \(missing); skipped"))
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
