import ContactModel

/// Hands out Apple-style item group names (`item1`, `item2`, …) for one card, skipping any name
/// an unmapped property already uses (group names compare case-insensitively, RFC 6350 §3.3).
struct VCardItemGroups {
    private var taken: Set<String>
    private var counter = 0

    init(reserving unmapped: [RawProperty]) {
        taken = Set(unmapped.compactMap { $0.group?.lowercased() })
    }

    mutating func next() -> String {
        while true {
            counter += 1
            let name = "item\(counter)"
            if !taken.contains(name) { return name }
        }
    }
}
