extension String {
    /// The string without leading and trailing spaces, tabs, CR and LF (the whitespace vCard
    /// writers leave around values; see ``VCardValueText/trimmedRange(_:_:)``).
    var vCardTrimmed: String {
        var copy = self
        return copy.withUTF8 { bytes in
            let trimmed = VCardValueText.trimmedRange(bytes, 0..<bytes.count)
            if trimmed.count == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
        }
    }
}
