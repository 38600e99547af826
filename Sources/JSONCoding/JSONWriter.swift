import ContactModel

/// Writes JSON text into a byte array, members in the order the caller writes them.
///
/// Corresponds to RFC 8259: strings are escaped per §7 (quotation mark, reverse solidus and
/// controls below U+0020, using the short forms `\b \f \n \r \t` where they exist and `\u00XX`
/// otherwise), plus U+2028 and U+2029 so the text is also safe inside JavaScript. Other non-ASCII
/// text is written as UTF-8, unescaped. Pretty output indents by two spaces per level.
///
/// The writer does not check that calls make a well-formed document beyond separators: write a
/// ``key(_:)`` before each object member's value.
///
/// The small writes (opening and closing containers, constant keys) are `@inlinable`, so that
/// an encoder in another module writes a bracket without a call.
public struct JSONWriter: Sendable {
    /// The text written so far.
    public var bytes: [UInt8] { buffer }
    /// The text written so far (``bytes``), appended to by the inlined writes.
    @usableFromInline var buffer: [UInt8]
    /// Whether to break lines and indent.
    public let pretty: Bool
    /// How many containers are open.
    @usableFromInline var depth = 0
    /// True when the innermost open container already has an element or member, so the next one
    /// needs a comma before it.
    @usableFromInline var needsComma = false
    /// True right after a key, when the value must follow without a separator.
    @usableFromInline var afterKey = false

    /// Makes an empty writer.
    /// - Parameters:
    ///   - pretty: break lines and indent by two spaces per level.
    ///   - capacity: bytes to reserve up front.
    public init(pretty: Bool = false, reservingCapacity capacity: Int = 256) {
        self.pretty = pretty
        buffer = []
        buffer.reserveCapacity(capacity)
    }

    /// Returns the text written so far and starts again from empty.
    public mutating func takeBytes() -> [UInt8] {
        let out = buffer
        buffer.removeAll(keepingCapacity: true)
        depth = 0
        needsComma = false
        afterKey = false
        return out
    }

    /// Starts again from empty, keeping the buffer: what ``takeBytes()`` does when the text
    /// written is not wanted, without handing the buffer out (which makes the next write allocate
    /// a new one).
    public mutating func removeAll() {
        buffer.removeAll(keepingCapacity: true)
        depth = 0
        needsComma = false
        afterKey = false
    }

    /// Opens an object (`{`).
    @inlinable
    public mutating func beginObject() {
        separate()
        buffer.append(UInt8(ascii: "{"))
        depth += 1
        needsComma = false
    }

    /// Closes the innermost object (`}`).
    @inlinable
    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Opens an array (`[`).
    @inlinable
    public mutating func beginArray() {
        separate()
        buffer.append(UInt8(ascii: "["))
        depth += 1
        needsComma = false
    }

    /// Closes the innermost array (`]`).
    @inlinable
    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes an object member's name; the next value written is its value.
    @_disfavoredOverload
    public mutating func key(_ name: String) {
        separate()
        Self.appendString(name, to: &buffer)
        buffer.append(.colon)
        if pretty { buffer.append(.space) }
        afterKey = true
    }

    /// Writes a constant object member name, as ``key(_:)-(String)`` would, but copied in one
    /// piece when it needs no escape (RFC 8259 §7), as no key of a fixed schema does.
    ///
    /// A string literal picks this overload; a `String` value picks the other.
    public mutating func key(_ name: StaticString) {
        separate()
        afterKey = true
        name.withUTF8Buffer { utf8 in
            guard Self.escapeStart(in: utf8, from: 0) == utf8.count else {
                Self.appendString(String(decoding: utf8, as: UTF8.self), to: &buffer)
                buffer.append(.colon)
                if pretty { buffer.append(.space) }
                return
            }
            Self.appendQuoted(utf8, then: pretty ? ": " : ":", to: &buffer)
        }
    }

    /// Writes a constant object member name that needs no escape (RFC 8259 §7) — a fixed schema's
    /// name, of ASCII letters, digits and `_` — copied as it is, without the look for characters
    /// to escape that ``key(_:)-(StaticString)`` takes each time. Debug builds check the name.
    @inlinable
    public mutating func key(plain name: StaticString) {
        assert(Self.needsNoEscape(name), "a plain key needs no escape")
        separate()
        afterKey = true
        name.withUTF8Buffer { Self.appendQuoted($0, then: pretty ? ": " : ":", to: &buffer) }
    }

    /// Writes a string value.
    public mutating func string(_ text: String) {
        separate()
        Self.appendString(text, to: &buffer)
    }

    /// Writes an integer.
    public mutating func number(_ value: Int) {
        separate()
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Writes a double; non-finite values, which JSON cannot hold (RFC 8259 §6), become `null`.
    public mutating func number(_ value: Double) {
        separate()
        if value.isFinite {
            buffer.append(contentsOf: "\(value)".utf8)
        } else {
            buffer.append(contentsOf: "null".utf8)
        }
    }

    /// Writes a number as its literal text (kept from a ``JSONNumber``).
    public mutating func number(_ value: JSONNumber) {
        separate()
        buffer.append(contentsOf: value.literal.utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ flag: Bool) {
        separate()
        buffer.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        buffer.append(contentsOf: "null".utf8)
    }

    /// Writes `key` and a string value when `text` is non-nil and non-empty; nothing otherwise.
    @_disfavoredOverload
    public mutating func member(_ key: String, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        self.key(key)
        string(text)
    }

    /// Writes the constant `key` and a string value when `text` is non-nil and non-empty; nothing
    /// otherwise. The key is written as by ``key(_:)-(StaticString)``.
    public mutating func member(_ key: StaticString, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        self.key(key)
        afterKey = false
        Self.appendString(text, to: &buffer)
    }

    /// Writes the constant `key` and a string value when `text` is non-nil and non-empty, as
    /// ``member(_:_:)-(StaticString,String?)`` does, for a key that needs no escape, taken as
    /// ``key(plain:)`` takes it. In compact output the comma, the key and a value that needs no
    /// escape go in with one capacity check.
    public mutating func member(plain key: StaticString, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        guard !pretty, !afterKey, depth > 0 else {
            self.key(plain: key)
            string(text)
            return
        }
        assert(Self.needsNoEscape(key), "a plain key needs no escape")
        let comma = needsComma
        needsComma = true
        text.withUTF8Bytes { utf8 in
            if Self.needsNoEscape(utf8) {
                Self.appendMember(comma: comma, key: key, value: utf8, to: &buffer)
            } else {
                if comma { buffer.append(.comma) }
                key.withUTF8Buffer { Self.appendQuoted($0, then: ":", to: &buffer) }
                Self.appendEscaped(utf8, to: &buffer)
            }
        }
    }

    /// Writes any value, recursively, members in their stored order.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): self.number(number)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    /// Appends `text` as a quoted, escaped JSON string (RFC 8259 §7), copying runs that need no
    /// escape in bulk.
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        text.withUTF8Bytes { appendEscaped($0, to: &out) }
    }

    /// Appends the UTF-8 text `utf8` as a quoted, escaped JSON string (see ``appendString(_:to:)``).
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = escapeStart(in: utf8, from: 0)
        // Nearly every string needs no escape: quoted and copied in one step.
        guard index < utf8.count else { return appendQuoted(utf8, to: &out) }
        out.append(.quote)
        var runStart = 0
        while index < utf8.count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            if utf8[index] == 0xE2 {
                out.append(contentsOf: utf8[index + 2] == 0xA8 ? Self.lineSeparator : Self.paragraphSeparator)
                index += 3
            } else {
                appendEscape(utf8[index], to: &out)
                index += 1
            }
            runStart = index
            index = escapeStart(in: utf8, from: index)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        out.append(.quote)
    }

    /// Whether the constant `name` needs no escape, as a plain key must not.
    @usableFromInline
    static func needsNoEscape(_ name: StaticString) -> Bool {
        name.withUTF8Buffer { escapeStart(in: $0, from: 0) == $0.count }
    }

    /// Whether `utf8` needs no escape: for text of at most 16 bytes (nearly every value) told
    /// from one or two word tests here, inlined into the caller, else, or when a word holds an
    /// E2 or a byte to escape, by ``escapeStart(in:from:)``.
    @inline(__always)
    private static func needsNoEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        guard count > 0, count <= 16, let base = UnsafeRawPointer(utf8.baseAddress) else {
            return escapeStart(in: utf8, from: 0) == count
        }
        let isClean = count < 8
            ? !mayBeginEscape(shortWord(at: base, count: count))
            : !mayBeginEscape(base.loadUnaligned(as: UInt64.self))
                && !mayBeginEscape(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        return isClean || escapeStart(in: utf8, from: 0) == count
    }

    /// The offset of the first byte at or after `start` that begins an escape — a control below
    /// U+0020, a quotation mark, a reverse solidus, or the E2 80 A8 or E2 80 A9 of U+2028 and
    /// U+2029 — or `utf8.count` when none does. Skips eight bytes at a time while none of them
    /// may begin one (the last eight, overlapping those before, included), or tests fewer than
    /// eight in one word (see ``shortWord(at:count:)``), then looks at the rest one by one.
    private static func escapeStart(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(utf8.baseAddress) {
            if utf8.count - index >= 8 {
                while index + 8 <= utf8.count,
                    !mayBeginEscape(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
                if index + 8 > utf8.count,
                   !mayBeginEscape(base.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self)) {
                    return utf8.count
                }
            } else if index < utf8.count, !mayBeginEscape(shortWord(at: base + index, count: utf8.count - index)) {
                return utf8.count
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == .quote || byte == .backslash { return index }
            if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80,
               utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                return index
            }
            index += 1
        }
        return index
    }

    /// The 1 to 7 bytes at `start` as one word for ``mayBeginEscape(_:)``, read without a byte
    /// loop and without reading past them: 4 to 7 bytes as two overlapping 4-byte loads, 1 to 3 as
    /// the first, middle and last byte with the word's other bytes "A", which begins no escape.
    /// Most values (a type, a given name, a city) are that short.
    private static func shortWord(at start: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 4 {
            let low = UInt64(start.loadUnaligned(as: UInt32.self))
            let high = UInt64(start.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return low | high << 32
        }
        let first = UInt64(start.load(as: UInt8.self))
        let middle = UInt64(start.load(fromByteOffset: count >> 1, as: UInt8.self))
        let last = UInt64(start.load(fromByteOffset: count - 1, as: UInt8.self))
        return first | middle << 8 | last << 16 | 0x4141_4141_4100_0000
    }

    /// Whether any of the eight bytes of `word` is below 0x20, a quotation mark, a reverse solidus
    /// or 0xE2, tested on all eight at once: `x - n` borrows into the high bit of a byte of `x`
    /// whose high bit was clear only when some byte of `x` is below `n` (`n` ≤ 0x80), and a byte
    /// equal to `c` is 0, below 1, once exclusive-ored with `c`.
    private static func mayBeginEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* UInt64(UInt8.quote))
        let backslash = word ^ (ones &* UInt64(UInt8.backslash))
        let leadE2 = word ^ (ones &* 0xE2)
        let matches = control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (leadE2 &- ones) & ~leadE2
        return matches & (ones &* 0x80) != 0
    }

    /// Appends `"`, `utf8` (which needs no escape), `"` and `suffix` with one uniqueness and
    /// capacity check instead of one per piece.
    @inlinable
    static func appendQuoted(
        _ utf8: UnsafeBufferPointer<UInt8>, then suffix: StaticString = "", to out: inout [UInt8]
    ) {
        let length = utf8.count + 2 + suffix.utf8CodeUnitCount
        out.append(addingCapacity: length) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                let start = buffer.baseAddress!
                start[0] = UInt8(ascii: "\"")
                if let text = utf8.baseAddress { (start + 1).initialize(from: text, count: utf8.count) }
                start[utf8.count + 1] = UInt8(ascii: "\"")
                (start + utf8.count + 2).initialize(from: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
                initialized = length
            }
        }
    }

    /// Appends a compact member — a comma when `comma`, then `"key":"value"` — whose key and
    /// value need no escape, with one uniqueness and capacity check.
    private static func appendMember(
        comma: Bool, key: StaticString, value utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]
    ) {
        let keyCount = key.utf8CodeUnitCount
        let length = (comma ? 1 : 0) + keyCount + utf8.count + 5
        out.append(addingCapacity: length) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                var next = buffer.baseAddress!
                if comma {
                    next[0] = .comma
                    next += 1
                }
                next[0] = .quote
                (next + 1).initialize(from: key.utf8Start, count: keyCount)
                next += keyCount + 1
                next[0] = .quote
                next[1] = .colon
                next[2] = .quote
                if let text = utf8.baseAddress { (next + 3).initialize(from: text, count: utf8.count) }
                next[utf8.count + 3] = .quote
                initialized = length
            }
        }
    }

    private static let lineSeparator: [UInt8] = Array(#"\u2028"#.utf8)
    private static let paragraphSeparator: [UInt8] = Array(#"\u2029"#.utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(.backslash)
        switch byte {
        case .quote: out.append(.quote)
        case .backslash: out.append(.backslash)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case .lineFeed: out.append(UInt8(ascii: "n"))
        case .carriageReturn: out.append(UInt8(ascii: "r"))
        case .tab: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
        }
    }

    /// Writes the comma and, when pretty, the line break and indent that come before a value.
    @inlinable @inline(__always)
    mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if needsComma { buffer.append(UInt8(ascii: ",")) }
        needsComma = true
        if pretty { newline(depth: depth) }
    }

    /// Closes the innermost container; its parent, if any, now has it as an element.
    @inlinable
    mutating func close(_ bracket: UInt8) {
        guard depth > 0 else {
            buffer.append(bracket)
            return
        }
        depth -= 1
        if pretty && needsComma { newline(depth: depth) }
        buffer.append(bracket)
        needsComma = true
    }

    /// Breaks the line and indents for `depth` open containers (pretty output).
    @usableFromInline
    mutating func newline(depth: Int) {
        buffer.append(.lineFeed)
        buffer.append(contentsOf: repeatElement(UInt8.space, count: depth * 2))
    }
}
