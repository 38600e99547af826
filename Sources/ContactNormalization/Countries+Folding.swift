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
    ///
    /// Names in ASCII and the Latin-1 letters (`À`…`ÿ`) are folded without Foundation's NFKD:
    /// those letters decompose to an ASCII letter plus a combining diacritic, which the fold drops.
    /// - Parameter name: a country name, code or abbreviation as written.
    /// - Returns: the folded key, empty when `name` holds no letter or digit.
    /// - Complexity: O(n) in the length of `name`.
    static func foldedName(_ name: String) -> String {
        String(decoding: foldedKey(name), as: UTF8.self)
    }

    /// ``foldedName(_:)`` as UTF-8 bytes, the form the name table is searched with.
    static func foldedKey(_ name: String) -> [UInt8] {
        var words = FoldedWords(capacity: name.utf8.count)
        if name.unicodeScalars.allSatisfy({ $0.value < 0x80 || ($0.value >= 0xC0 && $0.value <= 0xFF) }) {
            for scalar in name.unicodeScalars {
                if scalar.value >= 0xC0, case let base = latin1BaseLetters[Int(scalar.value - 0xC0)], base != 0 {
                    words.append(base)
                } else {
                    fold(scalar, into: &words)
                }
            }
        } else {
            for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
                fold(scalar, into: &words)
            }
        }
        return words.joined()
    }

    /// The fold of ``foldedName(_:)`` for text already in NFKD, which needs no Latin-1 shortcut.
    static func foldedName(decomposed: String) -> String {
        var words = FoldedWords(capacity: decomposed.utf8.count)
        for scalar in decomposed.unicodeScalars { fold(scalar, into: &words) }
        return String(decoding: words.joined(), as: UTF8.self)
    }

    /// Adds one scalar of a decomposed name to the words being folded.
    private static func fold(_ scalar: Unicode.Scalar, into words: inout FoldedWords) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): words.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): words.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"): break
            case UInt8(ascii: "&"): words.appendWord(andWord)
            default: words.endWord()
            }
            return
        }
        if let replacement = latinLetterReplacements[value] {
            words.append(contentsOf: replacement.utf8)
        } else if apostrophes.contains(value) || isCombiningDiacritic(value) {
            return
        } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            words.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            words.endWord()
        }
    }

    /// The words of a name being folded, letters in one buffer, and their join.
    private struct FoldedWords {
        private var letters: [UInt8] = []
        private var wordEnds: [Int] = []
        private var wordStart = 0

        init(capacity: Int) {
            letters.reserveCapacity(capacity)
        }

        mutating func append(_ byte: UInt8) {
            letters.append(byte)
        }

        mutating func append(contentsOf bytes: some Sequence<UInt8>) {
            letters.append(contentsOf: bytes)
        }

        mutating func endWord() {
            guard letters.count > wordStart else { return }
            wordEnds.append(letters.count)
            wordStart = letters.count
        }

        /// Ends the current word and adds `word` as a word of its own.
        mutating func appendWord(_ word: [UInt8]) {
            endWord()
            letters.append(contentsOf: word)
            endWord()
        }

        /// The words joined by one space, without `the`, and `st` as `saint` when not alone.
        mutating func joined() -> [UInt8] {
            endWord()
            var kept = 0
            var start = 0
            for end in wordEnds {
                if !letters[start..<end].elementsEqual(theWord) { kept += 1 }
                start = end
            }
            var folded: [UInt8] = []
            folded.reserveCapacity(letters.count + wordEnds.count + 8)
            start = 0
            for end in wordEnds {
                let word = letters[start..<end]
                start = end
                if word.elementsEqual(theWord) { continue }
                if !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
                if kept > 1 && word.elementsEqual(stWord) {
                    folded.append(contentsOf: saintWord)
                } else {
                    folded.append(contentsOf: word)
                }
            }
            return folded
        }
    }

    /// For U+00C0…U+00FF, the ASCII letter NFKD leaves once its combining diacritic is dropped, or
    /// 0 for the letters NFKD keeps whole (`Æ Ð Ø Þ ß æ ð ø þ`) and for `×` and `÷`.
    private static let latin1BaseLetters: [UInt8] = Array("aaaaaa_ceeeeiiii_nooooo__uuuuy__aaaaaa_ceeeeiiii_nooooo__uuuuy_y".utf8)
        .map { $0 == UInt8(ascii: "_") ? 0 : $0 }

    /// The combining diacritics of Latin, Greek and Cyrillic (U+0300–U+036F and its supplements);
    /// the vowel signs of other scripts are letters of the word and stay.
    private static func isCombiningDiacritic(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x1AB0...0x1AFF).contains(value) || (0x1DC0...0x1DFF).contains(value)
            || (0x20D0...0x20FF).contains(value) || (0xFE20...0xFE2F).contains(value)
    }

    private static let andWord = Array("and".utf8)
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
