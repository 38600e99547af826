import ContactModel
@testable import JSONCoding
import Testing

@Suite struct JSONStreamReaderTests {
    /// Every item as `line:col value-or-error`, values re-encoded compactly.
    private func drain(
        _ text: String, chunkSize: Int, mode: JSONStreamReader<MemoryByteSource>.Mode = .values,
        limits: JSONLimits = JSONLimits()
    ) throws -> [String] {
        drain(bytes: Array(text.utf8), chunkSize: chunkSize, mode: mode, limits: limits)
    }

    private func drain(
        bytes: [UInt8], chunkSize: Int, mode: JSONStreamReader<MemoryByteSource>.Mode = .values,
        limits: JSONLimits = JSONLimits()
    ) -> [String] {
        var reader = JSONStreamReader(MemoryByteSource(bytes, chunkSize: chunkSize), mode: mode, limits: limits, chunkSize: chunkSize)
        var out: [String] = []
        while let item = try? reader.next() {
            switch item {
            case .success(let item):
                var writer = JSONWriter()
                writer.value(item.value)
                let index = item.arrayIndex.map { "#\($0) " } ?? ""
                out.append("\(item.position.line):\(item.position.column) \(index)" + String(decoding: writer.bytes, as: UTF8.self))
            case .failure(let error):
                out.append("error \(error.description)")
            }
        }
        return out
    }

    static let chunkSizes = [1, 2, 7, 65_536]

    @Test(arguments: chunkSizes)
    func readsNDJSON(chunkSize: Int) throws {
        let text = "{\"a\":1}\n{\"b\":\"é\\n\"}\r\n\n  [1, 2]\n\"s\" 12 true null\n"
        #expect(try drain(text, chunkSize: chunkSize) == [
            "1:1 {\"a\":1}", "2:1 {\"b\":\"é\\n\"}", "4:3 [1,2]", "5:1 \"s\"", "5:5 12", "5:8 true", "5:13 null",
        ])
    }

    @Test(arguments: chunkSizes)
    func readsConcatenatedPrettyValues(chunkSize: Int) throws {
        let text = "{\n  \"a\": [\n    1\n  ]\n}{\"b\":\"}{\"}\n{\n}"
        #expect(try drain(text, chunkSize: chunkSize) == ["1:1 {\"a\":[1]}", "5:2 {\"b\":\"}{\"}", "6:1 {}"])
    }

    @Test(arguments: chunkSizes)
    func readsTopLevelArrayElementByElement(chunkSize: Int) throws {
        let text = "\u{FEFF}[\n {\"a\":1},\n [2],\n \"x\"\n]\n{\"after\":true}\n[]"
        #expect(try drain(text, chunkSize: chunkSize, mode: .arrayElements) == [
            "2:2 #0 {\"a\":1}", "3:2 #1 [2]", "4:2 #2 \"x\"", "6:1 {\"after\":true}",
        ])
        #expect(try drain(text, chunkSize: chunkSize, mode: .values) == [
            "1:1 [{\"a\":1},[2],\"x\"]", "6:1 {\"after\":true}", "7:1 []",
        ])
    }

    @Test(arguments: chunkSizes)
    func badNDJSONLinesAreReportedAndTheRestStillReads(chunkSize: Int) throws {
        let text = """
            {"ok":1}
            {"a" 1}
            {"unterminated": "x
            {"ok":2}
            {"missing": "brace"
            {"ok":3}
            garbage
            {"ok":4}
            """
        #expect(try drain(text, chunkSize: chunkSize) == [
            "1:1 {\"ok\":1}",
            "error 2:6: unexpected '1', expected ':' after an object key",
            "error 3:20: control character U+000A in a string must be escaped",
            "4:1 {\"ok\":2}",
            "error 6:1: unexpected '{', expected ',' or '}' after an object member",
            "6:1 {\"ok\":3}",
            "error 7:1: unexpected 'g' between top-level values",
            "8:1 {\"ok\":4}",
        ])
    }

    @Test(arguments: chunkSizes)
    func badArrayElementsAreReported(chunkSize: Int) throws {
        let text = "[{\"a\":1}, {\"b\" 2}, 3 4,\n{\"c\":5},]"
        #expect(try drain(text, chunkSize: chunkSize, mode: .arrayElements) == [
            "1:2 #0 {\"a\":1}",
            "error 1:16: unexpected '2', expected ':' after an object key",
            "1:20 #2 3",
            "error 1:22: unexpected '4', expected ',' or ']' after an array element",
            "2:1 #3 {\"c\":5}",
            "error 2:9: trailing comma before ']'",
        ])
        #expect(try drain("[1,", chunkSize: chunkSize, mode: .arrayElements) == [
            "1:2 #0 1", "error 1:4: unexpected end of input, unterminated array",
        ])
    }

    @Test(arguments: chunkSizes)
    func anUnbalancedArrayElementResumesAtTheNextElementLine(chunkSize: Int) throws {
        let text = "[\n{\"a\": \"x\n},\n{\"ok\": 1},\n{\"ok\": 2}\n]\n{\"after\": 3}"
        let items = try drain(text, chunkSize: chunkSize, mode: .arrayElements)
        #expect(items == [
            "error 2:9: control character U+000A in a string must be escaped",
            "4:1 #1 {\"ok\":1}",
            "5:1 #2 {\"ok\":2}",
            "7:1 {\"after\":3}",
        ])
    }

    @Test func oversizedValueIsAnErrorAndReadingGoesOn() throws {
        let big = "{\"a\":\"" + String(repeating: "x", count: 5_000) + "\"}"
        let text = big + "\n{\"ok\":true}\n"
        #expect(try drain(text, chunkSize: 512, limits: JSONLimits(maxValueBytes: 1_024)) == [
            "error 1:1: value larger than 1024 bytes", "2:1 {\"ok\":true}",
        ])
    }

    @Test func deepNestingInAStreamIsAnError() {
        let deep = [UInt8](repeating: .init(ascii: "["), count: 100_000) + Array("\n{\"ok\":1}".utf8)
        #expect(drain(bytes: deep, chunkSize: 4_096) == [
            "error 1:513: nesting deeper than 512 levels", "2:1 {\"ok\":1}",
        ])
    }

    @Test func peeksWithoutConsuming() throws {
        var reader = JSONStreamReader(MemoryByteSource(" \n [ \n [\"vcard\"]]", chunkSize: 1))
        let peeked = try reader.peekSignificantBytes()
        #expect(peeked.first == UInt8(ascii: "["))
        #expect(peeked.second == UInt8(ascii: "["))
        let item = try #require(try reader.next()).get()
        #expect(item.value == .array([.array([.string("vcard")])]))
        #expect(item.position == SourcePosition(line: 2, column: 2, byteOffset: 3))
        #expect(try reader.next() == nil)
    }

    @Test func memoryStaysBoundedOnALargeStream() throws {
        /// A source producing `count` NDJSON lines without holding them.
        struct LineSource: ByteSource {
            var remaining: Int
            var pending: [UInt8] = []
            mutating func read(maxCount: Int) throws(InputError) -> [UInt8] {
                while pending.count < maxCount && remaining > 0 {
                    pending += Array("{\"name\":{\"formatted_name\":\"Person \(remaining)\"}}\n".utf8)
                    remaining -= 1
                }
                let out = Array(pending.prefix(maxCount))
                pending.removeFirst(out.count)
                return out
            }
        }
        var reader = JSONStreamReader(LineSource(remaining: 200_000), chunkSize: 4_096)
        var count = 0
        var lastLine = 0
        var largestBuffer = 0
        while let item = try reader.next() {
            count += 1
            lastLine = try item.get().position.line
            largestBuffer = max(largestBuffer, reader.bufferedByteCount)
        }
        #expect(count == 200_000)
        #expect(lastLine == 200_000)
        #expect(largestBuffer <= 2 * 4_096)
    }
}
