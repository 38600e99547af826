/// Where something is in a source file.
///
/// `line` and `column` are 1-based; `column` counts UTF-8 bytes from the start of the line (after
/// any transcoding from UTF-16). `byteOffset` is 0-based from the start of the decoded stream.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int
    public var byteOffset: Int

    public init(line: Int, column: Int, byteOffset: Int = 0) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
