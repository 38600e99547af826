import ContactModel
import JSONCoding

/// Checks a `contacts` message body as strictly as Jelou and Meta would, answering with Jelou's
/// error codes (SPEC.md "Body", "Contact", "Errors").
///
/// A body that is not JSON, or not an object, is `message_could_not_be_send` (HTTP 400); a field
/// missing or wrong is `unprocessable_entity` (HTTP 422). Rules:
/// - `type` is `"contacts"`; `userId` is a string of 1 to 15 digits; `botId`, when present, is a
///   string equal to the bot in the path (when the validator is told it).
/// - `contacts` is an array of 1 to ``maxContacts`` objects, keys among WhatsApp's.
/// - `name.formatted_name` is a non-empty string, with at least one other non-empty name part.
/// - `phones[].phone` is E.164: `+` and 7 to 15 digits (Niue and Saint Helena numbers have 7),
///   optionally followed by ` ext. ` and 1 to 10 digits (what ``JelouContactEncoder`` writes);
///   `wa_id` is 7 to 15 digits.
/// - `emails[].email` contains `@`; `urls[].url` is present; `addresses[].country_code` is two
///   upper-case letters (ISO 3166-1 alpha-2); `birthday` is a real `YYYY-MM-DD` date.
/// - Every value is of the right JSON type and no string is empty, no array is empty.
public struct JelouPayloadValidator: Sendable {
    /// One way a body breaks the rules.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The Jelou error code the problem would get: `message_could_not_be_send` for a body that is not
        /// a JSON object, `unprocessable_entity` for a field.
        public var code: JelouErrorCode
        /// Where in the body, as a path (`contacts[0].phones[1].phone`); empty for the body.
        public var path: String
        /// What is wrong, for a person.
        public var message: String
        /// The line and column for a body that is not JSON.
        public var position: SourcePosition?

        /// Makes a problem.
        /// - Parameters:
        ///   - code: Jelou's error code for it.
        ///   - path: where in the body (`contacts[0].phones[1].phone`), empty for the body.
        ///   - message: what is wrong.
        ///   - position: the 1-based line and column (in UTF-8 bytes) of a syntax error, else `nil`.
        public init(code: JelouErrorCode, path: String, message: String, position: SourcePosition? = nil) {
            self.code = code
            self.path = path
            self.message = message
            self.position = position
        }

        /// `path: message`, or `line:col: message` for a syntax error.
        public var description: String {
            if let position { return "\(position.line):\(position.column): \(message)" }
            return path.isEmpty ? message : "\(path): \(message)"
        }
    }

    /// The most contacts one message may carry.
    public var maxContacts: Int
    /// The bot in the request path; a body `botId` must equal it.
    public var expectedBotID: String?

    /// Makes a validator.
    /// - Parameters:
    ///   - maxContacts: the most contacts one message may carry (257 by default, Meta's prose limit).
    ///   - expectedBotID: the bot in the request path, or `nil` to accept any string as the body's `botId`.
    public init(maxContacts: Int = JelouMessageBatcher.maxBatchSize, expectedBotID: String? = nil) {
        self.maxContacts = maxContacts
        self.expectedBotID = expectedBotID
    }

    /// Checks a body as bytes.
    /// - Returns: every problem found, in document order; empty when the body is valid.
    public func validate(_ body: [UInt8]) -> [Problem] {
        do throws(JSONError) {
            return validate(try JSONParser().parse(body))
        } catch {
            return [Problem(code: .messageCouldNotBeSend, path: "", message: "body is not valid JSON: \(error.message)",
                            position: error.position)]
        }
    }

    /// Checks a parsed body.
    /// - Returns: every problem found, in document order; empty when the body is valid.
    public func validate(_ body: JSONValue) -> [Problem] {
        var check = Check()
        guard case .object(let members) = body else {
            check.fail("", "body must be a JSON object, found \(body.typeName)", code: .messageCouldNotBeSend)
            return check.problems
        }
        check.unknownKeys(members, allowed: ["type", "userId", "contacts", "botId"], at: "")
        if let type = check.required(body, "type", at: "") {
            if let text = check.string(type, at: "type"), text != "contacts" {
                check.fail("type", "must be \"contacts\", found \"\(text)\"")
            }
        }
        if let user = check.required(body, "userId", at: "") {
            if let text = check.string(user, at: "userId"), !Self.isDigits(text, 1...15) {
                check.fail("userId", "must be the recipient's phone number as 1 to 15 digits, found \"\(text)\"")
            }
        }
        if let bot = body["botId"], let text = check.string(bot, at: "botId"), let expectedBotID, text != expectedBotID {
            check.fail("botId", "\"\(text)\" does not match the bot in the path \"\(expectedBotID)\"")
        }
        if let contacts = check.required(body, "contacts", at: "") {
            if let list = check.array(contacts, at: "contacts") {
                if list.count > maxContacts {
                    check.fail("contacts", "has \(list.count) contacts, at most \(maxContacts) are allowed")
                }
                for (index, contact) in list.enumerated() {
                    validateContact(contact, at: "contacts[\(index)]", check: &check)
                }
            }
        }
        return check.problems
    }

    private func validateContact(_ contact: JSONValue, at path: String, check: inout Check) {
        guard let members = check.object(contact, at: path) else { return }
        check.unknownKeys(members, allowed: ["name", "phones", "emails", "addresses", "org", "urls", "birthday"], at: path)
        if let name = check.required(contact, "name", at: path), let parts = check.object(name, at: path + ".name") {
            let partKeys = ["first_name", "last_name", "middle_name", "prefix", "suffix"]
            check.unknownKeys(parts, allowed: ["formatted_name"] + partKeys, at: path + ".name")
            if let formatted = check.required(name, "formatted_name", at: path + ".name") {
                _ = check.string(formatted, at: path + ".name.formatted_name")
            }
            var hasPart = false
            for key in partKeys {
                if let value = name[key], check.string(value, at: path + ".name." + key) != nil { hasPart = true }
            }
            if !hasPart {
                check.fail(path + ".name", "needs at least one of first_name, last_name, middle_name, prefix, suffix")
            }
        }
        forEachEntry(contact, "phones", at: path, allowed: ["phone", "type", "wa_id"], required: "phone", check: &check) {
            strings, at, check in
            if let text = strings["phone"], !Self.isE164(text) {
                check.fail(at + ".phone", "must be E.164 (+ and 7 to 15 digits, optionally \" ext. N\"), found \"\(text)\"")
            }
            if let text = strings["wa_id"], !Self.isDigits(text, 7...15) {
                check.fail(at + ".wa_id", "must be 7 to 15 digits, found \"\(text)\"")
            }
        }
        forEachEntry(contact, "emails", at: path, allowed: ["email", "type"], required: "email", check: &check) {
            strings, at, check in
            if let text = strings["email"], !text.utf8.contains(UInt8(ascii: "@")) {
                check.fail(at + ".email", "is not an email address: \"\(text)\"")
            }
        }
        let addressKeys = ["street", "city", "state", "zip", "country", "country_code", "type"]
        forEachEntry(contact, "addresses", at: path, allowed: addressKeys, required: nil, check: &check) {
            strings, at, check in
            if let text = strings["country_code"],
               !(text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                check.fail(at + ".country_code", "must be an ISO 3166-1 alpha-2 code like \"US\", found \"\(text)\"")
            }
        }
        if let org = contact["org"], let members = check.object(org, at: path + ".org") {
            check.unknownKeys(members, allowed: ["company", "department", "title"], at: path + ".org")
            for member in members where ["company", "department", "title"].contains(member.key) {
                _ = check.string(member.value, at: path + ".org." + member.key)
            }
        }
        forEachEntry(contact, "urls", at: path, allowed: ["url", "type"], required: "url", check: &check) { _, _, _ in }
        if let birthday = contact["birthday"], let text = check.string(birthday, at: path + ".birthday"),
           !Self.isISODate(text) {
            check.fail(path + ".birthday", "must be a date written YYYY-MM-DD, found \"\(text)\"")
        }
    }

    /// Checks that `key` of `contact`, when present, is a non-empty array of objects holding
    /// non-empty strings under `allowed` keys (`required` among them), then runs `body` on the
    /// strings of each object.
    private func forEachEntry(
        _ contact: JSONValue, _ key: String, at path: String, allowed: [String], required: String?,
        check: inout Check, _ body: (_ strings: [String: String], _ at: String, _ check: inout Check) -> Void
    ) {
        guard let value = contact[key], let list = check.array(value, at: path + "." + key) else { return }
        for (index, entry) in list.enumerated() {
            let at = "\(path).\(key)[\(index)]"
            guard let members = check.object(entry, at: at) else { continue }
            check.unknownKeys(members, allowed: allowed, at: at)
            if let required { _ = check.required(entry, required, at: at) }
            var strings: [String: String] = [:]
            for member in members where allowed.contains(member.key) {
                strings[member.key] = check.string(member.value, at: at + "." + member.key)
            }
            body(strings, at, &check)
        }
    }

    static func isDigits(_ text: String, _ counts: ClosedRange<Int>) -> Bool {
        counts.contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `+` and 7 to 15 digits, optionally ` ext. ` and 1 to 10 digits: a `phone` Jelou takes
    /// (ITU-T E.164). Reads the string's bytes in place (the encoder asks for each phone not
    /// read into E.164).
    public static func isE164(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var numberEnd = bytes.count
            if let space = bytes.firstIndex(of: UInt8(ascii: " ")) {
                let marker: StaticString = " ext. "
                let digitsStart = space + marker.utf8CodeUnitCount
                guard digitsStart <= bytes.count,
                      bytes[space..<digitsStart].elementsEqual(
                          UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)),
                      isDigits(bytes[digitsStart...], 1...10)
                else { return false }
                numberEnd = space
            }
            guard bytes.first == UInt8(ascii: "+") else { return false }
            return isDigits(bytes[1..<numberEnd], 7...15)
        }
    }

    /// Whether `bytes` are ASCII digits, as many as `counts` allows.
    private static func isDigits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ counts: ClosedRange<Int>) -> Bool {
        counts.contains(bytes.count) && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// A real calendar date written `YYYY-MM-DD` (ISO 8601 extended form, year 0001–9999).
    static func isISODate(_ text: String) -> Bool {
        ISODate.complete(text) != nil
    }
}

/// The problems found so far, and the type checks that add to them.
private struct Check {
    var problems: [JelouPayloadValidator.Problem] = []

    mutating func fail(_ path: String, _ message: String, code: JelouErrorCode = .unprocessableEntity) {
        problems.append(.init(code: code, path: path, message: message))
    }

    mutating func required(_ object: JSONValue, _ key: String, at path: String) -> JSONValue? {
        if let value = object[key] { return value }
        fail(path.isEmpty ? key : path + "." + key, "is required")
        return nil
    }

    mutating func string(_ value: JSONValue, at path: String) -> String? {
        guard case .string(let text) = value else {
            fail(path, "must be a string, found \(value.typeName)")
            return nil
        }
        guard text.trimmedNonEmpty != nil else {
            fail(path, "must not be empty")
            return nil
        }
        return text
    }

    mutating func array(_ value: JSONValue, at path: String) -> [JSONValue]? {
        guard case .array(let list) = value else {
            fail(path, "must be an array, found \(value.typeName)")
            return nil
        }
        guard !list.isEmpty else {
            fail(path, "must not be empty")
            return nil
        }
        return list
    }

    mutating func object(_ value: JSONValue, at path: String) -> [JSONMember]? {
        guard case .object(let members) = value else {
            fail(path, "must be an object, found \(value.typeName)")
            return nil
        }
        return members
    }

    mutating func unknownKeys(_ members: [JSONMember], allowed: [String], at path: String) {
        for member in members where !allowed.contains(member.key) {
            fail(path.isEmpty ? member.key : path + "." + member.key, "is not a key of this object")
        }
    }
}
