import Testing
import PhoneNormalization

/// Rows where a differential run against python phonenumbers 9.0.43 (numbers of the 38
/// conformance regions in every layout of conformance-public.tsv, plus mutations) once found the
/// normaliser disagreeing. Answers are in the conformance file's notation and come from the oracle.
@Suite struct DifferentialRegressionTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var input: String
        var region: String
        var e164: String
        var type: String = ""
        var extensionNumber: String = ""
        var testDescription: String { "\(input.prefix(40))… (\(input.unicodeScalars.count) scalars) in \(region)" }
    }

    /// The 250-character input cap counts Unicode scalars, as the Python port does: an emoji or a
    /// mathematical digit outside the BMP counts once, not as two UTF-16 units.
    static let inputLengthCap: [Row] = [
        Row(input: "+1 650 253 0000" + String(repeating: "😀", count: 200), region: "US",
            e164: "+16502530000", type: "FIXED_LINE_OR_MOBILE"),
        Row(input: String(repeating: "😀", count: 234) + "+593 99 123 4567", region: "EC",
            e164: "+593991234567", type: "MOBILE"),
        Row(input: String(repeating: "😀", count: 235) + "+593 99 123 4567", region: "EC", e164: "INVALID"),
        Row(input: "+44 20 7031 3000" + String(repeating: "🙂", count: 234), region: "GB",
            e164: "+442070313000", type: "FIXED_LINE"),
        Row(input: "+44 20 7031 3000" + String(repeating: "🙂", count: 235), region: "GB", e164: "INVALID"),
        Row(input: "0412 345 678 " + String(repeating: "📞", count: 237), region: "AU", e164: "+61412345678", type: "MOBILE"),
        Row(input: "0412 345 678 " + String(repeating: "📞", count: 238), region: "AU", e164: "INVALID"),
        Row(input: "𝟎𝟗𝟗 𝟏𝟐𝟑 𝟒𝟓𝟔𝟕", region: "EC", e164: "+593991234567", type: "MOBILE"),
        Row(input: "𝟗", region: "EC", e164: "INVALID"),
    ]

    @Test(arguments: inputLengthCap)
    func countsInputLengthInScalars(_ row: Row) {
        let got = ConformanceTests.answer(row.input, region: row.region)
        #expect(got.e164 == row.e164)
        #expect(got.type == row.type)
        #expect(got.ext == row.extensionNumber)
    }
}
