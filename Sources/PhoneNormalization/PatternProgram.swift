/// Compiles the numbering plan's regular expressions into programs for ``PatternMatcher``.
///
/// The dialect is the one libphonenumber's metadata uses: digit literals, `[]` classes with
/// ranges and `^`, `\d`, groups `( )` and `(?: )`, alternation, `?`, `*`, `+`, `{m}`, `{m,}`,
/// `{m,n}` and `$`. Inputs are ASCII digits only, so every atom becomes a 10-bit set of digits.
///
/// A program is a run of `UInt16` words. The top four bits are the operation:
/// `0` consume one digit in the low-10-bit set; `1` fork, trying the next word's target last;
/// `3` jump; `4` save the position in the low-12-bit slot; `5` assert the end of input; `6`
/// match. Fork and jump carry their target, relative to the program start, in the following
/// word. (`2` is unused: the dialect has no lazy quantifiers, so no fork prefers its target.)
enum PatternProgram {
    static let consume: UInt16 = 0x0000
    static let forkPreferNext: UInt16 = 0x1000
    static let jump: UInt16 = 0x3000
    static let save: UInt16 = 0x4000
    static let assertEnd: UInt16 = 0x5000
    static let match: UInt16 = 0x6000

    /// A compiled pattern.
    struct Compiled {
        var words: [UInt16]
        var groupCount: Int

        /// The digits a match can start with (bits 0-9), plus ``mayMatchEmpty`` when a match
        /// can end, or reach `$`, before consuming anything. A full match of a non-empty input
        /// whose first digit is outside the set cannot succeed.
        var firstDigits: UInt16 {
            var result: UInt16 = 0
            // Computed for every pattern when the plan is indexed: scratch space on the stack
            // (each word is visited once and pushes at most two more).
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: words.count) { visited in
                visited.initialize(repeating: false)
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * words.count + 1) { pending in
                    pending[0] = 0
                    var depth = 1
                    func push(_ pc: Int) {
                        pending[depth] = pc
                        depth += 1
                    }
                    while depth > 0 {
                        depth -= 1
                        let pc = pending[depth]
                        guard !visited[pc] else { continue }
                        visited[pc] = true
                        let word = words[pc]
                        switch word >> 12 {
                        case 0: result |= word & 0x3FF
                        case 1, 2:
                            push(pc + 2)
                            push(Int(words[pc + 1]))
                        case 3: push(Int(words[pc + 1]))
                        case 4: push(pc + 1)
                        default: result |= PatternProgram.mayMatchEmpty
                        }
                    }
                }
            }
            return result
        }
    }

    /// Flag of ``Compiled/firstDigits``.
    static let mayMatchEmpty: UInt16 = 0x400

    /// Compiles `pattern`; `nil` when it uses syntax outside the dialect.
    ///
    /// The words are written while the pattern is read, with no tree in between: an atom is
    /// written where it stands, and a quantifier or `|` after it puts a fork before its words
    /// (moving them, targets and all) or repeats them (``Compiler``).
    static func compile<Pattern: Collection<UInt8>>(_ pattern: Pattern) -> Compiled? {
        var compiler = Compiler(bytes: Array(pattern))
        guard compiler.compileAlternatives(), compiler.position == compiler.bytes.count else { return nil }
        compiler.words.append(match)
        guard compiler.words.count < 0xFFFF else { return nil }
        return Compiled(words: compiler.words, groupCount: compiler.groupCount)
    }

    /// Whether `word` is a fork or a jump, whose next word is its target.
    private static func hasTarget(_ word: UInt16) -> Bool {
        word >> 12 == 1 || word >> 12 == 2 || word >> 12 == 3
    }

    /// Reads a pattern and writes its program in one pass.
    ///
    /// The words of an alternation of branches `b0|b1|…|bn` are `fork L0, b0, jump End, L0: fork
    /// L1, b1, jump End, L1: … bn, End:`; of `a{m,n}`, `m` copies of `a`'s words, then `n - m`
    /// times `fork End, a`; of `a{m,}`, `m` copies, then `L: fork Out, a, jump L, Out:`. A
    /// repeated atom is its words copied, targets moved by the distance they moved.
    private struct Compiler {
        let bytes: [UInt8]
        var position = 0
        var groupCount = 0
        var words: [UInt16] = []

        var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        /// Writes branches separated by `|`; `false` on a syntax error.
        mutating func compileAlternatives() -> Bool {
            // The `jump End` slots not yet filled, chained: each holds the previous one's
            // index, 0 for none (a slot never sits at index 0).
            var lastJumpSlot = 0
            while true {
                let branchStart = words.count
                guard compileSequence() else { return false }
                guard current == UInt8(ascii: "|") else { break }
                position += 1
                // Chain links and targets are words: a longer program is refused anyway.
                guard words.count < 0xFFFF else { return false }
                insertFork(at: branchStart)
                words.append(jump)
                words.append(UInt16(truncatingIfNeeded: lastJumpSlot))
                lastJumpSlot = words.count - 1
                words[branchStart + 1] = UInt16(truncatingIfNeeded: words.count)
            }
            let end = UInt16(truncatingIfNeeded: words.count)
            while lastJumpSlot != 0 {
                let previous = Int(words[lastJumpSlot])
                words[lastJumpSlot] = end
                lastJumpSlot = previous
            }
            return true
        }

        /// Writes atoms up to a `|`, a `)` or the end, each with its quantifiers.
        mutating func compileSequence() -> Bool {
            while let byte = current, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                let atomStart = words.count
                guard compileAtom() else { return false }
                quantifiers: while let quantifier = current {
                    let bounds: (min: Int, max: Int?)
                    switch quantifier {
                    case UInt8(ascii: "?"): bounds = (0, 1)
                    case UInt8(ascii: "*"): bounds = (0, nil)
                    case UInt8(ascii: "+"): bounds = (1, nil)
                    case UInt8(ascii: "{"):
                        guard let braces = parseBraces() else { return false }
                        repeatAtom(from: atomStart, min: braces.0, max: braces.1)
                        continue quantifiers
                    default:
                        break quantifiers
                    }
                    position += 1
                    repeatAtom(from: atomStart, min: bounds.min, max: bounds.max)
                }
            }
            return true
        }

        /// Turns the words from `start` to the end, one atom, into `min` to `max` (no limit when
        /// `nil`) repetitions of it, greedy.
        mutating func repeatAtom(from start: Int, min: Int, max: Int?) {
            let length = words.count - start
            // The atom's words stay where they are as its first repetition; when that one is
            // optional, behind a fork put before them.
            var atom = start
            if min == 0 {
                guard max != 0 else {
                    words.removeSubrange(start...)
                    return
                }
                insertFork(at: start)
                atom = start + 2
            }
            for _ in 1..<Swift.max(min, 1) { appendCopy(of: atom, length: length) }
            if let max {
                // Each further optional repetition is `fork End` and a copy.
                let optionalStart = words.count
                let optionalCount = max - Swift.max(min, 1)
                for _ in 0..<optionalCount {
                    words.append(forkPreferNext)
                    words.append(0)
                    appendCopy(of: atom, length: length)
                }
                let end = UInt16(truncatingIfNeeded: words.count)
                if min == 0 { words[start + 1] = end }
                for repetition in 0..<optionalCount { words[optionalStart + repetition * (length + 2) + 1] = end }
            } else {
                let loop = min == 0 ? start : words.count
                if min > 0 {
                    words.append(forkPreferNext)
                    words.append(0)
                    appendCopy(of: atom, length: length)
                }
                words.append(jump)
                words.append(UInt16(truncatingIfNeeded: loop))
                words[loop + 1] = UInt16(truncatingIfNeeded: words.count)
            }
        }

        /// Puts `fork 0` before the words from `start` to the end, moving their targets by two.
        mutating func insertFork(at start: Int) {
            words.append(0)
            words.append(0)
            // Through one buffer: element by element, each write would check that the array is
            // not shared (an alternation of n branches moves its words n times).
            words.withUnsafeMutableBufferPointer { words in
                var index = words.count - 1
                while index >= start + 2 {
                    words[index] = words[index - 2]
                    index -= 1
                }
                words[start] = forkPreferNext
                words[start + 1] = 0
                index = start + 2
                while index < words.count {
                    if PatternProgram.hasTarget(words[index]) {
                        words[index + 1] &+= 2
                        index += 1
                    }
                    index += 1
                }
            }
        }

        /// Appends a copy of the `length` words at `start`, their targets moved with them.
        mutating func appendCopy(of start: Int, length: Int) {
            let distance = UInt16(truncatingIfNeeded: words.count - start)
            var index = start
            while index < start + length {
                let word = words[index]
                words.append(word)
                if PatternProgram.hasTarget(word) {
                    words.append(words[index + 1] &+ distance)
                    index += 1
                }
                index += 1
            }
        }

        mutating func parseBraces() -> (Int, Int?)? {
            position += 1
            guard let min = parseNumber() else { return nil }
            var max: Int? = min
            if current == UInt8(ascii: ",") {
                position += 1
                max = parseNumber()
            }
            guard current == UInt8(ascii: "}"), max.map({ $0 >= min }) ?? true else { return nil }
            position += 1
            return (min, max)
        }

        mutating func parseNumber() -> Int? {
            var value: Int?
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), (value ?? 0) < 1000 {
                value = (value ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
                position += 1
            }
            return value
        }

        /// Writes one atom: a group, a class, an escape, `$`, `.` or a literal.
        mutating func compileAtom() -> Bool {
            guard let byte = current else { return false }
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                var capture: Int?
                if current == UInt8(ascii: "?") {
                    guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ":") else { return false }
                    position += 2
                } else {
                    capture = groupCount
                    groupCount += 1
                }
                if let capture { words.append(save | UInt16(2 * capture)) }
                guard compileAlternatives(), current == UInt8(ascii: ")") else { return false }
                position += 1
                if let capture { words.append(save | UInt16(2 * capture + 1)) }
            case UInt8(ascii: "["):
                guard let set = parseClass() else { return false }
                words.append(consume | set)
            case UInt8(ascii: "\\"):
                guard let escaped = current else { return false }
                position += 1
                words.append(consume | (escaped == UInt8(ascii: "d") ? 0x3FF : Self.set(of: escaped)))
            case UInt8(ascii: "$"):
                words.append(assertEnd)
            case UInt8(ascii: "."):
                words.append(consume | 0x3FF)
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"), UInt8(ascii: "^"):
                return false
            default:
                words.append(consume | Self.set(of: byte))
            }
            return true
        }

        /// Reads a `[…]` class after its `[`: the set of digits it takes.
        mutating func parseClass() -> UInt16? {
            var negated = false
            if current == UInt8(ascii: "^") {
                negated = true
                position += 1
            }
            var set: UInt16 = 0
            var first = true
            while let byte = current, byte != UInt8(ascii: "]") || first {
                first = false
                position += 1
                var low = byte
                if byte == UInt8(ascii: "\\") {
                    guard let escaped = current else { return nil }
                    position += 1
                    if escaped == UInt8(ascii: "d") {
                        set |= 0x3FF
                        continue
                    }
                    low = escaped
                }
                if current == UInt8(ascii: "-"), position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: "]") {
                    let high = bytes[position + 1]
                    position += 2
                    guard low <= high else { return nil }
                    for value in low...high { set |= Self.set(of: value) }
                } else {
                    set |= Self.set(of: low)
                }
            }
            guard current == UInt8(ascii: "]") else { return nil }
            position += 1
            return negated ? ~set & 0x3FF : set
        }

        static func set(of byte: UInt8) -> UInt16 {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? 1 << UInt16(byte - UInt8(ascii: "0")) : 0
        }
    }
}
