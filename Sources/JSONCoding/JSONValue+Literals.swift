/// Literal syntax for building JSON in code: `["success": true, "messageId": "msg_1"]`.
/// Dictionary literals keep their members in the order written (RFC 8259 §4 leaves order to the
/// writer).
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    /// A string value.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// A number value, written as the integer's decimal digits.
    public init(integerLiteral value: Int) {
        self = .number(JSONNumber(value))
    }

    /// `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    /// An array of the elements, in order.
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }

    /// An object of the members in the order written; a name written twice is kept twice.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { JSONMember($0.0, $0.1) })
    }

    /// `null`.
    public init(nilLiteral: ()) {
        self = .null
    }

    /// The value as JSON text, members in their stored order.
    /// - Parameter pretty: two-space indentation instead of one line.
    public func encoded(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.value(self)
        return writer.bytes
    }
}
