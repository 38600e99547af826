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

    /// A parsed pattern.
    indirect enum Node {
        case digits(UInt16)
        case end
        case group(Node, capture: Int?)
        case sequence([Node])
        case alternatives([Node])
        case repetition(Node, min: Int, max: Int?)
    }

    /// A compiled pattern.
    struct Compiled {
        var words: [UInt16]
        var groupCount: Int

        /// The digits a match can start with (bits 0-9), plus ``mayMatchEmpty`` when a match
        /// can end, or reach `$`, before consuming anything. A full match of a non-empty input
        /// whose first digit is outside the set cannot succeed.
        var firstDigits: UInt16 {
            var result: UInt16 = 0
            var visited = Set<Int>()
            var pending = [0]
            while let pc = pending.popLast() {
                guard visited.insert(pc).inserted else { continue }
                let word = words[pc]
                switch word >> 12 {
                case 0: result |= word & 0x3FF
                case 1, 2: pending += [pc + 2, Int(words[pc + 1])]
                case 3: pending.append(Int(words[pc + 1]))
                case 4: pending.append(pc + 1)
                default: result |= PatternProgram.mayMatchEmpty
                }
            }
            return result
        }
    }

    /// Flag of ``Compiled/firstDigits``.
    static let mayMatchEmpty: UInt16 = 0x400

    /// Compiles `pattern`; `nil` when it uses syntax outside the dialect.
    static func compile<Pattern: Collection<UInt8>>(_ pattern: Pattern) -> Compiled? {
        var parser = Parser(bytes: Array(pattern))
        guard let node = parser.parseAlternatives(), parser.position == parser.bytes.count else { return nil }
        var words: [UInt16] = []
        emit(node, into: &words)
        words.append(match)
        guard words.count < 0xFFFF else { return nil }
        return Compiled(words: words, groupCount: parser.groupCount)
    }

    private static func emit(_ node: Node, into words: inout [UInt16]) {
        switch node {
        case .digits(let set):
            words.append(consume | set)
        case .end:
            words.append(assertEnd)
        case .group(let inner, let capture):
            if let capture { words.append(save | UInt16(2 * capture)) }
            emit(inner, into: &words)
            if let capture { words.append(save | UInt16(2 * capture + 1)) }
        case .sequence(let nodes):
            for inner in nodes { emit(inner, into: &words) }
        case .alternatives(let nodes):
            var jumpsToEnd: [Int] = []
            for (index, inner) in nodes.enumerated() {
                if index == nodes.count - 1 {
                    emit(inner, into: &words)
                } else {
                    words.append(forkPreferNext)
                    let fork = words.count
                    words.append(0)
                    emit(inner, into: &words)
                    words.append(jump)
                    jumpsToEnd.append(words.count)
                    words.append(0)
                    words[fork] = UInt16(truncatingIfNeeded: words.count)
                }
            }
            for slot in jumpsToEnd { words[slot] = UInt16(truncatingIfNeeded: words.count) }
        case .repetition(let inner, let min, let max):
            for _ in 0..<min { emit(inner, into: &words) }
            if let max {
                var forks: [Int] = []
                for _ in min..<max {
                    words.append(forkPreferNext)
                    forks.append(words.count)
                    words.append(0)
                    emit(inner, into: &words)
                }
                for slot in forks { words[slot] = UInt16(truncatingIfNeeded: words.count) }
            } else {
                let loop = words.count
                words.append(forkPreferNext)
                words.append(0)
                emit(inner, into: &words)
                words.append(jump)
                words.append(UInt16(truncatingIfNeeded: loop))
                words[loop + 1] = UInt16(truncatingIfNeeded: words.count)
            }
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0
        var groupCount = 0

        var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func parseAlternatives() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
                guard current == UInt8(ascii: "|") else { break }
                position += 1
            }
            return branches.count == 1 ? branches[0] : .alternatives(branches)
        }

        mutating func parseSequence() -> Node? {
            var items: [Node] = []
            while let byte = current, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard var atom = parseAtom() else { return nil }
                quantifiers: while let quantifier = current {
                    switch quantifier {
                    case UInt8(ascii: "?"): atom = .repetition(atom, min: 0, max: 1)
                    case UInt8(ascii: "*"): atom = .repetition(atom, min: 0, max: nil)
                    case UInt8(ascii: "+"): atom = .repetition(atom, min: 1, max: nil)
                    case UInt8(ascii: "{"):
                        guard let (min, max) = parseBraces() else { return nil }
                        atom = .repetition(atom, min: min, max: max)
                        continue quantifiers
                    default:
                        break quantifiers
                    }
                    position += 1
                }
                items.append(atom)
            }
            return items.count == 1 ? items[0] : .sequence(items)
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

        mutating func parseAtom() -> Node? {
            guard let byte = current else { return nil }
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                var capture: Int?
                if current == UInt8(ascii: "?") {
                    guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ":") else { return nil }
                    position += 2
                } else {
                    capture = groupCount
                    groupCount += 1
                }
                guard let inner = parseAlternatives(), current == UInt8(ascii: ")") else { return nil }
                position += 1
                return .group(inner, capture: capture)
            case UInt8(ascii: "["):
                return parseClass()
            case UInt8(ascii: "\\"):
                guard let escaped = current else { return nil }
                position += 1
                return escaped == UInt8(ascii: "d") ? .digits(0x3FF) : .digits(Self.set(of: escaped))
            case UInt8(ascii: "$"):
                return .end
            case UInt8(ascii: "."):
                return .digits(0x3FF)
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"), UInt8(ascii: "^"):
                return nil
            default:
                return .digits(Self.set(of: byte))
            }
        }

        mutating func parseClass() -> Node? {
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
            return .digits(negated ? ~set & 0x3FF : set)
        }

        static func set(of byte: UInt8) -> UInt16 {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? 1 << UInt16(byte - UInt8(ascii: "0")) : 0
        }
    }
}
