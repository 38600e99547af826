/// Where a reader found a value (a phone's TEL line, an email's CSV cell), carried with the value
/// so that a later stage, the normaliser, can point its diagnostics at that line rather than at
/// the card's first line.
///
/// It says where a value was read, not what the value is: equality and hashing ignore it, so a
/// number read from line 4 of a vCard equals the same number read from a CSV cell, and no writer
/// writes it. Line and column are held in 32 bits each (a line past 4,294,967,295 is held as
/// that), to keep every phone, email and address small.
public struct ReadPosition: Sendable, Hashable, Codable {
    /// 1-based; 0 when the reader gave no position.
    private var line: UInt32
    private var column: UInt32

    /// Keeps the line and column of `position` (1-based; the column in UTF-8 bytes), dropping its byte
    /// offset; `nil` keeps none.
    public init(_ position: SourcePosition? = nil) {
        line = position.map { UInt32(clamping: $0.line) } ?? 0
        column = position.map { UInt32(clamping: $0.column) } ?? 0
    }

    /// The line and column (no byte offset), or `nil` when the reader gave none.
    public var position: SourcePosition? {
        line == 0 ? nil : SourcePosition(line: Int(line), column: Int(column))
    }

    /// Always true: where a value was read does not change the value.
    public static func == (lhs: ReadPosition, rhs: ReadPosition) -> Bool { true }

    /// Hashes nothing, in keeping with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {}
}
