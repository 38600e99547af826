extension StringProtocol {
    /// The text without leading and trailing spaces and TABs (scanned as UTF-8 bytes).
    var trimmingSpaces: String {
        let text = String(self)
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last,
            first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
        else { return text }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

extension String {
    /// Equal ignoring case (exact comparison first, the common case).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        self == other || (utf8.count == other.utf8.count && lowercased() == other.lowercased())
    }
}
