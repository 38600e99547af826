/// TYPE values (RFC 6350 §5.6, RFC 2426 §3.3.1) as ``VCardTypeVocabulary`` reads them: each
/// value's vocabulary key, and its text only when asked for (an unknown value becomes a label).
protocol VCardTypeTokenList {
    /// The number of values.
    var count: Int { get }
    /// The vocabulary key of the value at `index` (`nil` when it is too long to be a known value).
    func key(at index: Int) -> VCardTokenKey?
    /// The value at `index` as written.
    func text(at index: Int) -> String
}

extension Array: VCardTypeTokenList where Element == String {
    func key(at index: Int) -> VCardTokenKey? { VCardTokenKey(self[index]) }
    func text(at index: Int) -> String { self[index] }
}

/// The TYPE values of one content line, kept as ranges of the card's bytes with their keys, so
/// that the common values are matched without making a String of each.
struct VCardTypeTokens: VCardTypeTokenList {
    private struct Token {
        var key: VCardTokenKey?
        var range: Range<Int>
        /// True when `range` is in ``decodedBytes`` (a quoted or caret-escaped value), not in
        /// ``source``.
        var isDecoded: Bool
    }

    /// The bytes the values were read from (the card's arena).
    private var source: [UInt8] = []
    private var decodedBytes: [UInt8] = []
    /// The values; only the first ``count`` are in use (the rest is storage kept for the next line).
    private var tokens: [Token] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    func key(at index: Int) -> VCardTokenKey? { tokens[index].key }

    func text(at index: Int) -> String {
        let token = tokens[index]
        let bytes = token.isDecoded ? decodedBytes : source
        return String(decoding: bytes[token.range], as: UTF8.self)
    }

    /// The values from `index` on, as Strings.
    func texts(from index: Int) -> [String] {
        (index..<count).map(text(at:))
    }

    /// Forgets the values and reads the next ones from `bytes`, keeping the storage.
    mutating func reset(source bytes: [UInt8]) {
        count = 0
        source = bytes
        if !decodedBytes.isEmpty { decodedBytes.removeAll(keepingCapacity: true) }
    }

    /// Adds a value (not empty, already unquoted and trimmed).
    /// - Parameters:
    ///   - value: the value's bytes: a run of ``source`` (same indices), or decoded bytes.
    ///   - isDecoded: true when `value` is not a run of ``source`` and must be copied.
    mutating func append(_ value: Slice<UnsafeBufferPointer<UInt8>>, isDecoded: Bool) {
        var range = value.startIndex..<value.endIndex
        if isDecoded {
            let start = decodedBytes.count
            decodedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: value))
            range = start..<decodedBytes.count
        }
        let token = Token(key: VCardTokenKey(value), range: range, isDecoded: isDecoded)
        if count < tokens.count {
            tokens[count] = token
        } else {
            tokens.append(token)
        }
        count += 1
    }

    mutating func removeLast() {
        count -= 1
    }
}
