import Foundation

/// Several phone numbers or email addresses typed into one spreadsheet cell
/// (`0991234567 / 022345678`, `ana@x.ec; ana@y.ec`, one per line), read as one value each.
///
/// A cell is split only when every piece is a value on its own: a phone piece has at least 7
/// digits, an email piece an `@`. So `0221/1234567` (a German area code and number),
/// `(02) 234-5678 / 5679` and `Ana <ana@x.ec>` stay one value each.
enum CellValues {
    /// The numbers in a phone cell, split at line breaks, `;` `,` `/` `|` and a spaced dash
    /// (` - `, ` – `); the cell itself when it is one number.
    static func phones(in cell: String) -> [String] {
        guard cell.utf8.contains(where: isSeparatorByte) || cell.contains(" - ") || cell.contains(" – ") else { return [cell] }
        var pieces: [Substring] = []
        for piece in cell.split(whereSeparator: { "\n\r;,/|".contains($0) }) {
            pieces += spacedDashPieces(piece)
        }
        let values = pieces.compactMap(trimmed)
        return values.count > 1 && values.allSatisfy({ digitCount($0) >= 7 }) ? values : [cell]
    }

    /// The addresses in an email cell, split at line breaks, spaces, `;` `,` `/` and `|`; the cell
    /// itself when any piece is not an address.
    static func emails(in cell: String) -> [String] {
        guard cell.utf8.contains(where: { isSeparatorByte($0) || $0 == 0x20 || $0 == 0x09 }) else { return [cell] }
        let values = cell.split(whereSeparator: { " \t\n\r;,/|".contains($0) }).compactMap(trimmed)
        return values.count > 1 && values.allSatisfy({ $0.utf8.contains(UInt8(ascii: "@")) }) ? values : [cell]
    }

    /// Line breaks, `;` `,` `/` and `|`.
    private static func isSeparatorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "|"): true
        default: false
        }
    }

    private static func spacedDashPieces(_ text: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var rest = text
        while let range = rest.range(of: " - ") ?? rest.range(of: " – ") {
            pieces.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        return pieces
    }

    private static func trimmed(_ piece: Substring) -> String? {
        let text = piece.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private static func digitCount(_ text: String) -> Int {
        text.unicodeScalars.count { $0.properties.numericType == .decimal }
    }
}
