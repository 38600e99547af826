import ContactModel

/// Outlook's English desktop CSV export layout (92 columns, the order Outlook 2003–365 writes),
/// and how a contact fills it: one business, one home and one other address; phones in Outlook's
/// fixed slots by kind; three emails; one web page; dates as `M/D/YYYY`, `0/0/00` when unknown;
/// a custom field labelled with the name of an Outlook column (`Gender`, `Hobby`, as the CSV
/// reader keeps them) in that column.
enum OutlookLayout {
    static let columns = [
        "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
        "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
        "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
        "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
        "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
        "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
        "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
        "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
        "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box",
        "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name",
        "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
        "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
        "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
        "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
        "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
    ]

    private static let index: [String: Int] = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })

    /// The columns a custom field of the same label goes into: those Outlook's reader keeps as
    /// custom fields or properties of their own (`Hobby`, `User 1`, `Spouse`, `Assistant's Name`),
    /// and the company's and the note's. A column of a name part, a phone, an email, an address or
    /// a date (`Anniversary`) takes only that field, never a custom field that happens to share its name (a
    /// CRM's job `Title` is no name prefix; `not a phone` no `Mobile Phone`).
    private static let customFieldColumns: [String: Int] = index.filter { column, _ in
        switch OutlookHeaders.english[HeaderKey.fold(column)] {
        case .known?, .organization?, .note?: true
        case .raw(_, let isDate)?: !isDate
        default: false
        }
    }

    /// The slots a phone of each kind may take, in order of preference.
    private static func slots(for phone: Phone) -> [String] {
        if phone.label?.caseInsensitiveEquals("Telex") == true { return ["Telex"] }
        switch phone.kind {
        case .mobile, .iPhone: return ["Mobile Phone"]
        case .home: return ["Home Phone", "Home Phone 2"]
        case .work: return ["Business Phone", "Business Phone 2"]
        case .main: return phone.preference == 1 ? ["Primary Phone", "Company Main Phone"] : ["Company Main Phone", "Primary Phone"]
        case .homeFax: return ["Home Fax"]
        case .workFax: return ["Business Fax"]
        case .otherFax: return ["Other Fax"]
        case .pager: return ["Pager"]
        case .car: return ["Car Phone"]
        case .isdn: return ["ISDN"]
        case .radio: return ["Radio Phone"]
        case .callback: return ["Callback"]
        case .assistant: return ["Assistant's Phone"]
        case .textphone: return ["TTY/TDD Phone"]
        case .unspecified, .other, .voice, .text, .video: return ["Other Phone"]
        }
    }

    static func cells(_ contact: Contact, lost: inout [String]) -> [String] {
        var cells = Array(repeating: "", count: columns.count)
        func set(_ column: String, _ value: String?) {
            guard let value, let position = index[column] else { return }
            cells[position] = value
        }
        let name = contact.name
        set("Title", name.prefix)
        set("First Name", name.given ?? ([name.middle, name.family].allSatisfy { $0 == nil } ? name.formatted : nil))
        set("Middle Name", name.middle)
        set("Last Name", name.family)
        set("Suffix", name.suffix)
        if name.nickname != nil { lost.append("nickname") }
        set("Company", contact.organization?.company)
        set("Department", contact.organization?.department)
        set("Job Title", contact.organization?.title)
        set("Profession", contact.organization?.role)

        var addresses = contact.addresses
        var extraAddresses = 0
        for (kind, prefix) in [(EntryKind.work, "Business"), (.home, "Home"), (.other, "Other")] {
            let position = addresses.firstIndex { $0.kind == kind }
                ?? (kind == .other ? addresses.firstIndex { $0.kind == .unspecified } : nil)
            guard let position else { continue }
            let address = addresses.remove(at: position)
            let lines = (address.extended ?? "").split(separator: "\n", maxSplits: 1).map(String.init)
            set("\(prefix) Street", address.street ?? (address.city == nil ? address.formatted : nil))
            set("\(prefix) Street 2", lines.first)
            set("\(prefix) Street 3", lines.count > 1 ? lines[1] : nil)
            set("\(prefix) City", address.city)
            set("\(prefix) State", address.region)
            set("\(prefix) Postal Code", address.postalCode)
            set("\(prefix) Country/Region", address.country)
            set("\(prefix) Address PO Box", address.poBox)
        }
        extraAddresses = addresses.count
        if extraAddresses > 0 { lost.append("\(extraAddresses) address(es)") }

        var extraPhones = 0
        for phone in contact.phones {
            let value = phone.csvText
            let candidates = slots(for: phone) + ["Other Phone"]
            if let free = candidates.first(where: { cells[index[$0]!].isEmpty }) {
                set(free, value)
            } else {
                extraPhones += 1
            }
        }
        if extraPhones > 0 { lost.append("\(extraPhones) phone(s)") }

        for (position, email) in contact.emails.prefix(3).enumerated() {
            let prefix = position == 0 ? "E-mail" : "E-mail \(position + 1)"
            set("\(prefix) Address", email.address)
            set("\(prefix) Type", "SMTP")
        }
        if contact.emails.count > 3 { lost.append("\(contact.emails.count - 3) email(s)") }

        if let birthday = contact.birthday {
            if let text = CSVDate.outlookText(birthday) { set("Birthday", text) } else { lost.append("birthday without a year") }
        }
        set("Birthday", cells[index["Birthday"]!].isEmpty ? "0/0/00" : nil)
        let related = RelatedEntries(contact)
        let anniversary = related.events.lazy.filter { $0.label.caseInsensitiveEquals("Anniversary") }
            .compactMap { entry -> String? in
                guard case .date(let date) = CSVDate.parse(entry.value, order: .monthFirst) else { return nil }
                return CSVDate.outlookText(date)
            }.first
        set("Anniversary", anniversary ?? "0/0/00")
        var placedRelations = 0
        for (label, column) in [("Spouse", "Spouse"), ("Manager", "Manager's Name"), ("Assistant", "Assistant's Name")] {
            guard let name = RelatedEntries.first(related.relations, labelled: label) else { continue }
            set(column, name)
            placedRelations += 1
        }
        let unplaced = [
            (related.events.count - (anniversary == nil ? 0 : 1), "date(s)"),
            (related.relations.count - placedRelations, "related name(s)"),
            (related.instantMessaging.count, "IM address(es)"),
        ]
        set("Notes", contact.note)
        set("Web Page", contact.urls.first?.url)
        if contact.urls.count > 1 { lost.append("\(contact.urls.count - 1) website(s)") }
        var categories = contact.unmapped.filter { $0.name == "CATEGORIES" }.flatMap { RawText.splitList($0.value) }
        for labels in contact.unmapped where labels.name == GoogleHeaders.labelsProperty {
            categories += GoogleFieldNames.values(in: RawText.unescape(labels.value)).map { GoogleFieldNames.primaryMarker($0).label }
        }
        if !categories.isEmpty { set("Categories", categories.joined(separator: ";")) }
        let written: Set<String> = ["CATEGORIES", GoogleHeaders.labelsProperty]
        var other: [String] = []
        for index in contact.unmapped.indices where !related.consumed.contains(index) {
            let property = contact.unmapped[index]
            guard !written.contains(property.name) else { continue }
            let column = property.name == GoogleHeaders.customFieldProperty
                ? Self.customFieldColumns[property.parameterValue(GoogleHeaders.labelParameter)] : nil
            if let column, cells[column].isEmpty {
                cells[column] = RawText.unescape(property.value)
            } else if property.name == "BDAY" {
                // Outlook reads only a date there (`BDAY;VALUE=text:15-Nov` is none).
                other.append("birthday \"\(RawText.unescape(property.value))\" (text, not a date)")
            } else if property.name == GoogleHeaders.customFieldProperty {
                other.append("custom field \"\(property.parameterValue(GoogleHeaders.labelParameter))\"")
            } else {
                other.append(property.name)
            }
        }
        other += unplaced.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !other.isEmpty { lost.append(other.joined(separator: ", ")) }
        return cells
    }
}
