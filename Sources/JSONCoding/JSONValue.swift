/// A JSON value with its object members kept in document order.
///
/// Corresponds to RFC 8259 §3 (values), §4 (objects), §5 (arrays), §6 (numbers) and §7 (strings).
/// Numbers keep their literal text so nothing is lost to floating point.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// Members in the order the document wrote them; duplicate names are kept.
    case object([JSONMember])

    /// The value of the first member named `key` when this is an object, else `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text when this is a string, else `nil`.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The elements when this is an array, else `nil`.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members when this is an object, else `nil`.
    public var objectValue: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The number when this is a number, else `nil`.
    public var numberValue: JSONNumber? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The flag when this is `true` or `false`, else `nil`.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type's name, for messages: `null`, `boolean`, `number`, `string`, `array`, `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// One `name: value` pair of a JSON object (RFC 8259 §4).
public struct JSONMember: Sendable, Hashable {
    /// The member's name, unescaped; an object may hold the same name more than once.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Makes a member.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A JSON number as written, with checked conversions (RFC 8259 §6).
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal text, e.g. `-12`, `3.5e2`; always valid RFC 8259 number grammar when produced by
    /// ``JSONParser``.
    public let literal: String

    /// Wraps a literal; the caller vouches that it follows RFC 8259 §6 grammar.
    public init(literal: String) {
        self.literal = literal
    }

    /// The number written as the integer's decimal digits (`-12`).
    public init(_ value: Int) {
        literal = String(value)
    }

    /// The value as a `Double` (rounded to nearest; large exponents give ±infinity).
    public var doubleValue: Double? { Double(literal) }

    /// The value as an `Int` when the literal is an integer (no fraction or exponent) that fits.
    public var intValue: Int? { Int(literal) }

    /// The literal text, as written.
    public var description: String { literal }
}
