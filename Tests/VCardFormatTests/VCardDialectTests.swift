import Testing
@testable import VCardFormat

/// VERSION values read from their bytes (the three exact versions) and, for anything else, from
/// their text, with the same dialect either way.
@Suite struct VCardDialectTests {
    @Test(arguments: zip(["3.0", "2.1", "4.0", " 3.0\t", "\t2.1 "], [VCardDialect.v30, .v21, .v40, .v30, .v21]))
    func exactVersionsAreReadFromTheirBytes(_ written: String, _ dialect: VCardDialect) {
        #expect(VCardDialect(exactVersion: Array(written.utf8)[...]) == dialect)
        #expect(VCardDialect.reading(written) == (dialect, true))
    }

    @Test(arguments: ["3", "3.00", "2.0", "4.1", "vCard", "", "3.0\n", "\r\n4.0", "3,0"])
    func otherValuesAreLeftToTheTextReading(_ written: String) {
        #expect(VCardDialect(exactVersion: Array(written.utf8)[...]) == nil)
    }
}
