@testable import ContactNormalization
import Testing

/// The test of whether a phone's text may hold words, which reads its bytes eight at a time.
@Suite struct PhoneWordScanTests {
    /// An ASCII letter or a byte beyond ASCII, told one byte at a time.
    static func holdsLetterOrNonASCII(_ text: String) -> Bool {
        text.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 }
    }

    @Test(arguments: [
        "", "1", "0991234567", "099 123 4567", "+593 99 123 4567", "(02) 298-0000 / 89", "+1 (212) 555-0123 #12",
        "099 123 4567 ramal 3", "Cel: 099 123 4567", "0991234567x", "x", "099123456Z", "+5939912345678901234567890a",
        "+5939912345678901234567890", "@[`{~^_]\\\u{7F}", "0991234567@", "099[123]4567", "099`123{4567}",
        "099 123 4567\u{A0}", "٠٩٩١٢٣٤٥٦٧", "+593 99 123 4567 móvil", "\u{0}\u{1F}\u{20}0", "12345678", "1234567A",
        "A1234567", "123456789012345A", "A123456789012345",
    ])
    func agreesWithAByteByByteReading(text: String) {
        #expect(ContactNormalizer.mayHoldWords(text) == Self.holdsLetterOrNonASCII(text))
    }

    @Test func findsALetterAtEveryPlace() {
        for count in 1...24 {
            for place in 0..<count {
                var bytes = [UInt8](repeating: UInt8(ascii: "5"), count: count)
                bytes[place] = UInt8(ascii: "k")
                #expect(ContactNormalizer.mayHoldWords(String(decoding: bytes, as: UTF8.self)), "\(count) bytes, at \(place)")
                bytes[place] = UInt8(ascii: "[")
                #expect(!ContactNormalizer.mayHoldWords(String(decoding: bytes, as: UTF8.self)), "\(count) bytes, at \(place)")
            }
        }
    }
}
