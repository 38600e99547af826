import ContactModel
import JelouPayload
import Testing

@Suite struct JelouPayloadValidatorTests {
    static let good = #"{"type":"contacts","userId":"15551112222","contacts":[{"name":{"formatted_name":"John Smith","first_name":"John"},"#
        + #""phones":[{"phone":"+12125550123","type":"Mobile","wa_id":"12125550123"},{"phone":"+12125550124 ext. 45"}],"#
        + #""emails":[{"email":"john@example.com"}],"addresses":[{"city":"New York","country_code":"US"}],"#
        + #""org":{"company":"Acme"},"urls":[{"url":"https://acme.example"}],"birthday":"2000-02-29"}]}"#

    private func problems(_ body: String, validator: JelouPayloadValidator = JelouPayloadValidator()) -> [String] {
        validator.validate(Array(body.utf8)).map { "\($0.code) \($0.code.httpStatus ?? 0) \($0.description)" }
    }

    /// `good` with one contact replaced.
    private static func body(contact: String) -> String {
        #"{"type":"contacts","userId":"15551112222","contacts":["# + contact + "]}"
    }

    @Test func aGoodBodyPasses() {
        #expect(problems(Self.good) == [])
        #expect(problems(Self.good, validator: JelouPayloadValidator(expectedBotID: "bot-1")) == [])
    }

    @Test(arguments: [
        ("{\"type\":", "message_could_not_be_send 400 1:9: body is not valid JSON: unexpected end of input, expected a value"),
        ("[1]", "message_could_not_be_send 400 body must be a JSON object, found array"),
    ])
    func unreadableBodiesAreBadRequests(body: String, expected: String) {
        #expect(problems(body) == [expected])
    }

    @Test(arguments: [
        (#"{"userId":"1555","contacts":[{"name":{"formatted_name":"A","first_name":"A"}}]}"#,
         ["unprocessable_entity 422 type: is required"]),
        (#"{"type":"text","userId":"1555","contacts":[{"name":{"formatted_name":"A","first_name":"A"}}]}"#,
         [#"unprocessable_entity 422 type: must be "contacts", found "text""#]),
        (#"{"type":"contacts","contacts":[{"name":{"formatted_name":"A","first_name":"A"}}]}"#,
         ["unprocessable_entity 422 userId: is required"]),
        (#"{"type":"contacts","userId":"+1 555","contacts":[{"name":{"formatted_name":"A","first_name":"A"}}]}"#,
         [#"unprocessable_entity 422 userId: must be the recipient's phone number as 1 to 15 digits, found "+1 555""#]),
        (#"{"type":"contacts","userId":15551112222,"contacts":[{"name":{"formatted_name":"A","first_name":"A"}}]}"#,
         ["unprocessable_entity 422 userId: must be a string, found number"]),
        (#"{"type":"contacts","userId":"1555"}"#, ["unprocessable_entity 422 contacts: is required"]),
        (#"{"type":"contacts","userId":"1555","contacts":[]}"#, ["unprocessable_entity 422 contacts: must not be empty"]),
        (#"{"type":"contacts","userId":"1555","contacts":{}}"#, ["unprocessable_entity 422 contacts: must be an array, found object"]),
        (#"{"type":"contacts","userId":"1555","contacts":[{"name":{"formatted_name":"A","first_name":"A"}}],"text":"x"}"#,
         ["unprocessable_entity 422 text: is not a key of this object"]),
    ])
    func envelopeProblems(body: String, expected: [String]) {
        #expect(problems(body) == expected)
    }

    @Test func botIdMustMatchThePath() {
        let body = #"{"type":"contacts","userId":"1555","botId":"bot-2","contacts":[{"name":{"formatted_name":"A","first_name":"A"}}]}"#
        #expect(problems(body, validator: JelouPayloadValidator(expectedBotID: "bot-1"))
            == [#"unprocessable_entity 422 botId: "bot-2" does not match the bot in the path "bot-1""#])
        #expect(problems(body) == [])
    }

    @Test func tooManyContacts() {
        let contact = #"{"name":{"formatted_name":"A","first_name":"A"}}"#
        let body = Self.body(contact: Array(repeating: contact, count: 6).joined(separator: ","))
        #expect(problems(body, validator: JelouPayloadValidator(maxContacts: 5))
            == ["unprocessable_entity 422 contacts: has 6 contacts, at most 5 are allowed"])
        let most = Self.body(contact: Array(repeating: contact, count: 258).joined(separator: ","))
        #expect(problems(most) == ["unprocessable_entity 422 contacts: has 258 contacts, at most 257 are allowed"])
    }

    @Test(arguments: [
        (#"{"phones":[{"phone":"+12125550123"}]}"#, ["contacts[0].name: is required"]),
        (#"{"name":{"first_name":"A"}}"#, ["contacts[0].name.formatted_name: is required"]),
        (#"{"name":{"formatted_name":"","first_name":"A"}}"#, ["contacts[0].name.formatted_name: must not be empty"]),
        (#"{"name":{"formatted_name":"A"}}"#,
         ["contacts[0].name: needs at least one of first_name, last_name, middle_name, prefix, suffix"]),
        (#"{"name":{"formatted_name":"A","nickname":"B","last_name":"C"}}"#, ["contacts[0].name.nickname: is not a key of this object"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[{"phone":"2125550123"}]}"#,
         [#"contacts[0].phones[0].phone: must be E.164 (+ and 7 to 15 digits, optionally " ext. N"), found "2125550123""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[{"phone":"+1 212 555 0123"}]}"#,
         [#"contacts[0].phones[0].phone: must be E.164 (+ and 7 to 15 digits, optionally " ext. N"), found "+1 212 555 0123""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[{"phone":"+1234567890123456"}]}"#,
         [#"contacts[0].phones[0].phone: must be E.164 (+ and 7 to 15 digits, optionally " ext. N"), found "+1234567890123456""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[{"phone":"+12125550123 ext. "}]}"#,
         [#"contacts[0].phones[0].phone: must be E.164 (+ and 7 to 15 digits, optionally " ext. N"), found "+12125550123 ext. ""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[{"type":"Mobile"}]}"#, ["contacts[0].phones[0].phone: is required"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[{"phone":"+12125550123","wa_id":"+12125550123"}]}"#,
         [#"contacts[0].phones[0].wa_id: must be 7 to 15 digits, found "+12125550123""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"phones":[]}"#, ["contacts[0].phones: must not be empty"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"emails":[{"email":"not-an-address"}]}"#,
         [#"contacts[0].emails[0].email: is not an email address: "not-an-address""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"emails":[{"email":"a@b.c","type":7}]}"#,
         ["contacts[0].emails[0].type: must be a string, found number"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"addresses":[{"city":"Quito","country_code":"ecu"}]}"#,
         [#"contacts[0].addresses[0].country_code: must be an ISO 3166-1 alpha-2 code like "US", found "ecu""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"addresses":[{"city":"Quito","country_code":"ec"}]}"#,
         [#"contacts[0].addresses[0].country_code: must be an ISO 3166-1 alpha-2 code like "US", found "ec""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"addresses":[{"zip":""}]}"#, ["contacts[0].addresses[0].zip: must not be empty"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"org":{"company":"X","role":"Y"}}"#, ["contacts[0].org.role: is not a key of this object"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"urls":[{"type":"Work"}]}"#, ["contacts[0].urls[0].url: is required"]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"birthday":"2001-02-29"}"#,
         [#"contacts[0].birthday: must be a date written YYYY-MM-DD, found "2001-02-29""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"birthday":"--02-14"}"#,
         [#"contacts[0].birthday: must be a date written YYYY-MM-DD, found "--02-14""#]),
        (#"{"name":{"formatted_name":"A","first_name":"A"},"note":"hi"}"#, ["contacts[0].note: is not a key of this object"]),
        (#""John""#, ["contacts[0]: must be an object, found string"]),
    ])
    func contactProblemsAreUnprocessable(contact: String, expected: [String]) {
        #expect(problems(Self.body(contact: contact)) == expected.map { "unprocessable_entity 422 " + $0 })
    }

    @Test func everyProblemIsReportedInDocumentOrder() {
        let body = Self.body(contact: #"{"name":{"formatted_name":"A"},"phones":[{"phone":"555"}]},{"name":{}}"#)
        #expect(JelouPayloadValidator().validate(Array(body.utf8)).map(\.path) == [
            "contacts[0].name", "contacts[0].phones[0].phone", "contacts[1].name.formatted_name", "contacts[1].name",
        ])
    }

    @Test(arguments: [
        ("+1234567", true), ("+123456789012345", true), ("+12125550123 ext. 1", true),
        ("+12125550123 ext. 1234567890", true), ("+123456", false), ("+1234567890123456", false),
        ("12125550123", false), ("+1212555012a", false), ("+12125550123 ext. ", false),
        ("+12125550123 ext. 12345678901", false), ("+12125550123 ext 45", false), ("+12125550123  ext. 4", false),
        ("+12125550123 ext. 4 ", false), ("+123456 ext. 4", false), (" ext. 1", false), ("+", false), ("", false),
        ("+١٢١٢٥٥٥٠١٢٣", false),
    ])
    func e164IsAPlusSevenToFifteenDigitsAndAnOptionalExtension(phone: String, isE164: Bool) {
        #expect(JelouPayloadValidator.isE164(phone) == isE164)
    }
}
