/// Draws a ``PreviewCard`` as a few lines of text for a terminal:
///
/// ```
/// ┌ John Smith
/// │ Engineer · Acme
/// │ Mobile     +12125550123  (WhatsApp)
/// │ Work       john.smith@example.com
/// └ [Message] [Save contact]
/// ```
public struct TerminalCardRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// The card's lines, each ending in a line break.
    public func render(_ card: PreviewCard) -> String {
        var out = "┌ " + bold(card.title) + "\n"
        if let subtitle = card.subtitle { out += "│ " + dim(subtitle) + "\n" }
        let width = min(12, (card.lines.map(\.label.count).max() ?? 0) + 2)
        for line in card.lines {
            let label = line.label + String(repeating: " ", count: max(1, width - line.label.count))
            var text = "│ " + dim(label) + line.value
            if line.isOnWhatsApp { text += "  " + green("(WhatsApp)") }
            out += text + "\n"
        }
        switch card.action {
        case .message: out += "└ " + green("[Message]") + " [Save contact]\n"
        case .invite: out += "└ " + yellow("[Invite to WhatsApp]") + " [Save contact]\n"
        }
        return out
    }

    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
    private func green(_ text: String) -> String { style(text, "32") }
    private func yellow(_ text: String) -> String { style(text, "33") }

    private func style(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
