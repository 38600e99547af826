/// A phone number as written, reduced to what a Jelou payload's `phone` field may carry when no
/// normaliser has read it: a leading `+`, the digits, and the extension split off. The normaliser
/// asks it too, to say whether a phone it cannot read will reach a payload.
///
/// Formatting (spaces, `-`, `.`, `/`, parentheses) is dropped; Unicode decimal digits (full-width,
/// Arabic-Indic …) become ASCII. The extension starts at `#`, `;` or `,` after a digit, or at an
/// extension word (`x12`, `ext. 12`, `;ext=12`, `#12`, `anexo 12`, `ramal 12`), and keeps only
/// the digits after it. A word before the first digit is a label and is dropped (`Tel: 099…`);
/// any other word after it makes the text no number (`+49 MOBIL2`, `1-800-MYFAX`): reducing it to
/// its digits would change it (`+49 ext. 2`, `+1800`). So do a `*` or a leading `#` (USSD and
/// service codes such as `*121*1#` or `#456#`, which reduced would read as the numbers `1211` and
/// `456`), fewer than three digits before the extension (`business 1`), a placeholder of one
/// digit repeated (`0000000000`), and a list of extensions (`ext. 104-105`, which reduced would be
/// the one extension `104105`).
public struct PhoneDigits: Sendable, Hashable {
    /// `+` (when written first) and the digits before the extension.
    public var number: String
    public var extensionNumber: String?

    /// `nil` when `written` has fewer than three digits before its extension, a `*`, a `#` before
    /// its first digit, or a word after its digits that is no extension word.
    public init?(_ written: String) {
        var number: [UInt8] = []
        number.reserveCapacity(written.utf8.count)
        var extensionDigits: [UInt8] = []
        var inExtension = false
        // A sign or word after the extension's digits: more digits after it are a list
        // (`ext. 104-105`, `ext 104 y 105`), which is no one extension.
        var extensionEnded = false
        var hasDigit = false
        let scalars = written.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            scalars.formIndex(after: &index)
            if let digit = Self.asciiDigit(scalar) {
                if inExtension {
                    guard !extensionEnded else { return nil }
                    extensionDigits.append(digit)
                } else {
                    number.append(digit)
                    hasDigit = true
                }
            } else if inExtension && !extensionDigits.isEmpty && !Self.dialsOn(scalar) {
                extensionEnded = true
            } else if scalar == "*" || scalar == "\u{FF0A}" || (!hasDigit && (scalar == "#" || scalar == "\u{FF03}")) {
                return nil
            } else if scalar == "+" || scalar == "\u{FF0B}" {
                if number.isEmpty && !inExtension { number.append(UInt8(ascii: "+")) }
            } else if !inExtension && hasDigit && (scalar == "#" || scalar == ";" || scalar == ",") {
                inExtension = true
            } else if !inExtension && Self.isLetter(scalar) {
                let wordStart = scalars.index(before: index)
                while index < scalars.endIndex, Self.isLetter(scalars[index]) { scalars.formIndex(after: &index) }
                // A word before the number is a label (`Tel:`, `Móvil`); after it, only an extension
                // word may follow.
                guard hasDigit else { continue }
                guard Self.extensionWords.contains(String(scalars[wordStart..<index]).lowercased()) else { return nil }
                inExtension = true
            }
        }
        guard number.count(where: { $0 != UInt8(ascii: "+") }) >= Self.fewestDigits, !Self.isPlaceholder(number) else {
            return nil
        }
        self.number = String(decoding: number, as: UTF8.self)
        extensionNumber = extensionDigits.isEmpty ? nil : String(decoding: extensionDigits, as: UTF8.self)
    }

    /// True when the ASCII digits among `bytes` (UTF-8) are six or more of one digit: a placeholder
    /// (`0000000000`, `(000) 000-0000`, `1111111`), no number; `911` or `111` are service numbers.
    /// It stops at the first digit that differs from the first, as in nearly every number the
    /// second does.
    @inlinable
    public static func isPlaceholder(_ bytes: some Sequence<UInt8>) -> Bool {
        var count = 0
        var first: UInt8 = 0
        for byte in bytes where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            if count == 0 { first = byte } else if byte != first { return false }
            count += 1
        }
        return count >= 6
    }

    /// Fewer digits than this are no number (the shortest service numbers, `911`, `112`, have
    /// three).
    private static let fewestDigits = 3

    /// The words that introduce an extension, lower-cased: English, Spanish, Portuguese,
    /// German, French, Italian, Dutch (`toestel`, `tst`), Turkish (`dahili`), Russian (`доб`,
    /// `вн`, `внутр`, `доп`), Haitian Creole (`pòs`), Chinese (`转`, `分机`), Japanese (`内線`) and
    /// Arabic (`تحويلة`, `داخلي`); and the dialler's pause and wait (`p`, `w`), after which a
    /// phone dials the extension.
    private static let extensionWords: Set<String> = [
        "x", "ext", "extn", "extension", "ex", "anexo", "ramal", "r", "int", "interno", "durchwahl", "dw",
        "durchw", "apparat", "nebenstelle", "extensão", "extensao", "poste", "interne", "p", "w", "pause", "wait",
        "toestel", "tst", "dahili", "доб", "добавочный", "вн", "внутр", "внутренний", "доп", "pòs", "转", "分机",
        "內線", "内線", "تحويلة", "داخلي",
    ]

    /// The dialler's pause and wait between the digits it dials after the number (`p`, `w`, `,`).
    private static func dialsOn(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "p" || scalar == "P" || scalar == "w" || scalar == "W" || scalar == ","
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic
    }

    /// The ASCII digits of `text`, or `nil` when it has none.
    public static func digitsOnly(_ text: String) -> String? {
        var digits: [UInt8] = []
        for scalar in text.unicodeScalars {
            if let digit = asciiDigit(scalar) { digits.append(digit) }
        }
        return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
    }

    /// The ASCII digit (as its byte) for an ASCII or other Unicode decimal digit, else `nil`.
    private static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.isASCII {
            return scalar >= "0" && scalar <= "9" ? UInt8(scalar.value) : nil
        }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
              value >= 0, value <= 9
        else { return nil }
        return UInt8(48 + Int(value))
    }
}
