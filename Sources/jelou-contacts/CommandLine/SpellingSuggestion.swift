/// The name a mistyped one most likely meant, for usage errors: `--too` → `--to`, `conver` →
/// `convert`.
enum SpellingSuggestion {
    /// The closest of `candidates` to `typed`, when it is within two edits (an insertion,
    /// deletion, substitution or swap of neighbours) and closer than any other; `nil` otherwise.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let typed = Array(typed.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        var tied = false
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased().unicodeScalars))
            guard distance <= 2, distance < typed.count else { continue }
            if let current = best, distance >= current.distance {
                if distance == current.distance, candidate != current.name { tied = true }
                continue
            }
            best = (candidate, distance)
            tied = false
        }
        return tied ? nil : best?.name
    }

    /// `  (did you mean 'NAME'?)` for the closest candidate, or nothing.
    static func hint(for typed: String, among candidates: [String]) -> String {
        closest(to: typed, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The optimal string alignment distance: Levenshtein with swaps of neighbouring characters.
    private static func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Int {
        if first.isEmpty { return second.count }
        if second.isEmpty { return first.count }
        var previous2 = [Int](repeating: 0, count: second.count + 1)
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for row in 1...first.count {
            current[0] = row
            for column in 1...second.count {
                let cost = first[row - 1] == second[column - 1] ? 0 : 1
                current[column] = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, first[row - 1] == second[column - 2], first[row - 2] == second[column - 1] {
                    current[column] = min(current[column], previous2[column - 2] + 1)
                }
            }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[second.count]
    }
}
