import ContactModel

/// The parameters of one content line, read leniently: RFC 6350 §5 `name=value,value`, quoted
/// values holding `:;,` (RFC 6350 §3.3), RFC 6868 caret escapes, Apple's `\"` inside quotes,
/// vCard 2.1 bare parameters (`TEL;WORK;VOICE`, vCard 2.1 §2.4), repeated `TYPE=`, empty
/// parameters and trailing commas.
struct VCardParameters {
    /// How the value is transfer-encoded (RFC 2425 §5.8.4 ENCODING, vCard 2.1 §2.5).
    enum TransferEncoding: Equatable {
        case none
        case quotedPrintable
        case base64
        case unknown(String)
    }

    /// Every parameter in source order; bare 2.1 parameters appear as `TYPE` (or `ENCODING` for
    /// `QUOTED-PRINTABLE`, `BASE64`, `8BIT`, `7BIT`).
    private(set) var all: [RawParameter] = []
    /// The TYPE values and bare parameters, as written, in order.
    private(set) var typeTokens = VCardTypeTokens()
    private(set) var encoding: TransferEncoding = .none
    /// True when ``encoding`` is quoted-printable; matched by pattern, as `==` on the enum makes a
    /// call and a copy of its payload for every value read.
    var isQuotedPrintable: Bool {
        if case .quotedPrintable = encoding { true } else { false }
    }
    /// True when ``encoding`` names no transfer encoding (see ``isQuotedPrintable``).
    var hasNoEncoding: Bool {
        if case .none = encoding { true } else { false }
    }
    /// The `CHARSET=` value as written.
    private(set) var charset: String?
    /// The `VALUE=` value, upper-cased (`URI`, `TEXT`, `DATE`).
    private(set) var valueType: String?
    /// `PREF=n` (RFC 6350 §5.3).
    private(set) var preference: Int?
    /// The `LABEL=` value of an ADR (RFC 6350 §6.3.1).
    private(set) var deliveryLabel: String?
    /// The `CC=` value of an ADR: its country as an ISO 3166-1 code (RFC 8605 §3.1).
    private(set) var countryCode: String?
    /// A 2.1 bare `X-<label>` parameter, as Android writes custom labels, without its `X-`; or
    /// the label of Samsung's `X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=4F=66…)`, decoded.
    private(set) var customLabel: String?
    /// Apple's `X-APPLE-OMIT-YEAR=1604`: the placeholder year of a date whose year is unknown
    /// (Apple writes `BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15` for "15 March").
    private(set) var omittedYear: Int?
    /// WhatsApp's `waid=593991234567` on a TEL of a card it exports: the WhatsApp id the number
    /// reaches.
    private(set) var whatsAppID: String?
    /// The parameters none of the above reads (`PID`, `ALTID`, `LANGUAGE`, `SORT-AS`, `X-…`), as
    /// written, when ``all`` is not kept (see `keepingAll`): a mapped property keeps them beside
    /// its fields.
    private(set) var others: [RawParameter] = []

    /// A run of the parameter text, read in place.
    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// True when ``all`` holds every parameter (see `keepingAll`).
    private(set) var keepsAll = true
    /// The values of the parameter being read, kept to reuse the storage.
    private var scratchValues: [String] = []
    /// True when a parameter other than `TYPE=…` was read since the last ``read(_:in:keepingAll:)``:
    /// only such a parameter sets ``charset``, ``preference`` and the others after them, so
    /// nearly every line (none or only `TYPE=`) does not reset them one by one.
    private var readOtherThanType = false

    init() {}

    /// Parses `bytes[range]` (the text between the property name and the value colon, without the
    /// leading `;`).
    init(_ bytes: [UInt8], in range: Range<Int>) {
        read(bytes, in: range, keepingAll: true)
    }

    /// Parses `bytes[range]` in place of what was read before, reusing the storage (the reader
    /// reads every property of a card through one instance).
    /// - Parameters:
    ///   - range: the parameter text, or `nil` when the property has none.
    ///   - keepingAll: whether to fill ``all`` (needed only for properties kept raw).
    mutating func read(_ bytes: [UInt8], in range: Range<Int>?, keepingAll: Bool) {
        if !all.isEmpty { all.removeAll(keepingCapacity: true) }
        if !hasNoEncoding { encoding = .none }
        if readOtherThanType {
            readOtherThanType = false
            if charset != nil { charset = nil }
            if valueType != nil { valueType = nil }
            preference = nil
            if deliveryLabel != nil { deliveryLabel = nil }
            if countryCode != nil { countryCode = nil }
            if customLabel != nil { customLabel = nil }
            if omittedYear != nil { omittedYear = nil }
            if whatsAppID != nil { whatsAppID = nil }
        }
        if !others.isEmpty { others.removeAll(keepingCapacity: true) }
        keepsAll = keepingAll
        guard let range else {
            if !typeTokens.isEmpty { typeTokens.reset(source: []) }
            return
        }
        typeTokens.reset(source: bytes)
        bytes.withUnsafeBufferPointer { buffer in
            var start = range.lowerBound
            var index = start
            var quoted = false
            while index <= range.upperBound {
                if !quoted {
                    index = VCardByte.firstIndex(
                        of: VCardByte.semicolon, or: VCardByte.doubleQuote, in: buffer, from: index, to: range.upperBound)
                }
                if index == range.upperBound {
                    add(buffer[start..<index])
                    break
                }
                let byte = buffer[index]
                if byte == VCardByte.doubleQuote {
                    quoted.toggle()
                } else if quoted, byte == VCardByte.backslash, index + 1 < range.upperBound,
                    buffer[index + 1] == VCardByte.doubleQuote
                {
                    index += 1
                } else if !quoted, byte == VCardByte.semicolon {
                    add(buffer[start..<index])
                    start = index + 1
                }
                index += 1
            }
        }
    }

    /// Lets go of the bytes last read, so that the card's storage they belong to stays uniquely
    /// referenced (and is reused, not copied, when the next card is read into it).
    mutating func releaseSource() {
        typeTokens.reset(source: [])
    }

    /// The parameters a ``RawProperty`` keeps: all but the quoted-printable encoding and the
    /// charset, which the reader has already applied to the value, and a 2.1 `8BIT` or `7BIT`
    /// encoding, which RFC 2426 §4 and RFC 6350 §5 have no value for.
    var keptForRawProperty: [RawParameter] {
        func isKept(_ parameter: RawParameter) -> Bool {
            switch parameter.name {
            case "CHARSET": return false
            // 8BIT and 7BIT say the value is written as is: nothing a 3.0 or 4.0 line may carry.
            case "ENCODING": return !isQuotedPrintable && !hasNoEncoding
            default: return true
            }
        }
        // Nearly always all of them: shared, not filtered into a new array.
        return all.allSatisfy(isKept) ? all : all.filter(isKept)
    }

    /// True when ``othersWithTypeAndPreference`` holds anything (nearly never), known without
    /// building it.
    var hasOthersOrTypeOrPreference: Bool {
        !others.isEmpty || !typeTokens.isEmpty || preference != nil
    }

    /// ``others`` with the `TYPE` values and `PREF` written back as parameters: what a property
    /// that reads neither (FN, N, ORG) keeps.
    var othersWithTypeAndPreference: [RawParameter] {
        var kept = others
        if !typeTokens.isEmpty { kept.append(RawParameter(name: "TYPE", values: typeTokens.texts(from: 0))) }
        if let preference { kept.append(RawParameter(name: "PREF", values: [String(preference)])) }
        return kept
    }

    private mutating func add(_ text: Bytes) {
        let parameter = VCardByte.trimmed(text)
        guard !parameter.isEmpty else { return }
        // Nearly every parameter of a TEL, EMAIL or ADR: read as the name's own case below would.
        if Self.startsWithType(parameter) {
            addType(parameter[(parameter.startIndex + 5)...])
            return
        }
        readOtherThanType = true
        // The first byte alone rules out Samsung's label for nearly every parameter.
        if VCardByte.upper(parameter[parameter.startIndex]) == 0x58, VCardByte.hasPrefixIgnoringCase(parameter, "X-CUSTOM(") {
            addSamsungCustomLabel(parameter.dropFirst(9))
            return
        }
        guard let equals = Self.firstUnquoted(VCardByte.equals, in: parameter) else {
            addBare(parameter)
            return
        }
        let nameBytes = VCardByte.trimmed(parameter[parameter.startIndex..<equals])
        let name = KnownName(nameBytes)
        let valueText = parameter[(equals + 1)...]
        if name == .type {
            addType(valueText)
            return
        }
        scratchValues.removeAll(keepingCapacity: true)
        Self.appendValues(valueText, ofType: false, to: &scratchValues)
        if keepsAll {
            all.append(RawParameter(name: name.text ?? VCardByte.upperString(nameBytes), values: scratchValues))
        } else if name == .other, !nameBytes.isEmpty {
            others.append(RawParameter(name: VCardByte.upperString(nameBytes), values: scratchValues))
        }
        let value = scratchValues.first
        switch name {
        case .encoding: if let value { encoding = Self.encoding(named: value) }
        case .charset: charset = value
        case .value: valueType = value.map { $0.uppercased() }
        case .pref: if let value, let rank = Int(value), (1...100).contains(rank) { preference = rank }
        case .label: deliveryLabel = value
        case .countryCode: countryCode = value
        case .appleOmitYear: omittedYear = value.flatMap { Int($0) }
        case .whatsAppID: whatsAppID = value
        case .type, .other: break
        }
    }

    /// Adds the values of a `TYPE=` parameter.
    private mutating func addType(_ valueText: Bytes) {
        let first = typeTokens.count
        Self.appendValues(valueText, ofType: true, to: &typeTokens)
        if keepsAll { all.append(RawParameter(name: "TYPE", values: typeTokens.texts(from: first))) }
    }

    /// True when `bytes` start with `TYPE=`, in any case; five byte comparisons, where the
    /// generic ``VCardByte/hasPrefixIgnoringCase(_:_:)`` iterates a prefix slice.
    @inline(__always)
    private static func startsWithType(_ bytes: Bytes) -> Bool {
        guard bytes.count >= 5 else { return false }
        let start = bytes.startIndex
        let base = bytes.base
        return base[start + 4] == VCardByte.equals && VCardByte.upper(base[start]) == 0x54 && VCardByte.upper(base[start + 1]) == 0x59
            && VCardByte.upper(base[start + 2]) == 0x50 && VCardByte.upper(base[start + 3]) == 0x45
    }

    private mutating func addBare(_ token: Bytes) {
        if VCardByte.equalsIgnoringCase(token, "QUOTED-PRINTABLE") || VCardByte.equalsIgnoringCase(token, "BASE64")
            || VCardByte.equalsIgnoringCase(token, "8BIT") || VCardByte.equalsIgnoringCase(token, "7BIT")
        {
            let text = String(decoding: token, as: UTF8.self)
            if keepsAll { all.append(RawParameter(name: "ENCODING", values: [text])) }
            encoding = Self.encoding(named: text)
            return
        }
        let first = typeTokens.count
        Self.appendValues(token, ofType: true, to: &typeTokens)
        if keepsAll { all.append(RawParameter(name: "TYPE", values: typeTokens.texts(from: first))) }
        if typeTokens.count == first + 1, VCardByte.hasPrefixIgnoringCase(token, "X-"), token.count > 2 {
            typeTokens.removeLast()
            customLabel = String(String(decoding: token, as: UTF8.self).dropFirst(2))
        }
    }

    /// Reads what follows `X-CUSTOM(` in a parameter of a Samsung phone's export: settings, then
    /// the label, quoted-printable encoded in the charset named, then `)` —
    /// `TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=4F=66=69=63=69=6E=61):…` is labelled
    /// `Oficina`. Kept as `X-LABEL` on a property kept raw.
    private mutating func addSamsungCustomLabel(_ text: Bytes) {
        let inner = text.last == VCardByte.closingParenthesis ? text.dropLast() : text
        var charset: TextCharset?
        var quotedPrintable = false
        var labelStart = inner.startIndex
        for piece in inner.split(separator: VCardByte.comma, omittingEmptySubsequences: false) {
            if VCardByte.hasPrefixIgnoringCase(piece, "CHARSET=") {
                charset = TextCharset(name: String(decoding: piece.dropFirst(8), as: UTF8.self))
            } else if VCardByte.hasPrefixIgnoringCase(piece, "ENCODING=") {
                quotedPrintable = Self.encoding(named: String(decoding: piece.dropFirst(9), as: UTF8.self)) == .quotedPrintable
            } else {
                break
            }
            labelStart = min(piece.endIndex + 1, inner.endIndex)
        }
        let written = Array(inner[labelStart...])
        let bytes = quotedPrintable ? QuotedPrintableDecoder.decode(written[...]) : written
        let label = (charset?.decode(bytes) ?? TextCharset.decodeGuessing(bytes).text).vCardTrimmed
        guard !label.isEmpty else { return }
        customLabel = label
        if keepsAll { all.append(RawParameter(name: "X-LABEL", values: [label])) }
    }

    /// The parameter names the reader acts on, matched ignoring case without allocating.
    private enum KnownName: Equatable {
        case type, encoding, charset, value, pref, label, countryCode, appleOmitYear, whatsAppID, other

        init(_ bytes: Bytes) {
            switch bytes.count {
            case 2: self = VCardByte.equalsIgnoringCase(bytes, "CC") ? .countryCode : .other
            case 4:
                if VCardByte.equalsIgnoringCase(bytes, "TYPE") {
                    self = .type
                } else if VCardByte.equalsIgnoringCase(bytes, "PREF") {
                    self = .pref
                } else if VCardByte.equalsIgnoringCase(bytes, "WAID") {
                    self = .whatsAppID
                } else {
                    self = .other
                }
            case 5:
                if VCardByte.equalsIgnoringCase(bytes, "VALUE") {
                    self = .value
                } else if VCardByte.equalsIgnoringCase(bytes, "LABEL") {
                    self = .label
                } else {
                    self = .other
                }
            case 7: self = VCardByte.equalsIgnoringCase(bytes, "CHARSET") ? .charset : .other
            case 8: self = VCardByte.equalsIgnoringCase(bytes, "ENCODING") ? .encoding : .other
            case 17: self = VCardByte.equalsIgnoringCase(bytes, "X-APPLE-OMIT-YEAR") ? .appleOmitYear : .other
            default: self = .other
            }
        }

        /// The upper-case name, or `nil` for ``other``.
        var text: String? {
            switch self {
            case .type: "TYPE"
            case .encoding: "ENCODING"
            case .charset: "CHARSET"
            case .value: "VALUE"
            case .pref: "PREF"
            case .label: "LABEL"
            case .countryCode: "CC"
            case .appleOmitYear: "X-APPLE-OMIT-YEAR"
            case .whatsAppID: "WAID"
            case .other: nil
            }
        }
    }

    private static func encoding(named name: String) -> TransferEncoding {
        let utf8 = name.utf8
        if VCardByte.equalsIgnoringCase(utf8, "QUOTED-PRINTABLE") || VCardByte.equalsIgnoringCase(utf8, "QP") {
            return .quotedPrintable
        }
        if VCardByte.equalsIgnoringCase(utf8, "BASE64") || VCardByte.equalsIgnoringCase(utf8, "B") { return .base64 }
        if VCardByte.equalsIgnoringCase(utf8, "8BIT") || VCardByte.equalsIgnoringCase(utf8, "7BIT") { return .none }
        return .unknown(name)
    }

    /// Appends the comma-separated values of a parameter, unquoted, caret-decoded and trimmed; empty
    /// values (trailing commas) are left out. TYPE values (`ofType`) are split on the commas inside
    /// quotes too (`TYPE="work,voice"`) and lose a repeated `TYPE=` (`TYPE=HOME,TYPE=VOICE`).
    private static func appendValues<Values: VCardParameterValues>(_ text: Bytes, ofType: Bool, to values: inout Values) {
        func append(_ value: Bytes) {
            appendValue(value, ofType: ofType, isDecoded: true, to: &values)
        }
        let special = VCardByte.firstIndex(
            of: VCardByte.doubleQuote, or: VCardByte.caret, in: text.base, from: text.startIndex, to: text.endIndex)
        if special == text.endIndex {
            var start = text.startIndex
            for index in text.startIndex..<text.endIndex where text[index] == VCardByte.comma {
                appendValue(text[start..<index], ofType: ofType, isDecoded: false, to: &values)
                start = index + 1
            }
            appendValue(text[start..<text.endIndex], ofType: ofType, isDecoded: false, to: &values)
            return
        }
        var current: [UInt8] = []
        var quoted = false
        var index = text.startIndex
        func flush() {
            current.withUnsafeBufferPointer { append($0[...]) }
            current.removeAll(keepingCapacity: true)
        }
        while index < text.endIndex {
            let byte = text[index]
            switch byte {
            case VCardByte.doubleQuote:
                quoted.toggle()
            case VCardByte.backslash where quoted && index + 1 < text.endIndex && text[index + 1] == VCardByte.doubleQuote:
                current.append(VCardByte.doubleQuote)
                index += 1
            case VCardByte.comma where !quoted || ofType:
                flush()
            case VCardByte.caret where index + 1 < text.endIndex:
                switch text[index + 1] {
                case VCardByte.lowerN, VCardByte.upperN:
                    current.append(VCardByte.lineFeed)
                    index += 1
                case VCardByte.caret:
                    current.append(VCardByte.caret)
                    index += 1
                case VCardByte.apostrophe:
                    current.append(VCardByte.doubleQuote)
                    index += 1
                default:
                    current.append(byte)
                }
            default:
                current.append(byte)
            }
            index += 1
        }
        flush()
    }

    /// Appends one value of ``appendValues(_:ofType:to:)``, trimmed, without a repeated `TYPE=`;
    /// nothing when it is empty.
    @inline(__always)
    private static func appendValue<Values: VCardParameterValues>(
        _ value: Bytes, ofType: Bool, isDecoded: Bool, to values: inout Values
    ) {
        var value = VCardByte.trimmed(value)
        if ofType, startsWithType(value) { value = value.dropFirst(5) }
        if !value.isEmpty { values.appendValue(value, isDecoded: isDecoded) }
    }

    private static func firstUnquoted(_ target: UInt8, in text: Bytes) -> Int? {
        // Nearly every parameter: no quote before `target`.
        let first = VCardByte.firstIndex(
            of: target, or: VCardByte.doubleQuote, in: text.base, from: text.startIndex, to: text.endIndex)
        guard first < text.endIndex else { return nil }
        if text[first] == target { return first }
        var quoted = false
        for index in first..<text.endIndex {
            let byte = text[index]
            if byte == VCardByte.doubleQuote {
                quoted.toggle()
            } else if !quoted, byte == target {
                return index
            }
        }
        return nil
    }
}

/// Where ``VCardParameters`` puts the values of a parameter: Strings, or TYPE values kept as bytes.
private protocol VCardParameterValues {
    /// Adds a value; `isDecoded` when its bytes are not a run of the parameter text.
    mutating func appendValue(_ value: Slice<UnsafeBufferPointer<UInt8>>, isDecoded: Bool)
}

extension Array: VCardParameterValues where Element == String {
    mutating func appendValue(_ value: Slice<UnsafeBufferPointer<UInt8>>, isDecoded: Bool) {
        append(String(decoding: value, as: UTF8.self))
    }
}

extension VCardTypeTokens: VCardParameterValues {
    mutating func appendValue(_ value: Slice<UnsafeBufferPointer<UInt8>>, isDecoded: Bool) {
        append(value, isDecoded: isDecoded)
    }
}
