import Foundation
import Testing
import _ContactsTestSupport
import PhoneNormalization

/// Compares the normaliser with libphonenumber's answers in ../shared/phone/conformance-public.tsv.
@Suite struct ConformanceTests {
    /// Rows where libphonenumber reads trailing labels as vanity digits or rejects U+202F; they
    /// are reported separately and do not count towards the agreement figure.
    static let separatelyCountedFormats = ["label_suffix", "label_both", "unicode_space_not_in_libphonenumber_punct"]

    struct Row {
        var input: String
        var region: String
        var expectedE164: String
        var expectedType: String
        var note: String
        var expectedExtension: String

        var format: String { noteField("fmt") }
        /// The number the row was made from.
        var sourceE164: String { noteField("src_e164") }

        func noteField(_ name: String) -> String {
            note.split(separator: ";").first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) } ?? ""
        }
    }

    /// libphonenumber's answer in the file's notation.
    static func answer(
        _ input: String, region: String, tolerance: PhoneNumber.Tolerance = .libphonenumber
    ) -> (e164: String, type: String, ext: String) {
        do {
            let number = try PhoneNumber(parsing: input, defaultRegion: RegionCode(rawValue: region), tolerance: tolerance)
            let e164 = number.isValid ? number.e164 : "POSSIBLE_ONLY:" + number.e164
            let type = number.isValid ? number.type.rawValue.uppercased() : ""
            return (e164, type, number.extensionNumber ?? "")
        } catch {
            return ("INVALID", "", "")
        }
    }

    static func rows() throws -> [Row]? {
        guard let shared = try TestPaths.requireShared(TestPaths.shared.appendingPathComponent("phone/conformance-public.tsv")) else {
            return nil
        }
        let text = String(decoding: try Data(contentsOf: shared), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeFirst()
        return lines.filter { !$0.isEmpty }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(
                input: fields[0], region: fields[1], expectedE164: fields[2], expectedType: fields[3],
                note: fields[4], expectedExtension: fields.count > 5 ? fields[5] : ""
            )
        }
    }

    @Test func agreesWithLibphonenumber() throws {
        guard let rows = try Self.rows() else { return }
        #expect(rows.count == 2973)
        var agreed = 0, counted = 0, separateAgreed = 0, separate = 0
        var perRegion: [String: (agreed: Int, total: Int)] = [:]
        var differences: [String] = []
        for row in rows {
            let got = Self.answer(row.input, region: row.region)
            let expectedType = row.expectedE164.hasPrefix("+") ? row.expectedType : ""
            let same = got.e164 == row.expectedE164 && got.type == expectedType && got.ext == row.expectedExtension
            if Self.separatelyCountedFormats.contains(row.format) {
                separate += 1
                if same { separateAgreed += 1 }
                if !same { differences.append("separate\t\(row.region)\t\(row.input.debugDescription)\twant \(row.expectedE164) \(expectedType) [\(row.expectedExtension)]\tgot \(got.e164) \(got.type) [\(got.ext)]\t\(row.format)") }
                continue
            }
            counted += 1
            perRegion[row.region, default: (0, 0)].total += 1
            if same {
                agreed += 1
                perRegion[row.region, default: (0, 0)].agreed += 1
            } else {
                differences.append("DIFF\t\(row.region)\t\(row.input.debugDescription)\twant \(row.expectedE164) \(expectedType) [\(row.expectedExtension)]\tgot \(got.e164) \(got.type) [\(got.ext)]\t\(row.note)")
            }
        }
        let share = Double(agreed) / Double(max(counted, 1))
        print(String(format: "conformance: %d/%d rows agree (%.2f%%); separately counted rows: %d/%d agree",
                     agreed, counted, share * 100, separateAgreed, separate))
        print(perRegion.keys.sorted().map { "\($0) \(perRegion[$0]!.agreed)/\(perRegion[$0]!.total)" }.joined(separator: "  "))
        for line in differences { print(line) }
        #expect(share >= 0.995)
    }

    /// With ``PhoneNumber/Tolerance/addressBook`` the separately counted rows should give the
    /// number they were made from, and the other rows should keep libphonenumber's answer.
    @Test func addressBookToleranceRecoversLabelledNumbers() throws {
        guard let rows = try Self.rows() else { return }
        var recovered = 0, separate = 0, unchanged = 0, counted = 0
        var differences: [String] = []
        for row in rows {
            let got = Self.answer(row.input, region: row.region, tolerance: .addressBook)
            if Self.separatelyCountedFormats.contains(row.format) {
                separate += 1
                if got.e164 == row.sourceE164 {
                    recovered += 1
                } else {
                    differences.append("not recovered\t\(row.region)\t\(row.input.debugDescription)\twant \(row.sourceE164)\tgot \(got.e164)")
                }
            } else {
                counted += 1
                let expectedType = row.expectedE164.hasPrefix("+") ? row.expectedType : ""
                if got.e164 == row.expectedE164 && got.type == expectedType && got.ext == row.expectedExtension {
                    unchanged += 1
                } else {
                    differences.append("changed\t\(row.region)\t\(row.input.debugDescription)\twant \(row.expectedE164)\tgot \(got.e164)")
                }
            }
        }
        print("address-book tolerance: \(recovered)/\(separate) labelled rows give their source number; \(unchanged)/\(counted) other rows keep libphonenumber's answer")
        for line in differences { print(line) }
        #expect(unchanged == counted)
        #expect(Double(recovered) >= 0.95 * Double(separate))
    }
}
