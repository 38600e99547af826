extension String {
    /// The string without leading and trailing spaces, tabs, CR and LF (the whitespace vCard
    /// writers leave around values).
    var vCardTrimmed: String {
        var copy = self
        return copy.withUTF8 { bytes in
            var lower = 0
            var upper = bytes.count
            while lower < upper, Self.isTrimmed(bytes[lower]) { lower += 1 }
            while upper > lower, Self.isTrimmed(bytes[upper - 1]) { upper -= 1 }
            if lower == 0, upper == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
