import ContactModel
import Testing

/// Mac OS Roman, as Excel for Mac's "CSV (Macintosh)" saves Spanish and Portuguese text, is decoded
/// by our own table: Foundation's decoder on Linux gave `Jos±` for `José`.
@Suite struct MacRomanTests {
    @Test(arguments: ["macintosh", "x-mac-roman", "MacRoman", "mac"])
    func namesMacRoman(name: String) {
        #expect(TextCharset(name: name) == .macRoman)
    }

    @Test func decodesSpanishAndPortugueseLetters() {
        // `José Muñoz, João, Ñandú, ¿€?` in Mac OS Roman.
        let bytes: [UInt8] = [
            0x4A, 0x6F, 0x73, 0x8E, 0x20, 0x4D, 0x75, 0x96, 0x6F, 0x7A, 0x2C, 0x20, 0x4A, 0x6F, 0x8B, 0x6F, 0x2C, 0x20,
            0x84, 0x61, 0x6E, 0x64, 0x9C, 0x2C, 0x20, 0xC0, 0xDB, 0x3F,
        ]
        #expect(TextCharset.macRoman.decode(bytes) == "José Muñoz, João, Ñandú, ¿€?")
        #expect(TextCharset.macRoman.isSingleByte)
        #expect(TextCharset.macRoman.displayName == "Mac OS Roman")
    }
}
