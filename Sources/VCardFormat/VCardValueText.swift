import ContactModel

/// Turns the bytes of a property value into text: transfer decoding (quoted-printable), charset
/// decoding (RFC 2425 §5.8.3 CHARSET, with a Windows-1252 fallback for 8-bit text), backslash
/// unescaping by version (RFC 6350 §3.4, RFC 2426 §4, vCard 2.1 §2.1.3) and the splitting of
/// structured values into components (RFC 6350 §3.3 `;` and `,`).
enum VCardValueText {
    /// What went wrong while decoding a value's charset.
    enum CharsetProblem: Equatable {
        /// The CHARSET names nothing known; the bytes were read as UTF-8 or Windows-1252.
        case unknownCharset(String)
        /// The bytes are not valid in the CHARSET named; they were read as Windows-1252.
        case invalidInCharset(String)
        /// No CHARSET and not UTF-8; read as Windows-1252.
        case guessedWindows1252
    }

    /// The value's bytes as UTF-8: quoted-printable decoded when the parameters say so, then
    /// converted from the named charset (or from Windows-1252 when the bytes are not UTF-8).
    static func utf8Bytes(
        _ value: ArraySlice<UInt8>, parameters: VCardParameters, problem: inout CharsetProblem?
    ) -> ArraySlice<UInt8> {
        let bytes = parameters.encoding == .quotedPrintable ? QuotedPrintableDecoder.decode(value)[...] : value
        if let name = parameters.charset {
            guard let charset = TextCharset(name: name) else {
                problem = .unknownCharset(name)
                return guessing(bytes, problem: &problem)
            }
            if isASCII(bytes) && !charset.rawValue.hasPrefix("utf-16") { return bytes }
            if charset == .utf8 {
                if isValidUTF8(bytes) { return bytes }
                problem = .invalidInCharset(name)
                return guessing(bytes, problem: &problem)
            }
            guard let text = charset.decode(bytes) else {
                problem = .invalidInCharset(name)
                return guessing(bytes, problem: &problem)
            }
            return Array(text.utf8)[...]
        }
        return guessing(bytes, problem: &problem)
    }

    private static func guessing(_ bytes: ArraySlice<UInt8>, problem: inout CharsetProblem?) -> ArraySlice<UInt8> {
        if isASCII(bytes) || isValidUTF8(bytes) { return bytes }
        if problem == nil { problem = .guessedWindows1252 }
        return Array((TextCharset.windows1252.decode(bytes) ?? "").utf8)[...]
    }

    /// True when `bytes` are well-formed UTF-8 (Unicode §3.9, table 3-7): no overlong forms, no
    /// surrogates, nothing beyond U+10FFFF.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                switch lead {
                case 0xC2...0xDF:
                    guard index + 1 < count, buffer[index + 1] & 0xC0 == 0x80 else { return false }
                    index += 2
                case 0xE0...0xEF:
                    guard index + 2 < count else { return false }
                    let second = buffer[index + 1]
                    let lowest: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                    let highest: UInt8 = lead == 0xED ? 0x9F : 0xBF
                    guard second >= lowest, second <= highest, buffer[index + 2] & 0xC0 == 0x80 else { return false }
                    index += 3
                case 0xF0...0xF4:
                    guard index + 3 < count else { return false }
                    let second = buffer[index + 1]
                    let lowest: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                    let highest: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                    guard second >= lowest, second <= highest, buffer[index + 2] & 0xC0 == 0x80,
                        buffer[index + 3] & 0xC0 == 0x80
                    else { return false }
                    index += 4
                default:
                    return false
                }
            }
            return true
        }
    }

    @inline(__always)
    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var combined: UInt8 = 0
            for byte in buffer { combined |= byte }
            return combined < 0x80
        }
    }

    /// An unstructured text value (FN, NOTE, TITLE …) unescaped by `dialect`; line breaks, escaped
    /// or literal (from quoted-printable), become LF.
    static func text(_ bytes: ArraySlice<UInt8>, dialect: VCardDialect) -> String {
        guard needsUnescaping(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let runEnd = endOfPlainRun(bytes, from: index)
            if runEnd > index {
                out.append(contentsOf: bytes[index..<runEnd])
                index = runEnd
                continue
            }
            index = appendUnescaped(bytes, at: index, dialect: dialect, structured: false, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A structured value (N, ADR, ORG) split on unescaped `;` into components, each trimmed of
    /// spaces, tabs and line breaks, `nil` when empty; with `joiningLists` (3.0/4.0 N), the
    /// comma-separated values of a component are joined with one space.
    ///
    /// A component without escapes is read straight from `bytes`; only one with escapes is copied.
    static func trimmedComponents(_ bytes: ArraySlice<UInt8>, dialect: VCardDialect, joiningLists: Bool) -> [String?] {
        var components: [String?] = []
        components.reserveCapacity(8)
        var out: [UInt8] = []
        var usesOut = false
        var componentStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let runEnd = endOfPlainRun(bytes, from: index)
            if runEnd > index {
                if usesOut { out.append(contentsOf: bytes[index..<runEnd]) }
                index = runEnd
                continue
            }
            let byte = bytes[index]
            if byte == VCardByte.semicolon {
                components.append(usesOut ? trimmedText(out[...]) : trimmedText(bytes[componentStart..<index]))
                out.removeAll(keepingCapacity: true)
                usesOut = false
                index += 1
                componentStart = index
                continue
            }
            if !usesOut {
                out.append(contentsOf: bytes[componentStart..<index])
                usesOut = true
            }
            if byte == VCardByte.comma, joiningLists {
                if let last = out.last, last != VCardByte.space { out.append(VCardByte.space) }
                index += 1
            } else {
                index = appendUnescaped(bytes, at: index, dialect: dialect, structured: true, to: &out)
            }
        }
        components.append(usesOut ? trimmedText(out[...]) : trimmedText(bytes[componentStart..<index]))
        return components
    }

    /// The text of UTF-8 `bytes` without leading and trailing spaces, tabs, CR and LF; `nil` when
    /// nothing is left.
    @inline(__always)
    private static func trimmedText(_ bytes: ArraySlice<UInt8>) -> String? {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, isTrimmed(bytes[lower]) { lower += 1 }
        while upper > lower, isTrimmed(bytes[upper - 1]) { upper -= 1 }
        return lower == upper ? nil : String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    @inline(__always)
    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == VCardByte.space || byte == VCardByte.tab || byte == VCardByte.lineFeed || byte == VCardByte.carriageReturn
    }

    /// The value as it would stand in a vCard 3.0/4.0 content line: escapes kept, literal line
    /// breaks written `\n` (the form ``RawProperty/value`` documents).
    static func raw(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(where: { $0 == VCardByte.lineFeed || $0 == VCardByte.carriageReturn }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == VCardByte.carriageReturn || byte == VCardByte.lineFeed {
                out.append(VCardByte.backslash)
                out.append(VCardByte.lowerN)
                if byte == VCardByte.carriageReturn, index + 1 < bytes.endIndex, bytes[index + 1] == VCardByte.lineFeed {
                    index += 1
                }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A base64 value with the whitespace of its folded lines removed.
    static func base64(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(where: { $0 <= VCardByte.space }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.filter { $0 > VCardByte.space }, as: UTF8.self)
    }

    /// The index of the first byte at or after `start` that is a backslash, CR, LF, `;` or `,`
    /// (the bytes structured values and escapes care about), or the end.
    @inline(__always)
    private static func endOfPlainRun(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.endIndex {
            switch bytes[index] {
            case VCardByte.backslash, VCardByte.carriageReturn, VCardByte.lineFeed, VCardByte.semicolon, VCardByte.comma:
                return index
            default:
                index += 1
            }
        }
        return index
    }

    private static func needsUnescaping(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer
            where byte == VCardByte.backslash || byte == VCardByte.carriageReturn || byte == VCardByte.lineFeed {
                return true
            }
            return false
        }
    }

    /// Appends the character at `index` (an escape pair, a line break or a plain byte) to `out`.
    /// - Returns: the index after it.
    @inline(__always)
    private static func appendUnescaped(
        _ bytes: ArraySlice<UInt8>, at index: Int, dialect: VCardDialect, structured: Bool, to out: inout [UInt8]
    ) -> Int {
        let byte = bytes[index]
        if byte == VCardByte.carriageReturn {
            out.append(VCardByte.lineFeed)
            let next = index + 1
            return next < bytes.endIndex && bytes[next] == VCardByte.lineFeed ? next + 1 : next
        }
        guard byte == VCardByte.backslash, index + 1 < bytes.endIndex else {
            out.append(byte)
            return index + 1
        }
        let next = bytes[index + 1]
        switch dialect {
        case .v21:
            let escapes = next == VCardByte.semicolon
                || structured && (next == VCardByte.backslash || next == VCardByte.colon || next == VCardByte.comma)
            if escapes {
                out.append(next)
                return index + 2
            }
        case .v30, .v40:
            switch next {
            case VCardByte.backslash, VCardByte.comma, VCardByte.semicolon, VCardByte.colon:
                out.append(next)
                return index + 2
            case VCardByte.lowerN, VCardByte.upperN:
                out.append(VCardByte.lineFeed)
                return index + 2
            default:
                break
            }
        }
        out.append(byte)
        return index + 1
    }
}
