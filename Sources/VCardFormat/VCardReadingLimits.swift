/// The bounds that keep memory and time in check on hostile input.
public struct VCardReadingLimits: Sendable, Hashable {
    /// The longest text value kept; longer values are skipped with a warning.
    public var maximumTextValueBytes: Int
    /// The longest base64 value kept; longer values are cut with a warning.
    public var maximumBinaryValueBytes: Int
    /// The most properties one card keeps; the rest are skipped with a warning.
    public var maximumPropertiesPerCard: Int
    /// How deep BEGIN:VCARD may nest inside a card before nested lines are skipped.
    public var maximumNestingDepth: Int

    /// Makes limits.
    /// - Parameters:
    ///   - maximumTextValueBytes: the longest text value kept, in bytes (default 1 MiB).
    ///   - maximumBinaryValueBytes: the longest base64 value kept, in bytes (default 8 MiB).
    ///   - maximumPropertiesPerCard: the most properties one card keeps (default 10,000).
    ///   - maximumNestingDepth: how deep `BEGIN:VCARD` may nest (default 8).
    public init(
        maximumTextValueBytes: Int = 1 << 20,
        maximumBinaryValueBytes: Int = 8 << 20,
        maximumPropertiesPerCard: Int = 10_000,
        maximumNestingDepth: Int = 8
    ) {
        self.maximumTextValueBytes = maximumTextValueBytes
        self.maximumBinaryValueBytes = maximumBinaryValueBytes
        self.maximumPropertiesPerCard = maximumPropertiesPerCard
        self.maximumNestingDepth = maximumNestingDepth
    }
}
