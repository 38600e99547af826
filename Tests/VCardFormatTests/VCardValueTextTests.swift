import Testing
@testable import VCardFormat

/// The reader's own UTF-8 check agrees with the standard library's on well-formed text, on every
/// kind of ill-formed sequence, and on seeded random bytes.
@Suite struct VCardValueTextTests {
    @Test(arguments: [
        [], Array("plain ASCII, longer than eight bytes".utf8), Array("Móvil 李小龍 😀 Ñandú".utf8),
        [0xC3], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
        [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        [0xF5, 0x80, 0x80, 0x80], [0x80], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xE2, 0x82],
        [0xE2, 0x82, 0xAC, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48], [0xFF, 0xFE],
    ] as [[UInt8]])
    func utf8CheckAgreesWithTheStandardLibrary(_ bytes: [UInt8]) {
        #expect(VCardValueText.isValidUTF8(bytes[...]) == (String(validating: bytes, as: UTF8.self) != nil))
    }

    @Test func utf8CheckAgreesOnRandomBytes() {
        var state: UInt64 = 0x6A65_6C6F_7521
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 24) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let byte = UInt8(truncatingIfNeeded: state >> 56)
                bytes.append(state & 0x300 == 0 ? byte & 0x7F : byte)
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(VCardValueText.isValidUTF8(bytes[...]) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if !bytes.isEmpty {
                let tail = bytes[1...]
                #expect(VCardValueText.isValidUTF8(tail) == (String(validating: tail, as: UTF8.self) != nil), "\(bytes)")
            }
        }
    }

    @Test(arguments: [
        ("", true), ("abcdefgh", true), ("abcdefghijklmnop", true), ("abcdefgé", false), ("éabcdefghij", false),
        ("abcdefghijklmnoé", false),
    ])
    func asciiCheck(_ text: String, _ isASCII: Bool) {
        #expect(VCardValueText.isASCII(Array(text.utf8)[...]) == isASCII)
    }

    /// Trimmed as bytes before the String is made, with the same result as trimming the text:
    /// escaped line breaks at the ends go too, invalid UTF-8 is still replaced.
    @Test(arguments: [
        ("  Ana Pérez ", VCardDialect.v30, "Ana Pérez" as String?),
        ("Ana\\nPérez\\n", .v30, "Ana\nPérez"),
        ("\\n \\t", .v30, "\\t"),
        ("\\n \t ", .v30, nil),
        ("\t\r\n", .v21, nil),
        ("", .v40, nil),
        ("Caf\u{E9}", .v30, "Caf\u{E9}"),
        ("  Ana\\, Pérez", .v30, "Ana, Pérez"),
    ])
    func trimmedText(_ written: String, _ dialect: VCardDialect, _ expected: String?) {
        #expect(VCardValueText.trimmedText(Array(written.utf8)[...], dialect: dialect) == expected)
    }

    @Test func trimmedTextReplacesACutCharacterNextToTheTrimmedSpace() {
        let bytes: [UInt8] = [0x20, 0x41, 0x6E, 0x61, 0xC3, 0x20, 0x0D, 0x0A]
        #expect(VCardValueText.trimmedText(bytes[...], dialect: .v30) == "Ana\u{FFFD}")
    }
}
