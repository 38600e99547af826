/// Runs ``PatternProgram`` programs over ASCII digit values (0...9) by backtracking.
///
/// Alternatives are tried in order and quantifiers are greedy, so a prefix match returns the
/// same match as Java's `Matcher.lookingAt()`, and a full match succeeds exactly when Java's
/// `Matcher.matches()` does. A budget of steps and a fixed backtracking stack bound the work;
/// exhausting either counts as no match.
enum PatternMatcher {
    /// Backtracking entries kept on the machine stack (768 bytes); deeper searches retry once
    /// with ``largeStackCapacity`` entries on the heap.
    static let stackCapacity = 96
    static let largeStackCapacity = 8192
    static let stepBudget = 100_000

    /// Matches `program` against `input`.
    /// - Parameters:
    ///   - program: the program's words.
    ///   - input: digit values 0...9.
    ///   - whole: require the match to end at the end of `input` (`matches()`), else accept the
    ///     first match found (`lookingAt()`).
    ///   - captures: two slots per group (start, end), `-1` when the group did not take part.
    /// - Returns: the end of the match, or `nil`.
    static func match(
        _ program: UnsafeBufferPointer<UInt16>, _ input: UnsafeBufferPointer<UInt8>, whole: Bool,
        captures: UnsafeMutableBufferPointer<Int16>
    ) -> Int? {
        for slot in captures.indices { captures[slot] = -1 }
        let outcome = withUnsafeTemporaryAllocation(of: (Int32, Int32).self, capacity: stackCapacity) { stack in
            run(program, input, whole: whole, captures: captures, stack: stack)
        }
        guard case .overflow = outcome else { return outcome.end }
        for slot in captures.indices { captures[slot] = -1 }
        let stack = UnsafeMutableBufferPointer<(Int32, Int32)>.allocate(capacity: largeStackCapacity)
        defer { stack.deallocate() }
        return run(program, input, whole: whole, captures: captures, stack: stack).end
    }

    /// Matches without captures.
    static func match(_ program: UnsafeBufferPointer<UInt16>, _ input: UnsafeBufferPointer<UInt8>, whole: Bool) -> Int? {
        match(program, input, whole: whole, captures: UnsafeMutableBufferPointer(start: nil, count: 0))
    }

    private enum Outcome {
        case matched(Int), failed, overflow
        var end: Int? {
            if case .matched(let end) = self { return end }
            return nil
        }
    }

    private static func run(
        _ program: UnsafeBufferPointer<UInt16>, _ input: UnsafeBufferPointer<UInt8>, whole: Bool,
        captures: UnsafeMutableBufferPointer<Int16>, stack: UnsafeMutableBufferPointer<(Int32, Int32)>
    ) -> Outcome {
        let count = input.count
        var pc = 0
        var position = 0
        var depth = 0
        var steps = 0
        while true {
            steps += 1
            var failed = false
            if steps > stepBudget { return .failed }
            let word = program[pc]
            switch word >> 12 {
            case 0:
                if position < count, (word >> UInt16(input[position])) & 1 != 0 {
                    position += 1
                    pc += 1
                } else {
                    failed = true
                }
            case 1:
                guard depth < stack.count else { return .overflow }
                stack[depth] = (Int32(program[pc + 1]), Int32(position))
                pc += 2
                depth += 1
            case 3:
                pc = Int(program[pc + 1])
            case 4:
                let slot = Int(word & 0xFFF)
                if slot < captures.count {
                    guard depth < stack.count else { return .overflow }
                    stack[depth] = (Int32(-1 - slot), Int32(captures[slot]))
                    depth += 1
                    captures[slot] = Int16(position)
                }
                pc += 1
            case 5:
                if position == count { pc += 1 } else { failed = true }
            default:
                if !whole || position == count { return .matched(position) }
                failed = true
            }
            if failed {
                while true {
                    guard depth > 0 else { return .failed }
                    depth -= 1
                    let (savedPC, savedPosition) = stack[depth]
                    if savedPC < 0 {
                        captures[Int(-1 - savedPC)] = Int16(savedPosition)
                    } else {
                        pc = Int(savedPC)
                        position = Int(savedPosition)
                        break
                    }
                }
            }
        }
    }
}
