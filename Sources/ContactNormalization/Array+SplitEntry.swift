extension Array {
    /// Replaces the entry at `index` — a phone or email whose field held several values — with one
    /// copy of it per value, each with that value written at `field`.
    /// - Returns: the entry as it was.
    @discardableResult
    mutating func split(at index: Int, into values: [String], field: WritableKeyPath<Element, String>) -> Element {
        let entry = self[index]
        replaceSubrange(index...index, with: values.map { value in
            var copy = entry
            copy[keyPath: field] = value
            return copy
        })
        return entry
    }
}
