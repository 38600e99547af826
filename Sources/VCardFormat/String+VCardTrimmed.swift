extension String {
    /// The string without leading and trailing spaces, tabs, CR and LF (the whitespace vCard
    /// writers leave around values).
    var vCardTrimmed: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last, Self.isTrimmed(first) || Self.isTrimmed(last) else {
            return self
        }
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, Self.isTrimmed(bytes[lower]) { lower = bytes.index(after: lower) }
        while upper > lower, Self.isTrimmed(bytes[bytes.index(before: upper)]) { upper = bytes.index(before: upper) }
        return String(Substring(bytes[lower..<upper]))
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
