import Testing
import PhoneNormalization

/// Rows from a differential run against python phonenumbers 9.0.43 (numbers of the 38
/// conformance regions in every layout of conformance-public.tsv, plus mutations): inputs where
/// the normaliser once disagreed, and rare shapes the public file lacks. Answers are in the
/// conformance file's notation, as the oracle gave them (9.0.35 gives the same).
@Suite struct DifferentialRegressionTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var input: String
        var region: String
        var e164: String
        var type: String = ""
        var extensionNumber: String = ""
        var testDescription: String {
            input.unicodeScalars.count > 40
                ? "\(input.prefix(30))… (\(input.unicodeScalars.count) scalars) in \(region)" : "\(input) in \(region)"
        }
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

    /// Rarely written shapes the differential run covers and the public file does not: long and
    /// non-ASCII extensions, `tel:` contexts that are neither clean numbers nor domain names,
    /// `;isub=` before the number, pluses mixed with punctuation, and `\x` after a number.
    static let rareLayouts: [Row] = [
        Row(input: "+57 1 900 7392266  Ext:７８０３２７５３８３７０５６６３０１９６#", region: "CO", e164: "+5719007392266",
            type: "PREMIUM_RATE", extensionNumber: "７８０３２７５３８３７０５６６３０１９６"),
        Row(input: "052 087 0036 xx．٠٢٥٢٥.", region: "ZA", e164: "+27520870036", type: "FIXED_LINE", extensionNumber: "٠٢٥٢٥"),
        Row(input: "+49 137 7 573338,,,634215422#", region: "DE", e164: "+491377573338", type: "PREMIUM_RATE",
            extensionNumber: "634215422"),
        Row(input: "0860 262 653, 2412808314017138", region: "ZA", e164: "INVALID"),
        Row(input: "4000 1234 extension=3657736446", region: "CR", e164: "INVALID"),
        Row(input: "+34 666 93 22 62 extn.. ٠٦٣٣٩٣٦١٤ ", region: "ES", e164: "INVALID"),
        Row(input: "tel:02129227193;phone-context=+(58)", region: "US", e164: "+582129227193", type: "FIXED_LINE"),
        Row(input: "tel:1123456789;phone-context=1.com;a=b", region: "BR", e164: "+551123456789", type: "FIXED_LINE"),
        Row(input: "tel:8499607189;phone-context=+1(1)", region: "ZZ", e164: "+18499607189", type: "FIXED_LINE_OR_MOBILE"),
        Row(input: "tel:664604448;phone-context=+31a", region: "US", e164: "INVALID"),
        Row(input: "tel:873178379;isub=504;phone-context=+27", region: "ZA", e164: "+27873178379", type: "VOIP"),
        Row(input: ";isub=114 033", region: "NL", e164: "POSSIBLE_ONLY:+31114033"),
        Row(input: "+(3934105234501", region: "IT", e164: "+3934105234501", type: "VOICEMAIL"),
        Row(input: "+-2772216804", region: "BR", e164: "POSSIBLE_ONLY:+2772216804"),
        Row(input: "+ 9014871101", region: "CO", e164: "INVALID"),
        Row(input: "(71) 95008-8165\\x965", region: "BR", e164: "+5571950088165", type: "MOBILE"),
        Row(input: "+31 6 11713808 /  X358", region: "NL", e164: "+31611713808", type: "MOBILE", extensionNumber: "358"),
        Row(input: "+598 000 4760\\x560", region: "UY", e164: "+5980004760", type: "TOLL_FREE"),
    ]

    @Test(arguments: rareLayouts)
    func agreesOnRareLayouts(_ row: Row) {
        let got = ConformanceTests.answer(row.input, region: row.region)
        #expect(got.e164 == row.e164)
        #expect(got.type == row.type)
        #expect(got.ext == row.extensionNumber)
    }

    @Test(arguments: inputLengthCap)
    func countsInputLengthInScalars(_ row: Row) {
        let got = ConformanceTests.answer(row.input, region: row.region)
        #expect(got.e164 == row.e164)
        #expect(got.type == row.type)
        #expect(got.ext == row.extensionNumber)
    }
}
