import Foundation
import Testing
import _ContactsTestSupport
import NumberingPlan
@testable import NumberingPlanGeneration

/// The generator: reading the metadata XML, rendering the table, and the committed table being
/// up to date with ../shared/phone/PhoneNumberMetadata.xml.
@Suite struct GeneratedTableTests {
    static let sample = """
        <!-- comment -->
        <!DOCTYPE phoneNumberMetadata [
            <!ELEMENT phoneNumberMetadata (territories)>
            <!ATTLIST territory id CDATA #REQUIRED>
        ]>
        <phoneNumberMetadata><territories>
          <territory id="EC" countryCode="593" internationalPrefix="00" nationalPrefix="0">
            <availableFormats><numberFormat pattern="(\\d)(\\d{3})"><leadingDigits>[2-7]</leadingDigits>
              <format>$1 $2</format></numberFormat></availableFormats>
            <generalDesc><nationalNumberPattern>
                1\\d{9,10}|
                (?:[2-7]|9\\d)\\d{7}
            </nationalNumberPattern></generalDesc>
            <fixedLine><possibleLengths national="8" localOnly="7"/><exampleNumber>22123456</exampleNumber>
              <nationalNumberPattern>[2-7][2-7]\\d{6}</nationalNumberPattern></fixedLine>
            <mobile><possibleLengths national="9"/><exampleNumber>991234567</exampleNumber>
              <nationalNumberPattern>964[0-2]\\d{5}|9(?:39|[57][89]|6[0-36-9]|[89]\\d)\\d{6}</nationalNumberPattern></mobile>
            <tollFree><possibleLengths national="[10-11]"/><exampleNumber>18001234567</exampleNumber>
              <nationalNumberPattern>1800\\d{7}|1[78]00\\d{6}</nationalNumberPattern></tollFree>
          </territory>
          <territory id="AG" countryCode="1" leadingDigits="268" nationalPrefix="1"
                     nationalPrefixForParsing="([457]\\d{6})$|1" nationalPrefixTransformRule="268$1"
                     internationalPrefix="011">
            <generalDesc><nationalNumberPattern>(?:268|[58]\\d\\d|900)\\d{7}</nationalNumberPattern></generalDesc>
            <fixedLine><possibleLengths national="10" localOnly="7"/>
              <nationalNumberPattern>268(?:4(?:6[0-38]|84)|56[0-2])\\d{4}</nationalNumberPattern></fixedLine>
          </territory>
        </territories></phoneNumberMetadata>
        """

    @Test func readsTerritories() throws {
        let territories = try MetadataReader.territories(from: Data(Self.sample.utf8))
        #expect(territories.map(\.id) == ["EC", "AG"])
        let ec = territories[0]
        #expect(ec.countryCode == 593)
        #expect(ec.internationalPrefix == "00")
        #expect(ec.nationalPrefixForParsing == "0")
        #expect(ec.nationalPrefixTransformRule == nil)
        #expect(ec.general.pattern == "1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}")
        #expect(ec.general.nationalLengths == [8, 9, 10, 11])
        #expect(ec.general.localOnlyLengths == [7])
        #expect(ec.types["tollFree"]?.nationalLengths == [10, 11])
        #expect(ec.types["voip"] == nil)
        let ag = territories[1]
        #expect(ag.leadingDigits == "268")
        #expect(ag.nationalPrefixForParsing == "([457]\\d{6})$|1")
        #expect(ag.nationalPrefixTransformRule == "268$1")
        #expect(!ag.isMainCountryForCode)
    }

    @Test(arguments: [("[6-8],10", [6, 7, 8, 10]), ("9", [9]), ("", []), ("[10-11]", [10, 11])] as [(String, Set<Int>)])
    func readsLengthLists(text: String, lengths: Set<Int>) throws {
        #expect(try MetadataReader.lengths(text) == lengths)
    }

    @Test(arguments: ["[8-6]", "ten", "[1-]"])
    func rejectsBadLengthLists(text: String) {
        #expect(throws: MetadataReader.Failure.self) { try MetadataReader.lengths(text) }
    }

    @Test func rendersRows() throws {
        let territories = try MetadataReader.territories(from: Data(Self.sample.utf8))
        let source = try NumberingPlanRenderer.render(territories, dataVersion: "1.2.3")
        #expect(source.contains("metadata version 1.2.3. DO NOT EDIT."))
        #expect(source.contains("public static let dataVersion: StaticString = \"1.2.3\""))
        // EC: id 0, cc 593, no flags, no leading digits, IDD "00" (string 1), npfp "0" (2),
        // no rule, general pattern (3), lengths 8-11 (bits 6-9), local-only 7 (bit 5), then
        // fixedLine (4, length 8), mobile (5, length 9), tollFree (6, lengths 10-11).
        #expect(source.contains(
            "/* EC */ 0, 593, 0, 65535, 1, 2, 65535, 3, 960, 32, 4, 64, 5, 128, 6, 768, 65535, 0,"
        ))
        #expect(NumberingPlanRendererLayout.width == NumberingPlan.rowWidth)
    }

    @Test func rejectsLengthOutsideTable() throws {
        var territories = try MetadataReader.territories(from: Data(Self.sample.utf8))
        territories[0].general.nationalLengths.insert(18)
        #expect(throws: NumberingPlanRenderer.Failure.self) { try NumberingPlanRenderer.render(territories) }
    }

    @Test func committedTableIsCurrent() throws {
        guard let xml = try TestPaths.requireShared(TestPaths.shared.appendingPathComponent("phone/PhoneNumberMetadata.xml")) else {
            return
        }
        let territories = try MetadataReader.territories(from: Data(contentsOf: xml))
        #expect(territories.count == 254)
        let expected = try NumberingPlanRenderer.render(territories)
        let committed = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("Sources/NumberingPlan/NumberingPlan+Generated.swift"),
            encoding: .utf8
        )
        #expect(committed == expected, "NumberingPlan+Generated.swift is stale: run `swift run generate-numbering-plan ../shared/phone/PhoneNumberMetadata.xml Sources/NumberingPlan/NumberingPlan+Generated.swift`")
    }
}
