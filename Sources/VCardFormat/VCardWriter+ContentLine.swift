/// One content line being written: `[group "."] name *(";" param) ":" value CRLF`.
///
/// Corresponds to RFC 6350 §3.3 (content lines), §3.2 (folding at 75 octets), §3.4 (value
/// escaping), RFC 6868 (parameter value caret encoding), RFC 2426 §4 and vCard 2.1 §2.1.3
/// (quoted-printable, bare `TYPE` parameters). The buffers are reused from line to line, so
/// writing a card allocates only when a line is longer than any before it.
struct VCardLineWriter {
    /// How the value is carried on the wire.
    enum Transfer {
        /// Plain text: escaped (3.0/4.0) or quoted-printable when needed (2.1).
        case text
        /// Base64 text kept as is; in 2.1 its continuation lines are indented and a blank line
        /// ends it (vCard 2.1 §2.1.3).
        case base64
    }

    let version: VCardVersion
    private var head: [UInt8] = []
    private var value: [UInt8] = []
    private var transfer = Transfer.text

    init(version: VCardVersion) {
        self.version = version
        head.reserveCapacity(256)
        value.reserveCapacity(256)
    }

    private var isLegacy: Bool { version == .v21 }

    /// Starts a new line with its group (when any) and its name.
    mutating func start(group: String? = nil, name: String, transfer: Transfer = .text) {
        head.removeAll(keepingCapacity: true)
        value.removeAll(keepingCapacity: true)
        self.transfer = transfer
        if let group, !group.isEmpty {
            head.append(contentsOf: group.utf8)
            head.append(.period)
        }
        head.append(contentsOf: name.utf8)
    }

    // MARK: Parameters

    /// Appends a `TYPE` parameter with `tokens` (lower-case vCard 4.0 spellings), plus the 3.0/2.1
    /// "preferred" flag: `;TYPE=CELL,PREF` (3.0), `;TYPE=cell` (4.0), `;CELL;PREF` (2.1).
    mutating func appendTypes(_ tokens: [String], preferred: Bool = false) {
        if isLegacy {
            for token in tokens { appendBareToken(token) }
            if preferred { appendBareToken("pref") }
            return
        }
        guard !tokens.isEmpty || preferred else { return }
        head.append(contentsOf: ";TYPE=".utf8)
        var first = true
        for token in tokens + (preferred ? ["pref"] : []) {
            if !first { head.append(.comma) }
            first = false
            appendToken(token, upperCased: version != .v40)
        }
    }

    /// Appends RFC 6350 §5.3 `;PREF=n` (4.0 only; callers use ``appendTypes(_:preferred:)``
    /// for older versions).
    mutating func appendPreference(_ rank: Int) {
        head.append(contentsOf: ";PREF=".utf8)
        head.append(contentsOf: String(rank).utf8)
    }

    /// Appends `;NAME=v1,v2` with each value quoted when it holds `:` `;` or `,` and caret-encoded
    /// (RFC 6868); 2.1 has no quoting, so its values are written bare.
    /// - Returns: `false` when a 2.1 parameter value holds `;` `:` `,` `=` or a line break, which
    ///   2.1 cannot carry; nothing is written then.
    @discardableResult
    mutating func appendParameter(name: String, values: [String]) -> Bool {
        if isLegacy, !values.allSatisfy(Self.isLegacyParameterValue) { return false }
        head.append(.semicolon)
        head.append(contentsOf: name.utf8)
        // `NAME=` even with no value: a bare `;NAME` would read back as a TYPE value.
        head.append(.equals)
        for (index, value) in values.enumerated() {
            if index > 0 { head.append(.comma) }
            if isLegacy {
                head.append(contentsOf: value.utf8)
            } else {
                appendParameterValue(value)
            }
        }
        return true
    }

    private static func isLegacyParameterValue(_ value: String) -> Bool {
        !value.utf8.contains {
            $0 == .semicolon || $0 == .colon || $0 == .comma || $0 == .equals || $0 == .lineFeed || $0 == .carriageReturn
        }
    }

    private mutating func appendParameterValue(_ value: String) {
        let needsQuotes = value.utf8.contains { $0 == .colon || $0 == .semicolon || $0 == .comma }
        if needsQuotes { head.append(.quote) }
        var previous: UInt8 = 0
        for byte in value.utf8 {
            switch byte {
            case .caret: head.append(contentsOf: [.caret, .caret])
            case .quote: head.append(contentsOf: [.caret, .apostrophe])
            case .lineFeed where previous == .carriageReturn: break
            case .lineFeed, .carriageReturn: head.append(contentsOf: [.caret, .lowercaseN])
            default: head.append(byte)
            }
            previous = byte
        }
        if needsQuotes { head.append(.quote) }
    }

    private mutating func appendBareToken(_ token: String) {
        head.append(.semicolon)
        appendToken(token, upperCased: true)
    }

    private mutating func appendToken(_ token: String, upperCased: Bool) {
        for byte in token.utf8 {
            head.append(upperCased && byte >= .lowercaseA && byte <= .lowercaseZ ? byte & 0xDF : byte)
        }
    }

    // MARK: Value

    /// Appends text escaped for the version: `\\` `\,` `\;` `\n` in 3.0/4.0 (RFC 6350 §3.4,
    /// RFC 2426 §4); in 2.1 `\;` everywhere and `\\` in structured values (vCard 2.1 §2.1.3),
    /// while line breaks stay line breaks for quoted-printable to carry.
    mutating func appendText(_ text: String, structured: Bool = false) {
        var previous: UInt8 = 0
        var runStart = text.utf8.startIndex
        let utf8 = text.utf8
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let replacement: [UInt8]?
            switch byte {
            case .backslash: replacement = isLegacy && !structured ? nil : [.backslash, .backslash]
            case .comma: replacement = isLegacy ? nil : [.backslash, .comma]
            case .semicolon: replacement = [.backslash, .semicolon]
            case .lineFeed where previous == .carriageReturn: replacement = []
            case .lineFeed, .carriageReturn:
                replacement = isLegacy ? [.carriageReturn, .lineFeed] : [.backslash, .lowercaseN]
            default: replacement = nil
            }
            if let replacement {
                value.append(contentsOf: utf8[runStart..<index])
                value.append(contentsOf: replacement)
                runStart = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        value.append(contentsOf: utf8[runStart..<utf8.endIndex])
    }

    /// Appends text exactly as given (already escaped, or free of special characters).
    mutating func appendVerbatim(_ text: String) {
        value.append(contentsOf: text.utf8)
    }

    /// Appends an already escaped value as given, except that a literal line break (CRLF, CR or
    /// LF), which would end the content line, becomes `\n` (3.0/4.0) or CRLF for
    /// quoted-printable to carry (2.1).
    mutating func appendEscaped(_ text: String) {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case .lineFeed where previous == .carriageReturn: break
            case .lineFeed, .carriageReturn:
                value.append(contentsOf: isLegacy ? [.carriageReturn, .lineFeed] : [.backslash, .lowercaseN])
            default: value.append(byte)
            }
            previous = byte
        }
    }

    /// Appends the `;` between components of a structured value (N, ADR, ORG).
    mutating func appendComponentSeparator() {
        value.append(.semicolon)
    }

    // MARK: Output

    /// Writes the finished line, folded (3.0/4.0) or quoted-printable encoded (2.1) as needed,
    /// ending in CRLF.
    mutating func write(into out: inout [UInt8]) {
        if isLegacy {
            writeLegacy(into: &out)
        } else {
            head.append(.colon)
            head.append(contentsOf: value)
            Self.fold(head, into: &out)
        }
    }

    /// Folds `line` so no physical line exceeds 75 octets, never inside a UTF-8 sequence
    /// (RFC 6350 §3.2: "multi-octet characters MUST remain contiguous").
    static func fold(_ line: [UInt8], into out: inout [UInt8]) {
        var start = 0
        var limit = 75
        while line.count - start > limit {
            var end = start + limit
            while end > start + 1, line[end] & 0xC0 == 0x80 { end -= 1 }
            out.append(contentsOf: line[start..<end])
            out.append(contentsOf: [.carriageReturn, .lineFeed, .space])
            start = end
            limit = 74
        }
        out.append(contentsOf: line[start...])
        out.append(contentsOf: [.carriageReturn, .lineFeed])
    }

    private mutating func writeLegacy(into out: inout [UInt8]) {
        if transfer == .base64 {
            writeLegacyBase64(into: &out)
            return
        }
        let hasNonASCII = value.contains { $0 >= 0x80 }
        // `;ENCODING=QUOTED-PRINTABLE`, `;CHARSET=UTF-8` and the colon.
        let encodedHeadLength = head.count + 27 + (hasNonASCII ? 14 : 0)
        // Quoted-printable breaks a line inside its value only: the parameters can be neither
        // broken nor encoded, and vCard 2.1 §2.1.3 folds only where white space is. A line long
        // because of them stays plain, unless the value alone is longer than a line.
        let headLeavesRoom = encodedHeadLength + 3 <= 74
        let needsQuotedPrintable = hasNonASCII
            || value.contains { $0 == .lineFeed || $0 == .carriageReturn }
            || (head.count + 1 + value.count > 75 && (headLeavesRoom || value.count > 75))
        guard needsQuotedPrintable else {
            out.append(contentsOf: head)
            out.append(.colon)
            out.append(contentsOf: value)
            out.append(contentsOf: [.carriageReturn, .lineFeed])
            return
        }
        out.append(contentsOf: head)
        out.append(contentsOf: ";ENCODING=QUOTED-PRINTABLE".utf8)
        if hasNonASCII { out.append(contentsOf: ";CHARSET=UTF-8".utf8) }
        out.append(.colon)
        // A head that fills its line is followed by a line's worth of value, not by a soft break
        // right after the colon.
        var lineLength = headLeavesRoom ? encodedHeadLength : 0
        var startsContinuation = false
        let last = value.count - 1
        for (index, byte) in value.enumerated() {
            var literal = (byte > .space && byte < 0x7F && byte != .equals)
                || ((byte == .space || byte == .tab) && index != last)
            if lineLength + (literal ? 1 : 3) > 74 {
                out.append(contentsOf: [.equals, .carriageReturn, .lineFeed])
                lineLength = 0
                startsContinuation = true
            }
            // A continuation line that starts with a letter could read as a property of its own
            // (`FN:John Doe` inside an AGENT), which readers take a dangling soft break before;
            // one that starts with a space or tab reads as a fold to readers that unfold before
            // decoding (RFC 2425 §5.8.1), and they drop it: `Saint=` + `␣Martin` gave `SaintMartin`.
            if startsContinuation, (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == .space || byte == .tab {
                literal = false
            }
            startsContinuation = false
            let width = literal ? 1 : 3
            if literal {
                out.append(byte)
            } else {
                out.append(.equals)
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0x0F)])
            }
            lineLength += width
        }
        out.append(contentsOf: [.carriageReturn, .lineFeed])
    }

    /// 2.1 base64: continuation lines start with two spaces and a blank line ends the value.
    private mutating func writeLegacyBase64(into out: inout [UInt8]) {
        out.append(contentsOf: head)
        out.append(.colon)
        out.append(contentsOf: [.carriageReturn, .lineFeed])
        var start = 0
        while start < value.count {
            let end = min(value.count, start + 72)
            out.append(contentsOf: [.space, .space])
            out.append(contentsOf: value[start..<end])
            out.append(contentsOf: [.carriageReturn, .lineFeed])
            start = end
        }
        out.append(contentsOf: [.carriageReturn, .lineFeed])
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}

fileprivate extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let apostrophe: UInt8 = 0x27
    static let comma: UInt8 = 0x2C
    static let period: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let equals: UInt8 = 0x3D
    static let backslash: UInt8 = 0x5C
    static let caret: UInt8 = 0x5E
    static let lowercaseA: UInt8 = 0x61
    static let lowercaseN: UInt8 = 0x6E
    static let lowercaseZ: UInt8 = 0x7A
}
