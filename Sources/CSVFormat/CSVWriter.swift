import ContactModel

/// Writes contacts as a CSV address book that Google Contacts (or Outlook) imports: UTF-8 without
/// a byte-order mark, CRLF line ends, a header row (RFC 4180 §2).
///
/// Google's layout has numbered column groups (`Phone 1 - Label`, `Phone 1 - Value`, …) whose
/// count must be known before the header is written. ``write(_:diagnostics:)`` computes it from
/// the whole set; a caller streaming rows computes ``GroupCounts`` first (for instance in a first
/// pass) and calls ``header(counts:)`` then ``row(for:counts:diagnostics:)`` per contact.
///
/// Cells that start with `=`, `+`, `-`, `@`, TAB or CR and are not phone numbers get a leading
/// `'` so that a spreadsheet opening the file shows them as text instead of running them as
/// formulas (CSV injection); numbers like `+593 99 123 4567` are written as they are. A phone the
/// normaliser read is written in E.164 (``Phone/csvText``).
///
/// What a layout cannot hold (a nickname in Outlook's, a fourth email, properties kept raw from
/// a vCard) is reported with a warning naming the contact, never dropped silently. The display
/// name goes to Google's `File As`; a contact with no structured name also gets it in
/// `First Name`, so that Google shows it (read back, it is then the given name too). Google-only
/// data the reader kept raw (`X-GOOGLE-LABELS`, `-EVENT`, `-RELATION`, `-IM`, `-CUSTOM-FIELD`)
/// is written back to its columns, so Google CSV → contacts → Google CSV is lossless; a `PHOTO`
/// given by its web address goes to `Photo`.
public struct CSVWriter: Sendable {
    /// The column layout to write.
    public enum Layout: Sendable, Hashable {
        /// Google Contacts' current CSV (`First Name`, …, `Phone n - Label`, `Phone n - Value`).
        case googleContacts
        /// Outlook's English desktop export, 92 columns.
        case outlook
    }

    /// How many numbered groups of each kind Google's header has.
    public struct GroupCounts: Sendable, Hashable {
        /// `E-mail n - Label` / `E-mail n - Value` groups.
        public var emails: Int
        /// `Phone n - Label` / `Phone n - Value` groups.
        public var phones: Int
        /// `Address n - …` groups (formatted, street, city, PO box, region, postal code, country, extended).
        public var addresses: Int
        /// `Website n - Label` / `Website n - Value` groups.
        public var websites: Int
        /// `Event n - Label` / `Event n - Value` groups: dated events other than the birthday
        /// (anniversaries), from Google's own column or a vCard's `ANNIVERSARY`, `X-ABDATE` and the like.
        public var events: Int
        /// `Relation n - Label` / `Relation n - Value` groups: related people's names (spouse, child,
        /// manager).
        public var relations: Int
        /// `IM n - Label` / `IM n - Service` / `IM n - Value` groups.
        public var instantMessaging: Int
        /// `Custom Field n - Label` / `Custom Field n - Value` groups: Google's free-form fields, kept raw
        /// as ``GoogleFieldNames/customField``.
        public var customFields: Int

        /// Makes counts; every group count defaults to 0 (no such columns).
        public init(
            emails: Int = 0, phones: Int = 0, addresses: Int = 0, websites: Int = 0, events: Int = 0,
            relations: Int = 0, instantMessaging: Int = 0, customFields: Int = 0
        ) {
            self.emails = emails
            self.phones = phones
            self.addresses = addresses
            self.websites = websites
            self.events = events
            self.relations = relations
            self.instantMessaging = instantMessaging
            self.customFields = customFields
        }

        /// The counts the contacts need: the most of each any contact has.
        /// - Complexity: O(n) in the number of contacts and their entries.
        public init<Contacts: Sequence<Contact>>(fitting contacts: Contacts) {
            self.init()
            for contact in contacts { include(contact) }
        }

        /// Raises the counts to what `contact` needs.
        public mutating func include(_ contact: Contact) {
            emails = max(emails, contact.emails.count)
            phones = max(phones, contact.phones.count)
            addresses = max(addresses, contact.addresses.count)
            websites = max(websites, contact.csvWebsites.count)
            func count(_ name: String) -> Int { contact.unmapped.lazy.filter { $0.name == name }.count }
            if !contact.unmapped.isEmpty {
                let related = RelatedEntries(contact)
                events = max(events, related.events.count)
                relations = max(relations, related.relations.count)
                instantMessaging = max(instantMessaging, related.instantMessaging.count)
            }
            customFields = max(customFields, count(GoogleHeaders.customFieldProperty))
        }
    }

    /// The column layout written.
    public var layout: Layout

    /// Makes a writer for `layout` (Google Contacts' by default).
    public init(layout: Layout = .googleContacts) {
        self.layout = layout
    }

    /// The whole file: header and one row per contact.
    /// - Parameter diagnostics: receives a warning for each contact whose data the layout cannot hold.
    public func write(_ contacts: [Contact], diagnostics: inout [Diagnostic]) -> [UInt8] {
        let counts = layout == .googleContacts ? GroupCounts(fitting: contacts) : GroupCounts()
        var out = header(counts: counts)
        for contact in contacts {
            out += row(for: contact, counts: counts, diagnostics: &diagnostics)
        }
        return out
    }

    /// The header row, CRLF-terminated. ``Layout/outlook`` ignores `counts`.
    public func header(counts: GroupCounts) -> [UInt8] {
        var out: [UInt8] = []
        switch layout {
        case .googleContacts: Self.appendRow(Self.googleHeader(counts), to: &out, protecting: false)
        case .outlook: Self.appendRow(OutlookLayout.columns, to: &out, protecting: false)
        }
        return out
    }

    /// One contact's row, CRLF-terminated, with as many groups as `counts` says (entries beyond
    /// them are reported and left out).
    public func row(for contact: Contact, counts: GroupCounts, diagnostics: inout [Diagnostic]) -> [UInt8] {
        if contact.isGroup {
            // A CSV row is a person or a company; a group's members are no column.
            let name = contact.name.formatted.map { " \"\($0)\"" } ?? ""
            diagnostics.append(.warning("contact group\(name) is a list of members, not a contact; no CSV row"))
            return []
        }
        var lost: [String] = []
        let cells: [String]
        switch layout {
        case .googleContacts: cells = Self.googleCells(contact, counts: counts, lost: &lost)
        case .outlook: cells = OutlookLayout.cells(contact, lost: &lost)
        }
        let whatsAppIDs = contact.phones.count { $0.whatsAppID != nil }
        if whatsAppIDs > 0 { lost.append("\(whatsAppIDs) WhatsApp id(s)") }
        if !lost.isEmpty {
            let who = contact.name.formatted ?? contact.name.joinedParts ?? contact.organization?.company
                ?? contact.emails.first?.address ?? contact.phones.first?.value ?? "a contact"
            let format = layout == .googleContacts ? "Google" : "Outlook"
            diagnostics.append(.warning(
                "\(who): no \(format) CSV column for " + lost.joined(separator: ", ") + "; left out"))
        }
        var out: [UInt8] = []
        Self.appendRow(cells, to: &out, protecting: true)
        return out
    }

    // MARK: Google Contacts

    private static let googleFixedColumns = [
        "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
        "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
        "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
    ]

    private static let googleAddressParts = [
        "Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address",
    ]

    private static func googleHeader(_ counts: GroupCounts) -> [String] {
        var columns = googleFixedColumns
        func group(_ name: String, _ count: Int, _ parts: [String]) {
            for index in stride(from: 1, through: count, by: 1) {
                columns += parts.map { "\(name) \(index) - \($0)" }
            }
        }
        group("E-mail", counts.emails, ["Label", "Value"])
        group("Phone", counts.phones, ["Label", "Value"])
        group("Address", counts.addresses, ["Label"] + googleAddressParts)
        group("Website", counts.websites, ["Label", "Value"])
        group("Event", counts.events, ["Label", "Value"])
        group("Relation", counts.relations, ["Label", "Value"])
        group("IM", counts.instantMessaging, ["Label", "Service", "Value"])
        group("Custom Field", counts.customFields, ["Label", "Value"])
        return columns
    }

    private static func googleCells(_ contact: Contact, counts: GroupCounts, lost: inout [String]) -> [String] {
        let name = contact.name
        let hasParts = [name.given, name.middle, name.family, name.prefix, name.suffix].contains { $0 != nil }
        let googleLabels = contact.unmapped.first { $0.name == GoogleHeaders.labelsProperty }.map { RawText.unescape($0.value) }
        let categories = contact.unmapped.filter { $0.name == "CATEGORIES" }.flatMap { RawText.splitList($0.value) }
        let labels = googleLabels ?? (categories.isEmpty ? nil : categories.joined(separator: GoogleFieldNames.multiValueSeparator))
        func raw(_ name: String) -> String { contact.unmapped.first { $0.name == name }.map { RawText.unescape($0.value) } ?? "" }
        let phonetic = GoogleHeaders.phoneticProperties.map(raw)
        let related = RelatedEntries(contact)
        let photo = contact.unmapped.indices.first { contact.unmapped[$0].name == "PHOTO" && contact.unmapped[$0].mediaWebAddress != nil }
        // A birthday the source wrote as text (`BDAY;VALUE=text:15-Nov`, as Google exports it)
        // goes into the Birthday column as written, which Google reads so.
        let textBirthday = contact.birthday == nil ? contact.unmapped.indices.first { contact.unmapped[$0].name == "BDAY" } : nil
        var cells = [
            name.given ?? (hasParts ? nil : name.formatted) ?? "", name.middle ?? "", name.family ?? "",
            phonetic[0], phonetic[1], phonetic[2],
            name.prefix ?? "", name.suffix ?? "", name.nickname ?? related.nickname ?? "", name.formatted ?? "",
            contact.organization?.company ?? "", contact.organization?.title ?? "",
            contact.organization?.department ?? "",
            contact.birthday.flatMap(CSVDate.googleText) ?? textBirthday.map { RawText.unescape(contact.unmapped[$0].value) } ?? "",
            contact.note ?? "", photo.flatMap { contact.unmapped[$0].mediaWebAddress } ?? "", labels ?? "",
        ]
        if contact.organization?.role != nil { lost.append("role") }
        func marked(_ label: String, _ preference: Int?) -> String {
            preference == 1 ? (label.isEmpty ? "*" : "* " + label) : label
        }
        func fill<Entry>(_ entries: [Entry], _ count: Int, _ what: String, _ cellsOf: (Entry) -> [String], width: Int) {
            for index in 0..<count {
                cells += index < entries.count ? cellsOf(entries[index]) : Array(repeating: "", count: width)
            }
            if entries.count > count { lost.append("\(entries.count - count) \(what)") }
        }
        fill(contact.emails, counts.emails, "email(s)", { email in
            [marked(email.label ?? GoogleHeaders.label(for: email.kind), email.preference), email.address]
        }, width: 2)
        fill(contact.phones, counts.phones, "phone(s)", { phone in
            let value = phone.csvText
            return [marked(phone.label ?? GoogleHeaders.label(for: phone.kind), phone.preference), value]
        }, width: 2)
        fill(contact.addresses, counts.addresses, "address(es)", { address in
            [
                marked(address.label ?? GoogleHeaders.label(for: address.kind), address.preference),
                address.formatted ?? "", address.street ?? "", address.city ?? "", address.poBox ?? "",
                address.region ?? "", address.postalCode ?? "", address.country ?? "", address.extended ?? "",
            ]
        }, width: 9)
        fill(contact.csvWebsites, counts.websites, "website(s)", { url in
            [url.label ?? GoogleHeaders.label(for: url.kind), url.url]
        }, width: 2)
        func raws(_ name: String) -> [RawProperty] { contact.unmapped.filter { $0.name == name } }
        func labelled(_ entry: RelatedEntries.Entry) -> [String] { [entry.label, entry.value] }
        fill(related.events, counts.events, "event(s)", labelled, width: 2)
        fill(related.relations, counts.relations, "relation(s)", labelled, width: 2)
        fill(related.instantMessaging, counts.instantMessaging, "IM address(es)", { entry in
            [entry.label, entry.service, entry.value]
        }, width: 3)
        fill(raws(GoogleHeaders.customFieldProperty), counts.customFields, "custom field(s)", { raw in
            [raw.parameterValue(GoogleHeaders.labelParameter), RawText.unescape(raw.value)]
        }, width: 2)
        var written = Set([GoogleHeaders.labelsProperty, GoogleHeaders.customFieldProperty] + GoogleHeaders.phoneticProperties)
        if googleLabels == nil { written.insert("CATEGORIES") }
        let websiteEntries = Set(contact.csvWebsiteEntries.map(\.index))
        let other = contact.unmapped.indices
            .filter { !related.consumed.contains($0) && !websiteEntries.contains($0) && $0 != photo && $0 != textBirthday }
            .map { contact.unmapped[$0].name }
            .filter { !written.contains($0) }
        if !other.isEmpty { lost.append(other.joined(separator: ", ")) }
        return cells
    }

    // MARK: Cells

    /// Appends one CRLF-terminated row, quoting cells that hold a comma, quote, CR or LF
    /// (RFC 4180 §2 rules 5–7) and, when `protecting`, defusing formula-like cells.
    static func appendRow(_ cells: [String], to out: inout [UInt8], protecting: Bool) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(._comma) }
            appendCell(protecting ? defused(cell) : cell, to: &out)
        }
        out.append(._cr)
        out.append(._lf)
    }

    private static func appendCell(_ cell: String, to out: inout [UInt8]) {
        let utf8 = cell.utf8
        guard utf8.contains(where: { $0 == ._comma || $0 == ._quote || $0 == ._cr || $0 == ._lf }) else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(._quote)
        for byte in utf8 {
            if byte == ._quote { out.append(._quote) }
            out.append(byte)
        }
        out.append(._quote)
    }

    /// The cell with a leading `'` when a spreadsheet would read it as a formula: it starts with
    /// `=`, `+`, `-`, `@`, TAB or CR and is neither a phone number, a year-less date (`--12-24`)
    /// nor that one sign alone (a contact named `-`), which no spreadsheet runs. A cell that
    /// starts with the mark itself before such a sign (`'=x`) gets one more, as the reader takes
    /// one away.
    public static func defused(_ cell: String) -> String {
        var bytes = cell.utf8.makeIterator()
        if bytes.next() == SpreadsheetFormulaGuard.mark, let second = bytes.next(),
            SpreadsheetFormulaGuard.startsFormula(second)
        {
            return "'" + cell
        }
        guard let first = cell.utf8.first, SpreadsheetFormulaGuard.startsFormula(first),
            cell.utf8.count > 1 || first == UInt8(ascii: "=")
        else { return cell }
        let isDate = cell.utf8.count >= 6 && cell.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) }
        return isDate || RowLayout.looksLikePhone(cell) ? cell : "'" + cell
    }
}

extension RawProperty {
    /// The first value of parameter `name`, or an empty string.
    func parameterValue(_ name: String) -> String {
        parameters.first { $0.name == name }?.values.first ?? ""
    }
}
