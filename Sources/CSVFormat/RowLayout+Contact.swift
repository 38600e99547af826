import ContactModel

extension RowLayout {
    /// Builds the contact one row describes.
    /// - Parameters:
    ///   - cells: each column's text, trimmed; `nil` when empty or not needed.
    ///   - customColumns: the columns whose role is ``Role/custom``, in order.
    ///   - record: the row, for the positions diagnostics carry.
    func contact(
        cells: [String?], customColumns: [Int], record: borrowing CSVRecord, diagnostics: inout [Diagnostic]
    ) -> Contact {
        var contact = Contact()
        var addresses = addressSlots.map { PostalAddress(kind: $0.kind, label: $0.label) }
        var birthParts: (year: Int?, month: Int?, day: Int?, column: Int?) = (nil, nil, nil, nil)
        var callingCode: (digits: String, text: String, column: Int)?
        var whatsAppIDs: [(id: String, column: Int)] = []
        var primaryPhone: (header: String, column: Int)?
        /// The first phone each phone column gave, by column.
        var phoneOfColumn: [Int: Int] = [:]
        for column in 0..<min(cells.count, roles.count) {
            guard let text = cells[column], !Self.isEmptyMark(text) else { continue }
            switch roles[column] {
            case .silent, .google, .custom:
                continue
            case .name(let part):
                contact.name.append(text, to: part)
            case .organization(.title) where titleColumns.contains(column) && Self.isHonorific(text):
                // Yahoo's `Title` holds a job or an honorific, row by row: `Dr.` is the prefix.
                contact.name.append(text, to: .prefix)
            case .organization(let part):
                var organization = contact.organization ?? Organization()
                organization.append(text, to: part)
                contact.organization = organization
            case .phone(let kind, let label, let preference):
                let position = record.position(of: column)
                let first = contact.phones.count
                for number in FieldValues.phones(in: text) {
                    guard let value = phoneValue(number, column: column, at: position, into: &contact, diagnostics: &diagnostics)
                    else { continue }
                    contact.phones.append(Phone(value: value, kind: kind, label: label, preference: preference, readAt: position))
                }
                if hasPrimaryPhoneColumn, contact.phones.count > first { phoneOfColumn[column] = first }
            case .email(let kind, let label):
                if ExchangeAddress.isX500(text) {
                    readExchangeAddress(
                        text, kind: kind, label: label, column: column, cells: cells, record: record,
                        into: &contact, diagnostics: &diagnostics)
                } else {
                    let position = record.position(of: column)
                    for address in FieldValues.emails(in: text) {
                        contact.emails.append(Email(address: address, kind: kind, label: label, readAt: position))
                    }
                }
            case .emailType, .emailDisplayName:
                continue
            case .primaryPhone:
                primaryPhone = (text, column)
            case .raw(let name, let isDate):
                readRaw(text, name: name, isDate: isDate, at: record.position(of: column), into: &contact, diagnostics: &diagnostics)
            case .photo:
                contact.unmapped.append(RawProperty.isWebAddress(text)
                    ? RawProperty.photo(webAddress: text)
                    : customField(text, column: column))
            case .url(let kind, let label):
                contact.urls.append(WebAddress(url: text, kind: kind, label: label))
            case .callingCode:
                if let digits = CallingCode.digits(in: text) {
                    callingCode = (digits, text, column)
                } else {
                    diagnostics.append(.warning(
                        "'\(text)' is not a country calling code; kept as a custom field", at: record.position(of: column)))
                    contact.unmapped.append(customField(text, column: column))
                }
            case .phoneExtension:
                // The extension of the phone the row read last, from a column before this one; a
                // whole number in it (German sheets' `Durchwahl` holds one) is a phone of its own.
                let digits = text.filter(\.isNumber)
                if digits.count > 6, !text.contains(where: \.isLetter) {
                    contact.phones.append(Phone(value: text, readAt: record.position(of: column)))
                } else if !digits.isEmpty, !text.contains(where: \.isLetter), let last = contact.phones.indices.last,
                    contact.phones[last].extensionNumber == nil
                {
                    contact.phones[last].extensionNumber = digits
                } else {
                    contact.unmapped.append(customField(text, column: column))
                }
            case .whatsAppID:
                if let id = Phone.whatsAppID(from: text) {
                    whatsAppIDs.append((id, column))
                } else {
                    diagnostics.append(.warning(
                        "'\(text)' is not a WhatsApp id (6 to 15 digits); kept as a custom field", at: record.position(of: column)))
                    contact.unmapped.append(customField(text, column: column))
                }
            case .address(_, .country) where CallingCode.digits(in: text) != nil:
                callingCode = CallingCode.digits(in: text).map { ($0, text, column) }
            case .address(let slot, let part):
                addresses[slot].append(text, to: part)
                if addresses[slot].readAt.position == nil { addresses[slot].readAt = ReadPosition(record.position(of: column)) }
            case .birthday:
                readBirthday(text, into: &contact, at: record.position(of: column), diagnostics: &diagnostics)
            case .birthdayPart(let part):
                if let value = Int(text) {
                    switch part {
                    case .year: birthParts.year = value
                    case .month: birthParts.month = value
                    case .day: birthParts.day = value
                    }
                    birthParts.column = birthParts.column ?? column
                } else {
                    diagnostics.append(.warning("'\(text)' is not a number; birth date part ignored", at: record.position(of: column)))
                }
            case .note:
                contact.note = contact.note.map { $0 + "\n" + text } ?? text
            case .categories:
                contact.unmapped.append(RawProperty(name: "CATEGORIES", value: RawText.categoryList(text)))
            case .googleLabels:
                contact.unmapped.append(RawProperty(name: GoogleHeaders.labelsProperty, value: RawText.escape(text)))
            }
        }
        if let column = birthParts.column {
            let date = PartialDate(year: birthParts.year, month: birthParts.month, day: birthParts.day)
            let month = date.month ?? 1
            if (1...12).contains(month), date.day.map({ (1...PartialDate.mostDays(inMonth: month, year: date.year)).contains($0) }) ?? true {
                contact.birthday = date
            } else {
                diagnostics.append(.warning("birth date parts do not make a date; ignored", at: record.position(of: column)))
            }
        }
        if !addresses.isEmpty { contact.addresses = addresses.filter { $0.hasText } }
        for (id, column) in whatsAppIDs {
            // The id is the phone of the same digits; without one, a phone of its own.
            if let index = contact.phones.firstIndex(where: { PhoneDigits.digitsOnly($0.value) == id && $0.whatsAppID == nil }) {
                contact.phones[index].whatsAppID = id
            } else {
                contact.phones.append(Phone(value: "+" + id, whatsAppID: id, readAt: record.position(of: column)))
            }
        }
        if let primaryPhone {
            let header = HeaderKey.fold(primaryPhone.header)
            if let column = names.indices.first(where: { HeaderKey.fold(names[$0]) == header }),
                let index = phoneOfColumn[column], index < contact.phones.count
            {
                contact.phones[index].preference = 1
            } else {
                contact.unmapped.append(customField(primaryPhone.header, column: primaryPhone.column))
            }
        }
        if let callingCode {
            var joined = false
            for index in contact.phones.indices where !CallingCode.startsInternationally(contact.phones[index].value) {
                // Excel's text mark (`'0991234567`, typed to keep the 0) is no part of the number.
                let national = contact.phones[index].value.drop { $0 == "'" }
                contact.phones[index].value = "+" + callingCode.digits + " " + national
                joined = true
            }
            if !joined {
                contact.unmapped.append(customField(callingCode.text, column: callingCode.column))
            }
        }
        googleEntries.withUnsafeBufferPointer { entries in
            for entry in entries { read(entry, cells: cells, record: record, into: &contact, diagnostics: &diagnostics) }
        }
        for column in customColumns where column < cells.count {
            guard let text = cells[column], !isPlaceholder(text) else { continue }
            contact.unmapped.append(customField(text, column: column))
        }
        return contact
    }

    /// True for an honorific written before a name (`Dr.`, `Mrs`, `Sra.`, `Herr`, `Prof.`).
    static func isHonorific(_ text: String) -> Bool {
        honorifics.contains(text.lowercased().filter { $0 != "." })
    }

    private static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "srta", "dra", "lic", "ing", "herr", "frau",
        "m", "mme", "mlle", "sig", "sigra", "don", "doña", "dona",
    ]

    /// `text` kept as a custom field labelled with the name of `column`, the way every cell with
    /// no contact field is kept (``GoogleHeaders/customFieldProperty``).
    private func customField(_ text: String, column: Int) -> RawProperty {
        RawProperty(
            name: GoogleHeaders.customFieldProperty,
            parameters: [RawParameter(name: GoogleHeaders.labelParameter, values: [names[column]])],
            value: RawText.escape(text))
    }

    /// The phone `number` read from `column` as a spreadsheet left it (``SpreadsheetNumber``): a
    /// float's `.0` dropped; `nil` for one in scientific notation, whose last digits are gone,
    /// which is kept as a custom field and reported instead, so that no wrong number is sent.
    private func phoneValue(
        _ number: String, column: Int, at position: SourcePosition?, into contact: inout Contact,
        diagnostics: inout [Diagnostic]
    ) -> String? {
        switch SpreadsheetNumber.reading(number) {
        case .asWritten:
            return number
        case .recovered(let digits):
            return digits
        case .digitsLost:
            diagnostics.append(.warning(
                "'\(number)' is a phone number a spreadsheet wrote in scientific notation, which lost its last "
                    + "digits; kept as a custom field (format the column as text and export again)",
                at: position))
            contact.unmapped.append(customField(number, column: column))
            return nil
        }
    }

    /// An Outlook entry of type `EX` holds an Exchange X.500 name where the address goes; its SMTP
    /// address is in the display name of the same slot (`Jane Doe (jane@example.com)`). Without
    /// one, the name is kept raw as ``ExchangeAddress/property`` and reported.
    private func readExchangeAddress(
        _ text: String, kind: EntryKind, label: String?, column: Int, cells: [String?], record: borrowing CSVRecord,
        into contact: inout Contact, diagnostics: inout [Diagnostic]
    ) {
        let emailColumns = roles.indices.filter { if case .email = roles[$0] { true } else { false } }
        let nameColumns = roles.indices.filter { roles[$0] == .emailDisplayName }
        if let slot = emailColumns.firstIndex(of: column), slot < nameColumns.count, nameColumns[slot] < cells.count,
            let displayName = cells[nameColumns[slot]], let address = ExchangeAddress.smtpAddress(in: displayName)
        {
            contact.emails.append(Email(address: address, kind: kind, label: label, readAt: record.position(of: column)))
            return
        }
        diagnostics.append(.warning(
            "'\(text)' is an Exchange (X.500) name, not an email address, and its display name gives none; "
                + "kept as \(ExchangeAddress.property)",
            at: record.position(of: column)))
        contact.unmapped.append(RawProperty(name: ExchangeAddress.property, value: RawText.escape(text)))
    }

    private func readRaw(
        _ text: String, name: String, isDate: Bool, at position: SourcePosition, into contact: inout Contact,
        diagnostics: inout [Diagnostic]
    ) {
        guard isDate else {
            contact.unmapped.append(RawProperty(name: name, value: RawText.escape(text)))
            return
        }
        switch CSVDate.parse(text, order: dateOrder) {
        case .empty:
            break
        case .date(let date):
            contact.unmapped.append(RawProperty(name: name, value: CSVDate.googleText(date) ?? text))
        case .invalid:
            diagnostics.append(.warning("'\(text)' is not a date; kept as text", at: position))
            contact.unmapped.append(RawProperty(
                name: name, parameters: [RawParameter(name: "VALUE", values: ["text"])], value: RawText.escape(text)))
        }
    }

    private func readBirthday(
        _ text: String, into contact: inout Contact, at position: SourcePosition, diagnostics: inout [Diagnostic]
    ) {
        switch CSVDate.parse(text, order: dateOrder) {
        case .empty:
            break
        case .date(let date):
            contact.birthday = date
        case .invalid:
            diagnostics.append(.warning("'\(text)' is not a date; birthday kept as text", at: position))
            contact.unmapped.append(RawProperty(
                name: "BDAY", parameters: [RawParameter(name: "VALUE", values: ["text"])], value: RawText.escape(text)))
        }
    }

    private func read(
        _ entry: borrowing GoogleEntry, cells: [String?], record: borrowing CSVRecord, into contact: inout Contact,
        diagnostics: inout [Diagnostic]
    ) {
        func cell(_ column: Int?) -> String? {
            guard let column, column < cells.count else { return nil }
            return cells[column]
        }
        let valueAt: SourcePosition? = if let column = entry.value, column < record.count { record.position(of: column) } else { nil }
        let labelCell = cell(entry.label) ?? ""
        let labels = GoogleValueLabels(labelCell)
        switch entry.group {
        case .phone:
            guard let values = cell(entry.value) else { return }
            values.forEachGoogleValue { index, value in
                guard !value.isEmpty else { return }
                let (label, isPrimary) = labels[index]
                let (kind, custom) = GoogleHeaders.phoneKind(forLabel: label)
                for number in FieldValues.phones(in: value) {
                    guard let value = phoneValue(number, column: entry.value ?? 0, at: valueAt, into: &contact, diagnostics: &diagnostics)
                    else { continue }
                    contact.phones.append(Phone(
                        value: value, kind: kind, label: custom, preference: isPrimary ? 1 : nil, readAt: valueAt))
                }
            }
        case .email:
            guard let values = cell(entry.value) else { return }
            values.forEachGoogleValue { index, value in
                guard !value.isEmpty else { return }
                let (label, isPrimary) = labels[index]
                let (kind, custom) = GoogleHeaders.entryKind(forLabel: label)
                for address in FieldValues.emails(in: value) {
                    contact.emails.append(Email(
                        address: address, kind: kind, label: custom, preference: isPrimary ? 1 : nil, readAt: valueAt))
                }
            }
        case .website:
            guard let values = cell(entry.value) else { return }
            values.forEachGoogleValue { index, value in
                guard !value.isEmpty else { return }
                let (kind, custom) = GoogleHeaders.entryKind(forLabel: labels[index].label)
                contact.urls.append(WebAddress(url: value, kind: kind, label: custom))
            }
        case .address:
            let parts = entry.addressParts.compactMap { part, column in cell(column).map { (part, GoogleFieldNames.values(in: $0)) } }
            let count = parts.reduce(0) { max($0, $1.1.count) }
            let firstAddressCell: SourcePosition? = if let column = entry.addressParts.first(where: { cell($0.1) != nil })?.1 {
                record.position(of: column)
            } else {
                nil
            }
            for index in 0..<count {
                let (label, isPrimary) = labels[index]
                let (kind, custom) = GoogleHeaders.entryKind(forLabel: label)
                var address = PostalAddress(
                    kind: kind, label: custom, preference: isPrimary ? 1 : nil, readAt: firstAddressCell)
                for (part, values) in parts where index < values.count && !values[index].isEmpty {
                    address.append(values[index], to: part)
                }
                if address.hasText { contact.addresses.append(address) }
            }
        case .organization:
            for (part, column) in entry.organizationParts {
                guard let text = cell(column) else { continue }
                var organization = contact.organization ?? Organization()
                organization.append(text, to: part)
                contact.organization = organization
            }
        case .event, .relation, .instantMessaging, .customField:
            guard let value = cell(entry.value) else { return }
            var parameters: [RawParameter] = []
            if !labelCell.isEmpty {
                parameters.append(RawParameter(name: GoogleHeaders.labelParameter, values: [labelCell]))
            }
            if let service = cell(entry.service) {
                parameters.append(RawParameter(name: GoogleHeaders.serviceParameter, values: [service]))
            }
            contact.unmapped.append(RawProperty(
                name: entry.group.rawPropertyName, parameters: parameters, value: RawText.escape(value)))
        }
    }
}

/// The label of each value of a Google group cell. Google joins several values of one label in one
/// cell (`Mobile` + `111 ::: 222`) and marks the group's primary value with `* ` (the first one);
/// a label cell joined the same way (`* Home ::: Work`) gives each value its own label.
struct GoogleValueLabels {
    private let single: (label: String, isPrimary: Bool)
    private let parts: [String]

    init(_ cell: String) {
        single = GoogleFieldNames.primaryMarker(cell)
        guard cell.utf8.contains(UInt8(ascii: ":")) else {
            parts = []
            return
        }
        let split = GoogleFieldNames.values(in: cell)
        parts = split.count > 1 ? split : []
    }

    /// The label of the value at `index`, and whether that value is the primary one.
    subscript(index: Int) -> (label: String, isPrimary: Bool) {
        if parts.isEmpty { return (single.label, single.isPrimary && index == 0) }
        let part = GoogleFieldNames.primaryMarker(parts[min(index, parts.count - 1)])
        return (part.label, part.isPrimary && index < parts.count)
    }
}

extension GoogleHeaders.Group {
    /// The raw property a group without a model field is kept in.
    var rawPropertyName: String {
        switch self {
        case .event: GoogleHeaders.eventProperty
        case .relation: GoogleHeaders.relationProperty
        case .instantMessaging: GoogleHeaders.instantMessagingProperty
        default: GoogleHeaders.customFieldProperty
        }
    }
}

extension PersonName {
    /// True when a part holds text (as `!isEmpty`, without building an array per call).
    var hasText: Bool {
        formatted != nil || given != nil || family != nil || middle != nil || prefix != nil || suffix != nil
            || nickname != nil
    }

    /// Sets a part; a second column for the same part is joined with a space, unless it repeats
    /// the first (Zoho's `Display Name` and `Customer Name`).
    mutating func append(_ text: String, to part: FieldMeaning.NamePart) {
        func joined(_ old: String?) -> String {
            guard let old else { return text }
            return old.lowercased() == text.lowercased() ? old : old + " " + text
        }
        switch part {
        case .formatted: formatted = joined(formatted)
        case .given: given = joined(given)
        case .family: family = joined(family)
        case .middle: middle = joined(middle)
        case .prefix: prefix = joined(prefix)
        case .suffix: suffix = joined(suffix)
        case .nickname: nickname = joined(nickname)
        }
    }
}

extension Organization {
    /// Sets a part; a second column for the same part is joined with a space (departments are
    /// units of their own).
    mutating func append(_ text: String, to part: FieldMeaning.OrganizationPart) {
        func joined(_ old: String?) -> String { old.map { $0 + " " + text } ?? text }
        switch part {
        case .company: company = joined(company)
        case .department: units.append(text)
        case .title: title = joined(title)
        case .role: role = joined(role)
        }
    }
}

extension PostalAddress {
    /// True when a component holds text (as `!isEmpty`, without building an array per call).
    var hasText: Bool {
        poBox != nil || extended != nil || street != nil || city != nil || region != nil || postalCode != nil
            || country != nil || countryCode != nil || formatted != nil
    }

    /// Sets a component; `Street 2`/`Street 3` lines and repeated columns are joined with a newline.
    mutating func append(_ text: String, to part: FieldMeaning.AddressPart) {
        func joined(_ old: String?) -> String { old.map { $0 + "\n" + text } ?? text }
        switch part {
        case .formatted: formatted = joined(formatted)
        case .street: street = joined(street)
        case .extended: extended = joined(extended)
        case .poBox: poBox = joined(poBox)
        case .city: city = joined(city)
        case .region: region = joined(region)
        case .postalCode: postalCode = joined(postalCode)
        case .country: country = joined(country)
        }
    }
}

extension RowLayout {
    /// True for a value Outlook writes into every row of its export for an empty field (see
    /// ``OutlookDefaults``; in other layouts the same words are data), and for the marks sheets
    /// put in an empty cell (``isEmptyMark(_:)``).
    func isPlaceholder(_ text: String) -> Bool {
        if Self.isEmptyMark(text) { return true }
        guard case .outlook = profile else { return false }
        return OutlookDefaults.isDefault(text)
    }

    /// True for what people and spreadsheets write in a cell that has nothing: `-`, `N/A`, and
    /// Excel's `#N/A`. Such a cell is empty in every column: `N/A` is no email address, `-` no
    /// company.
    static func isEmptyMark(_ text: String) -> Bool {
        // Every mark has four bytes or fewer: longer cells (nearly all) skip the comparisons,
        // which for accented text go through Unicode normalisation.
        guard text.utf8.count <= 4 else { return false }
        return switch text {
        case "-", "--", "---", "–", "—", "N/A", "n/a", "N/a", "#N/A", "n.a.", "N.A.", "s/d", "S/D": true
        default: false
        }
    }
}
