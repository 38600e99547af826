import ContactModel
import Testing

@testable import JelouSend

@Suite struct RecipientListTests {
    @Test func readsNumbersWrittenAnyWay() {
        let file = "# team\r\n+1 (555) 111-2222\n\n  +52 1 55 1234 5678\n+1-555-111-2222\n12\n" + String(repeating: "9", count: 300) + "\n+44 7700 900123"
        let (userIds, diagnostics) = RecipientList.parse(Array(file.utf8), file: "to.txt")
        #expect(userIds == ["15551112222", "5215512345678", "447700900123"])
        #expect(diagnostics.map(\.rendered) == [
            "to.txt:5:1: warning: 15551112222 is listed twice; sending once",
            "to.txt:6:1: error: not a phone number: \"12\" (expected 6 to 15 digits, like +15551112222)",
            "to.txt:7:1: error: line is longer than 256 bytes; expected one phone number",
        ])
    }

    @Test(arguments: [("+1-555-111-2222", "15551112222"), ("5215512345678", "5215512345678"), ("+1 555", nil), ("1234567890123456", nil),
        ("099 123 4567", nil), ("00593991234567", nil)] as [(String, String?)])
    func userIdIsTheDigits(text: String, userId: String?) {
        #expect(OutgoingMessage.userId(fromPhoneNumber: text) == userId)
    }
}

@Suite struct OutgoingMessageTests {
    @Test func readsRecipientCountAndNamesFromThePayload() throws {
        let made = Messages.make(to: "15551112222", names: ["Ann Lee", "Bob Stone"])
        #expect(try OutgoingMessage(payload: made.body) == made)
    }

    @Test(arguments: ["", "[1]", #"{"type":"contacts","contacts":[]}"#, #"{"userId":"1555","contacts":{}}"#])
    func refusesBodiesThatAreNotMessages(body: String) {
        let error = #expect(throws: SendError.self) { try OutgoingMessage(payload: Array(body.utf8)) }
        #expect(error?.code == .invalidPayload)
    }
}
