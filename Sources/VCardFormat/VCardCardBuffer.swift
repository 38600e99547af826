import ContactModel

/// The content lines of one card, kept in a single byte arena from BEGIN:VCARD to END:VCARD.
///
/// Values are decoded only when the card ends, because VERSION may come anywhere in the card
/// (RFC 6350 §6.7.9 requires it right after BEGIN; exporters put it last) and the escaping rules
/// depend on it.
struct VCardCardBuffer {
    /// One stored content line and where it started in the source.
    struct Line {
        var content: VCardContentLine
        var position: SourcePosition
        /// True when the value is base64 (binary), so it may exceed the text limit.
        var isBinary: Bool
    }

    var arena: [UInt8] = []
    var lines: [Line] = []
    /// Where BEGIN:VCARD was.
    var position: SourcePosition
    /// The version the card's VERSION line named, if seen yet.
    var dialect: VCardDialect?
    /// Lines after the property limit, counted for one warning.
    var skippedLineCount = 0
    /// While an AGENT's inline card (vCard 2.1 §2.6.6) is being captured: how deep inside it the
    /// reader is.
    var agentDepth = 0

    init(position: SourcePosition) {
        self.position = position
        arena.reserveCapacity(1024)
        lines.reserveCapacity(16)
    }

    /// An empty card that starts at `position`, keeping the storage of `recycled` (a card already
    /// read) so that reading a file does not allocate it again for every card.
    init(position: SourcePosition, recycling recycled: inout VCardCardBuffer?) {
        guard var card = recycled.take() else {
            self.init(position: position)
            return
        }
        card.arena.removeAll(keepingCapacity: true)
        card.lines.removeAll(keepingCapacity: true)
        card.position = position
        card.dialect = nil
        card.skippedLineCount = 0
        card.agentDepth = 0
        card.isBinaryValueOpen = false
        self = card
    }

    /// True when the last stored line is a base64 value that unindented base64 lines may continue
    /// (vCard 2.1 writers end such blocks with a blank line or the next property).
    var isBinaryValueOpen = false

    /// Stores `bytes` as a content line.
    /// - Returns: why it is not a content line (nothing is stored then), or `nil` once stored.
    mutating func append(_ bytes: [UInt8], at position: SourcePosition) -> VCardContentLine.Problem? {
        let start = arena.count
        arena.append(contentsOf: bytes)
        return storeLine(from: start, at: position)
    }

    /// Stores the bytes from `start` to the end of the arena (a line read straight into it) as a
    /// content line.
    /// - Returns: why it is not a content line (the bytes are removed then), or `nil` once stored
    ///   (the line is then the last of ``lines``).
    mutating func storeLine(from start: Int, at position: SourcePosition) -> VCardContentLine.Problem? {
        // One pass over the arena in place, without a slice of it (which would be retained).
        let (parsed, isBinary) = arena.withUnsafeBufferPointer { bytes in
            let parsed = VCardContentLine.parse(bytes, in: start..<bytes.count)
            guard case .success(let content) = parsed, let parameters = content.parameters else { return (parsed, false) }
            return (parsed, Self.declaresBase64(UnsafeBufferPointer(rebasing: bytes[parameters])))
        }
        switch parsed {
        case .success(let content):
            lines.append(Line(content: content, position: position, isBinary: isBinary))
            isBinaryValueOpen = isBinary
            return nil
        case .failure(let problem):
            arena.removeSubrange(start...)
            return problem
        }
    }

    /// Removes the last stored line (a structural line or one over a limit).
    mutating func removeLastLine() {
        guard let last = lines.popLast() else { return }
        arena.removeSubrange(min(last.content.start, arena.count)...)
        isBinaryValueOpen = false
    }

    /// Appends `bytes` to the value of the last stored line (a base64 continuation, an AGENT's
    /// inline card), separated by `separator`.
    mutating func extendLastValue(with bytes: ArraySlice<UInt8>, separator: [UInt8] = []) {
        guard !lines.isEmpty else { return }
        arena.append(contentsOf: separator)
        arena.append(contentsOf: bytes)
        lines[lines.count - 1].content.extendValue(to: arena.count)
    }

    /// The length of the last stored line's value.
    var lastValueLength: Int { lines.last?.content.value.count ?? 0 }

    /// True when the parameter text names base64 encoding (`ENCODING=BASE64`, `ENCODING=b`, the 2.1
    /// bare `BASE64`): holds `BASE64`, or `ENCODING=B` before a `;` or the end.
    ///
    /// Looks closer only at the `4` that ends `BASE64` and the `=` of `ENCODING=`, bytes that are
    /// rare in parameters (`TYPE=` is followed by a letter other than B in nearly every line).
    static func declaresBase64(_ parameters: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = parameters.count
        // From one `4` or `=` to the next, eight bytes at a time.
        var index = VCardByte.firstIndex(of: 0x34, or: VCardByte.equals, in: parameters, from: 0, to: count)
        while index < count {
            switch parameters[index] {
            case 0x34 where index >= 5:  // 4
                if VCardByte.equalsIgnoringCase(parameters[(index - 5)...index], "BASE64") { return true }
            case VCardByte.equals where index >= 8 && index + 1 < count && VCardByte.upper(parameters[index + 1]) == 0x42:
                let after = index + 2
                if after == count || parameters[after] == VCardByte.semicolon,
                    VCardByte.equalsIgnoringCase(parameters[(index - 8)..<index], "ENCODING")
                {
                    return true
                }
            default:
                break
            }
            index = VCardByte.firstIndex(of: 0x34, or: VCardByte.equals, in: parameters, from: index + 1, to: count)
        }
        return false
    }

    /// True when `bytes` could continue a base64 value: only base64 characters and whitespace.
    static func looksLikeBase64(_ bytes: ArraySlice<UInt8>) -> Bool {
        var sawData = false
        for byte in bytes {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, VCardByte.plus, VCardByte.slash, VCardByte.equals:
                sawData = true
            case VCardByte.space, VCardByte.tab:
                continue
            default:
                return false
            }
        }
        return sawData
    }
}
