import ContactModel

/// How the vCard and jCard writers write what Google Contacts' CSV holds outside the model's
/// fields (``GoogleFieldNames``) and a photo given by its web address: one decision, which each
/// writer renders in its own syntax.
///
/// - Labels (groups) become `CATEGORIES` (RFC 6350 §6.7.1), without Google's `* ` primary marker.
/// - An `Anniversary` that reads as a date becomes `ANNIVERSARY` in 4.0 (RFC 6350 §6.2.6); any
///   other event, and every event in 3.0 and 2.1, Apple's `X-ABDATE`, labelled.
/// - A related person becomes Apple's `X-ABRELATEDNAMES`, labelled (`Spouse` as Apple's constant
///   `_$!<Spouse>!$_`, which Apple's Contacts shows translated).
/// - An IM address becomes `IMPP` in 4.0 and 3.0 (RFC 6350 §6.4.3, RFC 4770): a URI whose scheme
///   comes from the service (``instantMessagingScheme(forService:)``), with the service's name in
///   Apple's `X-SERVICE-TYPE` parameter, as Apple's and Google's own vCards write it. In 2.1 the
///   services Android's exporter names get its properties (`X-SKYPE-USERNAME`, `X-AIM`, …, see
///   ``legacyInstantMessagingName(forService:)``); any other service is written as in 3.0.
/// - A `PHOTO`, `LOGO` or `SOUND` whose value is an `http`/`https` URL is written as a URI in the
///   form of the version: `PHOTO:https://…` in 4.0 (URI is its default value type, RFC 6350
///   §6.2.4), `PHOTO;VALUE=uri:https://…` in 3.0 (RFC 2426 §3.1.4), `PHOTO;VALUE=URL:https://…` in
///   2.1 (vCard 2.1 §2.1.3).
///
/// A label goes in Apple's item group, as the writers write every custom label:
/// `item1.IMPP;X-SERVICE-TYPE=Skype:skype:ana.perez` + `item1.X-ABLabel:Home`.
struct GoogleFieldMapping {
    /// How a value is written.
    enum ValueType {
        /// Text items, escaped by the writer (several make a list: `CATEGORIES:a,b`).
        case text
        /// A URI, written as it stands (RFC 6350 §4.2).
        case uri
        /// A date in RFC 6350 §4.3.1 form (jCard `date-and-or-time`).
        case date
    }

    /// The property name, upper-cased (`IMPP`).
    var name: String
    /// The source property's own group, when it had one.
    var group: String?
    /// Parameters other than the item group (`X-SERVICE-TYPE`, `VALUE`).
    var parameters: [RawParameter]
    /// The value's items, unescaped.
    var values: [String]
    var valueType: ValueType
    /// The label written as `itemN.X-ABLabel` in the property's item group; `nil` for none.
    var label: String?

    /// What `property` is written as in `version` (jCard is `.v40`).
    /// - Returns: `nil` when `property` is none of the mapped fields, to be written as kept; an
    ///   empty array when it holds nothing to write (a labels cell of primary markers only).
    static func properties(for property: RawProperty, version: VCardVersion) -> [GoogleFieldMapping]? {
        let label = property.parameters.first { $0.name == GoogleFieldNames.label }?.values.first ?? ""
        func mapping(_ name: String, _ values: [String], _ type: ValueType = .text, parameters: [RawParameter] = [], label: String?)
            -> [GoogleFieldMapping]
        {
            [GoogleFieldMapping(
                name: name, group: property.group, parameters: parameters, values: values, valueType: type,
                label: label.flatMap { $0.isEmpty ? nil : $0 })]
        }
        switch property.name {
        case GoogleFieldNames.labels:
            let text = VCardValueText.text(Array(property.value.utf8)[...], dialect: .v40)
            let labels = GoogleFieldNames.values(in: text).map { GoogleFieldNames.primaryMarker($0).label }.filter { !$0.isEmpty }
            return labels.isEmpty ? [] : mapping("CATEGORIES", labels, label: nil)
        case GoogleFieldNames.event:
            let text = JCardText.unescaped(property.value)
            let isAnniversary = label.lowercased() == "anniversary"
            if version == .v40, isAnniversary, PartialDate(vCardDate: text) != nil {
                return mapping("ANNIVERSARY", [text], .date, label: nil)
            }
            return mapping("X-ABDATE", [text], label: isAnniversary ? AppleLabel.constant("Anniversary") : label)
        case GoogleFieldNames.relation:
            let appleLabel = appleRelationLabels[label.lowercased()].map(AppleLabel.constant)
            return mapping("X-ABRELATEDNAMES", [JCardText.unescaped(property.value)], label: appleLabel ?? label)
        case GoogleFieldNames.instantMessaging:
            let service = property.parameters.first { $0.name == GoogleFieldNames.service }?.values.first ?? ""
            let handle = JCardText.unescaped(property.value)
            if version == .v21, let legacy = legacyInstantMessagingName(forService: service) {
                return mapping(legacy, [handle], label: label)
            }
            let uri = instantMessagingScheme(forService: service) + ":" + percentEncoded(handle)
            let parameters = service.isEmpty ? [] : [RawParameter(name: "X-SERVICE-TYPE", values: [service])]
            return mapping("IMPP", [uri], .uri, parameters: parameters, label: label)
        case "PHOTO", "LOGO", "SOUND":
            return webAddressMedia(property, version: version).map { [$0] }
        default:
            return nil
        }
    }

    // MARK: Instant messaging

    /// The URI scheme an IM service's addresses are written with (the service name compared
    /// ignoring case): `skype` (Skype), `aim` (AIM), `icq` (ICQ), `ymsgr` (Yahoo), `msnim` (MSN,
    /// Windows Live), `xmpp` (RFC 5122: Jabber, XMPP, Google Talk, Hangouts), `sip` (RFC 3261);
    /// for any other service, or none, Apple's generic `x-apple`, the service's name then being
    /// said only by `X-SERVICE-TYPE`.
    static func instantMessagingScheme(forService service: String) -> String {
        instantMessagingSchemes[service.lowercased()] ?? "x-apple"
    }

    private static let instantMessagingSchemes: [String: String] = [
        "skype": "skype", "aim": "aim", "icq": "icq", "yahoo": "ymsgr", "yahoo messenger": "ymsgr",
        "msn": "msnim", "windows live": "msnim", "jabber": "xmpp", "xmpp": "xmpp", "google talk": "xmpp",
        "gtalk": "xmpp", "hangouts": "xmpp", "google hangouts": "xmpp", "sip": "sip",
    ]

    /// The property Android's vCard exporter writes a service's address in (its
    /// `VCardConstants`), which Android, Evolution and Apple's Contacts read in 2.1 cards:
    /// `X-AIM`, `X-ICQ`, `X-JABBER`, `X-SKYPE-USERNAME`, `X-MSN`, `X-YAHOO`, `X-QQ`,
    /// `X-GOOGLE-TALK`; `nil` for another service.
    static func legacyInstantMessagingName(forService service: String) -> String? {
        legacyInstantMessagingNames[service.lowercased()]
    }

    private static let legacyInstantMessagingNames: [String: String] = [
        "aim": "X-AIM", "icq": "X-ICQ", "jabber": "X-JABBER", "skype": "X-SKYPE-USERNAME", "msn": "X-MSN",
        "yahoo": "X-YAHOO", "qq": "X-QQ", "google talk": "X-GOOGLE-TALK",
    ]

    /// `handle` with every byte outside RFC 3986's unreserved characters, `!$&'()*+=:@/?` and
    /// `.` percent-encoded (UTF-8), so that spaces, `,`, `;`, `%` and non-ASCII letters make a
    /// valid URI that no vCard reader splits or unescapes.
    static func percentEncoded(_ handle: String) -> String {
        guard !handle.utf8.allSatisfy(isURISafe) else { return handle }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(handle.utf8.count + 8)
        for byte in handle.utf8 {
            if isURISafe(byte) {
                bytes.append(byte)
            } else {
                bytes.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isURISafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~!$&'()*+=:@/?".utf8.contains(byte)
        }
    }

    // MARK: Related names

    /// Apple's constant labels for the relations Google Contacts names (`spouse` → `Spouse`).
    private static let appleRelationLabels: [String: String] = [
        "spouse": "Spouse", "child": "Child", "mother": "Mother", "father": "Father", "parent": "Parent",
        "brother": "Brother", "sister": "Sister", "friend": "Friend", "manager": "Manager",
        "assistant": "Assistant", "partner": "Partner",
    ]

    // MARK: Media by URL

    /// A `PHOTO`, `LOGO` or `SOUND` given by an `http`/`https` URL (``ContactModel/RawProperty/mediaWebAddress``),
    /// in the form of `version`; `nil` for any other.
    private static func webAddressMedia(_ property: RawProperty, version: VCardVersion) -> GoogleFieldMapping? {
        guard let url = property.mediaWebAddress else { return nil }
        var parameters = property.parameters.filter { $0.name != "VALUE" }
        switch version {
        case .v40: break
        case .v21: parameters.insert(RawParameter(name: "VALUE", values: ["URL"]), at: 0)
        default: parameters.insert(RawParameter(name: "VALUE", values: ["uri"]), at: 0)
        }
        return GoogleFieldMapping(
            name: property.name, group: property.group, parameters: parameters, values: [url], valueType: .uri, label: nil)
    }
}
