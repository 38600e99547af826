import ContactModel
import Foundation
import Testing
import VCardFormat

/// Reading in tiny chunks costs the same per byte as reading in large ones: no buffer is rescanned
/// or shifted as it grows. (A fuzzer reported a 1-second timeout on a 25 KB Apple export with
/// broken lines; it read in ~0.1 s under ASan, linearly in the input size, on a loaded machine.)
@Suite struct VCardReaderChunkCostTests {
    /// About 25 KB of Apple-style cards with item groups, Latin-1 bytes, folded values and broken
    /// lines, like the fuzzer's input.
    static let appleExport: [UInt8] = {
        var bytes: [UInt8] = []
        for index in 0..<90 {
            bytes += Array(
                """
                BEGIN:VCARD\r
                VERSION:3.0\r
                N:Brown\(index);Gwendolina;;;\r
                FN:Gwendolina Brown\(index)\r
                ORG:SAP;\r
                EMAIL;type=INTERNET;type=WORK;type=pref:Gwendolina.Brown\(index)@sap.com\r
                TEL;type=WORK;type=pref:+61 7 3259 \(1000 + index)\r
                item1.ADR;type=WORK;type=pref:;;Werner-von-Siemens-Stra
                """.utf8)
            bytes += [0xDF] + Array("e 6;Augsburg;;86159;Deutschland\r\nitem1.X-ABADR:de\r\n".utf8)
            bytes += Array("PHOTO:https://d3m0kzytmr41b1.cloudfront.net/c335e945d1b60edd9d75eb4837c432f\r\n 637e95c8a\r\n".utf8)
            bytes += Array("CATEGOIRmEe:DSo,Nepomuk(SAP)\r\nX-ABUID]:8365FAAF-0362-4AF9\\:ABPerson\r\nX-Ay\r\nEND:VCARD\r\n".utf8)
        }
        return bytes
    }()

    /// One card whose folded base64 PHOTO is a single logical line of about 100 KB.
    static let longFoldedValue: [UInt8] = {
        var bytes = Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:".utf8)
        for _ in 0..<1400 { bytes += Array(String(repeating: "QUJD", count: 18).utf8) + Array("\r\n ".utf8) }
        bytes += Array("QUJD\r\nEND:VCARD\r\n".utf8)
        return bytes
    }()

    private static func secondsToRead(_ bytes: [UInt8], chunkSize: Int) throws -> (Double, [ContactRecord], [Diagnostic]) {
        let clock = ContinuousClock()
        let start = clock.now
        var reader = VCardReader(MemoryByteSource(bytes, chunkSize: chunkSize))
        var records: [ContactRecord] = []
        var diagnostics: [Diagnostic] = []
        while let record = try reader.next(diagnostics: &diagnostics) {
            records.append(record)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, records, diagnostics)
    }

    @Test(arguments: ["apple export", "long folded value"])
    func oneByteChunksReadWellUnderASecond(_ name: String) throws {
        let bytes = name == "apple export" ? Self.appleExport : Self.longFoldedValue
        let whole = VCardReader.readAll(bytes)
        let (seconds, records, diagnostics) = try Self.secondsToRead(bytes, chunkSize: 1)
        #expect(seconds < 1, "\(name): \(bytes.count) bytes in 1-byte chunks took \(seconds) s")
        #expect(records == whole.contacts)
        #expect(diagnostics == whole.diagnostics)
    }

    @Test func appleExportStillReadsEveryCard() {
        let result = VCardReader.readAll(Self.appleExport)
        #expect(result.contacts.count == 90)
        #expect(result.contacts.first?.contact.name.formatted == "Gwendolina Brown0")
        #expect(result.diagnostics.contains { $0.message == "line has no valid property name; skipped" })
        #expect(result.diagnostics.contains { $0.message == "line has no colon; skipped" })
    }

    @Test func longFoldedValueIsOneLogicalLine() {
        let result = VCardReader.readAll(Self.longFoldedValue)
        #expect(result.contacts.count == 1)
        #expect(result.diagnostics.isEmpty)
        #expect(Self.longFoldedValue.count > 100_000)
    }
}
