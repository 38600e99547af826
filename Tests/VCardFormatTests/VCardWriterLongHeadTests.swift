import ContactModel
import Testing
@testable import VCardFormat

/// vCard 2.1 quoted-printable breaks a long value, never a long head: the parameters can be
/// neither broken nor encoded, and 2.1 folds only at white space (vCard 2.1 §2.1.3).
@Suite struct VCardWriterLongHeadTests {
    static let longParameter = RawParameter(
        name: "X-SOME-VERY-LONG-PARAMETER-NAME", values: ["some-very-long-parameter-value-that-goes-on-and-on"])
    static let longHead = "X-SOME-VERY-LONG-PARAMETER-NAME=some-very-long-parameter-value-that-goes-on-and-on"

    private static func written(_ contact: Contact) -> String {
        var writer = VCardWriter(version: .v21)
        var out: [UInt8] = []
        _ = writer.write(contact, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func readBack(_ text: String) throws -> Contact {
        let read = VCardReader.readAll(Array(text.utf8))
        #expect(read.diagnostics.isEmpty)
        return try #require(read.contacts.first).contact
    }

    private static func named(_ formatted: String, note: String? = nil) -> Contact {
        Contact(name: PersonName(formatted: formatted, formattedNameParameters: [longParameter]), note: note)
    }

    /// A short ASCII name stays plain text on one long line, as no encoding could shorten it.
    @Test func shortValueAfterALongHeadStaysPlain() throws {
        let text = Self.written(Self.named("Ana Vera"))
        #expect(text.contains("\r\nFN;\(Self.longHead):Ana Vera\r\n"))
        #expect(!text.contains("QUOTED-PRINTABLE"))
        let read = try Self.readBack(text)
        #expect(read.name.formatted == "Ana Vera")
        #expect(read.name.formattedNameParameters == [Self.longParameter])
    }

    /// A value that needs quoted-printable anyway starts on the head's line: no line is a lone
    /// `=` after the colon.
    @Test(arguments: ["María José", "Ana\nVera", String(repeating: "Ana Vera ", count: 20) + "end"])
    func encodedValueAfterALongHeadStartsOnItsLine(name: String) throws {
        let text = Self.written(Self.named(name))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        let first = try #require(lines.first { $0.hasPrefix("FN;") })
        #expect(first.contains("ENCODING=QUOTED-PRINTABLE"))
        #expect(!first.hasSuffix(":="))
        let value = try #require(first.split(separator: ":", maxSplits: 1).last)
        #expect(value.utf8.count <= 75)
        #expect(try Self.readBack(text).name.formatted == name)
    }

    /// A long value with a short head is broken as before: soft breaks at 75 octets, and a
    /// continuation line never starts with a letter.
    @Test func longValueWithAShortHeadIsBrokenAsBefore() throws {
        let note = String(repeating: "x", count: 100)
        let text = Self.written(Contact(name: PersonName(formatted: "Ana"), note: note))
        #expect(text.contains(
            "\r\nNOTE;ENCODING=QUOTED-PRINTABLE:" + String(repeating: "x", count: 43) + "=\r\n=78"
                + String(repeating: "x", count: 56) + "\r\n"))
        #expect(try Self.readBack(text).note == note)
    }

    /// A line that is long only by a few octets of its value, with room after its head, is
    /// quoted-printable as before.
    @Test func valueOverflowingAShortHeadIsStillEncoded() throws {
        let street = "Avenida de los Shyris N35-52 y Portugal, Edificio Montecarlo, piso 4"
        let contact = Contact(name: PersonName(formatted: "Ana"), addresses: [PostalAddress(street: street)])
        let text = Self.written(contact)
        #expect(text.contains("\r\nADR;ENCODING=QUOTED-PRINTABLE:;;Avenida de los Shyris N35-52 y Portugal, E=\r\n=64ificio"))
        #expect(try Self.readBack(text).addresses.map(\.street) == [street])
    }
}
