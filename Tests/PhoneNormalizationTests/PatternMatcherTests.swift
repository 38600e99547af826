import Testing
import NumberingPlan
@testable import PhoneNormalization

/// The regex dialect of the numbering plan, compiled and run by our own matcher.
@Suite struct PatternMatcherTests {
    static func digits(_ text: String) -> [UInt8] { text.utf8.map { $0 - 48 } }

    static func prefix(_ pattern: String, _ text: String) -> (end: Int?, captures: [Int16]) {
        let program = PatternProgram.compile(pattern.utf8)!
        var captures = [Int16](repeating: 0, count: 2 * program.groupCount)
        let end = program.words.withUnsafeBufferPointer { code in
            digits(text).withUnsafeBufferPointer { input in
                captures.withUnsafeMutableBufferPointer { PatternMatcher.match(code, input, whole: false, captures: $0) }
            }
        }
        return (end, captures)
    }

    static func whole(_ pattern: String, _ text: String) -> Bool {
        let program = PatternProgram.compile(pattern.utf8)!
        return program.words.withUnsafeBufferPointer { code in
            digits(text).withUnsafeBufferPointer { PatternMatcher.match(code, $0, whole: true) != nil }
        }
    }

    @Test(arguments: [
        ("\\d{3}", "123", true), ("\\d{3}", "1234", false), ("1|12", "12", true),
        ("[2-9]\\d{6}", "2345678", true), ("[^0-4]5", "55", true), ("[^0-4]5", "45", false),
        ("(?:1\\d|2)?3", "3", true), ("(?:1\\d|2)?3", "153", true), ("9\\d{7,8}", "912345678", true),
        ("9\\d{7,8}", "9123456", false), ("1\\d*", "1", true), ("1\\d+", "1", false), ("1{2,}", "111", true),
        ("", "", true), ("", "1", false), ("12$", "12", true),
    ])
    func matchesWhole(pattern: String, text: String, expected: Bool) {
        #expect(Self.whole(pattern, text) == expected)
    }

    /// Java's `lookingAt()`: ordered alternation, greedy quantifiers, capture groups.
    @Test func matchesPrefixLikeJava() {
        #expect(Self.prefix("1|12", "123").end == 1)
        #expect(Self.prefix("12|1", "123").end == 2)
        #expect(Self.prefix("0?(?:(11|2\\d)15)?", "01115234").end == 5)
        #expect(Self.prefix("0?(?:(11|2\\d)15)?", "01115234").captures == [1, 3])
        #expect(Self.prefix("0?(?:(11|2\\d)15)?", "0351").captures == [-1, -1])
        #expect(Self.prefix("([2-9]\\d{6})$|1", "2345678").captures == [0, 7])
        #expect(Self.prefix("([2-9]\\d{6})$|1", "12345678").end == 1)
        #expect(Self.prefix("(?:0|90)(?:(1[245]|2[1-35])(\\d{10,11}))?", "02111987654321").captures == [1, 3, 3, 14])
        #expect(Self.prefix("00", "01").end == nil)
    }

    @Test func deepBacktrackingFallsBackToTheHeapStack() {
        let long = String(repeating: "1", count: 200)
        #expect(Self.whole("(?:1|2)*", long))
        #expect(Self.prefix("(1)*2|1*", long).end == 200)
    }

    @Test(arguments: [
        ("(?:1|2)3", UInt16(0b110)), ("0?1\\d", 0b11), ("[2-9]\\d{6}", 0x3FC), ("1?", 0b10 | PatternProgram.mayMatchEmpty),
        ("([2-9]\\d{6})$|1", 0x3FE), ("$", PatternProgram.mayMatchEmpty),
    ])
    func knowsFirstDigits(pattern: String, expected: UInt16) {
        #expect(PatternProgram.compile(pattern.utf8)?.firstDigits == expected)
    }

    /// The words written for quantified groups: a fork put before an optional atom, copies of a
    /// repeated one, and the targets of both moved with their words.
    @Test(arguments: [
        ("(?:1|23)?4", [0x1000, 9, 0x1000, 7, 0x2, 0x3000, 9, 0x4, 0x8, 0x10, 0x6000] as [UInt16], 0),
        ("(1|2){1,3}", [
            0x4000, 0x1000, 6, 0x2, 0x3000, 7, 0x4, 0x4001,
            0x1000, 0x1C, 0x4000, 0x1000, 0x10, 0x2, 0x3000, 0x11, 0x4, 0x4001,
            0x1000, 0x1C, 0x4000, 0x1000, 0x1A, 0x2, 0x3000, 0x1B, 0x4, 0x4001, 0x6000,
        ], 1),
        ("0(?:5\\d)*$", [0x1, 0x1000, 7, 0x20, 0x3FF, 0x3000, 1, 0x5000, 0x6000], 0),
    ])
    func writesQuantifiedGroups(pattern: String, words: [UInt16], groupCount: Int) throws {
        let program = try #require(PatternProgram.compile(pattern.utf8))
        #expect(program.words == words)
        #expect(program.groupCount == groupCount)
    }

    @Test(arguments: ["(", "[1-", "\\d{3", "a{2,1}", "*1", "(?=1)"])
    func refusesSyntaxOutsideTheDialect(pattern: String) {
        #expect(PatternProgram.compile(pattern.utf8) == nil)
    }

    @Test func compilesEveryPatternOfThePlan() {
        let plan = NumberingPlanIndex.shared
        var fields = [
            NumberingPlan.Field.leadingDigits, NumberingPlan.Field.internationalPrefix,
            NumberingPlan.Field.nationalPrefixForParsing, NumberingPlan.Field.generalPattern,
        ]
        fields += (0..<NumberingPlan.typeCount).map(NumberingPlan.Field.typePattern)
        var failures: [String] = []
        for territory in 0..<plan.territoryCount {
            for field in fields {
                let index = plan.field(territory, field)
                guard index != NumberingPlan.noString else { continue }
                if PatternProgram.compile(plan.strings[Int(index)]) == nil {
                    failures.append(plan.regionID(territory) + ": " + String(decoding: plan.strings[Int(index)], as: UTF8.self))
                }
            }
        }
        #expect(failures.isEmpty)
        #expect(plan.territoryCount == 254)
    }
}
