import ContactModel

/// What each column of a file means, worked out once from its header (or its first row) and
/// then applied to every row.
struct RowLayout {
    enum Role: Hashable {
        /// An unnamed trailing column (Thunderbird's header ends with a comma).
        case silent
        /// A column with no field in the model: kept as a custom field labelled with the column's
        /// name (``GoogleHeaders/customFieldProperty``), and named once in a note when it holds data.
        case custom
        case name(FieldMeaning.NamePart)
        case organization(FieldMeaning.OrganizationPart)
        case phone(Phone.Kind, label: String?, preference: Int?)
        case email(EntryKind, label: String?)
        case url(EntryKind, label: String?)
        case address(slot: Int, FieldMeaning.AddressPart)
        case birthday
        case birthdayPart(FieldMeaning.DatePart)
        case note
        case categories
        case emailType
        case emailDisplayName
        case raw(String, isDate: Bool)
        case photo
        case callingCode
        case whatsAppID
        case phoneExtension
        case primaryPhone
        case googleLabels
        /// Part of a Google numbered group, read through ``googleEntries``.
        case google
    }

    /// The columns of one Google numbered group entry (`Phone 2 - Label` + `Phone 2 - Value`).
    struct GoogleEntry {
        var group: GoogleHeaders.Group
        var index: Int
        var label: Int?
        var value: Int?
        var service: Int?
        var addressParts: [(FieldMeaning.AddressPart, Int)] = []
        var organizationParts: [(FieldMeaning.OrganizationPart, Int)] = []
    }

    var profile: CSVProfile
    var roles: [Role]
    /// The column names diagnostics use: the header's, or `column N` without a header.
    var names: [String]
    var addressSlots: [(kind: EntryKind, label: String?)]
    var googleEntries: [GoogleEntry]
    var dateOrder: CSVDate.Order
    var hasHeader: Bool
    /// The columns headed `Title` read as the job title, where an honorific (`Dr.`) is the prefix
    /// row by row (Yahoo's export).
    var titleColumns: Set<Int> = []
    /// True when a column names the row's preferred phone column (Yahoo's `Primary`).
    var hasPrimaryPhoneColumn = false

    /// The layout a header row describes.
    init(header: [String], options: CSVReadingOptions) {
        let keys = header.map(HeaderKey.fold)
        let profile = options.profile ?? Self.detectProfile(header, keys: keys)
        self.profile = profile
        names = header
        hasHeader = true
        dateOrder = if case .outlook(let language) = profile, language.writesMonthFirst { .monthFirst } else { .dayFirst }
        roles = []
        addressSlots = []
        googleEntries = []

        let mappings = Dictionary(options.mappings.map { (HeaderKey.fold($0.column), $0.meaning) }) { first, _ in first }
        var meanings: [FieldMeaning?] = []
        var google: [Int: GoogleHeaders.Column] = [:]
        var isLabels: Set<Int> = []
        for (column, key) in keys.enumerated() {
            if let mapped = mappings[key] {
                meanings.append(mapped)
                continue
            }
            var meaning: FieldMeaning?
            switch profile {
            case .googleContacts, .googleContactsLegacy:
                if GoogleHeaders.labelColumns.contains(key) {
                    isLabels.insert(column)
                } else if let match = GoogleHeaders.match(header[column]) {
                    google[column] = match
                } else {
                    meaning = GoogleHeaders.fixed[key]
                }
            case .outlook(let language):
                meaning = OutlookHeaders.meaning(of: key, in: language)
            case .thunderbird:
                meaning = ThunderbirdHeaders.table[key]
            case .generic:
                break
            }
            if meaning == nil, google[column] == nil, !isLabels.contains(column), !key.isEmpty {
                meaning = GenericHeaders.meaning(ofHeader: header[column], key: key)
            }
            meanings.append(meaning)
        }
        // `Büro`, `Privat`, `Home`, `Work` alone, beside a phone column (`Handy`, `Mobile`): more
        // phones, of that kind, as German sheets and Yahoo's export name them.
        if meanings.contains(where: { if case .phone = $0 { true } else { false } }) {
            for column in meanings.indices where meanings[column] == nil && google[column] == nil && !isLabels.contains(column) {
                if let kind = GenericHeaders.bareKind(of: keys[column]) {
                    meanings[column] = .phone(kind, label: nil, preference: nil)
                }
            }
        }
        Self.settleAmbiguousColumns(&meanings, keys: keys)
        let names = meanings.compactMap { $0 }
        let hasGiven = names.contains(.name(.given))
        let hasFamily = names.contains(.name(.family)) || names.contains(.familyOrFormatted)
        for (column, meaning) in meanings.enumerated() {
            if keys[column].isEmpty {
                roles.append(.silent)
            } else if isLabels.contains(column) {
                roles.append(.googleLabels)
            } else if let match = google[column] {
                roles.append(addGoogle(match, column: column))
            } else if let meaning {
                roles.append(role(for: meaning, hasGiven: hasGiven, hasFamily: hasFamily))
            } else {
                roles.append(.custom)
            }
        }
        googleEntries.sort { ($0.group.sortOrder, $0.index) < ($1.group.sortOrder, $1.index) }
        titleColumns = Set(roles.indices.filter { keys[$0] == "title" && roles[$0] == .organization(.title) })
        hasPrimaryPhoneColumn = roles.contains(.primaryPhone)
    }

    /// The columns whose role is ``Role/custom``, in order.
    var customColumns: [Int] {
        roles.indices.filter { if case .custom = roles[$0] { true } else { false } }
    }

    /// Thunderbird's layout by position, for a file without a header.
    init(thunderbirdColumns count: Int) {
        profile = .thunderbird
        names = (0..<count).map { $0 < ThunderbirdHeaders.columns.count ? ThunderbirdHeaders.columns[$0].0 : "column \($0 + 1)" }
        hasHeader = false
        dateOrder = .dayFirst
        roles = []
        addressSlots = []
        googleEntries = []
        for column in 0..<count {
            roles.append(column < ThunderbirdHeaders.columns.count
                ? role(for: ThunderbirdHeaders.columns[column].1, hasGiven: true, hasFamily: true) : .custom)
        }
    }

    /// A generic layout for a file without a header, each column recognised from its content in
    /// the first row: an `@` makes an email, a phone-looking value a phone (not a date or a range
    /// of years, as `2019-05-01`, `2022/2023e`), and the first text
    /// column the name (split into given and family names when the next two columns are the
    /// name's two words, as in `John Doe,John,Doe`).
    init(contentOf row: [String]) {
        profile = .generic
        names = row.indices.map { "column \($0 + 1)" }
        hasHeader = false
        dateOrder = .dayFirst
        roles = Array(repeating: .custom, count: row.count)
        addressSlots = []
        googleEntries = []
        var nameColumn: Int?
        for (column, value) in row.enumerated() where !value.isEmpty {
            if value.contains("@") {
                roles[column] = .email(.unspecified, label: nil)
            } else if Self.looksLikePhone(value), !Self.looksLikeDateOrYearRange(value) {
                roles[column] = .phone(.unspecified, label: nil, preference: nil)
            } else if nameColumn == nil {
                nameColumn = column
                roles[column] = .name(.formatted)
            }
        }
        if let nameColumn, nameColumn + 2 < row.count,
            row[nameColumn] == row[nameColumn + 1] + " " + row[nameColumn + 2]
        {
            roles[nameColumn + 1] = .name(.given)
            roles[nameColumn + 2] = .name(.family)
        }
    }

    /// True when some column holds phone numbers or email addresses: without a header, a first
    /// row with neither is no address book's (a list of notes would become name-only contacts).
    var hasPhoneOrEmailColumn: Bool {
        roles.contains { role in
            switch role {
            case .phone, .email: true
            default: false
            }
        }
    }

    /// True when a value reads as a phone number as people write them: at least six digits, and
    /// otherwise only `+ - ( ) . /`, spaces, and extension or pause marks (`x`, `ext`, `#`, `,`,
    /// `;`, `=`, `p`, `w`). The writer relies on it too: none of these characters lets a
    /// spreadsheet run a command (that needs `|`, `!` or a function name).
    static func looksLikePhone(_ value: String) -> Bool {
        var digits = 0
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: ";"),
                UInt8(ascii: "="):
                break
            default:
                switch byte | 0x20 {
                case UInt8(ascii: "x"), UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "p"), UInt8(ascii: "w"): break
                default: return false
                }
            }
        }
        return digits >= 6
    }

    /// True for a date with a four-digit year (`2019-05-01`, `14/03/1985`; `21-12-45` may be a
    /// local number) or a range of years (`2010/2011`, `2010-11`, a forecast's `2023/2024f`),
    /// which have a phone's digits and signs but make a table of dates or statistics, not a
    /// column of phones.
    static func looksLikeDateOrYearRange(_ value: String) -> Bool {
        let digitsEnd = value.lastIndex(where: \.isNumber).map(value.index(after:)) ?? value.startIndex
        guard value[digitsEnd...].count <= 1, value[digitsEnd...].allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        let parts = value[..<digitsEnd].split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        if parts.count == 2, parts[0].count == 4, let first = Int(parts[0]), (1900...2099).contains(first),
            let second = Int(parts[1])
        {
            // `2010/2011`, `2010-11`: the second year follows the first.
            return parts[1].count == 4 ? second == first + 1 || second == first : second == (first + 1) % 100
        }
        guard digitsEnd == value.endIndex, parts.count == 3, parts.contains(where: { $0.count == 4 }) else { return false }
        if case .date = CSVDate.parse(value, order: .dayFirst) { return true }
        if case .date = CSVDate.parse(value, order: .monthFirst) { return true }
        return false
    }

    /// True when a first row reads as a header: some name is recognised and no value looks like
    /// an email address or a phone number.
    static func isHeader(_ row: [String], options: CSVReadingOptions) -> Bool {
        if row.contains(where: { $0.contains("@") || looksLikePhone($0) }) { return false }
        let mapped = Set(options.mappings.map { HeaderKey.fold($0.column) })
        return row.contains { value in
            let key = HeaderKey.fold(value)
            return mapped.contains(key) || GoogleHeaders.fixed[key] != nil || GoogleHeaders.match(value) != nil
                || GoogleHeaders.labelColumns.contains(key) || ThunderbirdHeaders.table[key] != nil
                || OutlookLanguage.allCases.contains { OutlookHeaders.meaning(of: key, in: $0) != nil }
                || GenericHeaders.meaning(ofHeader: value, key: key) != nil
        }
    }

    /// True when a header-less first row fits Thunderbird's column order: at least five columns,
    /// the fifth (Primary Email) an address, the first four not.
    static func fitsThunderbird(_ row: [String]) -> Bool {
        row.count >= 5 && row[4].contains("@") && !row[0..<4].contains { $0.contains("@") }
    }

    /// How many of a header's columns must be Outlook's before it is read as a localized Outlook
    /// export, unless one of them is a column only Outlook writes (``FieldMeaning/isOutlookOnly``).
    /// Outlook writes all of its 92 columns, so an export has far more; a hand-made sheet with a
    /// few of the same words (pt-BR `Nome, Celular, Cidade, Estado, CEP`) means one address by
    /// them, not Outlook's Other City, Home State and Other Postal Code.
    static let minimumLocalizedOutlookColumns = 12

    private static func detectProfile(_ header: [String], keys: [String]) -> CSVProfile {
        let set = Set(keys)
        var googleLabel = false
        var googleType = false
        for name in header {
            guard let match = GoogleHeaders.match(name), match.part == .label else { continue }
            if match.isLegacyType { googleType = true } else { googleLabel = true }
        }
        if googleLabel || !set.isDisjoint(with: ["file as", "labels", "organization name", "phonetic first name"]) {
            return .googleContacts
        }
        if googleType || !set.isDisjoint(with: ["given name", "family name", "group membership"]) {
            return .googleContactsLegacy
        }
        if set.intersection(ThunderbirdHeaders.signature).count >= 2 { return .thunderbird }
        var best: (language: OutlookLanguage, count: Int, isExport: Bool) = (.english, 0, false)
        for language in OutlookLanguage.allCases where language != .english {
            let table = OutlookHeaders.table(for: language)
            let count = keys.filter { table[$0] != nil && OutlookHeaders.english[$0] == nil }.count
            if count > best.count {
                let meanings = keys.compactMap { table[$0] ?? OutlookHeaders.english[$0] }
                best = (language, count, meanings.count >= minimumLocalizedOutlookColumns || meanings.contains(where: \.isOutlookOnly))
            }
        }
        if best.count >= 2, best.isExport { return .outlook(best.language) }
        if keys.filter({ OutlookHeaders.english[$0] != nil }).count >= 3 { return .outlook(.english) }
        return .generic
    }

    /// Settles what a column means from the other columns of the header:
    /// - `Title` is Outlook's name prefix (`Mr.`) beside a `Job Title` column, and the job title
    ///   without one (Yahoo's export, hand-made sheets), and the prefix again beside another job-title
    ///   column (`Position`); a second prefix column of the same name
    ///   (French Outlook's two `Titre`) is the job title;
    /// - German Thunderbird's `Geburtstag` beside `Geburtsmonat` and `Geburtsjahr` is the day;
    /// - a whole-address column (`Home Address`) is the street when the same address has city,
    ///   region or postal-code columns and no street column, as Yahoo's export has;
    /// - untyped address columns (`Ciudad`, `País`) beside the one typed address a sheet has
    ///   (`Dirección de domicilio`), which lacks those parts, are that address's.
    private static func settleAmbiguousColumns(_ meanings: inout [FieldMeaning?], keys: [String]) {
        defer { joinUntypedAddressParts(&meanings) }
        if !meanings.contains(.organization(.title)) {
            for column in meanings.indices where keys[column] == "title" && meanings[column] == .name(.prefix) {
                meanings[column] = .organization(.title)
            }
        } else if meanings.count(where: { $0 == .organization(.title) }) > 1 {
            // `Title` beside `Position` (Open-Xchange): the job is the other column; this the prefix.
            for column in meanings.indices where keys[column] == "title" && meanings[column] == .organization(.title) {
                meanings[column] = .name(.prefix)
            }
        }
        // French Outlook names the prefix and the job title both `Titre`: the second is the job.
        for column in meanings.indices where meanings[column] == .name(.prefix) {
            if keys[..<column].contains(keys[column]) { meanings[column] = .organization(.title) }
        }
        // German Thunderbird splits the birthday: `Geburtstag` is then the day of the month.
        if keys.contains("geburtsjahr") || keys.contains("geburtsmonat") {
            for column in meanings.indices {
                switch keys[column] {
                case "geburtstag": meanings[column] = .birthdayPart(.day)
                case "geburtsmonat": meanings[column] = .birthdayPart(.month)
                case "geburtsjahr": meanings[column] = .birthdayPart(.year)
                default: break
                }
            }
        }
        for column in meanings.indices {
            guard case .address(let kind, let label, .formatted) = meanings[column] else { continue }
            let parts = meanings.compactMap { meaning -> FieldMeaning.AddressPart? in
                guard case .address(kind, label, let part) = meaning else { return nil }
                return part
            }
            if !parts.contains(.street), parts.contains(where: { [.city, .region, .postalCode].contains($0) }) {
                meanings[column] = .address(kind, label, .street)
            }
        }
    }

    /// Gives the untyped address columns to the one typed address, when it has none of their parts.
    private static func joinUntypedAddressParts(_ meanings: inout [FieldMeaning?]) {
        var typed: [(kind: EntryKind, label: String?)] = []
        var typedParts: Set<FieldMeaning.AddressPart> = []
        var untypedParts: [FieldMeaning.AddressPart] = []
        for meaning in meanings {
            guard case .address(let kind, let label, let part) = meaning else { continue }
            if kind == .unspecified && label == nil {
                untypedParts.append(part)
            } else {
                if !typed.contains(where: { $0.kind == kind && $0.label == label }) { typed.append((kind, label)) }
                typedParts.insert(part)
            }
        }
        guard typed.count == 1, !untypedParts.isEmpty, typedParts.isDisjoint(with: untypedParts),
            Set(untypedParts).count == untypedParts.count
        else { return }
        for column in meanings.indices {
            guard case .address(.unspecified, nil, let part) = meanings[column] else { continue }
            meanings[column] = .address(typed[0].kind, typed[0].label, part)
        }
    }

    private mutating func role(for meaning: FieldMeaning, hasGiven: Bool, hasFamily: Bool) -> Role {
        switch meaning {
        case .name(let part): return .name(part)
        // Beside a given-name column, `Nombre`, `Customer Name` is the name shown, not more given names.
        case .givenOrFormatted: return .name(hasFamily && !hasGiven ? .given : .formatted)
        case .familyOrFormatted: return .name(hasGiven ? .family : .formatted)
        case .organization(let part): return .organization(part)
        case .phone(let kind, let label, let preference): return .phone(kind, label: label, preference: preference)
        case .email(let kind, let label): return .email(kind, label: label)
        case .url(let kind, let label): return .url(kind, label: label)
        case .address(let kind, let label, let part):
            let slot = addressSlots.firstIndex { $0.kind == kind && $0.label == label } ?? {
                addressSlots.append((kind, label))
                return addressSlots.count - 1
            }()
            return .address(slot: slot, part)
        case .birthday: return .birthday
        case .birthdayPart(let part): return .birthdayPart(part)
        case .note: return .note
        case .categories: return .categories
        case .emailType: return .emailType
        case .emailDisplayName: return .emailDisplayName
        case .raw(let name, let isDate): return .raw(name, isDate: isDate)
        case .photo: return .photo
        case .callingCode: return .callingCode
        case .whatsAppID: return .whatsAppID
        case .phoneExtension: return .phoneExtension
        case .primaryPhone: return .primaryPhone
        case .known: return .custom
        }
    }

    private mutating func addGoogle(_ match: GoogleHeaders.Column, column: Int) -> Role {
        if match.part == .other || (match.group == .organization && match.index > 1) { return .custom }
        let position = googleEntries.firstIndex { $0.group == match.group && $0.index == match.index } ?? {
            googleEntries.append(GoogleEntry(group: match.group, index: match.index))
            return googleEntries.count - 1
        }()
        switch match.part {
        case .label: googleEntries[position].label = column
        case .value: googleEntries[position].value = column
        case .service: googleEntries[position].service = column
        case .address(let part): googleEntries[position].addressParts.append((part, column))
        case .organization(let part): googleEntries[position].organizationParts.append((part, column))
        case .other: return .custom
        }
        return .google
    }
}

extension GoogleHeaders.Group {
    /// The order entries are read in: the order Google writes the groups.
    var sortOrder: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
