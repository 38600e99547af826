/// The components of one structured value (N, ADR, ORG): the value split on unescaped `;`
/// (RFC 6350 §3.3), each component unescaped by version (RFC 6350 §3.4, RFC 2426 §4, vCard 2.1
/// §2.1.3) and trimmed of spaces, tabs and line breaks; with `joiningLists` (3.0/4.0 N), the
/// comma-separated values of a component are joined with one space.
///
/// Components are kept as byte ranges, and a String is made only for a component that is asked
/// for, straight into the field that holds it: no array of Strings is built and torn down per
/// value. A component without escapes is a range of the value's own bytes; only one with escapes
/// is copied (into storage reused from value to value).
struct VCardStructuredValue {
    private struct Component {
        /// The trimmed component, in the value or, when `isCopied`, in ``copiedBytes``.
        var range: Range<Int>
        var isCopied: Bool
    }

    /// The components; only the first ``count`` are in use (the rest is storage kept for the next
    /// value, overwritten rather than emptied, which costs a generic call per value).
    private var components: [Component] = []
    /// The unescaped text of the components that needed it.
    private var copiedBytes: [UInt8] = []

    /// The number of components (at least 1).
    private(set) var count = 0

    /// Splits `value`, replacing the components read before.
    mutating func read(_ value: UnsafeBufferPointer<UInt8>, dialect: VCardDialect, joiningLists: Bool) {
        if !copiedBytes.isEmpty { copiedBytes.removeAll(keepingCapacity: true) }
        let stops = joiningLists ? VCardValueText.structureBytes : VCardValueText.structureBytes & ~(1 << UInt64(VCardByte.comma))
        if splitPlain(value, stops: stops) { return }
        count = 0
        var copyStart = 0
        var isCopying = false
        var componentStart = 0
        var index = 0
        while index < value.count {
            let runEnd = VCardValueText.endOfRun(value, from: index, stoppingAt: stops)
            if runEnd > index {
                if isCopying { copiedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[index..<runEnd])) }
                index = runEnd
                continue
            }
            let byte = value[index]
            if byte == VCardByte.semicolon {
                endComponent(value, from: componentStart, to: index, copiedFrom: isCopying ? copyStart : nil)
                isCopying = false
                index += 1
                componentStart = index
                continue
            }
            if !isCopying {
                copyStart = copiedBytes.count
                copiedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[componentStart..<index]))
                isCopying = true
            }
            if byte == VCardByte.comma {
                // `RAMIREZ, SERGIO`: one space between list items, whatever the source put.
                while copiedBytes.count > copyStart, let last = copiedBytes.last, last == VCardByte.space || last == VCardByte.tab {
                    copiedBytes.removeLast()
                }
                if copiedBytes.count > copyStart { copiedBytes.append(VCardByte.space) }
                index += 1
                while index < value.count, value[index] == VCardByte.space || value[index] == VCardByte.tab { index += 1 }
            } else {
                index = VCardValueText.appendUnescaped(value, at: index, dialect: dialect, structured: true, to: &copiedBytes)
            }
        }
        endComponent(value, from: componentStart, to: index, copiedFrom: isCopying ? copyStart : nil)
    }

    /// Splits a value that holds none of `stops` but `;` (nor a backslash) on its semicolons,
    /// eight bytes at a time, every component read in place (nearly every value).
    /// - Returns: `false` when the value holds such a byte (the components recorded are then
    ///   incomplete).
    private mutating func splitPlain(_ value: UnsafeBufferPointer<UInt8>, stops: UInt64) -> Bool {
        count = 0
        var start = 0
        var index = 0
        if let base = UnsafeRawPointer(value.baseAddress) {
            let commas: UInt64 = stops >> VCardByte.comma & 1 == 1 ? ~0 : 0
            // Wrapping arithmetic: indices stay within the buffer, so no overflow checks.
            while index &+ 8 <= value.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let escapes = VCardByte.matches(VCardByte.backslash, in: word) | VCardByte.matches(VCardByte.carriageReturn, in: word)
                    | VCardByte.matches(VCardByte.lineFeed, in: word) | VCardByte.matches(VCardByte.comma, in: word) & commas
                if escapes != 0 { return false }
                var semicolons = VCardByte.exactMatches(VCardByte.semicolon, in: word)
                while semicolons != 0 {
                    let end = index &+ semicolons.trailingZeroBitCount >> 3
                    add(Component(range: VCardValueText.trimmedRange(value, start..<end), isCopied: false))
                    start = end &+ 1
                    semicolons &= semicolons &- 1
                }
                index &+= 8
            }
        }
        while index < value.count {
            let byte = value[index]
            if byte == VCardByte.semicolon {
                add(Component(range: VCardValueText.trimmedRange(value, start..<index), isCopied: false))
                start = index + 1
            } else if byte < 64 ? stops >> byte & 1 == 1 : byte == VCardByte.backslash {
                return false
            }
            index += 1
        }
        add(Component(range: VCardValueText.trimmedRange(value, start..<value.count), isCopied: false))
        return true
    }

    @inline(__always)
    private mutating func add(_ component: Component) {
        if count < components.count {
            components[count] = component
        } else {
            components.append(component)
        }
        count += 1
    }

    /// Records the component that ends at `end`: `value[start..<end]`, or the bytes copied since
    /// `copyStart` when it was copied; trimmed.
    private mutating func endComponent(_ value: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, copiedFrom copyStart: Int?) {
        guard let copyStart else {
            add(Component(range: VCardValueText.trimmedRange(value, start..<end), isCopied: false))
            return
        }
        let range = copiedBytes.withUnsafeBufferPointer { VCardValueText.trimmedRange($0, copyStart..<$0.count) }
        add(Component(range: range, isCopied: true))
    }

    /// The text of the component at `index` of the value last read (`value` must be that value);
    /// `nil` when it is empty or there is no such component.
    func text(at index: Int, in value: UnsafeBufferPointer<UInt8>) -> String? {
        guard index < count else { return nil }
        let component = components[index]
        guard !component.range.isEmpty else { return nil }
        guard component.isCopied else { return String(vCardUTF8: UnsafeBufferPointer(rebasing: value[component.range])) }
        return copiedBytes.withUnsafeBufferPointer { String(vCardUTF8: UnsafeBufferPointer(rebasing: $0[component.range])) }
    }

    /// True when a component at `index` or after is not empty.
    func hasText(from index: Int) -> Bool {
        index < count && components[index..<count].contains { !$0.range.isEmpty }
    }
}
