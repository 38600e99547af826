import Foundation

/// Several phone numbers or email addresses typed into one field — a spreadsheet cell, a vCard
/// TEL value (`0991234567 / 022345678`, `ana@x.ec; ana@y.ec`, one per line) — read as one value
/// each.
///
/// A field is split only when every piece is a value on its own: a phone piece has at least 7
/// digits, an email piece an `@`. So `0221/1234567` (a German area code and number),
/// `(02) 234-5678 / 5679` and `Ana <ana@x.ec>` stay one value each.
public enum FieldValues {
    /// The values of one cell: the cell itself, or the pieces it was split into (a sequence that
    /// allocates nothing for the one-value cells nearly every sheet holds).
    public struct Values: Sequence {
        fileprivate var cell: String
        fileprivate var pieces: [String]?

        /// True when the field was split into several values.
        public var holdsSeveral: Bool { pieces != nil }

        /// Iterates the cell itself when it was not split, else its pieces in order.
        public func makeIterator() -> Iterator {
            Iterator(cell: pieces == nil ? cell : nil, pieces: pieces?.makeIterator())
        }

        /// Hands out the cell, or each piece, once.
        public struct Iterator: IteratorProtocol {
            fileprivate var cell: String?
            fileprivate var pieces: IndexingIterator<[String]>?

            /// The next value, trimmed when it is a piece; `nil` after the last.
            public mutating func next() -> String? {
                if let value = cell {
                    cell = nil
                    return value
                }
                return pieces?.next()
            }
        }
    }

    /// The numbers in a phone cell, split at line breaks, `;` `,` `/` `|` (and their full-width,
    /// ideographic and Arabic forms `，` `；` `／` `｜` `、` `・` `،` `؛`), a spaced dash (` - `, ` – `)
    /// and a spaced word for "or" or "and" (` o `, ` ou `, ` y `, ` or `, ` oder `…); the cell
    /// itself when it is one number.
    public static func phones(in cell: String) -> Values {
        guard mayHoldSeveral(cell, splittingAtSpaces: false) else { return Values(cell: cell) }
        var pieces: [Substring] = []
        for piece in cell.split(whereSeparator: phoneSeparators.contains) {
            pieces += spacedSeparatorPieces(piece)
        }
        let values = pieces.compactMap(trimmed)
        guard values.count > 1, values.allSatisfy({ digitCount($0) >= 7 }) else { return Values(cell: cell) }
        return Values(cell: cell, pieces: values)
    }

    /// The addresses in an email cell, split at line breaks, spaces, `;` `,` `/` and `|`; the cell
    /// itself when any piece is not an address.
    public static func emails(in cell: String) -> Values {
        guard mayHoldSeveral(cell, splittingAtSpaces: true) else { return Values(cell: cell) }
        let values = cell.split(whereSeparator: emailSeparators.contains).compactMap(trimmed)
        guard values.count > 1, values.allSatisfy({ $0.utf8.contains(UInt8(ascii: "@")) }) else { return Values(cell: cell) }
        return Values(cell: cell, pieces: values)
    }

    /// The characters ``phones(in:)`` splits at, a set rather than a string so that each character
    /// of a cell is looked up once instead of compared with each separator in turn. A Windows line
    /// break is one `Character`, `"\r\n"`, equal to neither `"\r"` nor `"\n"`, so it is listed too.
    private static let phoneSeparators: Set<Character> = [
        "\r\n", "\n", "\r", ";", ",", "/", "|", "，", "；", "／", "｜", "、", "・", "،", "؛",
    ]

    /// The characters ``emails(in:)`` splits at (`"\r\n"` too, for the same reason).
    private static let emailSeparators: Set<Character> = [" ", "\t", "\r\n", "\n", "\r", ";", ",", "/", "|"]

    /// True when `cell` holds a line break, `;` `,` `/` `|`, or (`splittingAtSpaces`) a space or
    /// tab, or else a spaced dash (` - `, or ` – ` with the en dash's UTF-8 `E2 80 93`) or a short
    /// lower-case or non-ASCII word between spaces, which may be a conjunction (``conjunctions``): one pass
    /// over the bytes, as nearly every cell holds one value.
    private static func mayHoldSeveral(_ cell: String, splittingAtSpaces: Bool) -> Bool {
        if let answer = cell.utf8.withContiguousStorageIfAvailable({ mayHoldSeveral($0, splittingAtSpaces: splittingAtSpaces) }) {
            return answer
        }
        var cell = cell
        return cell.withUTF8 { mayHoldSeveral($0, splittingAtSpaces: splittingAtSpaces) }
    }

    private static func mayHoldSeveral(_ bytes: UnsafeBufferPointer<UInt8>, splittingAtSpaces: Bool) -> Bool {
        var window: UInt64 = 0
        // The bytes of the word since the last space, or -1 when something else came between:
        // a word of 1 to 6 bytes between two spaces may be a conjunction, which the split checks.
        var word = -1
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "|"): return true
            case 0x20 where splittingAtSpaces, 0x09 where splittingAtSpaces: return true
            case 0x20:
                if (1...6).contains(word) { return true }
                word = 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...0xFF:
                if word >= 0 { word += 1 }
            default:
                word = -1
            }
            window = window << 8 | UInt64(byte)
            if window & 0xFF_FFFF == 0x20_2D_20 || window & 0xFF_FFFF_FFFF == 0x20_E2_80_93_20 { return true }
            if byte >= 0x80, isWideSeparator(window) { return true }
        }
        return false
    }

    /// True when the last bytes of `window` are the UTF-8 of a full-width, ideographic or Arabic
    /// separator: `，` `；` `／` `｜` (EF BC 8C, EF BC 9B, EF BC 8F, EF BD 9C), `、` (E3 80 81), `・`
    /// (E3 83 BB), `،` (D8 8C) and `؛` (D8 9B).
    private static func isWideSeparator(_ window: UInt64) -> Bool {
        switch window & 0xFF_FFFF {
        case 0xEF_BC_8C, 0xEF_BC_9B, 0xEF_BC_8F, 0xEF_BD_9C, 0xE3_80_81, 0xE3_83_BB: return true
        default: break
        }
        let last2 = window & 0xFFFF
        return last2 == 0xD8_8C || last2 == 0xD8_9B
    }

    /// The words between two numbers that mean "or" or "and", in the languages of the header
    /// tables (`099 123 4567 o 098 765 4321`; `ó` is the Spanish "or" written between digits), and
    /// in Dutch, Turkish, Russian, Arabic and Haitian Creole (`of`, `en`, `veya`, `ve`, `или`, `и`,
    /// `أو`, `و`, `oswa`).
    private static let conjunctions = [
        "o", "ó", "u", "y", "e", "ou", "or", "et", "and", "und", "oder", "oppure", "of", "en", "veya", "ve", "или", "и",
        "أو", "و", "oswa",
    ]

    /// The words a phone cell is split at when spaces stand either side of them: dashes and
    /// ``conjunctions``.
    private static let spacedSeparators: Set<Substring> = Set((["-", "–"] + conjunctions).map { Substring($0) })

    /// `text` split at each word of ``spacedSeparators`` with a space either side (` - `, ` o `),
    /// in one pass from the left.
    private static func spacedSeparatorPieces(_ text: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var pieceStart = text.startIndex
        var searchFrom = text.startIndex
        while let space = text[searchFrom...].firstIndex(of: " ") {
            let wordStart = text.index(after: space)
            guard let wordEnd = text[wordStart...].firstIndex(of: " ") else { break }
            if spacedSeparators.contains(text[wordStart..<wordEnd]) {
                pieces.append(text[pieceStart..<space])
                pieceStart = text.index(after: wordEnd)
                searchFrom = pieceStart
            } else {
                searchFrom = wordStart
            }
        }
        pieces.append(text[pieceStart...])
        return pieces
    }

    /// The piece without spaces, tabs and line breaks around it; `nil` when nothing is left.
    private static func trimmed(_ piece: Substring) -> String? {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let utf8 = piece.utf8
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else {
            return nil
        }
        return String(piece[first...last])
    }

    /// The decimal digits of `text`: ASCII ones, and those of other scripts (`٠١٢`, full-width).
    private static func digitCount(_ text: String) -> Int {
        text.unicodeScalars.count { $0.isASCII ? ($0.value >= 0x30 && $0.value <= 0x39) : $0.properties.numericType == .decimal }
    }
}
