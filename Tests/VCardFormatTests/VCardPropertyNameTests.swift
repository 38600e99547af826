import Testing
@testable import VCardFormat

/// The packed-word matching of property names: every known name in any case, and names that only
/// nearly match.
@Suite struct VCardPropertyNameTests {
    private func name(_ text: String) -> VCardPropertyName {
        Array(text.utf8).withUnsafeBufferPointer { VCardPropertyName($0) }
    }

    @Test(arguments: zip(
        [
            "N", "fn", "Tel", "adr", "ORG", "url", "End", "note", "BDay", "role", "email", "Title", "begin",
            "LABEL", "agent", "Version", "x-abadr", "NickName", "X-ABLabel", "x-ms-TEL",
        ],
        [
            VCardPropertyName.name, .formattedName, .telephone, .address, .organization, .url, .end, .note,
            .birthday, .role, .email, .title, .begin, .deliveryLabel, .agent, .version, .appleAddressCountry,
            .nickname, .appleLabel, .telephone,
        ]))
    func knownNames(_ text: String, _ expected: VCardPropertyName) {
        #expect(name(text) == expected)
    }

    @Test(arguments: ["", "NN", "TELX", "TE", "X-ABLABELS", "X-ABLABEX", "NICKNAMES", "VERSIO", "EMAI1", "n\u{0}", "X-ABADR2", "X-MS-TELX", "X-MS-TE"])
    func otherNames(_ text: String) {
        #expect(name(text) == .other)
    }
}
