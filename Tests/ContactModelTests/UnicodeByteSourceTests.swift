import ContactModel
import Testing

@Suite struct UnicodeByteSourceTests {
    private func drain(
        _ bytes: [UInt8], chunkSize: Int, assumingUTF16: StreamEncoding? = nil
    ) throws -> (String, StreamEncoding) {
        var source = UnicodeByteSource(MemoryByteSource(bytes, chunkSize: chunkSize), assumingUTF16: assumingUTF16)
        var out: [UInt8] = []
        while true {
            let chunk = try source.read(maxCount: 4096)
            if chunk.isEmpty { break }
            out += chunk
        }
        return (String(decoding: out, as: UTF8.self), source.encoding)
    }

    static let text = "N:Müller;Jürgen\r\nTEL:+49 😀\r\n"

    static var cases: [([UInt8], StreamEncoding)] {
        let le = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        return [
            (Array(text.utf8), .utf8),
            ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8WithBOM),
            ([0xFF, 0xFE] + le, .utf16LittleEndian),
            ([0xFE, 0xFF] + be, .utf16BigEndian),
            (le, .utf16LittleEndian),
            (be, .utf16BigEndian),
        ]
    }

    @Test(arguments: cases, [1, 2, 3, 7, 4096])
    func decodesToUTF8(input: ([UInt8], StreamEncoding), chunkSize: Int) throws {
        let (decoded, encoding) = try drain(input.0, chunkSize: chunkSize)
        #expect(decoded == Self.text)
        #expect(encoding == input.1)
    }

    /// UTF-16 without a mark whose first letters are not ASCII shows no zero bytes to recognise it
    /// by: the byte order the user names is used, and a byte-order mark still wins over it.
    @Test(arguments: [1, 3, 4096])
    func namedUTF16ByteOrderReadsAFileWithoutAMark(chunkSize: Int) throws {
        let text = "Łucja Ôlá,+55 11 98765-4321\r\n"
        let le = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try drain(le, chunkSize: chunkSize, assumingUTF16: .utf16LittleEndian) == (text, .utf16LittleEndian))
        #expect(try drain(be, chunkSize: chunkSize, assumingUTF16: .utf16BigEndian) == (text, .utf16BigEndian))
        #expect(try drain([0xFE, 0xFF] + be, chunkSize: chunkSize, assumingUTF16: .utf16LittleEndian) == (text, .utf16BigEndian))
        #expect(try drain(le, chunkSize: chunkSize).0 != text)
    }

    @Test func unpairedSurrogateBecomesReplacementCharacter() throws {
        let (decoded, _) = try drain([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], chunkSize: 3)
        #expect(decoded == "A\u{FFFD}B")
    }
}

@Suite struct TextCharsetTests {
    @Test(arguments: zip(
        ["UTF-8", "utf8", "ISO-8859-1", "latin1", "Windows-1252", "cp1252", "SHIFT_JIS", "sjis", "ISO-8859-2", "klingon"],
        ["utf-8", "utf-8", "iso-8859-1", "iso-8859-1", "windows-1252", "windows-1252", "shift_jis", "shift_jis", "iso-8859-2", nil]
    ))
    func namesResolve(name: String, canonical: String?) {
        #expect(TextCharset(name: name)?.rawValue == canonical)
    }

    @Test func decodesEachCharset() {
        #expect(TextCharset.windows1252.decode([0x4D, 0xFC, 0x6C, 0x80, 0x92]) == "Mül€’")
        #expect(TextCharset.latin1.decode([0x4D, 0xFC, 0x80]) == "Mü\u{80}")
        #expect(TextCharset.shiftJIS.decode([0x93, 0xFA, 0x96, 0x7B]) == "日本")
        #expect(TextCharset.utf8.decode([0xC3]) == nil)
        #expect(TextCharset(name: "iso-8859-2")?.decode([0xB9]) == "š")
    }

    @Test func guessingFallsBackToWindows1252() {
        #expect(TextCharset.decodeGuessing(Array("Müller".utf8)) == ("Müller", .utf8))
        #expect(TextCharset.decodeGuessing([0x4D, 0xFC, 0x6C]) == ("Mül", .windows1252))
    }
}
