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
    /// The extension's digits, ASCII (`12` of `ext. 12`); `nil` when there is none.
    public var extensionNumber: String?

    /// `nil` when `written` has fewer than three digits before its extension, a `*`, a `#` before
    /// its first digit, or a word after its digits that is no extension word.
    public init?(_ written: String) {
        var written = written
        // One pass over the UTF-8, the digits written straight into buffers no longer than the
        // text (each digit, and the one `+`, takes at least a byte of it).
        let found = written.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { number in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { extensionDigits in
                    Self.read(utf8, number: number, extensionDigits: extensionDigits)
                }
            }
        }
        guard let found else { return nil }
        number = found.number
        extensionNumber = found.extensionNumber
    }

    /// Reads `utf8` for ``init(_:)``, using `number` and `extensionDigits` (each at least as long
    /// as `utf8`) as scratch space.
    private static func read(
        _ utf8: UnsafeBufferPointer<UInt8>, number: UnsafeMutableBufferPointer<UInt8>,
        extensionDigits: UnsafeMutableBufferPointer<UInt8>
    ) -> (number: String, extensionNumber: String?)? {
        var numberCount = 0
        var extensionCount = 0
        var inExtension = false
        // A sign or word after the extension's digits: more digits after it are a list
        // (`ext. 104-105`, `ext 104 y 105`), which is no one extension.
        var extensionEnded = false
        var hasDigit = false
        var index = 0
        while index < utf8.count {
            let (scalar, length) = Self.scalar(at: index, in: utf8)
            index += length
            if let digit = Self.asciiDigit(scalar) {
                if inExtension {
                    guard !extensionEnded else { return nil }
                    extensionDigits[extensionCount] = digit
                    extensionCount += 1
                } else {
                    number[numberCount] = digit
                    numberCount += 1
                    hasDigit = true
                }
            } else if inExtension && extensionCount > 0 && !Self.dialsOn(scalar) {
                extensionEnded = true
            } else if scalar == "*" || scalar == "\u{FF0A}" || (!hasDigit && (scalar == "#" || scalar == "\u{FF03}")) {
                return nil
            } else if scalar == "+" || scalar == "\u{FF0B}" {
                if numberCount == 0 && !inExtension {
                    number[0] = UInt8(ascii: "+")
                    numberCount = 1
                }
            } else if !inExtension && hasDigit && (scalar == "#" || scalar == ";" || scalar == ",") {
                inExtension = true
            } else if !inExtension && Self.isLetter(scalar) {
                let wordStart = index - length
                while index < utf8.count {
                    let (next, nextLength) = Self.scalar(at: index, in: utf8)
                    guard Self.isLetter(next) else { break }
                    index += nextLength
                }
                // A word before the number is a label (`Tel:`, `Móvil`); after it, only an extension
                // word may follow.
                guard hasDigit else { continue }
                let word = String(decoding: UnsafeBufferPointer(rebasing: utf8[wordStart..<index]), as: UTF8.self)
                guard Self.extensionWords.contains(word.lowercased()) else { return nil }
                inExtension = true
            }
        }
        let digits = UnsafeBufferPointer(rebasing: number[..<numberCount])
        guard digits.count(where: { $0 != UInt8(ascii: "+") }) >= Self.fewestDigits, !Self.isPlaceholder(digits) else {
            return nil
        }
        return (
            String(decoding: digits, as: UTF8.self),
            extensionCount == 0
                ? nil : String(decoding: UnsafeBufferPointer(rebasing: extensionDigits[..<extensionCount]), as: UTF8.self)
        )
    }

    /// The scalar whose UTF-8 begins at `index` of `utf8` (a `String`'s, so valid), and how many
    /// bytes it takes; U+FFFD for a sequence cut short, which valid UTF-8 never has.
    private static func scalar(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = utf8[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= utf8.count else { return ("\u{FFFD}", utf8.count - index) }
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
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
        return otherDecimalDigit(scalar)
    }

    /// The ASCII digit for a decimal digit beyond ASCII (full-width, Arabic-Indic …), else `nil`;
    /// kept out of ``asciiDigit(_:)`` so that its ASCII test stays small enough to inline.
    private static func otherDecimalDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
              value >= 0, value <= 9
        else { return nil }
        return UInt8(48 + Int(value))
    }
}
