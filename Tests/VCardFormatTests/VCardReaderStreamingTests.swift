import ContactModel
import Testing
import VCardFormat
import _ContactsTestSupport

/// The reader does not depend on where chunks end or which line breaks a file uses.
@Suite struct VCardReaderStreamingTests {
    static let chunkSizes = [1, 2, 7, 4096]

    static let fixtureFiles = [
        "vcard21/android-qp.vcf", "vcard21/outlook.vcf", "vcard30/ios-item-groups.vcf", "vcard30/google.vcf",
        "vcard40/tel-uris.vcf", "invalid/broken.vcf",
    ]

    static let corpusFiles = [
        "android__v21_complicated.vcf", "eds__5.vcf", "ezvcard__outlook-2007.vcf", "ezvcard__gmail-single2.vcf",
        "textvcard__unwrap.vcf", "calcard__rfc.vcf", "android__v21_nest.vcf",
    ]

    private static func readInChunks(_ bytes: [UInt8], chunkSize: Int) throws -> ([ContactRecord], [Diagnostic]) {
        var reader = VCardReader(MemoryByteSource(bytes, chunkSize: chunkSize))
        var records: [ContactRecord] = []
        var diagnostics: [Diagnostic] = []
        while let record = try reader.next(diagnostics: &diagnostics) {
            records.append(record)
        }
        return (records, diagnostics)
    }

    private static func expectSameInEveryChunking(_ bytes: [UInt8]) throws {
        let whole = VCardReader.readAll(bytes)
        #expect(!whole.contacts.isEmpty)
        for size in chunkSizes {
            let (records, diagnostics) = try readInChunks(bytes, chunkSize: size)
            #expect(records == whole.contacts, "chunk size \(size)")
            #expect(diagnostics == whole.diagnostics, "chunk size \(size)")
        }
    }

    @Test(arguments: fixtureFiles)
    func fixtureInChunks(_ path: String) throws {
        try Self.expectSameInEveryChunking(try TestPaths.bytes(of: TestPaths.fixtures.appendingPathComponent(path)))
    }

    @Test(arguments: corpusFiles)
    func corpusFileInChunks(_ name: String) throws {
        guard let corpus = try TestPaths.requireCorpus() else { return }
        try Self.expectSameInEveryChunking(try TestPaths.bytes(of: corpus.appendingPathComponent(name)))
    }

    /// The same cards with every line break rewritten.
    static let lineBreaks: [(String, [UInt8])] = [("LF", [0x0A]), ("CR", [0x0D]), ("CR CR LF", [0x0D, 0x0D, 0x0A])]

    private static func rewritingLineBreaks(_ bytes: [UInt8], to lineBreak: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                out.append(contentsOf: lineBreak)
                index += 2
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    @Test(arguments: fixtureFiles.filter { $0 != "vcard30/jelou-example.vcf" }, [0, 1, 2])
    func lineBreakVariantsGiveTheSameContacts(_ path: String, variant: Int) throws {
        let crlf = try TestPaths.bytes(of: TestPaths.fixtures.appendingPathComponent(path))
        let (name, lineBreak) = Self.lineBreaks[variant]
        let expected = VCardReader.readAll(crlf)
        let rewritten = VCardReader.readAll(Self.rewritingLineBreaks(crlf, to: lineBreak))
        #expect(rewritten.contacts.map(\.contact) == expected.contacts.map(\.contact), "\(name)")
        #expect(rewritten.diagnostics.map(\.message) == expected.diagnostics.map(\.message), "\(name)")
        #expect(rewritten.contacts.map(\.position.line) == expected.contacts.map(\.position.line), "\(name)")
    }

    @Test func utf16WithAndWithoutByteOrderMarkGivesTheSameContacts() throws {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nTEL;TYPE=CELL:+46 70 555 01 00\r\nEND:VCARD\r\n"
        let expected = [
            Contact(
                name: PersonName(formatted: "Zoë Ångström"), phones: [Phone(value: "+46 70 555 01 00", kind: .mobile)])
        ]
        let units = Array(text.utf16)
        let littleEndian = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [[0xFF, 0xFE] + littleEndian, littleEndian, [0xFE, 0xFF] + bigEndian, bigEndian, [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
            let result = VCardReader.readAll(bytes)
            #expect(result.contacts.map(\.contact) == expected)
            #expect(result.diagnostics.isEmpty)
        }
    }

    @Test func foldedLinesWithSpaceOrTabAndSplitUTF8Sequences() {
        let bytes: [UInt8] = Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos".utf8) + [0xC3] + Array("\r\n ".utf8) + [0xA9]
            + Array(" Mar\r\n\tía\r\nNOTE:one\\, two\r\n  three\r\nEND:VCARD\r\n".utf8)
        let result = VCardReader.readAll(bytes)
        #expect(result.contacts.map(\.contact) == [Contact(name: PersonName(formatted: "José María"), note: "one, two three")])
    }

    @Test func version21KeepsFoldingWhitespaceExceptInsideUTF8Sequences() {
        let bytes: [UInt8] = Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\n Paula\r\nNOTE:Caf".utf8) + [0xC3]
            + Array("\r\n ".utf8) + [0xA9] + Array("\r\nEND:VCARD\r\n".utf8)
        let result = VCardReader.readAll(bytes)
        #expect(result.contacts.map(\.contact) == [Contact(name: PersonName(formatted: "Ana Paula"), note: "Café")])
    }
}
