/// A property the model has no field for, kept as the source wrote it so that a writer of the
/// same family can reproduce it (RFC 6350 §3.3 content line: `[group.]name *(;param):value`).
public struct RawProperty: Sendable, Hashable, Codable {
    /// The group prefix (`item1` in `item1.X-ABLabel`), as written; `nil` when ungrouped.
    public var group: String?
    /// The property name, upper-cased (`X-SOCIALPROFILE`, `PHOTO`, `CATEGORIES`).
    public var name: String
    /// The parameters, names upper-cased, values decoded (``RawParameter``).
    public var parameters: [RawParameter]
    /// The value as it would stand in a vCard 3.0/4.0 content line: unfolded, transfer-decoded
    /// (quoted-printable) and charset-decoded, with its backslash escapes kept (a decoded
    /// line break is written `\n`). Binary values stay in their base64 text.
    public var value: String

    /// Makes a raw property.
    /// - Parameters:
    ///   - group: the group prefix, or `nil`.
    ///   - name: the property name, upper-cased.
    ///   - parameters: its parameters.
    ///   - value: the value in 3.0/4.0 content-line form, escapes kept.
    public init(group: String? = nil, name: String, parameters: [RawParameter] = [], value: String) {
        self.group = group
        self.name = name
        self.parameters = parameters
        self.value = value
    }
}

/// One parameter of a ``RawProperty``: a name and its values, unquoted and with RFC 6868 caret
/// escapes decoded. A 2.1 bare parameter (`;WORK`) has the name `TYPE` and that one value.
public struct RawParameter: Sendable, Hashable, Codable {
    /// The parameter name, upper-cased.
    public var name: String
    /// The values, split at unquoted commas, unquoted and with RFC 6868 caret escapes decoded.
    public var values: [String]

    /// Makes a parameter; `name` should be upper-case.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}
