import ContactModel

/// The one table between the model's kinds and the `type` strings of a Jelou / WhatsApp contact.
///
/// Writing (SPEC.md "Type strings"): title-case English as on Jelou's page — phones `Mobile`,
/// `iPhone`, `Home`, `Work`, `Main`, `Fax` (home, work and other fax alike), `Pager`, `Other`;
/// emails, addresses and URLs `Home`, `Work`, `Other`. The remaining RFC 6350 §6.4.1 phone kinds
/// keep their English name (`Car`, `ISDN`, `Radio`, `Callback`, `Assistant`, `Textphone`, `Text`,
/// `Video`), as WhatsApp accepts free text. A custom label always wins and passes through as
/// written, except Google's internal label names (`GRAND_CENTRAL` is `Google Voice`). When the source said nothing (`.unspecified`, or a phone only marked `VOICE`), `type`
/// is left out; a normaliser that knows a phone is mobile sets its kind first.
///
/// Reading: the strings above and common localized or vendor synonyms (`Cellulare`, `Celular`,
/// `Móvil`, `Handy`, `Cell`, `Casa`, `Trabajo`, `Oficina`, `Office` …), matched ignoring case and
/// surrounding spaces. Anything else becomes a custom label with an `.unspecified` kind, so it
/// comes back out exactly as received (`Landline` stays `Landline`).
public enum JelouTypeTable {
    /// The `type` to write for a phone, or `nil` to leave it out.
    public static func typeString(for kind: Phone.Kind, label: String?) -> String? {
        if let label = label?.trimmedNonEmpty { return googleLabelNames[label] ?? label }
        return written(kind)
    }

    /// The `type` to write for an email, address or URL, or `nil` to leave it out.
    public static func typeString(for kind: EntryKind, label: String?) -> String? {
        if let label = label?.trimmedNonEmpty { return googleLabelNames[label] ?? label }
        return written(kind)
    }

    /// Google's vCard export writes its own names for some labels (`item1.X-ABLabel:GRAND_CENTRAL`);
    /// a card shows them as Google Contacts does.
    private static let googleLabelNames: [String: String] = [
        "GRAND_CENTRAL": "Google Voice", "HOME_PAGE": "Home Page", "PROFILE": "Profile", "BLOG": "Blog",
        "FTP": "FTP", "ASSISTANT": "Assistant", "COMPANY_MAIN": "Company Main", "WORK_MOBILE": "Work Mobile",
        "WORK_PAGER": "Work Pager", "MMS": "MMS", "TELEX": "Telex", "TTY_TDD": "TTY/TDD",
    ]

    /// The phone kind a received `type` names, or `.unspecified` and the string as a label.
    public static func phoneKind(for type: String) -> (kind: Phone.Kind, label: String?) {
        guard let trimmed = type.trimmedNonEmpty.map(AppleLabel.stripped) else { return (.unspecified, nil) }
        if let kind = phoneKindsByName[trimmed.lowercased()] ?? phoneKindsByName[spacedWords(trimmed)] { return (kind, nil) }
        return (.unspecified, trimmed)
    }

    /// The entry kind a received `type` names, or `.unspecified` and the string as a label.
    public static func entryKind(for type: String) -> (kind: EntryKind, label: String?) {
        guard let trimmed = type.trimmedNonEmpty.map(AppleLabel.stripped) else { return (.unspecified, nil) }
        if let kind = entryKindsByName[trimmed.lowercased()] { return (kind, nil) }
        return (.unspecified, trimmed)
    }

    /// `workFax` as `work fax`: Apple's constant labels (`_$!<WorkFax>!$_`, which a card shared
    /// from an iPhone may carry as its type, decoration removed first) in the table's spelling.
    private static func spacedWords(_ label: String) -> String {
        var spaced = ""
        var previousIsLower = false
        for scalar in label.unicodeScalars {
            if previousIsLower, scalar.properties.isUppercase { spaced += " " }
            spaced.unicodeScalars.append(scalar)
            previousIsLower = scalar.properties.isLowercase
        }
        return spaced.lowercased()
    }

    /// Every lower-cased written string and synonym to its kind; the first row wins (`fax` is
    /// other fax).
    private static let phoneKindsByName: [String: Phone.Kind] = {
        var names: [String: Phone.Kind] = [:]
        for row in phoneRows {
            for name in row.synonyms.union(row.written.map { [$0.lowercased()] } ?? []) where names[name] == nil {
                names[name] = row.kind
            }
        }
        return names
    }()

    private static let entryKindsByName: [String: EntryKind] = {
        var names: [String: EntryKind] = [:]
        for row in entryRows {
            for name in row.synonyms.union(row.written.map { [$0.lowercased()] } ?? []) where names[name] == nil {
                names[name] = row.kind
            }
        }
        return names
    }()

    private static let homeWords: Set<String> = [
        "casa", "hogar", "domicilio", "particular", "privat", "privé", "zuhause", "maison", "domicile",
        "personal", "residencia", "residencial",
    ]
    private static let workWords: Set<String> = [
        "office", "business", "oficina", "trabajo", "empresa", "lavoro", "ufficio", "arbeit", "büro",
        "geschäftlich", "dienstlich", "travail", "bureau", "trabalho", "escritório", "escritorio",
        "negocio", "comercial",
    ]
    private static let otherWords: Set<String> = ["otro", "otra", "altro", "andere", "sonstige", "autre", "outro"]

    private struct PhoneRow {
        let kind: Phone.Kind
        let synonyms: Set<String>
        var written: String? { JelouTypeTable.written(kind) }
    }

    private struct EntryRow {
        let kind: EntryKind
        let synonyms: Set<String>
        var written: String? { JelouTypeTable.written(kind) }
    }

    /// The `type` written for a phone kind, `nil` for none (the rows' reading synonyms include it,
    /// lower-cased). A `switch` rather than a search of the rows, as the encoder asks once a phone.
    private static func written(_ kind: Phone.Kind) -> String? {
        switch kind {
        case .mobile: "Mobile"
        case .iPhone: "iPhone"
        case .home: "Home"
        case .work: "Work"
        case .main: "Main"
        case .otherFax, .homeFax, .workFax: "Fax"
        case .pager: "Pager"
        case .other: "Other"
        case .car: "Car"
        case .isdn: "ISDN"
        case .radio: "Radio"
        case .callback: "Callback"
        case .assistant: "Assistant"
        case .textphone: "Textphone"
        case .text: "Text"
        case .video: "Video"
        case .voice, .unspecified: nil
        }
    }

    /// The `type` written for an entry kind, `nil` for none.
    private static func written(_ kind: EntryKind) -> String? {
        switch kind {
        case .home: "Home"
        case .work: "Work"
        case .other: "Other"
        case .unspecified: nil
        }
    }

    private static let phoneRows: [PhoneRow] = [
        PhoneRow(kind: .mobile, synonyms: [
            "cell", "cellular", "cellphone", "cell phone", "mobile phone", "cel", "celular", "cellulare",
            "móvil", "movil", "handy", "mobil", "mobiltelefon", "portable", "téléphone portable",
            "telemóvel", "telemovel", "mobiel", "wireless",
        ]),
        PhoneRow(kind: .iPhone, synonyms: []),
        PhoneRow(kind: .home, synonyms: homeWords),
        PhoneRow(kind: .work, synonyms: workWords),
        PhoneRow(kind: .main, synonyms: ["principal", "principale", "zentrale", "company main"]),
        PhoneRow(kind: .otherFax, synonyms: ["other fax", "facsimile", "telefax"]),
        PhoneRow(kind: .homeFax, synonyms: ["home fax", "fax casa", "fax particular"]),
        PhoneRow(kind: .workFax, synonyms: ["work fax", "business fax", "fax trabajo", "fax oficina"]),
        PhoneRow(kind: .pager, synonyms: ["beeper", "buscapersonas", "cercapersone", "piepser"]),
        PhoneRow(kind: .other, synonyms: otherWords),
        PhoneRow(kind: .car, synonyms: ["auto", "coche", "carro"]),
        PhoneRow(kind: .isdn, synonyms: []),
        PhoneRow(kind: .radio, synonyms: []),
        PhoneRow(kind: .callback, synonyms: []),
        PhoneRow(kind: .assistant, synonyms: ["asistente", "assistente"]),
        PhoneRow(kind: .textphone, synonyms: ["tty", "ttd"]),
        PhoneRow(kind: .text, synonyms: ["sms"]),
        PhoneRow(kind: .video, synonyms: []),
        PhoneRow(kind: .voice, synonyms: ["voice"]),
        PhoneRow(kind: .unspecified, synonyms: []),
    ]

    private static let entryRows: [EntryRow] = [
        EntryRow(kind: .home, synonyms: homeWords),
        EntryRow(kind: .work, synonyms: workWords),
        EntryRow(kind: .other, synonyms: otherWords),
        EntryRow(kind: .unspecified, synonyms: []),
    ]
}

extension String {
    /// The text without surrounding whitespace, or `nil` when nothing is left.
    var trimmedNonEmpty: String? {
        let needsNoTrim = utf8.withContiguousStorageIfAvailable { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            if Self.isPlainASCII(first) && Self.isPlainASCII(last) { return true }
            return Self.beginsNoWhitespace(first) && Self.endsNoWhitespace(utf8)
        }
        if needsNoTrim == true { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// A printable ASCII byte other than space: no trimming needed at that end.
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// Whether the scalar `byte` begins is surely no whitespace: a printable ASCII byte other than
    /// space, or the lead byte of a longer scalar other than C2, E1, E2 and E3, which lead every
    /// non-ASCII White_Space scalar (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000). A name
    /// ending in "é" is thus kept without the scalar-by-scalar look.
    private static func beginsNoWhitespace(_ byte: UInt8) -> Bool {
        isPlainASCII(byte) || (byte >= 0xC0 && byte != 0xC2 && byte != 0xE1 && byte != 0xE2 && byte != 0xE3)
    }

    /// Whether the last scalar of the non-empty `utf8` is surely no whitespace (as
    /// ``beginsNoWhitespace(_:)`` tells from its first byte).
    private static func endsNoWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = utf8.count - 1
        // Back over at most three continuation bytes (10xxxxxx) to the last scalar's first byte.
        while index > 0, index >= utf8.count - 3, utf8[index] & 0xC0 == 0x80 { index -= 1 }
        return beginsNoWhitespace(utf8[index])
    }
}

extension Optional where Wrapped == String {
    /// The wrapped text trimmed, or `nil` when absent or blank.
    var trimmedNonEmpty: String? { self?.trimmedNonEmpty }
}
