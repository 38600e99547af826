import NumberingPlan

/// The generated ``NumberingPlan`` table, indexed for lookups, with every pattern compiled once.
///
/// Built on first use (Swift runs `static let` initialisers exactly once, thread-safely) and
/// immutable afterwards, so it is shared freely between threads. The rows and programs live in
/// buffers that are allocated once and never freed, read without reference counting.
final class NumberingPlanIndex: @unchecked Sendable {
    static let shared = NumberingPlanIndex()

    /// Outcome of libphonenumber's `testNumberLength`.
    enum LengthCheck: Equatable {
        case possible, possibleLocalOnly, tooShort, tooLong, invalidLength
    }

    let rows: UnsafeBufferPointer<UInt16>
    let territoryCount: Int
    /// Each string of the pool as bytes.
    let strings: [[UInt8]]
    /// All compiled programs back to back.
    let code: UnsafeBufferPointer<UInt16>
    /// Per string: start of its program in `code`, `-1` when it is not a pattern.
    let programStarts: UnsafeBufferPointer<Int32>
    let programEnds: UnsafeBufferPointer<Int32>
    let groupCounts: [UInt8]
    /// Per string: ``PatternProgram/Compiled/firstDigits`` of its program.
    let firstDigits: UnsafeBufferPointer<UInt16>
    /// Territory for the two-letter region `AA`...`ZZ` at `(c0 - 65) * 26 + (c1 - 65)`, `-1` none.
    let territoryForRegion: [Int16]
    /// Territories of each country code 0...999: `codeTerritories[codeStarts[cc]..<codeStarts[cc + 1]]`,
    /// main territory first, then XML order.
    let codeStarts: UnsafeBufferPointer<UInt16>
    let codeTerritories: UnsafeBufferPointer<UInt16>

    private init() {
        var strings: [[UInt8]] = []
        NumberingPlan.stringPool.withUTF8Buffer { pool in
            strings = pool.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        }
        let rows = NumberingPlan.rows
        let width = NumberingPlan.rowWidth
        let count = rows.count / width
        var patternFields = [
            NumberingPlan.Field.leadingDigits, NumberingPlan.Field.internationalPrefix,
            NumberingPlan.Field.nationalPrefixForParsing, NumberingPlan.Field.generalPattern,
        ]
        patternFields += (0..<NumberingPlan.typeCount).map(NumberingPlan.Field.typePattern)

        var code: [UInt16] = []
        var starts = [Int32](repeating: -1, count: strings.count)
        var ends = [Int32](repeating: -1, count: strings.count)
        var groups = [UInt8](repeating: 0, count: strings.count)
        var firstDigits = [UInt16](repeating: 0, count: strings.count)
        let neverMatches = PatternProgram.compile("[^0-9]".utf8)!
        for territory in 0..<count {
            for field in patternFields {
                let index = rows[territory * width + field]
                guard index != NumberingPlan.noString, starts[Int(index)] < 0 else { continue }
                let program = PatternProgram.compile(strings[Int(index)]) ?? neverMatches
                starts[Int(index)] = Int32(code.count)
                code += program.words
                ends[Int(index)] = Int32(code.count)
                groups[Int(index)] = UInt8(min(program.groupCount, 15))
                firstDigits[Int(index)] = program.firstDigits
            }
        }

        var regionMap = [Int16](repeating: -1, count: 26 * 26)
        var byCode = [[UInt16]](repeating: [], count: 1000)
        for territory in 0..<count {
            let id = strings[Int(rows[territory * width + NumberingPlan.Field.id])]
            if id.count == 2, let slot = Self.regionSlot(id[0], id[1]) { regionMap[slot] = Int16(territory) }
            let cc = Int(rows[territory * width + NumberingPlan.Field.countryCode])
            guard cc < 1000 else { continue }
            if rows[territory * width + NumberingPlan.Field.flags] & NumberingPlan.flagMainCountry != 0 {
                byCode[cc].insert(UInt16(territory), at: 0)
            } else {
                byCode[cc].append(UInt16(territory))
            }
        }
        var codeStarts: [UInt16] = [0]
        var codeTerritories: [UInt16] = []
        for list in byCode {
            codeTerritories += list
            codeStarts.append(UInt16(codeTerritories.count))
        }

        self.rows = Self.permanentCopy(of: rows)
        self.territoryCount = count
        self.strings = strings
        self.code = Self.permanentCopy(of: code)
        self.programStarts = Self.permanentCopy(of: starts)
        self.programEnds = Self.permanentCopy(of: ends)
        self.groupCounts = groups
        self.firstDigits = Self.permanentCopy(of: firstDigits)
        self.territoryForRegion = regionMap
        self.codeStarts = Self.permanentCopy(of: codeStarts)
        self.codeTerritories = Self.permanentCopy(of: codeTerritories)
    }

    private static func permanentCopy<Element>(of array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }

    static func regionSlot(_ first: UInt8, _ second: UInt8) -> Int? {
        let a = first & 0xDF, b = second & 0xDF
        guard (65...90).contains(a), (65...90).contains(b) else { return nil }
        return Int(a - 65) * 26 + Int(b - 65)
    }

    // MARK: Territories

    @inline(__always) func field(_ territory: Int, _ field: Int) -> UInt16 {
        rows[territory &* NumberingPlan.rowWidth &+ field]
    }

    func countryCode(_ territory: Int) -> Int { Int(field(territory, NumberingPlan.Field.countryCode)) }

    func regionID(_ territory: Int) -> String {
        String(decoding: strings[Int(field(territory, NumberingPlan.Field.id))], as: UTF8.self)
    }

    func territory(forRegion id: String) -> Int? {
        let bytes = id.utf8
        guard bytes.count == 2, let slot = Self.regionSlot(bytes.first!, bytes[bytes.index(after: bytes.startIndex)]) else { return nil }
        let territory = territoryForRegion[slot]
        return territory < 0 ? nil : Int(territory)
    }

    /// The territories sharing `countryCode`, main first; empty for an unknown code.
    func territories(forCountryCode countryCode: Int) -> UnsafeBufferPointer<UInt16> {
        guard countryCode > 0, countryCode < 1000 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: codeTerritories[Int(codeStarts[countryCode])..<Int(codeStarts[countryCode + 1])])
    }

    func isKnownCountryCode(_ countryCode: Int) -> Bool {
        countryCode > 0 && countryCode < 1000 && codeStarts[countryCode] != codeStarts[countryCode + 1]
    }

    // MARK: Patterns

    /// `pattern` (a string index) matches all of `digits`; `false` for ``NumberingPlan/noString``.
    @inline(__always)
    func matchesWhole(_ pattern: UInt16, _ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        guard pattern != NumberingPlan.noString, canStart(pattern, digits) else { return false }
        return withProgram(pattern) { PatternMatcher.match($0, digits, whole: true) != nil }
    }

    /// The end of `pattern`'s match at the start of `digits`, as Java's `lookingAt()`.
    func matchPrefix(_ pattern: UInt16, _ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard pattern != NumberingPlan.noString, canStart(pattern, digits) else { return nil }
        return withProgram(pattern) { PatternMatcher.match($0, digits, whole: false) }
    }

    /// As ``matchPrefix(_:_:)``, filling two capture slots per group.
    func matchPrefix(
        _ pattern: UInt16, _ digits: UnsafeBufferPointer<UInt8>, captures: UnsafeMutableBufferPointer<Int16>
    ) -> Int? {
        guard pattern != NumberingPlan.noString, canStart(pattern, digits) else { return nil }
        return withProgram(pattern) { PatternMatcher.match($0, digits, whole: false, captures: captures) }
    }

    /// Whether a match can start on `digits` at all, judged by its first digit.
    @inline(__always)
    private func canStart(_ pattern: UInt16, _ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = firstDigits[Int(pattern)]
        if first & PatternProgram.mayMatchEmpty != 0 { return true }
        return !digits.isEmpty && (first >> UInt16(digits[0])) & 1 != 0
    }

    func groupCount(_ pattern: UInt16) -> Int { Int(groupCounts[Int(pattern)]) }

    @inline(__always)
    private func withProgram<R>(_ pattern: UInt16, _ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
        let start = Int(programStarts[Int(pattern)]), end = Int(programEnds[Int(pattern)])
        return body(UnsafeBufferPointer(rebasing: code[start..<end]))
    }

    // MARK: Lengths

    /// libphonenumber's `testNumberLength` against a territory's general description.
    func checkLength(_ length: Int, territory: Int) -> LengthCheck {
        let national = UInt32(field(territory, NumberingPlan.Field.generalLengths))
        let localOnly = UInt32(field(territory, NumberingPlan.Field.generalLocalOnlyLengths))
        guard national != 0 else { return .invalidLength }
        if (2...17).contains(length), localOnly & (1 << UInt32(length - 2)) != 0 { return .possibleLocalOnly }
        let minimum = national.trailingZeroBitCount + 2
        let maximum = 31 - national.leadingZeroBitCount + 2
        if length == minimum { return .possible }
        if length < minimum { return .tooShort }
        if length > maximum { return .tooLong }
        return national & (1 << UInt32(length - 2)) != 0 ? .possible : .invalidLength
    }

    /// True when a number of `length` digits is shorter than every fixed-line and every mobile
    /// number of the territory: a local number written without its area code (`966093487` in
    /// Brazil, where a mobile has a two-digit area code and nine digits).
    func isShorterThanFixedLinesAndMobiles(_ length: Int, territory: Int) -> Bool {
        let fixedLine = UInt32(field(territory, NumberingPlan.Field.typeLengths(0)))
        let mobile = UInt32(field(territory, NumberingPlan.Field.typeLengths(1)))
        guard fixedLine != 0, mobile != 0 else { return false }
        return length < min(fixedLine.trailingZeroBitCount, mobile.trailingZeroBitCount) + 2
    }

    /// libphonenumber's `isNumberMatchingDesc`: the length is listed (when lengths are listed)
    /// and the pattern matches the whole number.
    func matchesDescription(
        _ digits: UnsafeBufferPointer<UInt8>, territory: Int, patternField: Int, lengthsField: Int
    ) -> Bool {
        let pattern = field(territory, patternField)
        guard pattern != NumberingPlan.noString else { return false }
        let lengths = UInt32(field(territory, lengthsField))
        if lengths != 0 {
            guard (2...17).contains(digits.count), lengths & (1 << UInt32(digits.count - 2)) != 0 else { return false }
        }
        return matchesWhole(pattern, digits)
    }
}
