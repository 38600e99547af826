/// Where a reader found a value (a phone's TEL line, an email's CSV cell), carried with the value
/// so that a later stage, the normaliser, can point its diagnostics at that line rather than at
/// the card's first line.
///
/// It says where a value was read, not what the value is: equality and hashing ignore it, so a
/// number read from line 4 of a vCard equals the same number read from a CSV cell, and no writer
/// writes it.
public struct ReadPosition: Sendable, Hashable, Codable {
    public var position: SourcePosition?

    public init(_ position: SourcePosition? = nil) {
        self.position = position
    }

    /// Always true: where a value was read does not change the value.
    public static func == (lhs: ReadPosition, rhs: ReadPosition) -> Bool { true }

    /// Hashes nothing, in keeping with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {}
}
