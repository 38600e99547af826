import Testing
@testable import VCardFormat

/// Structured values (N, ADR, ORG) split into the components the mapping reads: the eight-bytes-at-
/// a-time split of plain values agrees with a plain split, and values with escapes, line breaks or
/// lists take the unescaping path.
@Suite struct VCardStructuredValueTests {
    /// All components of `written` read by `dialect`, `nil` for the empty ones.
    private func components(_ written: String, _ dialect: VCardDialect = .v30, joiningLists: Bool = false) -> [String?] {
        var value = VCardStructuredValue()
        return Array(written.utf8).withUnsafeBufferPointer { buffer in
            value.read(buffer, dialect: dialect, joiningLists: joiningLists)
            return (0..<value.count).map { value.text(at: $0, in: buffer) }
        }
    }

    @Test(arguments: [
        ("Webb;Clare;;;", [Optional("Webb"), "Clare", nil, nil, nil]),
        (";;252 Walsh Oval;Cherylshire;Moray;SL78 0ZP;United Kingdom",
         [nil, nil, "252 Walsh Oval", "Cherylshire", "Moray", "SL78 0ZP", "United Kingdom"]),
        ("  Cortés Henao ;\tBibiana ", ["Cortés Henao", "Bibiana"]),
        ("Jara y Alfaro Sociedad Anónima", ["Jara y Alfaro Sociedad Anónima"]),
        ("", [nil]),
        (";", [nil, nil]),
        ("abcdefg;", ["abcdefg", nil]),
        ("abcdefgh;abcdefgh;abcdefgh", ["abcdefgh", "abcdefgh", "abcdefgh"]),
    ] as [(String, [String?])])
    func plainValuesSplitOnSemicolons(_ written: String, _ expected: [String?]) {
        #expect(components(written) == expected)
    }

    @Test(arguments: [
        // An escape after the first eight bytes: the value is read again with unescaping.
        ("Ramírez Ortiz;Ana\\; María;;;", VCardDialect.v30, false, [Optional("Ramírez Ortiz"), "Ana; María", nil, nil, nil]),
        ("Calle 10\\, piso 3;Bogotá", .v30, false, ["Calle 10, piso 3", "Bogotá"]),
        ("Línea uno\\nLínea dos;x", .v40, false, ["Línea uno\nLínea dos", "x"]),
        ("Street one\r\nStreet two;City", .v30, false, ["Street one\nStreet two", "City"]),
        ("RAMIREZ,  SERGIO ;Ana", .v30, true, ["RAMIREZ SERGIO", "Ana"]),
        ("RAMIREZ, SERGIO;Ana", .v30, false, ["RAMIREZ, SERGIO", "Ana"]),
        ("Gómez\\,Peña;Luis", .v21, false, ["Gómez,Peña", "Luis"]),
        (" , ;\\n", .v30, true, [nil, nil]),
    ] as [(String, VCardDialect, Bool, [String?])])
    func escapedValuesAreUnescaped(_ written: String, _ dialect: VCardDialect, _ joiningLists: Bool, _ expected: [String?]) {
        #expect(components(written, dialect, joiningLists: joiningLists) == expected)
    }

    /// Plain values of every length up to 40 bytes, semicolons anywhere: the same components as
    /// splitting the text and trimming each part.
    @Test func plainSplitAgreesWithSplittingTheText() {
        let alphabet = Array("ab ;é\t".unicodeScalars)
        var state: UInt64 = 0x5345_4D49_434F_4C4F
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var written = ""
            for _ in 0..<Int(state >> 58) % 41 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                written.unicodeScalars.append(alphabet[Int(state >> 60) % alphabet.count])
            }
            let expected: [String?] = written.split(separator: ";", omittingEmptySubsequences: false).map { part in
                var text = String(part.drop { $0 == " " || $0 == "\t" })
                while let last = text.last, last == " " || last == "\t" { text.removeLast() }
                return text.isEmpty ? nil : text
            }
            #expect(components(written) == expected, "\(written.debugDescription)")
        }
    }

    @Test func hasTextLooksFromTheIndexOn() {
        var value = VCardStructuredValue()
        Array("a;;;;;;;;  ;x".utf8).withUnsafeBufferPointer { buffer in
            value.read(buffer, dialect: .v30, joiningLists: false)
            #expect(value.count == 10)
            #expect(value.hasText(from: 8))
            #expect(value.hasText(from: 9))
            #expect(!value.hasText(from: 10))
            #expect(value.text(at: 8, in: buffer) == nil)
            #expect(value.text(at: 9, in: buffer) == "x")
            #expect(value.text(at: 10, in: buffer) == nil)
        }
        Array("a;;;;;;;;  ;".utf8).withUnsafeBufferPointer { buffer in
            value.read(buffer, dialect: .v30, joiningLists: false)
            #expect(!value.hasText(from: 1))
            #expect(value.hasText(from: 0))
        }
    }

    /// The word tests the split and the base64 check rely on, against byte-by-byte answers.
    @Test func wordTestsAgreeWithBytewiseOnes() {
        var state: UInt64 = 0x776F_7264
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Bytes drawn mostly near `;` and the space, so that matches are frequent.
            var bytes: [UInt8] = []
            for shift in stride(from: 0, to: 64, by: 8) {
                let byte = UInt8(truncatingIfNeeded: state >> UInt64(shift))
                bytes.append(byte & 0x40 == 0 ? 0x1F + byte % 0x20 : byte)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            var expected: UInt64 = 0
            for (index, byte) in bytes.enumerated() where byte == VCardByte.semicolon { expected |= 0x80 << UInt64(index * 8) }
            #expect(VCardByte.exactMatches(VCardByte.semicolon, in: word) == expected, "\(bytes)")
            let tail = Int(state >> 61)
            let slice = Array(bytes[tail...]) + bytes
            #expect(
                slice.withUnsafeBufferPointer(VCardByte.containsSpaceOrControl) == slice.contains { $0 <= 0x20 }, "\(slice)")
        }
    }
}
