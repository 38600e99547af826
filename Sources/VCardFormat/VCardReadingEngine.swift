import ContactModel

/// The reading logic behind ``VCardReader``: card structure, limits and diagnostics over the
/// logical lines of a ``VCardLineScanner``.
struct VCardReadingEngine {
    private var scanner: VCardLineScanner
    private let limits: VCardReadingLimits
    /// The cards open now, outermost first (more than one when cards nest).
    private var openCards: [VCardCardBuffer] = []
    /// BEGIN:VCARD lines deeper than the nesting limit still open.
    private var skippedNestingDepth = 0
    /// The storage of the last card read, reused by the next one.
    private var recycledCard: VCardCardBuffer?
    /// Maps each card read, reusing its storage from card to card.
    private var mapping = VCardContactMapping()
    private var ready: [ContactRecord] = []
    private var pending: [Diagnostic] = []
    /// The version of the last card that named one: the default for a card without VERSION.
    private var lastDialect: VCardDialect?
    /// Where the line last read starts in the innermost card's arena, when it was read there.
    private var lineStartInCard: Int?
    /// The line last read, when no card could take it.
    private var lineOutsideCard: [UInt8] = []
    private var junkStart: SourcePosition?
    private var junkLineCount = 0
    private var finished = false

    init(_ source: VCardChunkSource, limits: VCardReadingLimits, codePage: TextCharset?) {
        self.limits = limits
        mapping.codePage = codePage
        let lineCap = max(limits.maximumBinaryValueBytes, limits.maximumTextValueBytes) + 4096
        scanner = VCardLineScanner(source, maximumLineBytes: lineCap)
    }

    /// Reads the next card (see ``VCardReader/next(diagnostics:)``).
    mutating func next(diagnostics: inout [Diagnostic]) throws(InputError) -> ContactRecord? {
        while ready.isEmpty, !finished {
            if try readLine() {
                handleLine()
            } else {
                finishInput()
            }
        }
        // Nearly every card has nothing to report: no call to append an empty array.
        if !pending.isEmpty {
            diagnostics.append(contentsOf: pending)
            pending.removeAll(keepingCapacity: true)
        }
        switch ready.count {
        case 0: return nil
        case 1: return ready.removeLast()
        default: return ready.removeFirst()
        }
    }

    // MARK: Lines

    /// Reads the next logical line: straight into the innermost card's arena while a card takes
    /// properties, else into ``lineOutsideCard``.
    private mutating func readLine() throws(InputError) -> Bool {
        if let last = openCards.indices.last, openCards[last].agentDepth == 0, skippedNestingDepth == 0 {
            lineStartInCard = openCards[last].arena.count
            return try scanner.nextLine(appendingTo: &openCards[last].arena)
        }
        lineStartInCard = nil
        if !lineOutsideCard.isEmpty { lineOutsideCard.removeAll(keepingCapacity: true) }
        return try scanner.nextLine(appendingTo: &lineOutsideCard)
    }

    private mutating func handleLine() {
        let position = scanner.linePosition
        if scanner.danglingSoftBreak {
            warn("quoted-printable value ends with a soft line break before the next property or the end of the card; the break is ignored", at: position)
        }
        let line: [UInt8]
        if let start = lineStartInCard {
            lineStartInCard = nil
            if storeLineReadIntoCard(from: start, at: position) { return }
            let last = openCards.count - 1
            line = Array(openCards[last].arena[start...])
            openCards[last].arena.removeSubrange(start...)
        } else {
            line = lineOutsideCard
        }
        handleLine(line, at: position)
    }

    /// Stores a line read into the innermost card when it is a property the card takes, or closes
    /// the card at its END:VCARD (the common cases, decided as ``handleLine(_:at:)`` would).
    /// - Returns: `false` when the line needs ``handleLine(_:at:)`` (nothing is changed then).
    private mutating func storeLineReadIntoCard(from start: Int, at position: SourcePosition) -> Bool {
        let last = openCards.count - 1
        guard start < openCards[last].arena.count, !openCards[last].isBinaryValueOpen else { return false }
        // A line that starts with neither whitespace nor BE/EN is neither blank nor BEGIN/END
        // (EMAIL and BDAY lines are not looked at further).
        let first = VCardByte.upper(openCards[last].arena[start])
        let second = start + 1 < openCards[last].arena.count ? VCardByte.upper(openCards[last].arena[start + 1]) : 0
        if VCardByte.isWhitespace(first) || (first == 0x42 && second == 0x45) || (first == 0x45 && second == 0x4E) {
            let shape = Self.shape(of: openCards[last].arena[start...])
            if shape.needsHandleLine { return false }
            if shape.isEnd {
                openCards[last].arena.removeSubrange(start...)
                closeCard()
                return true
            }
        }
        guard openCards[last].lines.count < limits.maximumPropertiesPerCard else { return false }
        stored(openCards[last].storeLine(from: start, at: position), at: position)
        return true
    }

    /// Warns of a line that is not a content line (`problem`), or checks the line just stored.
    private mutating func stored(_ problem: VCardContentLine.Problem?, at position: SourcePosition) {
        if let problem {
            let what = problem == .missingColon ? "has no colon" : "has no valid property name"
            warn("line \(what); skipped", at: position)
        } else {
            checkStoredLine(at: position)
        }
    }

    private mutating func handleLine(_ line: [UInt8], at position: SourcePosition) {
        if openCards.isEmpty {
            handleLineOutsideCard(line, at: position)
            return
        }
        let last = openCards.count - 1
        if openCards[last].agentDepth > 0 {
            captureAgentLine(line)
            return
        }
        if Self.isBlank(line[...]) {
            openCards[last].isBinaryValueOpen = false
            return
        }
        if openCards[last].isBinaryValueOpen, !line.contains(VCardByte.colon), VCardCardBuffer.looksLikeBase64(line[...]) {
            appendBinaryContinuation(line, at: position)
            return
        }
        if skippedNestingDepth > 0 {
            if Self.isCardBoundary(line[...], "BEGIN:VCARD") { skippedNestingDepth += 1 }
            if Self.isCardBoundary(line[...], "END:VCARD") { skippedNestingDepth -= 1 }
            return
        }
        if Self.isCardBoundary(line[...], "END:VCARD") {
            closeCard()
            return
        }
        if Self.joinsCards(line[...]) {
            closeCard()
            handleLine(Array("BEGIN:VCARD".utf8), at: position)
            return
        }
        if Self.isCardBoundary(line[...], "BEGIN:VCARD") {
            openNestedCard(at: position)
            return
        }
        if Self.endsCardWithTextAfter(line[...]) {
            warn("END:VCARD has text after it; read as the end of the card", at: position)
            closeCard()
            return
        }
        guard openCards[last].lines.count < limits.maximumPropertiesPerCard else {
            if openCards[last].skippedLineCount == 0 {
                warn(
                    "card has more than \(limits.maximumPropertiesPerCard) properties; the rest of the card is skipped",
                    at: position)
            }
            openCards[last].skippedLineCount += 1
            return
        }
        stored(openCards[last].append(line, at: position), at: position)
    }

    /// Applies the size limits to the line just stored (the innermost card's last) and handles
    /// VERSION.
    private mutating func checkStoredLine(at position: SourcePosition) {
        let last = openCards.count - 1
        let stored = openCards[last].lines[openCards[last].lines.count - 1]
        // Nearly every line: nothing to warn of or to handle.
        if !stored.content.hasUnclosedQuote, !scanner.lineWasCut, stored.content.property != .version,
            stored.isBinary || stored.content.value.count <= limits.maximumTextValueBytes
        {
            return
        }
        checkStoredLine(stored, at: position)
    }

    /// ``checkStoredLine(at:)`` for a line that has something to warn of or is VERSION; a function
    /// of its own, so that the common case does not pay for the warnings' setup.
    @inline(never)
    private mutating func checkStoredLine(_ stored: VCardCardBuffer.Line, at position: SourcePosition) {
        let last = openCards.count - 1
        let content = stored.content, isBinary = stored.isBinary
        if content.hasUnclosedQuote { warn("a parameter quote is never closed; the value is read from the first colon", at: position) }
        if scanner.lineWasCut {
            let name = VCardByte.upperString(openCards[last].arena[content.name])
            if isBinary {
                warn(
                    "\(name) value is \(scanner.lineLength) bytes, over the \(limits.maximumBinaryValueBytes)-byte limit; cut",
                    at: position)
            } else {
                warn(
                    "line is \(scanner.lineLength) bytes, over the \(limits.maximumTextValueBytes)-byte limit; \(name) skipped",
                    at: position)
                openCards[last].removeLastLine()
            }
            return
        }
        if !isBinary, content.value.count > limits.maximumTextValueBytes {
            let name = VCardByte.upperString(openCards[last].arena[content.name])
            warn(
                "\(name) value is \(content.value.count) bytes, over the \(limits.maximumTextValueBytes)-byte limit; skipped",
                at: position)
            openCards[last].removeLastLine()
            return
        }
        if content.property == .version {
            let (dialect, unknownText) = Self.dialect(ofVersion: openCards[last].arena[content.value])
            if let unknownText {
                warn("unknown VERSION '\(unknownText)'; read as \(dialect.versionText)", at: position)
            }
            openCards[last].dialect = dialect
            scanner.foldKeepsWhitespace = dialect == .v21
        }
    }

    /// The dialect a VERSION value names, and the value's text when it names none exactly (for
    /// the warning); a String is made only then.
    private static func dialect(ofVersion value: ArraySlice<UInt8>) -> (VCardDialect, unknownText: String?) {
        if let dialect = VCardDialect(exactVersion: value) { return (dialect, nil) }
        let text = value.withUnsafeBufferPointer(String.init(vCardUTF8:))
        let reading = VCardDialect.reading(text)
        return (reading.dialect, reading.isExact ? nil : text)
    }

    private mutating func handleLineOutsideCard(_ line: [UInt8], at position: SourcePosition) {
        if Self.isCardBoundary(line[...], "BEGIN:VCARD") {
            flushJunk()
            openCards.append(VCardCardBuffer(position: position, recycling: &recycledCard))
            scanner.foldKeepsWhitespace = lastDialect == .v21
            return
        }
        if Self.isBlank(line[...]) { return }
        if Self.isCardBoundary(line[...], "END:VCARD") {
            flushJunk()
            warn("END:VCARD without BEGIN:VCARD; skipped", at: position)
            return
        }
        if case .success(let content) = VCardContentLine.parse(line, in: 0..<line.count),
            [.version, .formattedName, .name].contains(content.property)
        {
            flushJunk()
            let name = VCardByte.upperString(line[content.name])
            warn("\(name) outside a card; BEGIN:VCARD assumed before it", at: position)
            openCards.append(VCardCardBuffer(position: position, recycling: &recycledCard))
            handleLine(line, at: position)
            return
        }
        if junkStart == nil { junkStart = position }
        junkLineCount += 1
        if scanner.lineWasCut { flushJunk() }
    }

    private mutating func flushJunk() {
        guard let start = junkStart else { return }
        let lines = junkLineCount == 1 ? "1 line" : "\(junkLineCount) lines"
        warn("\(lines) outside BEGIN:VCARD … END:VCARD skipped", at: start)
        junkStart = nil
        junkLineCount = 0
    }

    private mutating func appendBinaryContinuation(_ line: [UInt8], at position: SourcePosition) {
        let last = openCards.count - 1
        let room = limits.maximumBinaryValueBytes - openCards[last].lastValueLength
        guard room > 0 else {
            warn("base64 value over the \(limits.maximumBinaryValueBytes)-byte limit; line skipped", at: position)
            return
        }
        openCards[last].extendLastValue(with: line[..<min(line.count, room)])
    }

    // MARK: Cards

    /// BEGIN:VCARD inside a card: the inline card of an empty AGENT (vCard 2.1 §2.6.6), kept in
    /// the AGENT's value; otherwise a nested card (or the previous card lacks its END), read as a
    /// card of its own.
    private mutating func openNestedCard(at position: SourcePosition) {
        let last = openCards.count - 1
        if let agent = openCards[last].lines.last, agent.content.property == .agent, agent.content.value.isEmpty {
            openCards[last].agentDepth = 1
            openCards[last].extendLastValue(with: Array("BEGIN:VCARD".utf8)[...])
            return
        }
        guard openCards.count < limits.maximumNestingDepth else {
            warn("cards nested more than \(limits.maximumNestingDepth) deep; nested card skipped", at: position)
            skippedNestingDepth = 1
            return
        }
        warn(
            "BEGIN:VCARD inside the card that starts at line \(openCards[last].position.line); read as a separate card",
            at: position)
        openCards.append(VCardCardBuffer(position: position, recycling: &recycledCard))
        scanner.foldKeepsWhitespace = lastDialect == .v21
    }

    private mutating func captureAgentLine(_ line: [UInt8]) {
        let last = openCards.count - 1
        let trimmed = VCardByte.trimmed(line[...])
        if Self.isCardBoundary(line[...], "BEGIN:VCARD") { openCards[last].agentDepth += 1 }
        if Self.isCardBoundary(line[...], "END:VCARD") { openCards[last].agentDepth -= 1 }
        guard openCards[last].lastValueLength + trimmed.count < limits.maximumTextValueBytes else { return }
        openCards[last].extendLastValue(with: trimmed, separator: [VCardByte.backslash, VCardByte.lowerN])
    }

    private mutating func closeCard() {
        guard var card = openCards.popLast() else { return }
        if card.skippedLineCount > 0 {
            warn("\(card.skippedLineCount) properties over the limit skipped", at: card.position)
        }
        if let dialect = card.dialect { lastDialect = dialect }
        let dialect = card.dialect ?? lastDialect ?? .v30
        card.isBinaryValueOpen = false
        let contact = mapping.map(&card, dialect: dialect, diagnostics: &pending)
        ready.append(ContactRecord(contact: contact, position: card.position))
        recycledCard = card
        if let outer = openCards.last {
            scanner.foldKeepsWhitespace = (outer.dialect ?? lastDialect) == .v21
        }
    }

    private mutating func finishInput() {
        flushJunk()
        while let card = openCards.last {
            if card.agentDepth > 0 {
                warn("AGENT card not closed with END:VCARD before the end of the input", at: card.lines.last?.position)
                openCards[openCards.count - 1].agentDepth = 0
            }
            warn("card not closed with END:VCARD; read up to the end of the input", at: card.position)
            closeCard()
        }
        finished = true
    }

    private mutating func warn(_ message: String, at position: SourcePosition?) {
        pending.append(.warning(message, at: position))
    }

    // MARK: Line shapes

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy(VCardByte.isWhitespace)
    }

    /// Whether a line read into a card is END:VCARD, or needs ``handleLine(_:at:)`` (blank or
    /// BEGIN:VCARD); a function of its own so that the slice is gone before the card's storage is
    /// changed (else that storage would be copied).
    private static func shape(of line: ArraySlice<UInt8>) -> (needsHandleLine: Bool, isEnd: Bool) {
        let isEnd = isCardBoundary(line, "END:VCARD")
        let needsHandleLine = isBlank(line) || isCardBoundary(line, "BEGIN:VCARD") || joinsCards(line)
            || !isEnd && endsCardWithTextAfter(line)
        return (needsHandleLine, isEnd)
    }

    /// True when `line` is END:VCARD with text after it that is not the next card's BEGIN
    /// (`END:VCARD.` in a phone's dump, a DOS end-of-file byte after the last card): no property
    /// is named END, so the card ends there (RFC 6350 §3.3).
    private static func endsCardWithTextAfter(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop(while: VCardByte.isWhitespace)
        let end = "END:VCARD".utf8.count
        return text.count > end && VCardByte.equalsIgnoringCase(text.prefix(end), "END:VCARD")
    }

    /// True when `line` ends one card and begins the next, as WhatsApp joins the cards it shares:
    /// `END:VCARD_$!<VCard-Separator>!$_BEGIN:VCARD`.
    private static func joinsCards(_ line: ArraySlice<UInt8>) -> Bool {
        let end = "END:VCARD".utf8.count, begin = "BEGIN:VCARD".utf8.count
        guard line.count > end + begin, VCardByte.equalsIgnoringCase(line.prefix(end), "END:VCARD") else { return false }
        return VCardByte.equalsIgnoringCase(VCardByte.trimmed(line).suffix(begin), "BEGIN:VCARD")
    }

    /// True when `line` is `BEGIN:VCARD` or `END:VCARD` (any case, surrounding whitespace allowed).
    private static func isCardBoundary(_ line: ArraySlice<UInt8>, _ boundary: StaticString) -> Bool {
        // Nearly every boundary: written without whitespace, so of the same length.
        if line.count == boundary.utf8CodeUnitCount { return VCardByte.equalsIgnoringCase(line, boundary) }
        guard line.count > boundary.utf8CodeUnitCount, line.count < boundary.utf8CodeUnitCount + 16,
            VCardByte.isWhitespace(line[line.startIndex]) || VCardByte.upper(line[line.startIndex]) == boundary.utf8Start[0],
            let first = line.first(where: { !VCardByte.isWhitespace($0) }), VCardByte.upper(first) == boundary.utf8Start[0]
        else {
            return false
        }
        return VCardByte.equalsIgnoringCase(VCardByte.trimmed(line), boundary)
    }
}
