import ContactModel

extension VCardWriter {
    /// Writes a property ``GoogleFieldMapping`` maps (a Google Contacts field, a photo by URL) in
    /// the form it decides for this version, each label in the property's item group.
    /// - Returns: `false` when `property` is none of these (nothing is written then).
    mutating func writeGoogleField(
        _ property: RawProperty, groups: inout VCardItemGroups, diagnostics: inout [Diagnostic], into out: inout [UInt8]
    ) -> Bool {
        guard let mappings = GoogleFieldMapping.properties(for: property, version: version) else { return false }
        for mapping in mappings {
            let group = mapping.label == nil ? mapping.group : mapping.group ?? groups.next()
            line.start(group: group, name: mapping.name)
            for parameter in mapping.parameters where !line.appendParameter(name: parameter.name, values: parameter.values) {
                diagnostics.append(.warning(
                    "vCard 2.1 parameters cannot hold ';', ':', ',', '=' or line breaks; \(mapping.name) parameter \(parameter.name) left out"))
            }
            for (index, value) in mapping.values.enumerated() {
                if index > 0 { line.appendVerbatim(",") }
                if mapping.valueType == .uri { line.appendVerbatim(value) } else { line.appendText(value) }
            }
            line.write(into: &out)
            writeLabel(mapping.label, group: group, into: &out)
        }
        return true
    }
}
