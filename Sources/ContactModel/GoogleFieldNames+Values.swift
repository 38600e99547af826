extension GoogleFieldNames {
    /// The separator Google puts between several values in one cell (`* Home ::: Work`).
    public static let multiValueSeparator = " ::: "

    /// The values of a Google cell split at ` ::: `, each without surrounding spaces and TABs;
    /// `[cell]` when it holds one value (a byte scan: the CSV reader runs it on every Google cell).
    public static func values(in cell: String) -> [String] {
        var text = cell
        let parts = text.withUTF8 { bytes -> [String] in
            guard bytes.contains(UInt8(ascii: ":")) else { return [] }
            var parts: [String] = []
            var start = 0
            var index = 0
            while index + 5 <= bytes.count {
                if bytes[index] == 0x20, bytes[index + 1] == 0x3A, bytes[index + 2] == 0x3A, bytes[index + 3] == 0x3A,
                    bytes[index + 4] == 0x20
                {
                    parts.append(trimmed(bytes[start..<index]))
                    index += 5
                    start = index
                } else {
                    index += 1
                }
            }
            guard !parts.isEmpty else { return [] }
            parts.append(trimmed(bytes[start...]))
            return parts
        }
        return parts.isEmpty ? [cell] : parts
    }

    /// A label without Google's primary marker: `* Mobile` → (`Mobile`, primary); `*` alone is
    /// an unlabelled primary value.
    public static func primaryMarker(_ label: String) -> (label: String, isPrimary: Bool) {
        if label == "*" { return ("", true) }
        var bytes = label.utf8.makeIterator()
        guard bytes.next() == 0x2A, bytes.next() == 0x20 else { return (label, false) }
        var text = label
        return (text.withUTF8 { trimmed($0[2...]) }, true)
    }

    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var bytes = bytes
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}
