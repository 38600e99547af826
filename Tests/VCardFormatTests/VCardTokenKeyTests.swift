import Testing
@testable import VCardFormat

/// The packed keys of TYPE values and parameter names: built eight bytes at a time where the
/// bytes after the token may be read, byte by byte at the end of a buffer, and the same either way.
@Suite struct VCardTokenKeyTests {
    /// The key of `token` read from a line that goes on after it (`TYPE=<token>:…`), so words are
    /// loaded past the token.
    private func keyInLine(_ token: String) -> VCardTokenKey? {
        let line = Array("TYPE=\(token):+593 99 555 2188".utf8)
        return line.withUnsafeBufferPointer { VCardTokenKey($0[5..<(5 + token.utf8.count)]) }
    }

    /// The key of `token` alone in its buffer, so its last bytes are read one at a time.
    private func keyAlone(_ token: String) -> VCardTokenKey? {
        Array(token.utf8).withUnsafeBufferPointer { VCardTokenKey($0[...]) }
    }

    @Test(arguments: zip(
        ["cell", "Home", "x-mobile", "internet", "Voice", "pref", "iPhone", "x-Assistant", "x-other-phone-ab"],
        ["CELL", "HOME", "X-MOBILE", "INTERNET", "VOICE", "PREF", "IPHONE", "X-ASSISTANT", "X-OTHER-PHONE-AB"]))
    func matchesIgnoringCaseWhereverItIsRead(_ written: String, _ upper: String) {
        #expect(keyInLine(written) == keyAlone(upper))
        #expect(keyAlone(written) == keyAlone(upper))
        #expect(keyInLine(written) == VCardTokenKey(upper))
    }

    @Test(arguments: zip(["CELL", "HOME", "INTERNET", "X-MOBILE"], ["CELLS", "HOM", "INTERNET2", "X-MOBILF"]))
    func differentTokensDiffer(_ token: String, _ other: String) {
        #expect(keyInLine(token) != keyInLine(other))
        #expect(keyAlone(token) != keyAlone(other))
    }

    @Test func tokensOverSixteenBytesOrWithNULHaveNoKey() {
        #expect(keyInLine("X-APPLE-OMIT-YEAR") == nil)
        #expect(keyAlone("X-APPLE-OMIT-YEAR") == nil)
        #expect(keyInLine("CE\u{0}L") == nil)
        #expect(keyAlone("CE\u{0}L") == nil)
        #expect(keyInLine("X-OTHER-PHONE-A\u{0}") == nil)
        #expect(keyAlone("X-OTHER-PHONE-AB") != nil)
    }

    @Test func upperCasesEveryByteAsTheBytewiseUpper() {
        for start in stride(from: 0, to: 256, by: 8) {
            let bytes = (start..<(start + 8)).map { UInt8($0) }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << ($1.offset * 8) }
            let expected = bytes.map(VCardByte.upper).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << ($1.offset * 8) }
            #expect(VCardByte.upper(eightBytes: word) == expected, "bytes from \(start)")
        }
    }
}
