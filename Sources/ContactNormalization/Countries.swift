/// Country names as people write them, and ISO 3166-1 alpha-2 codes.
///
/// Corresponds to ISO 3166-1 (alpha-2 and alpha-3 codes, English short names) and RFC 6350 §6.3.1,
/// whose ADR country-name component is free text. Names in English, Spanish, Portuguese, French,
/// German, Italian, Russian, Polish, Dutch, Czech, Slovak, Swedish, Danish, Norwegian, Finnish,
/// Turkish, Romanian, Hungarian, Greek, Japanese, Korean, Chinese, Arabic and each country's own
/// language are recognised (as Unicode CLDR spells them), with common abbreviations (`USA`,
/// `EE.UU.`, `UK`), alpha-3 codes (`ECU`) and the alpha-2 codes themselves; case, accents,
/// punctuation, extra spaces and the article "the" do not matter (see `foldedName(_:)`).
public enum Country {
    /// The ISO 3166-1 alpha-2 code for a country name, abbreviation or code as written.
    ///
    /// - Parameter name: `"México"`, `"EE.UU."`, `"the Netherlands"`, `"ECU"`, `"de"`…
    /// - Returns: the uppercase alpha-2 code (`"MX"`), or `nil` when the name is not known.
    /// - Complexity: O(n + log m): a fold of `name`, then a binary search of the m table entries;
    ///   O(n) for a name asked for recently (see `RecentAnswers`).
    public static func code(forName name: String) -> String? {
        recentAnswers.code(forName: name) { name in
            let key = foldedKey(name)
            if key.isEmpty { return nil }
            return value(for: key, in: codesByFoldedName, lines: nameLines)
        }
    }

    /// The English short name for an ISO 3166-1 alpha-2 code, in any case.
    ///
    /// - Parameter code: `"EC"`, `"us"`.
    /// - Returns: `"Ecuador"`, `"United States"`; `nil` for a code ISO 3166-1 does not assign
    ///   (`XK`, Kosovo, is known as well).
    /// - Complexity: O(log m) in the number of codes.
    public static func englishName(forCode code: String) -> String? {
        let bytes = Array(code.utf8)
        guard bytes.count == 2, bytes.allSatisfy({ $0 < 0x80 && ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
        else { return nil }
        return value(for: bytes.map { $0 & 0xDF }, in: englishNamesByCode, lines: codeLines)
    }

    /// Every code the table knows, in order (`AD` … `ZW`).
    public static var allCodes: [String] {
        englishNamesByCode.withUTF8Buffer { table in
            table.split(separator: newline).map { String(decoding: $0.prefix(2), as: UTF8.self) }
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let separator = UInt8(ascii: "=")

    /// Where one `key=value` line of a table lies, as UTF-8 offsets into the table.
    private struct Line {
        let start: Int
        let separator: Int
        let end: Int
    }

    private static let nameLines = lines(of: codesByFoldedName)
    private static let codeLines = lines(of: englishNamesByCode)

    /// The `key=value` lines of a table, in table order, made once so a search compares keys only.
    private static func lines(of table: StaticString) -> [Line] {
        table.withUTF8Buffer { table in
            var lines: [Line] = []
            var start = 0
            while start < table.count {
                let end = table[start...].firstIndex(of: newline) ?? table.count
                if let separator = table[start..<end].firstIndex(of: separator) {
                    lines.append(Line(start: start, separator: separator, end: end))
                }
                start = end + 1
            }
            return lines
        }
    }

    /// Binary search of a `key=value` line table whose lines are sorted by the key's bytes.
    /// - Complexity: O(k log m) for a key of k bytes and m lines.
    private static func value(for key: [UInt8], in table: StaticString, lines: [Line]) -> String? {
        table.withUTF8Buffer { table -> String? in
            var low = 0
            var high = lines.count
            while low < high {
                let middle = (low + high) / 2
                let line = lines[middle]
                let lineKey = UnsafeBufferPointer(rebasing: table[line.start..<line.separator])
                if lineKey.elementsEqual(key) {
                    return String(decoding: UnsafeBufferPointer(rebasing: table[(line.separator + 1)..<line.end]), as: UTF8.self)
                }
                if key.lexicographicallyPrecedes(lineKey) {
                    high = middle
                } else {
                    low = middle + 1
                }
            }
            return nil
        }
    }
}
