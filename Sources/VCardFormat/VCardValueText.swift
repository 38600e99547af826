import ContactModel

/// Turns the bytes of a property value into text: transfer decoding (quoted-printable), charset
/// decoding (RFC 2425 §5.8.3 CHARSET, with a Windows-1252 or -1251 fallback for 8-bit text), backslash
/// unescaping by version (RFC 6350 §3.4, RFC 2426 §4, vCard 2.1 §2.1.3); ``VCardStructuredValue``
/// splits structured values into components (RFC 6350 §3.3 `;` and `,`) with the same unescaping.
enum VCardValueText {
    /// What went wrong while decoding a value's charset.
    enum CharsetProblem: Equatable {
        /// The CHARSET names nothing known; the bytes were read as UTF-8 or Windows-1252.
        case unknownCharset(String)
        /// The bytes are not valid in the CHARSET named; they were read as Windows-1252.
        case invalidInCharset(String)
        /// The bytes are UTF-8 but end in the middle of a character, as a phone that cut a value
        /// to its field's length writes; the incomplete character was dropped.
        case cutUTF8Character
        /// No CHARSET and not UTF-8; read in the likelier code page
        /// (``TextCharset/likelySingleByteCharset(of:)``).
        case guessed(TextCharset)
        /// The CHARSET names a single-byte code page, but the bytes are UTF-8 (letters beyond
        /// ASCII in well-formed multi-byte sequences, as an exporter writes that labels its UTF-8
        /// `windows-1252`); they were read as UTF-8.
        case utf8DespiteCharset(String)
    }

    /// The value's bytes as UTF-8: quoted-printable decoded when the parameters say so, then
    /// converted from the named charset. A value that names none is read in `codePage` when the
    /// user gave one; otherwise, when its bytes are not UTF-8, in Windows-1252 or the code page
    /// their letters point to.
    static func utf8Bytes(
        _ value: ArraySlice<UInt8>, parameters: VCardParameters, codePage: TextCharset?,
        problem: inout CharsetProblem?
    ) -> ArraySlice<UInt8> {
        // Nearly every value: ASCII, with no transfer encoding or charset to apply.
        if parameters.charset == nil, codePage == nil, !parameters.isQuotedPrintable, isASCII(value) { return value }
        let bytes = parameters.isQuotedPrintable ? QuotedPrintableDecoder.decode(value)[...] : value
        if let name = parameters.charset {
            guard let charset = TextCharset(name: name) else {
                problem = .unknownCharset(name)
                return guessing(bytes, codePage: codePage, problem: &problem)
            }
            // Multi-byte UTF-8 is next to impossible in real single-byte text (`Ã©` for `é`), and
            // exporters do label their UTF-8 as windows-1252: such a value is read as UTF-8.
            if !isASCII(bytes), charset.isSingleByte, isValidUTF8(bytes) {
                problem = .utf8DespiteCharset(name)
                return bytes
            }
            return decoded(bytes, in: charset, named: name, codePage: codePage, problem: &problem)
        }
        if let codePage { return decoded(bytes, in: codePage, named: codePage.rawValue, codePage: nil, problem: &problem) }
        return guessing(bytes, codePage: nil, problem: &problem)
    }

    private static func decoded(
        _ bytes: ArraySlice<UInt8>, in charset: TextCharset, named name: String, codePage: TextCharset?,
        problem: inout CharsetProblem?
    ) -> ArraySlice<UInt8> {
        if isASCII(bytes) && !charset.rawValue.hasPrefix("utf-16") { return bytes }
        if charset == .utf8 {
            if isValidUTF8(bytes) { return bytes }
            if let whole = droppingCutCharacter(bytes) {
                problem = .cutUTF8Character
                return whole
            }
            problem = .invalidInCharset(name)
            return guessing(bytes, codePage: codePage, problem: &problem)
        }
        guard let text = charset.decode(bytes) else {
            problem = .invalidInCharset(name)
            return guessing(bytes, codePage: codePage, problem: &problem)
        }
        return Array(text.utf8)[...]
    }

    /// `bytes` as they are when UTF-8; otherwise read in `codePage`, or guessed (a problem
    /// already found falls back to Windows-1252 without a second one).
    private static func guessing(
        _ bytes: ArraySlice<UInt8>, codePage: TextCharset?, problem: inout CharsetProblem?
    ) -> ArraySlice<UInt8> {
        if isASCII(bytes) || isValidUTF8(bytes) { return bytes }
        if let codePage, let text = codePage.decode(bytes) { return Array(text.utf8)[...] }
        if problem == nil, let whole = droppingCutCharacter(bytes) {
            problem = .cutUTF8Character
            return whole
        }
        guard problem == nil else { return Array((TextCharset.windows1252.decode(bytes) ?? "").utf8)[...] }
        let charset = TextCharset.likelySingleByteCharset(of: bytes)
        problem = .guessed(charset)
        return Array((charset.decode(bytes) ?? TextCharset.windows1252.decode(bytes) ?? "").utf8)[...]
    }

    /// `bytes` without their last, incomplete character, when that leaves well-formed UTF-8 with a
    /// letter beyond ASCII; else `nil`.
    private static func droppingCutCharacter(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard !bytes.isEmpty, VCardLineScanner.endsInsideUTF8Sequence(bytes) else { return nil }
        var end = bytes.endIndex - 1
        while end > bytes.startIndex, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let whole = bytes[..<end]
        return !isASCII(whole) && isValidUTF8(whole) ? whole : nil
    }

    /// True when `bytes` are well-formed UTF-8 (``UTF8Validation/isValid(_:)``).
    @inline(__always)
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    /// True when every byte is below 0x80 (``UTF8Validation/isASCII(_:)``).
    @inline(__always)
    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isASCII)
    }

    /// An unstructured text value (FN, NOTE, TITLE …) unescaped by `dialect`; line breaks, escaped
    /// or literal (from quoted-printable), become LF.
    static func text(_ bytes: ArraySlice<UInt8>, dialect: VCardDialect) -> String {
        unescaped(bytes, dialect: dialect) { String(vCardUTF8: $0) }
    }

    /// ``text(_:dialect:)`` without leading and trailing spaces, tabs, CR and LF; `nil` when
    /// nothing is left (trimmed as bytes, before the String is made).
    static func trimmedText(_ bytes: ArraySlice<UInt8>, dialect: VCardDialect) -> String? {
        unescaped(bytes, dialect: dialect) { trimmedText($0, 0..<$0.count) }
    }

    /// The text of ``text(_:dialect:)`` as UTF-8 bytes, handed to `body`: the value's own bytes
    /// when it holds no escape or line break, else an unescaped copy.
    @inline(__always)
    private static func unescaped<Result>(
        _ bytes: ArraySlice<UInt8>, dialect: VCardDialect, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var index = endOfRun(buffer, from: 0, stoppingAt: escapeBytes)
            guard index < buffer.count else { return body(buffer) }
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<index]))
            while index < buffer.count {
                let runEnd = endOfRun(buffer, from: index, stoppingAt: escapeBytes)
                if runEnd > index {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<runEnd]))
                    index = runEnd
                    continue
                }
                index = appendUnescaped(buffer, at: index, dialect: dialect, structured: false, to: &out)
            }
            return out.withUnsafeBufferPointer(body)
        }
    }

    /// The text of the UTF-8 bytes `buffer[range]` without leading and trailing spaces, tabs, CR
    /// and LF; `nil` when nothing is left.
    @inline(__always)
    private static func trimmedText(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let trimmed = trimmedRange(buffer, range)
        return trimmed.isEmpty ? nil : String(vCardUTF8: UnsafeBufferPointer(rebasing: buffer[trimmed]))
    }

    /// `range` of `buffer` without leading and trailing spaces, tabs, CR and LF (the whitespace
    /// vCard writers leave around values).
    @inline(__always)
    static func trimmedRange(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isTrimmed(buffer[lower]) { lower += 1 }
        while upper > lower, isTrimmed(buffer[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// True for the bytes values are trimmed of: space, tab, CR and LF.
    @inline(__always)
    static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == VCardByte.space || byte == VCardByte.tab || byte == VCardByte.lineFeed || byte == VCardByte.carriageReturn
    }

    /// The value as it would stand in a vCard 3.0/4.0 content line: escapes kept, literal line
    /// breaks written `\n` (the form ``RawProperty/value`` documents).
    static func raw(_ bytes: ArraySlice<UInt8>) -> String {
        let plain = bytes.withUnsafeBufferPointer { buffer -> String? in
            let lineBreak = VCardByte.firstIndex(
                of: VCardByte.lineFeed, or: VCardByte.carriageReturn, in: buffer, from: 0, to: buffer.count)
            return lineBreak == buffer.count ? String(vCardUTF8: buffer) : nil
        }
        if let plain { return plain }
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
        bytes.withUnsafeBufferPointer { buffer in
            guard VCardByte.containsSpaceOrControl(buffer) else { return String(decoding: buffer, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: buffer.count) { out in
                var count = 0
                for byte in buffer where byte > VCardByte.space {
                    out[count] = byte
                    count += 1
                }
                return count
            }
        }
    }

    /// Bit n set for each byte n below 64 that ends a plain run in text: CR and LF (a backslash,
    /// 0x5C, always ends one).
    private static let escapeBytes: UInt64 = 1 << 0x0A | 1 << 0x0D
    /// ``escapeBytes`` plus the separators of structured values, `;` and `,`.
    static let structureBytes: UInt64 = escapeBytes | 1 << 0x3B | 1 << 0x2C

    /// The index of the first byte at or after `start` that is a backslash or one of `stops` (a
    /// bit set of bytes below 64), or the end.
    @inline(__always)
    static func endOfRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAt stops: UInt64) -> Int {
        var index = start
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            let semicolons: UInt64 = stops >> VCardByte.semicolon & 1 == 1 ? ~0 : 0
            let commas: UInt64 = stops >> VCardByte.comma & 1 == 1 ? ~0 : 0
            // Wrapping arithmetic: indices stay within the buffer, so no overflow checks.
            while index &+ 8 <= buffer.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let found = VCardByte.matches(VCardByte.backslash, in: word) | VCardByte.matches(VCardByte.carriageReturn, in: word)
                    | VCardByte.matches(VCardByte.lineFeed, in: word) | VCardByte.matches(VCardByte.semicolon, in: word) & semicolons
                    | VCardByte.matches(VCardByte.comma, in: word) & commas
                if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 64 ? stops >> byte & 1 == 1 : byte == VCardByte.backslash { return index }
            index += 1
        }
        return index
    }

    /// Appends the character at `index` (an escape pair, a line break or a plain byte) to `out`.
    /// - Returns: the index after it.
    @inline(__always)
    static func appendUnescaped(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, dialect: VCardDialect, structured: Bool, to out: inout [UInt8]
    ) -> Int {
        let byte = bytes[index]
        if byte == VCardByte.carriageReturn {
            out.append(VCardByte.lineFeed)
            let next = index + 1
            return next < bytes.count && bytes[next] == VCardByte.lineFeed ? next + 1 : next
        }
        guard byte == VCardByte.backslash, index + 1 < bytes.count else {
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
            // `\:` and `\"` are no escapes of the RFC, but exporters over-escape (Google's `\"`).
            case VCardByte.backslash, VCardByte.comma, VCardByte.semicolon, VCardByte.colon, VCardByte.doubleQuote:
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
