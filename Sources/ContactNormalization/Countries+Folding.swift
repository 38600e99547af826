import Foundation

extension Country {
    /// Folds a country name as people write it into the key the name table is sorted by.
    ///
    /// The fold, one Unicode scalar at a time after a compatibility decomposition (NFKD, so `é`
    /// arrives as `e` plus a combining accent and `ﬁ` as `fi`):
    /// - ASCII letters become lowercase; digits stay; combining diacritics are dropped (`México`
    ///   → `mexico`); `ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `ø` → `o`, `ł` → `l`, `đ`/`ð` → `d`,
    ///   `þ` → `th`, `ı` → `i`; other letters (Cyrillic, Greek, CJK…) are lowercased and kept.
    /// - Dots and apostrophes vanish without splitting a word (`U.S.A.` → `usa`,
    ///   `Côte d’Ivoire` → `cote divoire`); `&` is the word `and`.
    /// - Anything else (spaces, hyphens, commas, brackets, slashes) separates words; words are
    ///   joined by one space, the English article `the` is dropped wherever it stands, and `st`
    ///   next to another word reads as `saint` (alone it stays São Tomé's code): `The Bahamas`
    ///   and `Bahamas, The` → `bahamas`, `St. Lucia` → `saint lucia`.
    /// - Parameter name: a country name, code or abbreviation as written.
    /// - Returns: the folded key, empty when `name` holds no letter or digit.
    /// - Complexity: O(n) in the length of `name`.
    static func foldedName(_ name: String) -> String {
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let source = isASCII ? name : name.decomposedStringWithCompatibilityMapping
        var words: [[UInt8]] = []
        var word: [UInt8] = []

        func endWord() {
            if !word.isEmpty { words.append(word) }
            word.removeAll(keepingCapacity: true)
        }

        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"): continue
                case UInt8(ascii: "&"):
                    endWord()
                    words.append(Array("and".utf8))
                default: endWord()
                }
                continue
            }
            if let replacement = latinLetterReplacements[value] {
                word.append(contentsOf: replacement.utf8)
            } else if apostrophes.contains(value) || isCombiningDiacritic(value) {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                endWord()
            }
        }
        endWord()

        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count + 8)
        let kept = words.filter { $0 != theWord }
        for word in kept {
            if !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
            folded.append(contentsOf: word == stWord && kept.count > 1 ? saintWord : word)
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The combining diacritics of Latin, Greek and Cyrillic (U+0300–U+036F and its supplements);
    /// the vowel signs of other scripts are letters of the word and stay.
    private static func isCombiningDiacritic(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x1AB0...0x1AFF).contains(value) || (0x1DC0...0x1DFF).contains(value)
            || (0x20D0...0x20FF).contains(value) || (0xFE20...0xFE2F).contains(value)
    }

    private static let theWord = Array("the".utf8)
    private static let stWord = Array("st".utf8)
    private static let saintWord = Array("saint".utf8)

    /// Apostrophe-like scalars that vanish like the ASCII apostrophe: ’ ‘ ʼ ʻ ´ ′.
    private static let apostrophes: Set<UInt32> = [0x2019, 0x2018, 0x02BC, 0x02BB, 0x00B4, 0x2032]

    /// Latin letters NFKD does not decompose, spelled as ASCII.
    private static let latinLetterReplacements: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss",  // ß ẞ
        0x00C6: "ae", 0x00E6: "ae",  // Æ æ
        0x0152: "oe", 0x0153: "oe",  // Œ œ
        0x00D8: "o", 0x00F8: "o",  // Ø ø
        0x0141: "l", 0x0142: "l",  // Ł ł
        0x0110: "d", 0x0111: "d",  // Đ đ
        0x00D0: "d", 0x00F0: "d",  // Ð ð
        0x00DE: "th", 0x00FE: "th",  // Þ þ
        0x0131: "i",  // ı
        0x0126: "h", 0x0127: "h",  // Ħ ħ
    ]
}
