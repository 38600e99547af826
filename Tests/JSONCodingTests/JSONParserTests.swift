import ContactModel
import Foundation
import JSONCoding
import Testing

@Suite struct JSONParserTests {
    @Test func parsesAllValueKindsKeepingOrder() throws {
        let value = try JSONParser().parse(#" {"z":1,"a":[true,false,null],"s":"x\"\\\/\b\f\n\r\t\u00e9","n":-1.5E+3,"z":2} "#)
        #expect(value == .object([
            JSONMember("z", .number(JSONNumber(literal: "1"))),
            JSONMember("a", .array([.bool(true), .bool(false), .null])),
            JSONMember("s", .string("x\"\\/\u{08}\u{0C}\n\r\té")),
            JSONMember("n", .number(JSONNumber(literal: "-1.5E+3"))),
            JSONMember("z", .number(JSONNumber(literal: "2"))),
        ]))
        #expect(value["z"]?.numberValue?.intValue == 1)
        #expect(value["n"]?.numberValue?.doubleValue == -1500)
        #expect(value["n"]?.numberValue?.intValue == nil)
        #expect(value["missing"] == nil)
    }

    /// A wide object or a long array inside a value is built in place: each member used to copy
    /// all before it, so 50,000 contacts in one payload took 15 s and an object of 100,000 keys
    /// 83 s (release build).
    @Test func wideObjectsAndLongArraysParseInLinearTime() throws {
        let count = 200_000
        let object = "{" + (0..<count).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        let array = "{\"a\":[" + (0..<count).map(String.init).joined(separator: ",") + "]}"
        let started = Date()
        let parsedObject = try JSONParser().parse(object)
        let parsedArray = try JSONParser().parse(array)
        #expect(Date().timeIntervalSince(started) < 20)
        guard case .object(let members) = parsedObject else { Issue.record("not an object"); return }
        #expect(members.count == count)
        #expect(members.last == JSONMember("k\(count - 1)", .number(JSONNumber(count - 1))))
        #expect(parsedArray["a"]?.arrayValue?.count == count)
    }

    @Test(arguments: zip(
        [#""\ud83d\ude00""#, #""\uD834\uDD1E""#, "\"é😀\"", #""\u0000""#, "\u{FEFF}[]"],
        [JSONValue.string("😀"), .string("𝄞"), .string("é😀"), .string("\u{0}"), .array([])]
    ))
    func decodesUnicode(text: String, expected: JSONValue) throws {
        #expect(try JSONParser().parse(text) == expected)
    }

    @Test(arguments: [
        ("", "1:1: unexpected end of input, expected a value"),
        ("   ", "1:4: unexpected end of input, expected a value"),
        ("{", "1:2: unexpected end of input, expected a string key"),
        ("[1,]", "1:4: trailing comma before ']'"),
        ("{\"a\":1,}", "1:8: trailing comma before '}'"),
        ("{\"a\" 1}", "1:6: unexpected '1', expected ':' after an object key"),
        ("{a:1}", "1:2: unexpected 'a', expected a string key"),
        ("[1 2]", "1:4: unexpected '2', expected ',' or ']' after an array element"),
        ("{\"a\":1\n \"b\":2}", "2:2: unexpected '\"', expected ',' or '}' after an object member"),
        ("[01]", "1:2: invalid number: leading zeros are not allowed"),
        ("-", "1:2: unexpected end of input in a number, expected a digit"),
        ("1.", "1:3: unexpected end of input in a number, expected a digit after '.'"),
        ("1.e5", "1:3: invalid number: expected a digit after '.'"),
        ("1e+", "1:4: unexpected end of input in a number, expected a digit in the exponent"),
        ("+1", "1:1: unexpected '+', expected a value"),
        (".5", "1:1: unexpected '.', expected a value"),
        ("tru", "1:4: unexpected end of input in 'true'"),
        ("nul!", "1:1: invalid literal, expected 'null'"),
        ("True", "1:1: unexpected 'T', expected a value"),
        ("\"abc", "1:1: unterminated string"),
        ("\"a\tb\"", "1:3: control character U+0009 in a string must be escaped"),
        ("[\n\"line\nbreak\"]", "2:6: control character U+000A in a string must be escaped"),
        (#""\x""#, #"1:2: invalid escape '\x'"#),
        (#""\u12G4""#, #"1:2: invalid \u escape, expected 4 hex digits"#),
        (#""\ud83d""#, #"1:2: unpaired surrogate \uD83D"#),
        (#""\ud83d\u0041""#, #"1:2: unpaired surrogate \uD83D"#),
        (#""\ude00""#, #"1:2: unpaired surrogate \uDE00"#),
        ("[1] [2]", "1:5: unexpected '[' after the JSON value"),
        ("{\"a\":1}}", "1:8: unexpected '}' after the JSON value"),
        ("'a'", "1:1: unexpected ''', expected a value"),
        ("[1,\n  \u{7}]", "2:3: unexpected control character U+0007, expected a value"),
    ])
    func rejectsBadInputAtExactPosition(text: String, expected: String) {
        #expect(throws: JSONError.self) { try JSONParser().parse(text) }
        do {
            _ = try JSONParser().parse(text)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test(arguments: zip(
        [[0x22, 0xC3, 0x28, 0x22], [0x22, 0xFF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0x61, 0xE2, 0x82, 0x22],
         [0x22, 0xC0, 0xAF, 0x22]],
        ["1:3: invalid UTF-8 byte 0x28", "1:2: invalid UTF-8 byte 0xFF", "1:3: invalid UTF-8 byte 0xA0",
         "1:5: invalid UTF-8 byte 0x22", "1:2: invalid UTF-8 byte 0xC0"]
    ))
    func rejectsInvalidUTF8(bytes: [UInt8], expected: String) {
        do {
            _ = try JSONParser().parse(bytes)
            Issue.record("parsed invalid UTF-8")
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.description == expected)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = [UInt8](repeating: .init(ascii: "["), count: 100_000) + [UInt8](repeating: .init(ascii: "]"), count: 100_000)
        do {
            _ = try JSONParser().parse(deep)
            Issue.record("parsed 100,000 levels")
        } catch {
            #expect(error.code == .tooDeep)
            #expect(error.description == "1:513: nesting deeper than 512 levels")
        }
    }

    @Test func nestingUpToTheLimitParses() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser().parse(text) }
        let limited = JSONParser(limits: JSONLimits(maxDepth: 2))
        #expect(throws: JSONError.self) { try limited.parse("[[[]]]") }
    }

    @Test func inputOverTheSizeCapIsRefused() {
        let parser = JSONParser(limits: JSONLimits(maxValueBytes: 8))
        #expect(throws: Never.self) { try parser.parse("[1,2,3]") }
        do {
            _ = try parser.parse("[1,2,3,4]")
            Issue.record("parsed over the cap")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.description == "1:1: value larger than 8 bytes")
        }
    }

    @Test func positionsAreOffsetByOrigin() {
        let bytes = Array("xx{\"a\":\n  ?}".utf8)
        do {
            _ = try JSONParser().parse(bytes[2...], origin: SourcePosition(line: 7, column: 3, byteOffset: 100))
            Issue.record("parsed")
        } catch {
            #expect(error.position == SourcePosition(line: 8, column: 3, byteOffset: 108))
        }
    }
}
