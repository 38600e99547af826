/// Scratch memory for the digit strings of one parse, carved from one stack buffer so that a
/// parse allocates nothing on the heap.
///
/// A parse needs at most three strings of at most 250 + 8 digits: the normalised input, and
/// two rewrites by a national-prefix transform rule.
struct DigitArena {
    /// Bytes to reserve for one parse.
    static let capacity = 1024

    private let storage: UnsafeMutableBufferPointer<UInt8>
    private var used = 0

    init(_ storage: UnsafeMutableBufferPointer<UInt8>) {
        self.storage = storage
    }

    /// `count` fresh bytes.
    mutating func allocate(_ count: Int) -> UnsafeMutableBufferPointer<UInt8> {
        precondition(used + count <= storage.count, "digit arena exhausted")
        defer { used += count }
        return UnsafeMutableBufferPointer(rebasing: storage[used..<(used + count)])
    }

    /// Forgets every string handed out.
    mutating func reset() { used = 0 }
}
