import ContactModel

/// The dates, related people and IM addresses a contact keeps in raw properties, whichever
/// exporter wrote them, as the labelled entries of Google's `Event n`, `Relation n` and `IM n`
/// columns and Outlook's `Anniversary`, `Spouse`, `Manager's Name` and `Assistant's Name`:
/// - Google's own `X-GOOGLE-EVENT`, `X-GOOGLE-RELATION`, `X-GOOGLE-IM` (label in `X-LABEL`);
/// - Outlook's `X-MS-ANNIVERSARY`, `X-MS-SPOUSE`, `X-MS-MANAGER`, `X-MS-ASSISTANT`,
///   `X-MS-IMADDRESS`, Evolution's `X-EVOLUTION-…` and the plain `X-ANNIVERSARY`, `X-SPOUSE`,
///   `X-MANAGER`, `X-ASSISTANT`, and RFC 6350 `ANNIVERSARY` (§6.2.6) and `RELATED` (§6.6.6,
///   labelled by its first TYPE: `spouse` → `Spouse`);
/// - Apple's `itemN.X-ABDATE` and `itemN.X-ABRELATEDNAMES`, labelled by the `X-ABLabel` of their
///   group (`_$!<Anniversary>!$_` → `Anniversary`);
/// - KDE's `X-KADDRESSBOOK-X-Anniversary`, `-X-SpousesName`, `-X-ManagersName`,
///   `-X-AssistantsName`, `-X-IMAddress`, `X-messaging/xmpp-All`, and the `X-OUTLOOK-…` names of
///   other Outlook bridges;
/// - instant messaging as RFC 4770 `IMPP` (service from `X-SERVICE-TYPE` or the URI scheme,
///   handle percent-decoded) and the older `X-AIM`, `X-ICQ`, `X-JABBER`, `X-SKYPE`, `X-MSN`,
///   `X-YAHOO`, `X-QQ`, `X-GTALK`, labelled by the `X-ABLabel` of their item group (as the vCard
///   writer writes Google's) or else by a `Home`/`Work`/`Other` TYPE.
///
/// - Android's 2.1 `X-ANDROID-CUSTOM` rows for a nickname, a relation or an event
///   (`vnd.android.cursor.item/relation;Anna;14;…`, the type numbers of Android's `ContactsContract`).
///
/// Dates are written `YYYY-MM-DD` (or `--MM-DD`) when they read as dates.
struct RelatedEntries {
    struct Entry: Equatable {
        var label: String
        var service = ""
        var value: String
    }

    private(set) var events: [Entry] = []
    private(set) var relations: [Entry] = []
    private(set) var instantMessaging: [Entry] = []
    /// The nickname of an Android 2.1 `X-ANDROID-CUSTOM` nickname row (2.1 has no NICKNAME), when
    /// the contact has no other.
    private(set) var nickname: String?
    private var hasNickname = false
    /// The indices in `contact.unmapped` of the properties the entries come from (Apple's labels
    /// included).
    private(set) var consumed: Set<Int> = []

    private static let fixedEvents: [String: String] = [
        OutlookVCardNames.anniversary: "Anniversary", "ANNIVERSARY": "Anniversary", "X-ANNIVERSARY": "Anniversary",
        "X-EVOLUTION-ANNIVERSARY": "Anniversary", "X-KADDRESSBOOK-X-ANNIVERSARY": "Anniversary",
        "X-OUTLOOK-WEDDING-ANNIVERSARY": "Anniversary",
    ]
    private static let fixedRelations: [String: String] = [
        OutlookVCardNames.spouse: "Spouse", "X-SPOUSE": "Spouse", "X-EVOLUTION-SPOUSE": "Spouse",
        OutlookVCardNames.manager: "Manager", "X-MANAGER": "Manager", "X-EVOLUTION-MANAGER": "Manager",
        OutlookVCardNames.assistant: "Assistant", "X-ASSISTANT": "Assistant", "X-EVOLUTION-ASSISTANT": "Assistant",
        "X-KADDRESSBOOK-X-SPOUSESNAME": "Spouse", "X-OUTLOOK-SPOUSE-NAME": "Spouse",
        "X-KADDRESSBOOK-X-MANAGERSNAME": "Manager", "X-OUTLOOK-MANAGER-NAME": "Manager",
        "X-KADDRESSBOOK-X-ASSISTANTSNAME": "Assistant",
    ]
    /// The IM properties and the service Google's `IM n - Service` names for each (an empty name
    /// for an address of no stated service).
    private static let fixedInstantMessaging: [String: String] = [
        OutlookVCardNames.imAddress: "", "X-KADDRESSBOOK-X-IMADDRESS": "", "X-OUTLOOK-IM-ADDRESS": "",
        "X-AIM": "AIM", "X-ICQ": "ICQ", "X-JABBER": "Jabber", "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype",
        "X-MSN": "MSN", "X-YAHOO": "Yahoo", "X-QQ": "QQ", "X-GTALK": "Google Talk", "X-GOOGLE-TALK": "Google Talk",
        // Evolution's own IM fields.
        "X-GADUGADU": "Gadu-Gadu", "X-GROUPWISE": "GroupWise", "X-TWITTER": "Twitter",
    ]
    /// `IMPP` URI schemes (RFC 4770 and what exporters write: KDE's `gg:`, `googletalk:`,
    /// `groupwise:`, `twitter:`, eM Client's `gadu:`, `google:`, `irc:`, both `msn:`) and their
    /// services; Apple's generic `x-apple` names none (its `X-SERVICE-TYPE` does).
    private static let instantMessagingSchemes: [String: String] = [
        "xmpp": "Jabber", "skype": "Skype", "aim": "AIM", "ymsgr": "Yahoo", "msnim": "MSN", "msn": "MSN", "icq": "ICQ",
        "gtalk": "Google Talk", "googletalk": "Google Talk", "google": "Google Talk", "qq": "QQ", "sip": "SIP",
        "gg": "Gadu-Gadu", "gadu": "Gadu-Gadu", "groupwise": "GroupWise", "irc": "IRC", "twitter": "Twitter",
        "x-apple": "",
    ]

    init(_ contact: Contact) {
        let unmapped = contact.unmapped
        hasNickname = contact.name.nickname != nil
        for (index, raw) in unmapped.enumerated() {
            let value = RawText.unescape(raw.value)
            switch raw.name {
            case GoogleHeaders.eventProperty:
                events.append(Entry(label: raw.parameterValue(GoogleHeaders.labelParameter), value: value))
            case GoogleHeaders.relationProperty:
                relations.append(Entry(label: raw.parameterValue(GoogleHeaders.labelParameter), value: value))
            case GoogleHeaders.instantMessagingProperty:
                instantMessaging.append(Entry(
                    label: raw.parameterValue(GoogleHeaders.labelParameter),
                    service: raw.parameterValue(GoogleHeaders.serviceParameter), value: value))
            case "IMPP":
                var entry = Self.instantMessagingEntry(raw, value: value)
                if let label = Self.appleLabel(of: raw, in: unmapped) {
                    consumed.insert(label.index)
                    entry.label = label.text
                }
                instantMessaging.append(entry)
            case "X-ANDROID-CUSTOM":
                guard readAndroidRow(value) else { continue }
            case "RELATED":
                let type = raw.parameters.first { $0.name == "TYPE" }?.values.first ?? ""
                relations.append(Entry(label: type.prefix(1).uppercased() + type.dropFirst().lowercased(), value: value))
            case "X-ABDATE", "X-ABRELATEDNAMES":
                let label = Self.appleLabel(of: raw, in: unmapped)
                if let label { consumed.insert(label.index) }
                let text = label?.text ?? ""
                if raw.name == "X-ABDATE" {
                    events.append(Entry(label: text, value: Self.dateText(value, omittedYear: raw.parameterValue("X-APPLE-OMIT-YEAR"))))
                } else {
                    relations.append(Entry(label: text, value: value))
                }
            default:
                if let label = Self.fixedEvents[raw.name] {
                    events.append(Entry(label: label, value: Self.dateText(value)))
                } else if let label = Self.fixedRelations[raw.name] {
                    relations.append(Entry(label: label, value: value))
                } else if let service = Self.fixedInstantMessaging[raw.name] {
                    let label = Self.appleLabel(of: raw, in: unmapped)
                    if let label { consumed.insert(label.index) }
                    instantMessaging.append(Entry(label: label?.text ?? Self.entryLabel(raw), service: service, value: value))
                } else if let service = Self.kdeMessagingService(raw.name) {
                    // KDE joins several addresses with U+E000.
                    for handle in value.split(separator: "\u{E000}") {
                        instantMessaging.append(Entry(label: Self.entryLabel(raw), service: service, value: String(handle)))
                    }
                } else {
                    continue
                }
            }
            consumed.insert(index)
        }
    }

    /// Android's relation types (`ContactsContract.CommonDataKinds.Relation`), by number.
    private static let androidRelationLabels = [
        "1": "Assistant", "2": "Brother", "3": "Child", "4": "Domestic Partner", "5": "Father", "6": "Friend",
        "7": "Manager", "8": "Mother", "9": "Parent", "10": "Partner", "11": "Referred By", "12": "Relative",
        "13": "Sister", "14": "Spouse",
    ]
    /// Android's event types (`ContactsContract.CommonDataKinds.Event`), by number.
    private static let androidEventLabels = ["1": "Anniversary", "2": "Other", "3": "Birthday"]

    /// Reads one `X-ANDROID-CUSTOM` row, `<mimetype>;data1;data2;data3;…`: data1 the value, data2
    /// the type number, data3 the custom label (type 0).
    /// - Returns: `false` for a row of another kind, left to the caller.
    private mutating func readAndroidRow(_ value: String) -> Bool {
        let fields = value.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard fields.count > 1, !fields[1].isEmpty else { return false }
        func label(_ table: [String: String]) -> String {
            let type = fields.count > 2 ? fields[2] : ""
            if type == "0", fields.count > 3 { return fields[3] }
            return table[type] ?? ""
        }
        switch fields[0] {
        case "vnd.android.cursor.item/nickname":
            guard nickname == nil, !hasNickname else { return false }
            nickname = fields[1]
        case "vnd.android.cursor.item/relation":
            relations.append(Entry(label: label(Self.androidRelationLabels), value: fields[1]))
        case "vnd.android.cursor.item/contact_event":
            events.append(Entry(label: label(Self.androidEventLabels), value: Self.dateText(fields[1])))
        default:
            return false
        }
        return true
    }

    /// An `IMPP` entry: the service from `X-SERVICE-TYPE`, else from a known URI scheme, which is
    /// then left out of the value and its percent-encoding decoded (`skype:ana.perez` → Skype,
    /// `ana.perez`; `x-apple:Ana%20P%C3%A9rez` → `Ana Pérez`, RFC 3986 §2.1); else from a TYPE
    /// that is no label, as Nextcloud writes a bare handle (`IMPP;TYPE=TELEGRAM:ana_perez`).
    private static func instantMessagingEntry(_ raw: RawProperty, value: String) -> Entry {
        var service = raw.parameterValue("X-SERVICE-TYPE")
        var handle = value
        if let colon = value.firstIndex(of: ":"), let known = instantMessagingSchemes[value[..<colon].lowercased()] {
            if service.isEmpty { service = known }
            handle = PercentEncoding.decoded(String(value[value.index(after: colon)...]))
        } else if service.isEmpty, !value.contains(":"), let type = serviceType(raw) {
            service = instantMessagingSchemes[type.lowercased()].flatMap { $0.isEmpty ? nil : $0 }
                ?? type.prefix(1).uppercased() + type.dropFirst().lowercased()
        }
        return Entry(label: entryLabel(raw), service: service, value: handle)
    }

    /// The first TYPE value of `raw` that is none of RFC 4770 §2's (`personal`, `business`,
    /// `home`, `work`, `mobile`, `pref`), no other label or kind of line (`other`, `cell`,
    /// `voice`, `video`, `text`, `internet`) and no extension (`X-…`): the service Nextcloud
    /// puts there.
    private static func serviceType(_ raw: RawProperty) -> String? {
        let notServices: Set<String> = [
            "personal", "business", "home", "work", "mobile", "pref", "other", "cell", "voice", "video", "text", "internet",
        ]
        let types = raw.parameters.filter { $0.name == "TYPE" }.flatMap(\.values)
        return types.first { type in
            !type.isEmpty && !notServices.contains(type.lowercased()) && !type.lowercased().hasPrefix("x-")
        }
    }

    /// The index in `unmapped` and the text of the `X-ABLabel` of `raw`'s item group (group names
    /// compared ignoring case), Apple's constants stripped (`_$!<Home>!$_` → `Home`).
    private static func appleLabel(of raw: RawProperty, in unmapped: [RawProperty]) -> (index: Int, text: String)? {
        guard let group = raw.group?.lowercased(),
            let index = unmapped.indices.first(where: { unmapped[$0].name == "X-ABLABEL" && unmapped[$0].group?.lowercased() == group })
        else { return nil }
        return (index, AppleLabel.stripped(RawText.unescape(unmapped[index].value)))
    }

    /// The service of KDE's `X-MESSAGING/<protocol>-ALL` (`XMPP` → Jabber), or `nil` for another name.
    private static func kdeMessagingService(_ name: String) -> String? {
        guard name.hasPrefix("X-MESSAGING/") else { return nil }
        var service = name.dropFirst(12)
        if service.hasSuffix("-ALL") { service = service.dropLast(4) }
        guard !service.isEmpty else { return nil }
        return instantMessagingSchemes[service.lowercased()] ?? service.prefix(1) + service.dropFirst().lowercased()
    }

    /// `Home`, `Work` or `Other` from the property's TYPE values; empty otherwise.
    private static func entryLabel(_ raw: RawProperty) -> String {
        let types = raw.parameters.filter { $0.name == "TYPE" }.flatMap(\.values)
        for label in ["Home", "Work", "Other"] where types.contains(where: { $0.caseInsensitiveEquals(label) }) {
            return label
        }
        return ""
    }

    /// The value of the first entry whose label is `label` (ignoring case).
    static func first(_ entries: [Entry], labelled label: String) -> String? {
        entries.first { $0.label.caseInsensitiveEquals(label) }?.value
    }

    /// `text` as Google writes dates when it reads as one; Apple's placeholder year
    /// (`X-APPLE-OMIT-YEAR=1604`) is left out.
    private static func dateText(_ text: String, omittedYear: String = "") -> String {
        guard case .date(var date) = CSVDate.parse(text, order: .monthFirst) else { return text }
        if let year = date.year, String(year) == omittedYear { date.year = nil }
        return CSVDate.googleText(date) ?? text
    }
}
