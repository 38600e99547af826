import JSONCoding
import Testing

@Suite struct JSONWriterTests {
    private func encoded(_ text: String) -> String {
        var out: [UInt8] = []
        JSONWriter.appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static let controlEscapes: [(UInt8, String)] = (0..<0x20).map { byte in
        let short: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        let hex = Array("0123456789abcdef")
        return (UInt8(byte), short[UInt8(byte)] ?? #"\u00"# + String(hex[byte >> 4]) + String(hex[byte & 0xF]))
    }

    @Test(arguments: controlEscapes)
    func escapesEveryControlCharacter(byte: UInt8, escape: String) {
        let text = "a" + String(Character(Unicode.Scalar(byte))) + "b"
        #expect(encoded(text) == "\"a" + escape + "b\"")
    }

    @Test(arguments: zip(
        ["say \"hi\"", #"C:\dir"#, "José 😀", "line\u{2028}sep\u{2029}end", "a/b", "", "\u{7F}", "\u{E2}\u{80}"],
        [#""say \"hi\"""#, #""C:\\dir""#, "\"José 😀\"", #""line\u2028sep\u2029end""#, #""a/b""#, #""""#,
         "\"\u{7F}\"", "\"\u{E2}\u{80}\""]
    ))
    func escapesStrings(text: String, expected: String) {
        #expect(encoded(text) == expected)
    }

    /// Every character that needs a look, at every offset of a run longer than the copy-in-bulk
    /// stretches before and after it.
    @Test(arguments: [("\"", #"\""#), ("\\", #"\\"#), ("\u{1F}", #"\u001f"#), ("\n", #"\n"#),
                      ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#), ("\u{2027}", "\u{2027}"), ("é", "é"),
                      ("\u{7F}", "\u{7F}"), (" ", " ")])
    func escapesAtEveryOffsetOfALongString(character: String, escaped: String) {
        for offset in 0...19 {
            let before = String(repeating: "a", count: offset)
            let after = String(repeating: "b", count: 19 - offset)
            #expect(encoded(before + character + after) == "\"" + before + escaped + after + "\"", "offset \(offset)")
        }
    }

    /// A compact plain member's value of every length up to 20, with the character at every
    /// offset: values of up to 16 bytes are tested a word or two at a time, not byte by byte.
    @Test(arguments: [("\"", #"\""#), ("\\", #"\\"#), ("\u{1F}", #"\u001f"#), ("\n", #"\n"#),
                      ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#), ("\u{2027}", "\u{2027}"), ("é", "é"),
                      ("\u{7F}", "\u{7F}"), (" ", " ")])
    func plainMembersEscapeAtEveryOffsetOfEveryLength(character: String, escaped: String) {
        for length in 0...19 {
            for offset in 0...length {
                let before = String(repeating: "a", count: offset)
                let after = String(repeating: "b", count: length - offset)
                var writer = JSONWriter()
                writer.beginObject()
                writer.member(plain: "k", before + character + after)
                writer.endObject()
                #expect(
                    String(decoding: writer.bytes, as: UTF8.self) == #"{"k":""# + before + escaped + after + "\"}",
                    "length \(length), offset \(offset)")
            }
        }
    }

    static let constantKeys: [StaticString] = ["formatted_name", "say \"hi\"", #"C:\dir"#, "tab\tkey", "line\u{2028}sep", "José"]
    static let writtenConstantKeys = [
        #""formatted_name""#, #""say \"hi\"""#, #""C:\\dir""#, #""tab\tkey""#, #""line\u2028sep""#, "\"José\"",
    ]

    @Test(arguments: zip(constantKeys, writtenConstantKeys))
    func writesConstantKeysAsStringKeysAre(key: StaticString, expected: String) {
        var constant = JSONWriter(pretty: true)
        constant.beginObject()
        constant.key(key)
        constant.number(1)
        constant.member(key, "v")
        constant.member(key, nil)
        constant.endObject()
        var dynamic = JSONWriter(pretty: true)
        let name = key.description
        dynamic.beginObject()
        dynamic.key(name)
        dynamic.number(1)
        dynamic.member(name, "v")
        dynamic.member(name, nil)
        dynamic.endObject()
        #expect(String(decoding: constant.bytes, as: UTF8.self) == "{\n  \(expected): 1,\n  \(expected): \"v\"\n}")
        #expect(constant.bytes == dynamic.bytes)
    }

    @Test func writesPlainKeysWithTheirValuesInOnePiece() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member(plain: "formatted_name", "José \"Pepe\" Ñandú")
        writer.member(plain: "skipped", nil)
        writer.member(plain: "empty", "")
        writer.key(plain: "phones")
        writer.beginArray()
        writer.beginObject()
        writer.member(plain: "phone", "+573132553419")
        writer.member(plain: "type", "Mobile")
        writer.endObject()
        writer.endArray()
        writer.member(plain: "note", "a\nb\u{2028}")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"formatted_name":"José \"Pepe\" Ñandú","phones":[{"phone":"+573132553419","type":"Mobile"}],"note":"a\nb\u2028"}"#)
    }

    /// Writes the same members through plain keys or escape-checked constant keys.
    private func writeMembers(plainKeys: Bool, into writer: inout JSONWriter) {
        let values: [String?] = ["Ana", nil, "", "say \"hi\"", "C:\\dir", "tab\tname", "a long value with no escape at all"]
        writer.beginArray()
        for value in values {
            writer.beginObject()
            if plainKeys {
                writer.member(plain: "name", value)
                writer.member(plain: "type", "Work")
                writer.key(plain: "list")
            } else {
                writer.member("name", value)
                writer.member("type", "Work")
                writer.key("list")
            }
            writer.beginArray()
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
    }

    @Test(arguments: [false, true])
    func writesPlainKeysAsConstantKeysAre(pretty: Bool) {
        var plain = JSONWriter(pretty: pretty)
        writeMembers(plainKeys: true, into: &plain)
        var checked = JSONWriter(pretty: pretty)
        writeMembers(plainKeys: false, into: &checked)
        #expect(String(decoding: plain.bytes, as: UTF8.self) == String(decoding: checked.bytes, as: UTF8.self))
        #expect(String(decoding: plain.bytes, as: UTF8.self).contains(#""C:\\dir""#))
    }

    @Test func writesCompactDocumentInCallerOrder() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("type")
        writer.string("contacts")
        writer.key("n")
        writer.number(-12)
        writer.key("x")
        writer.number(2.5)
        writer.key("inf")
        writer.number(Double.infinity)
        writer.key("list")
        writer.beginArray()
        writer.bool(true)
        writer.bool(false)
        writer.null()
        writer.beginObject()
        writer.endObject()
        writer.beginArray()
        writer.endArray()
        writer.endArray()
        writer.member("skipped", "")
        writer.member("skippedNil", nil)
        writer.member("kept", "v")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"type":"contacts","n":-12,"x":2.5,"inf":null,"list":[true,false,null,{},[]],"kept":"v"}"#)
    }

    @Test func writesPrettyDocumentWithTwoSpaceIndent() {
        var writer = JSONWriter(pretty: true)
        writer.value(.object([
            JSONMember("a", .array([.number(JSONNumber(1)), .object([JSONMember("b", .string("c"))])])),
            JSONMember("empty", .object([])),
        ]))
        let expected = """
            {
              "a": [
                1,
                {
                  "b": "c"
                }
              ],
              "empty": {}
            }
            """
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func literalsBuildValuesInWrittenOrder() {
        let value: JSONValue = ["success": true, "messageId": "msg_1", "count": 2, "list": [nil, "x"]]
        #expect(String(decoding: value.encoded(), as: UTF8.self)
            == #"{"success":true,"messageId":"msg_1","count":2,"list":[null,"x"]}"#)
    }

    @Test func takeBytesResets() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.number(1)
        writer.endArray()
        #expect(writer.takeBytes() == Array("[1]".utf8))
        writer.beginArray()
        writer.endArray()
        #expect(writer.bytes == Array("[]".utf8))
    }

    /// Text dropped while a container and a key are open: the next value starts a new document.
    @Test func removeAllResets() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member(plain: "a", "x")
        writer.key(plain: "b")
        writer.removeAll()
        #expect(writer.bytes.isEmpty)
        writer.beginObject()
        writer.member(plain: "c", "y")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"c":"y"}"#)
    }

    @Test(arguments: [
        #"{"b":1,"a":[true,null,"x\ny"],"c":{"d":-0.5e10}}"#,
        #"["😀","\u2028",1.0,[],{}]"#,
    ])
    func roundTripsThroughParser(text: String) throws {
        let value = try JSONParser().parse(text)
        var writer = JSONWriter()
        writer.value(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == text)
    }
}
