import ContactModel

/// Finds the line and column of a value inside the text of one JSON value, by its ``JSONPath``,
/// so that a diagnostic about a part of a large value (a phone in a webhook body) can point at
/// that part.
///
/// Nothing is located while the value is parsed: the text is walked only when a position is
/// asked for, skipping what is not on the path (strings with their escapes, nested brackets) and
/// counting the line feeds passed, which valid JSON has only between tokens. The steps of the
/// last path found are kept, and the next path is sought from them, so that paths asked for in
/// document order — `contacts[0].phones[0].phone`, `contacts[0]`, `contacts[1]`… — cost about
/// one walk of the text in all, not one each. The text must be valid JSON, as the parser
/// accepted it.
public struct JSONLocator: Sendable {
    /// One step of the last path found: the component and where its value starts.
    private struct Step {
        var component: JSONPath.Component
        var mark: TextMark
    }

    private let text: ArraySlice<UInt8>
    private let origin: SourcePosition
    private var steps: [Step] = []

    /// - Parameters:
    ///   - text: the value's JSON text, as parsed.
    ///   - origin: the position of `text.first` in the input (1-based line, column in UTF-8 bytes).
    public init(text: ArraySlice<UInt8>, origin: SourcePosition) {
        self.text = text
        self.origin = origin
    }

    /// The position of the first byte of the value at `path`; `nil` when there is none (a key
    /// the object lacks, an index past the array's end).
    public mutating func position(of path: JSONPath) -> SourcePosition? {
        let components = path.components
        var depth = 0
        var mark = TextMark(offset: 0, line: origin.line, lineStart: 1 - origin.column)
        while depth < components.count && depth < steps.count && steps[depth].component == components[depth] {
            mark = steps[depth].mark
            depth += 1
        }
        // A later element or member is first sought after the one last found at this depth,
        // from the end of that one, found from the deepest step last found inside it, so that
        // nothing read in order is skipped twice.
        var resume: (previous: JSONPath.Component, deepest: TextMark, levels: Int)?
        if depth < components.count && depth < steps.count, let deepest = steps.last {
            resume = (steps[depth].component, deepest.mark, steps.count - 1 - depth)
        }
        steps.removeLast(steps.count - depth)
        let found: TextMark? = text.withUnsafeBufferPointer { bytes in
            var scanner = ValueScanner(bytes: bytes, at: mark)
            while depth < components.count {
                var start: Int?
                if let (previous, deepest, levels) = resume {
                    scanner.mark = deepest
                    switch (components[depth], previous) {
                    case (.member(let index), .member(let last)) where last < index:
                        start = scanner.member(index - last, after: scanner.end(ofValueAt: deepest.offset, levelsUp: levels))
                    case (.index(let index), .index(let last)) where last < index:
                        start = scanner.element(index - last, after: scanner.end(ofValueAt: deepest.offset, levelsUp: levels))
                    default:
                        break
                    }
                    resume = nil
                }
                if start == nil {
                    scanner.mark = mark
                    switch components[depth] {
                    case .key(let key): start = scanner.member(key, ofObjectAt: mark.offset)
                    case .member(let index): start = scanner.member(index, ofObjectAt: mark.offset)
                    case .index(let index): start = scanner.element(index, ofArrayAt: mark.offset)
                    }
                }
                guard start != nil else { return nil }
                mark = scanner.mark
                steps.append(Step(component: components[depth], mark: mark))
                depth += 1
            }
            return mark
        }
        guard let found else { return nil }
        return SourcePosition(
            line: found.line, column: found.offset - found.lineStart + 1, byteOffset: origin.byteOffset + found.offset)
    }
}

/// An offset in a value's text with the line it is on.
private struct TextMark {
    var offset: Int
    var line: Int
    /// The offset the line starts at; before the text (negative) on the value's first line.
    var lineStart: Int
}

/// Skips forward through valid JSON text without reading it, counting the line feeds it passes.
/// Each search returns where the value found starts, and leaves ``mark`` there.
private struct ValueScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the scan is, with its line; searches move it forward.
    var mark: TextMark

    init(bytes: UnsafeBufferPointer<UInt8>, at mark: TextMark) {
        self.bytes = bytes
        self.mark = mark
    }

    /// Where the value of the first member named `key` of the object at `offset` starts.
    mutating func member(_ key: String, ofObjectAt offset: Int) -> Int? {
        guard offset < bytes.count, bytes[offset] == .openBrace else { return nil }
        let bytes = bytes
        return memberValue(from: skipWhitespace(from: offset + 1)) { Self.isKey(key, in: bytes, from: $0, to: $1) }
    }

    /// Where the value of the member at `index` (0-based) of the object at `offset` starts.
    mutating func member(_ index: Int, ofObjectAt offset: Int) -> Int? {
        guard offset < bytes.count, bytes[offset] == .openBrace else { return nil }
        return member(index, from: skipWhitespace(from: offset + 1))
    }

    /// Where the value of the member `count` places after the one whose value ends at `offset`
    /// starts.
    mutating func member(_ count: Int, after offset: Int) -> Int? {
        let index = skipWhitespace(from: offset)
        guard index < bytes.count, bytes[index] == .comma else { return nil }
        return member(count - 1, from: skipWhitespace(from: index + 1))
    }

    /// Where the value of the member `index` places on from the one whose key is at `offset` starts.
    private mutating func member(_ index: Int, from offset: Int) -> Int? {
        var remaining = index
        return memberValue(from: offset) { _, _ in
            defer { remaining -= 1 }
            return remaining == 0
        }
    }

    /// Where the value of the first member, from the one whose key is at `offset`, whose key
    /// `isWanted` accepts starts; `isWanted` is given the offsets of each key's quotes in turn.
    private mutating func memberValue(from offset: Int, where isWanted: (Int, Int) -> Bool) -> Int? {
        var index = offset
        while index < bytes.count && bytes[index] == .quote {
            let keyEnd = skipString(from: index)
            let matches = isWanted(index, keyEnd)
            index = skipWhitespace(from: keyEnd)
            guard index < bytes.count, bytes[index] == .colon else { return nil }
            index = skipWhitespace(from: index + 1)
            if matches { return index }
            index = skipWhitespace(from: skipValue(from: index))
            guard index < bytes.count, bytes[index] == .comma else { return nil }
            index = skipWhitespace(from: index + 1)
        }
        return nil
    }

    /// Where the element at `index` of the array at `offset` starts.
    mutating func element(_ index: Int, ofArrayAt offset: Int) -> Int? {
        guard offset < bytes.count, bytes[offset] == .openBracket else { return nil }
        let first = skipWhitespace(from: offset + 1)
        guard first < bytes.count, bytes[first] != .closeBracket else { return nil }
        return index == 0 ? first : element(index, after: skipValue(from: first))
    }

    /// Where the element `count` places after the one that ends at `offset` starts.
    mutating func element(_ count: Int, after offset: Int) -> Int? {
        var index = skipWhitespace(from: offset)
        for step in 0..<count {
            if step > 0 { index = skipWhitespace(from: skipValue(from: index)) }
            guard index < bytes.count, bytes[index] == .comma else { return nil }
            index = skipWhitespace(from: index + 1)
        }
        return index
    }

    /// Past the end of the container `levels` up from the value at `offset` (of that value itself
    /// when `levels` is 0).
    mutating func end(ofValueAt offset: Int, levelsUp levels: Int) -> Int {
        skipContainers(from: skipValue(from: offset), depth: levels)
    }

    /// True when the string in `bytes` from `start` (its opening quote) to `end` (past its closing
    /// one) is `key`.
    private static func isKey(_ key: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let raw = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
        var key = key
        return key.withUTF8 { wanted in
            guard raw.contains(.backslash) else { return raw.count == wanted.count && raw.elementsEqual(wanted) }
            // An escaped key (`"ph\u006Fne"`) is decoded, which is rare enough not to matter.
            return (try? JSONParser().parse(Array(bytes[start..<end])))?.stringValue == String(decoding: wanted, as: UTF8.self)
        }
    }

    /// Past the whitespace from `offset`, counting its line feeds.
    private mutating func skipWhitespace(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count && bytes[index].isJSONWhitespace {
            if bytes[index] == .lineFeed { mark.lineStart = index + 1; mark.line += 1 }
            index += 1
        }
        mark.offset = index
        return index
    }

    /// Past the closing quote of the string whose opening quote is at `offset` (a string holds no
    /// line feed).
    private func skipString(from offset: Int) -> Int {
        var index = offset + 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == .quote { return index }
            if byte == .backslash { index += 1 }
        }
        return index
    }

    /// Past the end of the value at `offset`.
    private mutating func skipValue(from offset: Int) -> Int {
        guard offset < bytes.count else { return offset }
        switch bytes[offset] {
        case .quote:
            return skipString(from: offset)
        case .openBrace, .openBracket:
            return skipContainers(from: offset + 1, depth: 1)
        default:
            var index = offset
            while index < bytes.count {
                let byte = bytes[index]
                if byte.isJSONWhitespace || byte == .comma || byte == .closeBrace || byte == .closeBracket { break }
                index += 1
            }
            return index
        }
    }

    /// Past the bracket that closes the `depth`th container around `offset`, counting line feeds.
    private mutating func skipContainers(from offset: Int, depth levels: Int) -> Int {
        var index = offset
        var depth = levels
        while depth > 0 && index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case .quote: index = skipString(from: index - 1)
            case .openBrace, .openBracket: depth += 1
            case .closeBrace, .closeBracket: depth -= 1
            case .lineFeed:
                mark.line += 1
                mark.lineStart = index
            default: break
            }
        }
        return index
    }
}
