/// A ``ByteSource`` that first hands out bytes already read from its base (to look at the start
/// of a stream, for example to recognise its format), then continues with the base.
public struct PrefixedByteSource<Base: ByteSource>: ByteSource {
    private var prefix: [UInt8]
    private var base: Base

    /// Hands out `prefix`, then what `base` has left.
    public init(prefix: [UInt8], base: Base) {
        self.prefix = prefix
        self.base = base
    }

    /// Reads from `base` until at least `count` bytes (or the end) have been seen, and returns
    /// them with a source that replays them before the rest.
    /// - Throws: ``InputError`` when the base cannot be read.
    public static func peeking(_ count: Int, from base: Base) throws(InputError) -> (head: [UInt8], source: Self) {
        var base = base
        var head: [UInt8] = []
        while head.count < count {
            let chunk = try base.read(maxCount: max(count - head.count, 4096))
            if chunk.isEmpty { break }
            head.append(contentsOf: chunk)
        }
        return (head, PrefixedByteSource(prefix: head, base: base))
    }

    /// The next at most `maxCount` bytes of the prefix, and once it is used up, of the base; empty at
    /// the end. A chunk never mixes the two.
    /// - Throws: ``InputError`` when the base cannot be read.
    public mutating func read(maxCount: Int) throws(InputError) -> [UInt8] {
        guard prefix.isEmpty else {
            let count = min(maxCount, prefix.count)
            let out = Array(prefix[..<count])
            prefix.removeFirst(count)
            return out
        }
        return try base.read(maxCount: maxCount)
    }
}
