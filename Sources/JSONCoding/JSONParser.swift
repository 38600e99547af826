import ContactModel

/// Parses JSON text from bytes, strictly per RFC 8259.
///
/// Accepts exactly one value with optional whitespace around it (RFC 8259 §2 `JSON-text`);
/// strings must be UTF-8 (§8.1) with `\uXXXX` surrogates paired (§7); numbers follow §6 grammar
/// and keep their literal text. Nesting is handled with an explicit stack, so depth is bounded by
/// ``JSONLimits/maxDepth`` rather than by the thread's stack. Errors carry the 1-based line and
/// column (in UTF-8 bytes) of the offending byte. Input longer than ``JSONLimits/maxValueBytes``
/// is refused before it is scanned.
public struct JSONParser: Sendable {
    /// The depth and size caps the parser enforces.
    public var limits: JSONLimits

    /// Makes a parser with the given caps.
    public init(limits: JSONLimits = JSONLimits()) {
        self.limits = limits
    }

    /// Parses a whole document; a leading UTF-8 byte-order mark is ignored (RFC 8259 §8.1).
    /// - Throws: ``JSONError`` at the first byte that breaks the grammar.
    /// - Complexity: O(*n*) in the length of `bytes`.
    public func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try parse(bytes[3...], origin: SourcePosition(line: 1, column: 1, byteOffset: 3))
        }
        return try parse(bytes[...], origin: SourcePosition(line: 1, column: 1, byteOffset: 0))
    }

    /// Parses a whole document given as text.
    public func parse(_ text: String) throws(JSONError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Parses the bytes of one document that starts at `origin` in a larger input, so that error
    /// positions are those of the larger input.
    /// - Parameters:
    ///   - bytes: the document.
    ///   - origin: the position of `bytes.first` in the larger input.
    public func parse(_ bytes: ArraySlice<UInt8>, origin: SourcePosition) throws(JSONError) -> JSONValue {
        guard bytes.count <= limits.maxValueBytes else {
            throw JSONError(code: .tooLarge, message: "value larger than \(limits.maxValueBytes) bytes", position: origin)
        }
        let result: Result<JSONValue, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer, origin: origin, limits: limits)
            do throws(JSONError) {
                return .success(try scanner.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// The state of one parse over a byte buffer.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let origin: SourcePosition
    let limits: JSONLimits
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, origin: SourcePosition, limits: JSONLimits) {
        self.bytes = bytes
        self.origin = origin
        self.limits = limits
    }

    /// An open container while its contents are parsed.
    private enum Frame {
        case array([JSONValue])
        case object([JSONMember], key: String)
    }

    mutating func parseDocument() throws(JSONError) -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw failure(.syntax, "unexpected \(describe(bytes[index])) after the JSON value", at: index)
        }
        return value
    }

    /// Parses one value, containers included, without recursion.
    private mutating func parseValue() throws(JSONError) -> JSONValue {
        var stack: [Frame] = []
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw failure(.unexpectedEnd, "unexpected end of input, expected a value", at: index)
            }
            var value: JSONValue
            switch bytes[index] {
            case .openBrace:
                if stack.count >= limits.maxDepth { throw tooDeep() }
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == .closeBrace {
                    index += 1
                    value = .object([])
                } else {
                    stack.append(.object([], key: try parseKey()))
                    continue
                }
            case .openBracket:
                if stack.count >= limits.maxDepth { throw tooDeep() }
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == .closeBracket {
                    index += 1
                    value = .array([])
                } else {
                    stack.append(.array([]))
                    continue
                }
            default:
                value = try parseScalar()
            }
            // Close every container the value completes. The frame is consumed, so its array is
            // appended to in place: a copy per member made a wide object cost O(n²).
            while let frame = stack.popLast() {
                skipWhitespace()
                let separator: UInt8? = index < bytes.count ? bytes[index] : nil
                switch consume frame {
                case .array(var elements):
                    elements.append(value)
                    if separator == .comma {
                        index += 1
                        try rejectTrailingComma(before: .closeBracket)
                        stack.append(.array(elements))
                    } else if separator == .closeBracket {
                        index += 1
                        value = .array(elements)
                        continue
                    } else {
                        throw unexpected("expected ',' or ']' after an array element")
                    }
                case .object(var members, let key):
                    members.append(JSONMember(key, value))
                    if separator == .comma {
                        index += 1
                        try rejectTrailingComma(before: .closeBrace)
                        stack.append(.object(members, key: try parseKey()))
                    } else if separator == .closeBrace {
                        index += 1
                        value = .object(members)
                        continue
                    } else {
                        throw unexpected("expected ',' or '}' after an object member")
                    }
                }
                break
            }
            if stack.isEmpty { return value }
        }
    }

    private mutating func rejectTrailingComma(before bracket: UInt8) throws(JSONError) {
        skipWhitespace()
        if index < bytes.count && bytes[index] == bracket {
            throw failure(.syntax, "trailing comma before '\(Character(Unicode.Scalar(bracket)))'", at: index)
        }
    }

    /// Parses `"name" :` and returns the name.
    private mutating func parseKey() throws(JSONError) -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == .quote else {
            throw unexpected("expected a string key")
        }
        let key = try parseString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == .colon else {
            throw unexpected("expected ':' after an object key")
        }
        index += 1
        return key
    }

    private mutating func parseScalar() throws(JSONError) -> JSONValue {
        let byte = bytes[index]
        switch byte {
        case .quote: return .string(try parseString())
        case .minus, .zero ... .nine: return .number(try parseNumber())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        default:
            throw failure(.syntax, "unexpected \(describe(byte)), expected a value", at: index)
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        var offset = 0
        while offset < count {
            guard start + offset < bytes.count else {
                throw failure(.unexpectedEnd, "unexpected end of input in '\(literal)'", at: start + offset)
            }
            guard bytes[start + offset] == literal.utf8Start[offset] else {
                throw failure(.syntax, "invalid literal, expected '\(literal)'", at: start)
            }
            offset += 1
        }
        index = start + count
    }

    /// Parses a number per RFC 8259 §6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber() throws(JSONError) -> JSONNumber {
        let start = index
        if bytes[index] == .minus { index += 1 }
        guard index < bytes.count, bytes[index].isDigit else {
            throw numberFailure("expected a digit")
        }
        if bytes[index] == .zero {
            index += 1
            if index < bytes.count && bytes[index].isDigit {
                throw failure(.syntax, "invalid number: leading zeros are not allowed", at: index - 1)
            }
        } else {
            skipDigits()
        }
        if index < bytes.count && bytes[index] == .period {
            index += 1
            guard index < bytes.count, bytes[index].isDigit else {
                throw numberFailure("expected a digit after '.'")
            }
            skipDigits()
        }
        if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count && (bytes[index] == .plus || bytes[index] == .minus) { index += 1 }
            guard index < bytes.count, bytes[index].isDigit else {
                throw numberFailure("expected a digit in the exponent")
            }
            skipDigits()
        }
        return JSONNumber(literal: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    private mutating func skipDigits() {
        while index < bytes.count && bytes[index].isDigit { index += 1 }
    }

    private func numberFailure(_ detail: String) -> JSONError {
        if index >= bytes.count {
            return failure(.unexpectedEnd, "unexpected end of input in a number, \(detail)", at: index)
        }
        return failure(.syntax, "invalid number: \(detail)", at: index)
    }

    /// Parses a string starting at its opening quote (RFC 8259 §7), validating UTF-8 (§8.1).
    private mutating func parseString() throws(JSONError) -> String {
        let open = index
        index += 1
        let runStart = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .quote {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == .backslash || byte < 0x20 { break }
            if byte >= 0x80 {
                index += try utf8SequenceLength(at: index)
            } else {
                index += 1
            }
        }
        var decoded: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case .quote:
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            case .backslash:
                try appendEscape(to: &decoded)
            case 0..<0x20:
                throw failure(.syntax, "control character \(unicodeName(UInt32(byte))) in a string must be escaped", at: index)
            case 0x80...:
                let length = try utf8SequenceLength(at: index)
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                index += length
            default:
                decoded.append(byte)
                index += 1
            }
        }
        throw failure(.unexpectedEnd, "unterminated string", at: open)
    }

    private mutating func appendEscape(to decoded: inout [UInt8]) throws(JSONError) {
        let escapeStart = index
        guard index + 1 < bytes.count else {
            throw failure(.unexpectedEnd, "unexpected end of input in an escape", at: index + 1)
        }
        let code = bytes[index + 1]
        index += 2
        switch code {
        case .quote, .backslash, UInt8(ascii: "/"): decoded.append(code)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(.lineFeed)
        case UInt8(ascii: "r"): decoded.append(.carriageReturn)
        case UInt8(ascii: "t"): decoded.append(.tab)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try hexQuad(escapeStart))
            if (0xDC00...0xDFFF).contains(scalar) {
                throw failure(.syntax, "unpaired surrogate \\u\(hex4(scalar))", at: escapeStart)
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == .backslash, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure(.syntax, "unpaired surrogate \\u\(hex4(scalar))", at: escapeStart)
                }
                let lowStart = index
                index += 2
                let low = UInt32(try hexQuad(lowStart))
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw failure(.syntax, "unpaired surrogate \\u\(hex4(scalar))", at: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            UTF8Encoding.append(scalar, to: &decoded)
        default:
            throw failure(.syntax, "invalid escape '\\\(describeRaw(code))'", at: escapeStart)
        }
    }

    /// Reads four hex digits at `index` (after `\u`).
    private mutating func hexQuad(_ escapeStart: Int) throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count else {
                throw failure(.unexpectedEnd, "unexpected end of input in a \\u escape", at: index)
            }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case .zero ... .nine: digit = byte - .zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure(.syntax, "invalid \\u escape, expected 4 hex digits", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// The length of the well-formed UTF-8 sequence at `start` (Unicode §3.9 Table 3-7).
    private func utf8SequenceLength(at start: Int) throws(JSONError) -> Int {
        let lead = bytes[start]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw invalidUTF8(at: start)
        }
        for offset in 1..<length {
            guard start + offset < bytes.count else { throw invalidUTF8(at: start) }
            let byte = bytes[start + offset]
            let range = offset == 1 ? secondRange : 0x80...0xBF
            guard range.contains(byte) else { throw invalidUTF8(at: start + offset) }
        }
        return length
    }

    private func invalidUTF8(at offset: Int) -> JSONError {
        failure(.invalidUTF8, "invalid UTF-8 byte 0x\(hex2(bytes[offset]))", at: offset)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count && bytes[index].isJSONWhitespace { index += 1 }
    }

    private func tooDeep() -> JSONError {
        failure(.tooDeep, "nesting deeper than \(limits.maxDepth) levels", at: index)
    }

    private func unexpected(_ expectation: String) -> JSONError {
        guard index < bytes.count else {
            return failure(.unexpectedEnd, "unexpected end of input, \(expectation)", at: index)
        }
        return failure(.syntax, "unexpected \(describe(bytes[index])), \(expectation)", at: index)
    }

    func failure(_ code: JSONError.Code, _ message: String, at offset: Int) -> JSONError {
        JSONError(code: code, message: message, position: position(at: offset))
    }

    /// The position of `offset`, counted only when an error is reported.
    func position(at offset: Int) -> SourcePosition {
        var line = origin.line
        var lineStart: Int? = nil
        var cursor = 0
        let end = min(offset, bytes.count)
        while cursor < end {
            if bytes[cursor] == .lineFeed {
                line += 1
                lineStart = cursor + 1
            }
            cursor += 1
        }
        let column = lineStart.map { offset - $0 + 1 } ?? origin.column + offset
        return SourcePosition(line: line, column: column, byteOffset: origin.byteOffset + offset)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x20 { return "control character \(unicodeName(UInt32(byte)))" }
        return "byte 0x\(hex2(byte))"
    }

    private func describeRaw(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "x" + hex2(byte)
    }
}

func hex2(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}

func hex4(_ value: UInt32) -> String {
    hex2(UInt8(value >> 8 & 0xFF)) + hex2(UInt8(value & 0xFF))
}

func unicodeName(_ scalar: UInt32) -> String {
    "U+" + hex4(scalar)
}
