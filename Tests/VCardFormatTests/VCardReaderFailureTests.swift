import ContactModel
import Testing
import _ContactsTestSupport
import VCardFormat

/// Hostile and broken input: each problem yields a diagnostic with its line and column, and the
/// good cards around it still come out.
@Suite struct VCardReaderFailureTests {
    static let before = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Before\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n"
    static let after = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:After\r\nTEL:+1 555 0199\r\nEND:VCARD\r\n"

    private func names(_ records: [ContactRecord]) -> [String?] {
        records.map(\.contact.name.formatted)
    }

    @Test func binaryGarbageBetweenCards() {
        var generator = SplitMix64(seed: 7)
        let garbage = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let result = VCardReader.readAll(Array(Self.before.utf8) + garbage + Array("\r\n".utf8) + Array(Self.after.utf8))
        #expect(names(result.contacts) == ["Before", "After"])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.hasSuffix("outside BEGIN:VCARD … END:VCARD skipped") == true)
        #expect(result.diagnostics.first?.position?.line == 6)
        #expect(result.diagnostics.first?.position?.column == 1)
    }

    @Test func nulBytesInsideACard() {
        let card = Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul\r\n".utf8) + [0x00, 0x00, 0x41, 0x00] + Array("\r\nTEL:+1 555 0150\r\nEND:VCARD\r\n".utf8)
        let result = VCardReader.readAll(Array(Self.before.utf8) + card + Array(Self.after.utf8))
        #expect(names(result.contacts) == ["Before", "Nul", "After"])
        #expect(result.contacts[1].contact.phones == [Phone(value: "+1 555 0150")])
        #expect(result.diagnostics.map(\.rendered) == ["9:1: warning: line has no colon; skipped"])
    }

    /// A stray line without a colon is reported as that, with or without letters beyond ASCII
    /// (an unfolded LABEL continuation, as tine20's sample has).
    @Test func aLineWithoutAColonIsReportedAsSuchWhateverItsLetters() {
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Falk\r\n21255 Bad Vilbel\r\n40222 Düsseldorf\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(card.utf8))
        #expect(names(result.contacts) == ["Falk"])
        #expect(result.diagnostics.map(\.rendered) == [
            "4:1: warning: line has no colon; skipped", "5:1: warning: line has no colon; skipped",
        ])
    }

    @Test func twentyMegabyteLineIsSkippedWithBoundedMemory() {
        var bytes = Array(Self.before.utf8)
        bytes += Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\nNOTE:".utf8)
        bytes += [UInt8](repeating: 0x61, count: 20 << 20)
        bytes += Array("\r\nTEL:+1 555 0160\r\nEND:VCARD\r\n".utf8) + Array(Self.after.utf8)
        let result = VCardReader.readAll(bytes)
        #expect(names(result.contacts) == ["Before", "Huge", "After"])
        #expect(result.contacts[1].contact.note == nil)
        #expect(result.contacts[1].contact.phones == [Phone(value: "+1 555 0160")])
        #expect(
            result.diagnostics.map(\.rendered) == [
                "9:1: warning: line is 20971525 bytes, over the 1048576-byte limit; NOTE skipped"
            ])
    }

    @Test func twentyMegabyteLineOutsideCards() {
        let bytes = Array(Self.before.utf8) + [UInt8](repeating: 0x7A, count: 20 << 20) + Array("\r\n".utf8) + Array(Self.after.utf8)
        let result = VCardReader.readAll(bytes)
        #expect(names(result.contacts) == ["Before", "After"])
        #expect(result.diagnostics.map(\.rendered) == ["6:1: warning: 1 line outside BEGIN:VCARD … END:VCARD skipped"])
    }

    @Test func textValueOverTheLimit() {
        let limits = VCardReadingLimits(maximumTextValueBytes: 100)
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\nNOTE:" + String(repeating: "x", count: 101) + "\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(card.utf8), limits: limits)
        #expect(result.contacts.map(\.contact) == [Contact(name: PersonName(formatted: "Long"))])
        #expect(result.diagnostics.map(\.rendered) == ["4:1: warning: NOTE value is 101 bytes, over the 100-byte limit; skipped"])
    }

    @Test func base64ValueOverTheLimitIsCut() {
        let limits = VCardReadingLimits(maximumTextValueBytes: 64, maximumBinaryValueBytes: 64)
        let photo = String(repeating: "QUJD", count: 2000)
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + photo + "\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(card.utf8), limits: limits)
        let raw = try? #require(result.contacts.first?.contact.unmapped.first)
        #expect(raw?.name == "PHOTO")
        #expect(raw?.parameters == [RawParameter(name: "ENCODING", values: ["b"]), RawParameter(name: "TYPE", values: ["JPEG"])])
        #expect(raw.map { $0.value.utf8.count < 8000 && $0.value.hasPrefix("QUJDQUJD") } == true)
        #expect(result.diagnostics.map(\.rendered) == ["4:1: warning: PHOTO value is 8027 bytes, over the 64-byte limit; cut"])
    }

    @Test func truncatedFile() {
        let text = Self.before + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nTEL;TYPE=CELL:+1 555 01"
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(names(result.contacts) == ["Before", "Cut Short"])
        #expect(result.contacts[1].contact.phones == [Phone(value: "+1 555 01", kind: .mobile)])
        #expect(
            result.diagnostics.map(\.rendered) == ["6:1: warning: card not closed with END:VCARD; read up to the end of the input"])
    }

    /// A phone's dump that ends its cards `END:VCARD.`, and a DOS end-of-file byte after the last
    /// END:VCARD: the card ends there, with a warning, and no property named END is kept (it was
    /// written back as a line that ends the card early). Read whole and in chunks of 1 and 5 bytes.
    @Test(arguments: [1, 5, 65_536])
    func textAfterEndVCardEndsTheCard(chunkSize: Int) throws {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Salinas;Gabriela\r\nTEL;CELL:+593 98 765 4321\r\n"
            + "END:VCARD.\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Ordóñez;Pablo\r\nTEL;HOME:+593 7 282 1234\r\n"
            + "END:VCARD\u{1A}\r\n"
        var reader = VCardReader(MemoryByteSource(Array(text.utf8), chunkSize: chunkSize))
        var diagnostics: [Diagnostic] = []
        var contacts: [Contact] = []
        while let record = try reader.next(diagnostics: &diagnostics) { contacts.append(record.contact) }
        #expect(diagnostics.map(\.rendered) == [
            "5:1: warning: END:VCARD has text after it; read as the end of the card",
            "10:1: warning: END:VCARD has text after it; read as the end of the card",
        ])
        #expect(contacts.map(\.name.family) == ["Salinas", "Ordóñez"])
        #expect(contacts.map { $0.phones.map(\.value) } == [["+593 98 765 4321"], ["+593 7 282 1234"]])
        #expect(contacts.map(\.unmapped) == [[], []])
    }

    @Test(arguments: zip(["5.1", "4", "1.0", "vcard"], ["4.0", "4.0", "2.1", "3.0"]))
    func unknownVersion(_ version: String, readAs: String) {
        let text = Self.before + "BEGIN:VCARD\r\nVERSION:\(version)\r\nFN:Odd\\, Version\r\nEND:VCARD\r\n" + Self.after
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(names(result.contacts) == ["Before", readAs == "2.1" ? "Odd\\, Version" : "Odd, Version", "After"])
        #expect(result.diagnostics.map(\.rendered) == ["7:1: warning: unknown VERSION '\(version)'; read as \(readAs)"])
    }

    @Test func nestedCardIsReadSeparately() {
        let text = Self.before
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Outer\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Inner\r\nEND:VCARD\r\nTEL:+1 555 0170\r\nEND:VCARD\r\n"
            + Self.after
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(names(result.contacts) == ["Before", "Inner", "Outer", "After"])
        #expect(result.contacts[2].contact.phones == [Phone(value: "+1 555 0170")])
        #expect(result.contacts.map(\.position.line) == [1, 9, 6, 15])
        #expect(
            result.diagnostics.map(\.rendered) == [
                "9:1: warning: BEGIN:VCARD inside the card that starts at line 6; read as a separate card"
            ])
    }

    @Test func nestingBeyondTheLimitIsSkipped() {
        let limits = VCardReadingLimits(maximumNestingDepth: 1)
        let text = "BEGIN:VCARD\r\nFN:Outer\r\nBEGIN:VCARD\r\nFN:Inner\r\nEND:VCARD\r\nTEL:1\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8), limits: limits)
        #expect(result.contacts.map(\.contact) == [Contact(name: PersonName(formatted: "Outer"), phones: [Phone(value: "1")])])
        #expect(result.diagnostics.map(\.rendered) == ["3:1: warning: cards nested more than 1 deep; nested card skipped"])
    }

    @Test func agentInlineCardStaysRaw() {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Boss\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Assistant\r\nTEL:+1 555 0180\r\nEND:VCARD\r\nTEL:+1 555 0181\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.contacts.map(\.contact) == [
                Contact(
                    name: PersonName(formatted: "Boss"), phones: [Phone(value: "+1 555 0181")],
                    unmapped: [
                        RawProperty(
                            name: "AGENT",
                            value: "BEGIN:VCARD\\nVERSION:2.1\\nFN:Assistant\\nTEL:+1 555 0180\\nEND:VCARD")
                    ])
            ])
    }

    @Test func propertiesOverTheLimitAreSkipped() {
        let limits = VCardReadingLimits(maximumPropertiesPerCard: 3)
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\nTEL:1\r\nTEL:2\r\nTEL:3\r\nEND:VCARD\r\n" + Self.after
        let result = VCardReader.readAll(Array(text.utf8), limits: limits)
        #expect(names(result.contacts) == ["Many", "After"])
        #expect(result.contacts[0].contact.phones == [Phone(value: "1")])
        #expect(
            result.diagnostics.map(\.rendered) == [
                "5:1: warning: card has more than 3 properties; the rest of the card is skipped",
                "1:1: warning: 2 properties over the limit skipped",
            ])
    }

    @Test func softLineBreakBeforeEndDoesNotSwallowIt() {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=\r\nEND:VCARD\r\n" + Self.after
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(result.contacts.map(\.contact.note) == ["café", nil])
        #expect(
            result.diagnostics.map(\.rendered) == [
                "3:1: warning: quoted-printable value ends with a soft line break before the next property or the end of the card; the break is ignored"
            ])
    }

    /// Android ends some quoted-printable names with `=` and nothing to continue: the next line is
    /// a property of its own, not the rest of the name.
    @Test func softLineBreakBeforeAPropertyDoesNotSwallowIt() {
        let text = """
            BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4a=6f=76=61=6e=20=50=65=74=72=6f=76=69=c4=87=\r\n\
            TEL;CELL:0995552188\r\nitem1.X-ABLabel:x\r\nNOTE;ENCODING=QUOTED-PRINTABLE:one=\r\ntwo=\r\nX-FOO:bar\r\nEND:VCARD\r\n
            """
        let result = VCardReader.readAll(Array(text.utf8))
        let contact = result.contacts.first?.contact
        #expect(contact?.name.formatted == "Jovan Petrović")
        #expect(contact?.phones.map(\.value) == ["0995552188"])
        #expect(contact?.note == "onetwo")
        #expect(
            result.diagnostics.map(\.rendered) == [
                "3:1: warning: quoted-printable value ends with a soft line break before the next property or the end of the card; the break is ignored",
                "6:1: warning: quoted-printable value ends with a soft line break before the next property or the end of the card; the break is ignored",
            ])
    }

    /// A phone that cut a name to its field's length left half a character: the rest is UTF-8,
    /// read as such, and the cut character is dropped (it was all read as Windows-1252).
    @Test(arguments: ["FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9D=D0=B0=D1=81=D1", "FN;ENCODING=QUOTED-PRINTABLE:=D0=9D=D0=B0=D1=81=D1"])
    func utf8CutInTheMiddleOfACharacterKeepsTheRest(line: String) {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\n\(line)\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(result.contacts.map(\.contact.name.formatted) == ["Нас"])
        #expect(result.diagnostics.map(\.rendered) == ["3:1: warning: FN ends in the middle of a UTF-8 character; the cut character is dropped"])
    }

    @Test func unknownCharsetAndEncoding() {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-KLINGON:Worf\r\nNOTE;ENCODING=UUENCODE:begin 644\r\nEND:VCARD\r\n"
        let result = VCardReader.readAll(Array(text.utf8))
        #expect(
            result.contacts.map(\.contact) == [
                Contact(
                    name: PersonName(formatted: "Worf"),
                    unmapped: [
                        RawProperty(name: "NOTE", parameters: [RawParameter(name: "ENCODING", values: ["UUENCODE"])], value: "begin 644")
                    ])
            ])
        #expect(
            result.diagnostics.map(\.rendered) == [
                "3:1: warning: unknown CHARSET 'X-KLINGON' on FN; read as UTF-8 or Windows-1252",
                "4:1: warning: unknown ENCODING 'UUENCODE'; NOTE kept as written",
            ])
    }
}
