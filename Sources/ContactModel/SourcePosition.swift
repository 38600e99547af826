/// Where something is in a source file.
///
/// `line` and `column` are 1-based; `column` counts UTF-8 bytes from the start of the line (after
/// any transcoding from UTF-16). `byteOffset` is 0-based from the start of the decoded stream.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    /// The line, 1-based.
    public var line: Int
    /// The column, 1-based, in UTF-8 bytes from the start of the line.
    public var column: Int
    /// The byte offset, 0-based, from the start of the decoded (UTF-8) stream; 0 when the reader did
    /// not say.
    public var byteOffset: Int

    /// Makes a position.
    /// - Parameters:
    ///   - line: 1-based line.
    ///   - column: 1-based column, in UTF-8 bytes.
    ///   - byteOffset: 0-based byte offset in the decoded stream.
    public init(line: Int, column: Int, byteOffset: Int = 0) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// Orders by line, then column; the byte offset is not compared.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
