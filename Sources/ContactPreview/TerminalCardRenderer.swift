import ContactModel

/// Draws a ``PreviewCard`` as a few lines of text for a terminal:
///
/// ```
/// ┌ John Smith
/// │ Engineer · Acme
/// │ Mobile  +12125550123  (WhatsApp)
/// │ Work    john.smith@example.com
/// └ [Message] [Save contact]
/// ```
public struct TerminalCardRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var usesColor: Bool

    /// A renderer; colour only where the caller found it wanted (a TTY, `NO_COLOR` unset).
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// The card's lines, each ending in a line break.
    ///
    /// Contact text is shown, never obeyed: a value written on several lines (a street typed on
    /// two) goes on as many card lines, each inside the frame and under the value column, and
    /// every other control character (an escape sequence that would clear the screen, retitle the
    /// window or hide the rest of the line) is drawn as U+FFFD; see ``displayLines(_:)``.
    public func render(_ card: PreviewCard) -> String {
        var out = ""
        for (index, line) in Self.displayLines(card.title).enumerated() {
            out += (index == 0 ? "┌ " : "│ ") + bold(line) + "\n"
        }
        if let subtitle = card.subtitle {
            for line in Self.displayLines(subtitle) { out += "│ " + dim(line) + "\n" }
        }
        let labels = card.lines.map { Self.displayLines($0.label).joined(separator: " ") }
        let width = min(12, (labels.map(Self.columns).max() ?? 0) + 2)
        for (line, label) in zip(card.lines, labels) {
            let values = Self.displayLines(line.value)
            for (index, value) in values.enumerated() {
                var text = "│ "
                if index == 0 {
                    text += dim(label + String(repeating: " ", count: max(1, width - Self.columns(label))))
                } else {
                    text += String(repeating: " ", count: width)
                }
                text += value
                if line.isOnWhatsApp, index == values.count - 1 { text += "  " + green("(WhatsApp)") }
                out += text + "\n"
            }
        }
        switch card.action {
        case .message: out += "└ " + green("[Message]") + " [Save contact]\n"
        case .invite: out += "└ " + yellow("[Invite to WhatsApp]") + " [Save contact]\n"
        }
        return out
    }

    /// `text` as lines a terminal shows as written: split at each line break (CR LF, LF, CR, VT,
    /// FF, NEL, U+2028, U+2029), a tab as a space, and any other C0 or C1 control character or
    /// DEL (ECMA-48 §5: ESC starts the sequences that move the cursor, recolour text or set the
    /// window title) and each bidirectional embedding, override or isolate (U+202A–U+202E,
    /// U+2066–U+2069, which would reorder the rest of the card's line) as U+FFFD.
    /// - Returns: at least one line; exactly `[text]` when it holds no such character.
    static func displayLines(_ text: String) -> [String] {
        // C0 controls and DEL are single bytes; C1 controls start with 0xC2; U+2028/U+2029 with 0xE2.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return [text] }
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where afterCarriageReturn:
                continue
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                lines.append(String(line))
                line = String.UnicodeScalarView()
            case 0x09:
                line.append(" ")
            case _ where scalar.isTerminalControl:
                line.append("\u{FFFD}")
            default:
                line.append(scalar)
            }
        }
        lines.append(String(line))
        return lines
    }

    /// The columns a terminal gives `text`: two for each East Asian wide or fullwidth character
    /// (Unicode UAX #11: Han, Kana, Hangul, fullwidth forms) and each emoji drawn as a picture
    /// (UTS #51 emoji presentation, or a variation selector 16), one for any other character.
    static func columns(_ text: String) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    private static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, first.value >= 0x1100 || scalars.count > 1 else { return 1 }
        if first.properties.isEmojiPresentation || scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
    private func green(_ text: String) -> String { style(text, "32") }
    private func yellow(_ text: String) -> String { style(text, "33") }

    private func style(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
