import ContactModel
import JSONCoding
import Testing

@Suite struct JSONLocatorTests {
    private static let text = """
        {"a": "x}]\\"[{", "b\\u0031": [1, "two", {"c": [true,
          null]}],
         "ñ": {"d": -1.5e3}, "b1": 2}
        """

    private func locate(_ paths: [JSONPath], in text: String = text, origin: SourcePosition) -> [String] {
        var locator = JSONLocator(text: Array(text.utf8)[...], origin: origin)
        return paths.map { path in
            locator.position(of: path).map { "\($0.line):\($0.column)+\($0.byteOffset)" } ?? "none"
        }
    }

    private static func path(_ components: JSONPath.Component...) -> JSONPath {
        JSONPath(components: components)
    }

    /// Strings holding brackets and escaped quotes are skipped whole; an escaped key is compared
    /// decoded; a key's first member wins; columns count UTF-8 bytes; the first line is offset by
    /// the value's own column.
    @Test func findsValuesByKeysAndIndices() {
        let paths = [
            Self.path(),
            Self.path(.key("a")),
            Self.path(.key("b1")),
            Self.path(.key("b1"), .index(1)),
            Self.path(.key("b1"), .index(2), .key("c"), .index(1)),
            Self.path(.key("ñ"), .key("d")),
        ]
        #expect(locate(paths, origin: SourcePosition(line: 3, column: 5, byteOffset: 40)) == [
            "3:5+40", "3:11+46", "3:33+68", "3:37+72", "4:3+94", "5:14+116",
        ])
    }

    /// Paths asked for out of document order, and again, give the same answers as in order.
    @Test func anyOrderGivesTheSamePositions() {
        let paths = [
            Self.path(.key("b1"), .index(2), .key("c"), .index(1)),
            Self.path(.key("b1"), .index(0)),
            Self.path(.key("b1"), .index(2), .key("c"), .index(0)),
            Self.path(.key("b1"), .index(1)),
            Self.path(.key("a")),
            Self.path(.key("b1"), .index(2), .key("c"), .index(1)),
        ]
        let origin = SourcePosition(line: 1, column: 1)
        let inOrder = paths.map { locate([$0], origin: origin)[0] }
        #expect(locate(paths, origin: origin) == inOrder)
        #expect(inOrder == ["2:3+54", "1:30+29", "1:47+46", "1:33+32", "1:7+6", "2:3+54"])
    }

    @Test(arguments: [
        JSONPath(components: [.key("missing")]),
        JSONPath(components: [.key("b1"), .index(3)]),
        JSONPath(components: [.key("a"), .index(0)]),
        JSONPath(components: [.index(0)]),
        JSONPath(components: [.key("b1"), .index(2), .key("c"), .index(2)]),
    ])
    func aPathToNothingIsNil(path: JSONPath) {
        #expect(locate([path], origin: SourcePosition(line: 1, column: 1)) == ["none"])
    }

    /// CRLF line ends: the line feed ends the line.
    @Test func crlfCountsOneLine() {
        let text = "[\r\n  {},\r\n  {\"k\": 1}\r\n]"
        let paths = [JSONPath(components: [.index(1), .key("k")]), JSONPath(components: [.index(0)])]
        #expect(locate(paths, in: text, origin: SourcePosition(line: 1, column: 1)) == ["3:9+18", "2:3+5"])
    }

    /// Paths asked for in document order resume from the last one found, even from deep inside a
    /// previous element or member: each answer is the one a fresh walk from the top gives.
    @Test func resumedWalksAgreeWithFreshOnes() {
        let text = """
            {"contacts": [
              {"name": {"n": "A]"}, "phones": [{"phone": "1", "t": ["x", {"y": "}"}]}, {"phone": "2"}], "emails": [{"email": "e"}]},
              {"phones": [], "emails": [{"email": "f"}, "g"], "name": "B"},
              {"name": {"n": "C"}}
            ], "tail": {"k": [[1], [2, 3]]}}
            """
        let paths = [
            [.key("contacts"), .index(0), .key("phones"), .index(0), .key("t"), .index(1), .key("y")],
            [.key("contacts"), .index(0), .key("phones"), .index(1), .key("phone")],
            [.key("contacts"), .index(0), .key("emails"), .index(0), .key("email")],
            [.key("contacts"), .index(0)],
            [.key("contacts"), .index(1), .key("emails"), .index(1)],
            [.key("contacts"), .index(1), .key("name")],
            [.key("contacts"), .index(2), .key("name"), .key("n")],
            [.key("tail"), .key("k"), .index(1), .index(1)],
            [.key("contacts"), .index(3)],
            [.key("contacts"), .index(1), .key("phones")],
        ].map { (components: [JSONPath.Component]) in JSONPath(components: components) }
        let origin = SourcePosition(line: 1, column: 1)
        let fresh = paths.map { locate([$0], in: text, origin: origin)[0] }
        #expect(locate(paths, in: text, origin: origin) == fresh)
        #expect(fresh == [
            "2:68+82", "2:86+100", "2:114+128", "2:3+17", "3:45+180", "3:59+194", "4:18+217", "5:28+250", "none", "3:14+149",
        ])
    }

    /// A member by its place is exact among duplicate names, where a name finds the first; asked
    /// for in order, members resume from the one before and agree with fresh walks.
    @Test func membersByPlaceTellDuplicateNamesApart() {
        let text = """
            {"phones": [{"phone": "1"}],
             "name": "A",
             "phones": [{"phone": "2", "wa_id": "zz"}]}
            """
        let paths = [
            [.member(0), .index(0), .member(0)],
            [.member(1)],
            [.member(2), .index(0), .member(1)],
            [.key("phones"), .index(0), .key("phone")],
            [.member(3)],
        ].map { (components: [JSONPath.Component]) in JSONPath(components: components) }
        let origin = SourcePosition(line: 1, column: 1)
        let fresh = paths.map { locate([$0], in: text, origin: origin)[0] }
        #expect(locate(paths, in: text, origin: origin) == fresh)
        #expect(fresh == ["1:23+22", "2:10+38", "3:37+79", "1:23+22", "none"])
    }
}
