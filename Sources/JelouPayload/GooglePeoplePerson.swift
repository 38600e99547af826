import ContactModel
import JSONCoding

/// A `Person` of Google's People API (`people.connections.list`, `otherContacts.list`,
/// `people.searchContacts`), as scripts that back up or sync Google Contacts save it:
/// `{"resourceName": "people/c…", "names": [{"displayName": …}], "phoneNumbers": [{"value": …,
/// "canonicalForm": "+593…", "type": "mobile"}], …}`.
///
/// Each list's primary entry (`metadata.primary`) is read as preferred. A phone is read by its
/// `canonicalForm` when Google gave one (the E.164 form it computed for the account's country),
/// else as written. Types are Google's (`mobile`, `workMobile`, `homeFax`, `googleVoice` …) or a
/// custom label. Lists the model has no field for (`relations`, `events`, `imClients` …) are
/// kept as `X-GOOGLE-PEOPLE-<FIELD>` properties holding their JSON.
enum GooglePeoplePerson {
    /// True for a People API person: a `resourceName` of `people/…` or `otherContacts/…`, or a
    /// `names` list of `displayName`s. (Cordova's contacts also list `phoneNumbers` of `value`s,
    /// beside a `name` object; Microsoft Graph's `emailAddresses` hold `address`es: neither is one.)
    static func isPerson(_ members: [JSONMember]) -> Bool {
        for member in members {
            switch member.key {
            case "resourceName":
                guard let name = member.value.stringValue else { continue }
                if name.hasPrefix("people/") || name.hasPrefix("otherContacts/") { return true }
            case "names":
                if member.value.arrayValue?.first?["displayName"] != nil { return true }
            default:
                continue
            }
        }
        return false
    }

    /// The contact a person stands for.
    static func contact(from members: [JSONMember]) -> Contact {
        var contact = Contact()
        for member in members {
            let entries = (member.value.arrayValue ?? []).filter { $0.objectValue != nil }
            switch member.key {
            case "names":
                guard let entry = primary(of: entries) else { continue }
                contact.name = PersonName(
                    formatted: entry["displayName"]?.trimmedText, given: entry["givenName"]?.trimmedText,
                    family: entry["familyName"]?.trimmedText, middle: entry["middleName"]?.trimmedText,
                    prefix: entry["honorificPrefix"]?.trimmedText, suffix: entry["honorificSuffix"]?.trimmedText)
            case "nicknames":
                contact.name.nickname = primary(of: entries).flatMap { $0["value"]?.trimmedText }
            case "phoneNumbers":
                contact.phones = entries.compactMap(phone)
            case "emailAddresses":
                contact.emails = entries.compactMap { entry in
                    guard let address = entry["value"]?.trimmedText else { return nil }
                    let (kind, label) = entryKind(entry)
                    return Email(address: address, kind: kind, label: label, preference: isPrimary(entry) ? 1 : nil)
                }
            case "addresses":
                contact.addresses = entries.compactMap(address)
            case "organizations":
                guard let entry = primary(of: entries) else { continue }
                contact.organization = Organization(
                    company: entry["name"]?.trimmedText, units: entry["department"]?.trimmedText.map { [$0] } ?? [],
                    title: entry["title"]?.trimmedText)
            case "birthdays":
                contact.birthday = primary(of: entries).flatMap(birthday)
            case "urls":
                contact.urls = entries.compactMap { entry in
                    guard let url = entry["value"]?.trimmedText else { return nil }
                    let (kind, label) = entryKind(entry)
                    return WebAddress(url: url, kind: kind, label: label)
                }
            case "biographies":
                contact.note = primary(of: entries).flatMap { $0["value"]?.trimmedText }
            case "resourceName", "etag", "metadata", "photos", "coverPhotos", "ageRanges", "ageRange", "memberships":
                // Google's own bookkeeping and pictures by URL, which no card shows.
                continue
            default:
                contact.unmapped.append(RawProperty(name: "X-GOOGLE-PEOPLE-" + member.key.uppercased(), json: member.value))
            }
        }
        return contact
    }

    private static func phone(_ entry: JSONValue) -> Phone? {
        guard let number = entry["canonicalForm"]?.trimmedText ?? entry["value"]?.trimmedText else { return nil }
        var phone = Phone(value: number, preference: isPrimary(entry) ? 1 : nil)
        switch entry["type"]?.trimmedText {
        case "mobile": phone.kind = .mobile
        case "home": phone.kind = .home
        case "work": phone.kind = .work
        case "homeFax": phone.kind = .homeFax
        case "workFax": phone.kind = .workFax
        case "otherFax": phone.kind = .otherFax
        case "pager": phone.kind = .pager
        case "workPager": phone.kind = .pager; phone.additionalKinds = [.work]
        case "main": phone.kind = .main
        case "workMobile": phone.kind = .mobile; phone.additionalKinds = [.work]
        case "other": phone.kind = .other
        case "googleVoice": phone.label = "Google Voice"
        case nil: break
        case let custom?: phone.label = entry["formattedType"]?.trimmedText ?? custom
        }
        return phone
    }

    private static func address(_ entry: JSONValue) -> PostalAddress? {
        let (kind, label) = entryKind(entry)
        let address = PostalAddress(
            poBox: entry["poBox"]?.trimmedText, extended: entry["extendedAddress"]?.trimmedText,
            street: entry["streetAddress"]?.trimmedText, city: entry["city"]?.trimmedText,
            region: entry["region"]?.trimmedText, postalCode: entry["postalCode"]?.trimmedText,
            country: entry["country"]?.trimmedText, countryCode: entry["countryCode"]?.trimmedText?.uppercased(),
            formatted: entry["formattedValue"]?.trimmedText, kind: kind, label: label,
            preference: isPrimary(entry) ? 1 : nil)
        return address.isEmpty ? nil : address
    }

    /// `{"date": {"year": 1985, "month": 4, "day": 30}}` (the year or day may be missing), or a text.
    private static func birthday(_ entry: JSONValue) -> PartialDate? {
        guard let date = entry["date"] else {
            return entry["text"]?.trimmedText.flatMap { ISODate.complete($0) ?? ISODate.yearless($0) }
        }
        let part = { (key: String) in date[key]?.numberValue?.intValue.flatMap { $0 == 0 ? nil : $0 } }
        guard let month = part("month") else { return nil }
        return PartialDate(year: part("year"), month: month, day: part("day"))
    }

    /// Google's `home`, `work`, `other`, or a custom label (its `formattedType` as shown).
    private static func entryKind(_ entry: JSONValue) -> (EntryKind, String?) {
        switch entry["type"]?.trimmedText {
        case "home": (.home, nil)
        case "work": (.work, nil)
        case "other": (.other, nil)
        case nil: (.unspecified, nil)
        case let custom?: (.unspecified, entry["formattedType"]?.trimmedText ?? custom)
        }
    }

    /// The entry Google marks primary, else the first.
    private static func primary(of entries: [JSONValue]) -> JSONValue? {
        entries.first(where: isPrimary) ?? entries.first
    }

    private static func isPrimary(_ entry: JSONValue) -> Bool {
        entry["metadata"]?["primary"]?.boolValue == true
    }
}
