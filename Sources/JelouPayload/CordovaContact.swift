import ContactModel
import JSONCoding

/// A contact as Cordova's and Capacitor's contacts plugins give it (the W3C Contacts API shape),
/// which Ionic apps save as JSON: `{"displayName": …, "name": {"formatted": …, "givenName": …},
/// "phoneNumbers": [{"type": "mobile", "value": …, "pref": true}], "emails": […],
/// "addresses": [{"streetAddress": …, "locality": …}], "organizations": [{"name": …}], …}`.
///
/// Types are the plugin's (`mobile`, `home`, `work`, `fax`, `pager`…) or the phone book's own
/// label; `pref` marks the preferred entry. Members the model has no field for are kept as
/// `X-CORDOVA-<FIELD>` properties holding their JSON.
enum CordovaContact {
    /// True for a Cordova contact: `phoneNumbers` or `emails` of `value`s beside a `name` object or
    /// a `displayName`, and no People API `resourceName`.
    static func isContact(_ members: [JSONMember]) -> Bool {
        var hasValueList = false
        var hasName = false
        for member in members {
            switch member.key {
            case "phoneNumbers", "emails": hasValueList = hasValueList || member.value.arrayValue?.first?["value"] != nil
            case "name": hasName = hasName || member.value.objectValue != nil
            case "displayName": hasName = hasName || member.value.stringValue != nil
            case "resourceName": return false
            default: continue
            }
        }
        return hasValueList && hasName
    }

    /// The contact a Cordova contact stands for.
    static func contact(from members: [JSONMember]) -> Contact {
        var contact = Contact()
        for member in members {
            let value = member.value
            let entries = (value.arrayValue ?? []).filter { $0.objectValue != nil }
            switch member.key {
            case "displayName":
                contact.name.formatted = contact.name.formatted ?? value.trimmedText
            case "name":
                contact.name.formatted = value["formatted"]?.trimmedText ?? contact.name.formatted
                contact.name.given = value["givenName"]?.trimmedText
                contact.name.family = value["familyName"]?.trimmedText
                contact.name.middle = value["middleName"]?.trimmedText
                contact.name.prefix = value["honorificPrefix"]?.trimmedText
                contact.name.suffix = value["honorificSuffix"]?.trimmedText
            case "nickname":
                contact.name.nickname = value.trimmedText
            case "phoneNumbers":
                contact.phones = entries.compactMap { entry in
                    guard let number = entry["value"]?.trimmedText else { return nil }
                    let (kind, label) = JelouTypeTable.phoneKind(for: entry["type"]?.trimmedText ?? "")
                    return Phone(value: number, kind: kind, label: label, preference: isPreferred(entry) ? 1 : nil)
                }
            case "emails":
                contact.emails = typedValues(entries).map {
                    Email(address: $0.value, kind: $0.kind, label: $0.label, preference: $0.preference)
                }
            case "urls":
                contact.urls = typedValues(entries).map {
                    WebAddress(url: $0.value, kind: $0.kind, label: $0.label, preference: $0.preference)
                }
            case "addresses":
                contact.addresses = entries.compactMap(address)
            case "organizations":
                guard let entry = entries.first(where: isPreferred) ?? entries.first else { continue }
                contact.organization = Organization(
                    company: entry["name"]?.trimmedText, units: entry["department"]?.trimmedText.map { [$0] } ?? [],
                    title: entry["title"]?.trimmedText)
            case "birthday":
                contact.birthday = value.trimmedText.flatMap(birthday)
            case "note":
                contact.note = value.trimmedText
            case "id", "rawId", "photos":
                // The phone book's own ids, and pictures by device path, which no card shows.
                continue
            default:
                guard !value.isNull else { continue }
                contact.unmapped.append(RawProperty(name: "X-CORDOVA-" + member.key.uppercased(), json: value))
            }
        }
        return contact
    }

    /// Each entry's `value`, with the kind or label its `type` names and rank 1 when `pref`.
    private static func typedValues(
        _ entries: [JSONValue]
    ) -> [(value: String, kind: EntryKind, label: String?, preference: Int?)] {
        entries.compactMap { entry in
            guard let value = entry["value"]?.trimmedText else { return nil }
            let (kind, label) = JelouTypeTable.entryKind(for: entry["type"]?.trimmedText ?? "")
            return (value, kind, label, isPreferred(entry) ? 1 : nil)
        }
    }

    private static func address(_ entry: JSONValue) -> PostalAddress? {
        let (kind, label) = JelouTypeTable.entryKind(for: entry["type"]?.trimmedText ?? "")
        let address = PostalAddress(
            street: entry["streetAddress"]?.trimmedText, city: entry["locality"]?.trimmedText,
            region: entry["region"]?.trimmedText, postalCode: entry["postalCode"]?.trimmedText,
            country: entry["country"]?.trimmedText, formatted: entry["formatted"]?.trimmedText,
            kind: kind, label: label, preference: isPreferred(entry) ? 1 : nil)
        return address.isEmpty ? nil : address
    }

    /// The day a JavaScript date stands for (`1985-04-30T05:00:00.000Z`): the plugin writes the
    /// phone's local midnight in UTC, so an hour of 12 or later is the next day's midnight in a
    /// zone east of Greenwich (`1985-04-29T22:00:00.000Z` in UTC+2 is 30 April).
    private static func birthday(_ text: String) -> PartialDate? {
        guard var date = ISODate.complete(String(text.prefix(10))), let year = date.year, let month = date.month,
            let day = date.day
        else { return nil }
        let utf8 = Array(text.utf8)
        guard utf8.count >= 13, utf8[10] == UInt8(ascii: "T"),
            let hour = Int(String(decoding: utf8[11..<13], as: UTF8.self)), hour >= 12
        else { return date }
        if day < PartialDate.mostDays(inMonth: month, year: year) {
            date.day = day + 1
        } else if month < 12 {
            date = PartialDate(year: year, month: month + 1, day: 1)
        } else {
            date = PartialDate(year: year + 1, month: 1, day: 1)
        }
        return date
    }

    private static func isPreferred(_ entry: JSONValue) -> Bool {
        entry["pref"]?.boolValue == true
    }
}
