import ContactModel
import Testing

/// 8-bit text with no charset: Windows-1251 when its letters are Cyrillic words, else
/// Windows-1252.
@Suite struct SingleByteGuessTests {
    /// `text` in Windows-1251 (Cyrillic А–я, Ё, ё and ASCII only).
    static func cp1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
            case 0x0401: 0xA8
            case 0x0451: 0xB8
            default: UInt8(scalar.value)
            }
        }
    }

    /// `text` in Windows-1252 (Latin-1 letters and ASCII only).
    static func cp1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8($0.value) }
    }

    @Test(arguments: ["Иванов", "Петров Иван Сергеевич", "Ёлкина Юлия", "ул. Тверская, д. 7", "Москва"])
    func cyrillicWordsAreWindows1251(_ text: String) {
        let bytes = Self.cp1251(text)
        #expect(TextCharset.likelySingleByteCharset(of: bytes) == .windows1251)
        #expect(TextCharset.decodeGuessing(bytes) == (text, .windows1251))
    }

    @Test(arguments: [
        "Müller", "Ibáñez", "Conceição", "José Luis García Peña", "Straße 5", "Ñandú", "Gonçalves Araújo",
        "Ærøskøbing",
    ])
    func latinTextIsWindows1252(_ text: String) {
        #expect(TextCharset.likelySingleByteCharset(of: Self.cp1252(text)) == .windows1252)
    }

    /// Two letters are too few to tell: the Western code page stays the default.
    @Test func aTwoLetterCyrillicWordIsTooLittleToTell() {
        #expect(TextCharset.likelySingleByteCharset(of: Self.cp1251("Ян")) == .windows1252)
    }

    @Test func namesForDiagnostics() {
        #expect(TextCharset.windows1251.displayName == "Windows-1251")
        #expect(TextCharset.windows1252.displayName == "Windows-1252")
        #expect(TextCharset.utf8.displayName == "UTF-8")
        #expect(TextCharset(name: "iso-8859-2")?.displayName == "ISO-8859-2")
    }
}
