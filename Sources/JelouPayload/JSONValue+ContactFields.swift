import ContactModel
import JSONCoding

extension JSONValue {
    /// The string without the spaces around it; `nil` for a blank string or any other value.
    var trimmedText: String? { stringValue?.trimmedNonEmpty }
}

extension RawProperty {
    /// A JSON value no contact field holds, kept as a property whose value is its JSON text
    /// (`X-GOOGLE-PEOPLE-RELATIONS:[{"person":"Luis","type":"spouse"}]`).
    init(name: String, json: JSONValue) {
        self.init(name: name, value: String(decoding: json.encoded(), as: UTF8.self))
    }
}
