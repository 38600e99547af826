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
        let width = min(12, (labels.map(\.count).max() ?? 0) + 2)
        for (line, label) in zip(card.lines, labels) {
            let values = Self.displayLines(line.value)
            for (index, value) in values.enumerated() {
                var text = "│ "
                if index == 0 {
                    text += dim(label + String(repeating: " ", count: max(1, width - label.count)))
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
    /// window title) as U+FFFD.
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
            case 0x00...0x1F, 0x7F...0x9F:
                line.append("\u{FFFD}")
            default:
                line.append(scalar)
            }
        }
        lines.append(String(line))
        return lines
    }

    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
    private func green(_ text: String) -> String { style(text, "32") }
    private func yellow(_ text: String) -> String { style(text, "33") }

    private func style(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
