import ContactModel

extension VCardWriter {
    /// Apple's constant labels for the relations Google Contacts names (`Spouse` →
    /// `_$!<Spouse>!$_`), which Apple's Contacts shows translated.
    private static let appleRelationLabels: [String: String] = [
        "spouse": "Spouse", "child": "Child", "mother": "Mother", "father": "Father", "parent": "Parent",
        "brother": "Brother", "sister": "Sister", "friend": "Friend", "manager": "Manager",
        "assistant": "Assistant", "partner": "Partner",
    ]

    /// Writes a Google Contacts field (``GoogleFieldNames``) in the form vCard readers know:
    /// - labels as `CATEGORIES` (RFC 6350 §6.7.1), without Google's `* ` primary marker;
    /// - an `Anniversary` as `ANNIVERSARY` in 4.0 (RFC 6350 §6.2.6), any other date, and every date
    ///   in 3.0 and 2.1, as Apple's `itemN.X-ABDATE` with its `itemN.X-ABLabel`;
    /// - a related person as Apple's `itemN.X-ABRELATEDNAMES` with its label.
    ///
    /// IM addresses and custom fields are written as kept.
    /// - Returns: `false` when `property` is none of these (nothing is written then).
    mutating func writeGoogleField(_ property: RawProperty, groups: inout VCardItemGroups, into out: inout [UInt8]) -> Bool {
        func entryLabel() -> String { property.parameters.first { $0.name == GoogleFieldNames.label }?.values.first ?? "" }
        switch property.name {
        case GoogleFieldNames.labels:
            let text = VCardValueText.text(Array(property.value.utf8)[...], dialect: .v40)
            let labels = GoogleFieldNames.values(in: text).map { GoogleFieldNames.primaryMarker($0).label }.filter { !$0.isEmpty }
            guard !labels.isEmpty else { return true }
            line.start(group: property.group, name: "CATEGORIES")
            for (index, label) in labels.enumerated() {
                if index > 0 { line.appendVerbatim(",") }
                line.appendText(label)
            }
            line.write(into: &out)
        case GoogleFieldNames.event:
            let label = entryLabel()
            let isAnniversary = label.lowercased() == "anniversary"
            if version == .v40 && isAnniversary {
                line.start(group: property.group, name: "ANNIVERSARY")
                line.appendEscaped(property.value)
                line.write(into: &out)
                return true
            }
            writeAppleItem("X-ABDATE", property, label: isAnniversary ? AppleLabel.constant("Anniversary") : label, groups: &groups, into: &out)
        case GoogleFieldNames.relation:
            let label = entryLabel()
            let appleLabel = Self.appleRelationLabels[label.lowercased()].map(AppleLabel.constant)
            writeAppleItem("X-ABRELATEDNAMES", property, label: appleLabel ?? label, groups: &groups, into: &out)
        default:
            return false
        }
        return true
    }

    /// `itemN.NAME:value` and, when `label` is not empty, `itemN.X-ABLabel:label`.
    private mutating func writeAppleItem(
        _ name: String, _ property: RawProperty, label: String, groups: inout VCardItemGroups, into out: inout [UInt8]
    ) {
        let group = label.isEmpty ? property.group : property.group ?? groups.next()
        line.start(group: group, name: name)
        line.appendEscaped(property.value)
        line.write(into: &out)
        writeLabel(label.isEmpty ? nil : label, group: group, into: &out)
    }
}
