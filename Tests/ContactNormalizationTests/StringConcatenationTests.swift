@testable import ContactNormalization
import Testing

/// Warning texts built from their pieces in one copy.
@Suite struct StringConcatenationTests {
    @Test func joinsPiecesInOrder() {
        let warning = String(concatenating: "contact \"", "José Ñúñez", "\": phone \"", "099 123 4567", "\" is national")
        #expect(warning == "contact \"José Ñúñez\": phone \"099 123 4567\" is national")
        #expect(warning.utf8.count == 58)
        #expect(String(concatenating: "👩‍👩‍👧 ", "Familia", " 家") == "👩‍👩‍👧 Familia 家")
    }

    @Test func keepsEmptyPiecesOut() {
        #expect(String(concatenating: "", "", "") == "")
        #expect(String(concatenating: "short", "", " one") == "short one")
        #expect(String(concatenating: "") == "")
    }
}
