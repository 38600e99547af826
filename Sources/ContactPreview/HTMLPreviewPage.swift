/// Writes one self-contained HTML page (no external assets, no scripts) that shows every payload
/// as WhatsApp-style contact cards, each with its problems, beside the payload's JSON.
public struct HTMLPreviewPage: Sendable {
    /// One payload as it will be sent, with its cards and the problems of each card.
    public struct Message: Sendable {
        /// The payload's contacts, as cards, in the payload's order.
        public var cards: [PreviewCard]
        /// Problems per card, in the same order as `cards` (rendered diagnostics).
        public var problems: [[String]]
        /// The payload exactly as it will be sent (pretty JSON).
        public var json: String

        /// A payload's part of the page.
        /// - Parameters:
        ///   - cards: its contacts' cards.
        ///   - problems: each card's problems, one list per card, in the order of `cards`.
        ///   - json: the payload as it will be sent.
        public init(cards: [PreviewCard], problems: [[String]], json: String) {
            self.cards = cards
            self.problems = problems
            self.json = json
        }
    }

    /// The page's `<title>` and heading (escaped when written).
    public var title: String
    /// The payloads to show, in the order they will be sent.
    public var messages: [Message] = []
    /// The summary line shown at the top.
    public var summary: String = ""

    /// An empty page with a title; add ``messages`` and a ``summary`` before ``render()``.
    public init(title: String) {
        self.title = title
    }

    /// The whole page, UTF-8.
    public func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(Self.escape(title))</title>\n<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n"
        html += "<header><h1>\(Self.escape(title))</h1><p class=\"summary\">\(Self.escape(summary))</p></header>\n"
        for (index, message) in messages.enumerated() {
            html += "<section class=\"message\">\n<h2>Message \(index + 1) · \(message.cards.count) contact"
            html += message.cards.count == 1 ? "" : "s"
            html += "</h2>\n<div class=\"chat\">\n"
            for (cardIndex, card) in message.cards.enumerated() {
                html += render(card, problems: cardIndex < message.problems.count ? message.problems[cardIndex] : [])
            }
            html += "</div>\n<pre class=\"json\">\(Self.escape(message.json))</pre>\n</section>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// One card. Contact text runs in its own direction (`dir="auto"`: an Arabic or Hebrew name
    /// right to left, a phone number left to right, as WhatsApp shows them); a name, subtitle or
    /// value keeps its line breaks (a street typed on two lines); long unbroken text (a URL)
    /// wraps inside the card instead of being cut off by its edge.
    private func render(_ card: PreviewCard, problems: [String]) -> String {
        var html = "<article class=\"contact-card\">\n<div class=\"head\"><div class=\"avatar\">"
        html += Self.escape(String(card.title.prefix(1)).uppercased())
        html += "</div><div><div class=\"name\" dir=\"auto\">\(Self.escape(card.title))</div>"
        if let subtitle = card.subtitle { html += "<div class=\"sub\" dir=\"auto\">\(Self.escape(subtitle))</div>" }
        html += "</div></div>\n<ul>\n"
        for line in card.lines {
            html += "<li class=\"\(line.kind.rawValue)\"><span class=\"label\" dir=\"auto\">\(Self.escape(line.label))</span>"
            html += "<span class=\"value\" dir=\"auto\">\(Self.escape(line.value))</span>"
            if line.isOnWhatsApp { html += "<span class=\"wa\">WhatsApp</span>" }
            html += "</li>\n"
        }
        html += "</ul>\n<div class=\"actions\"><span class=\"primary\">\(card.action.rawValue)</span>"
        html += "<span>Save contact</span></div>\n"
        if !problems.isEmpty {
            html += "<ul class=\"problems\">\n"
            for problem in problems { html += "<li>\(Self.escape(problem))</li>\n" }
            html += "</ul>\n"
        }
        return html + "</article>\n"
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let styleSheet = """
        body { margin: 0; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #efeae2; color: #111b21; }
        header { background: #008069; color: #fff; padding: 16px 24px; }
        header h1 { margin: 0; font-size: 20px; }
        .summary { margin: 4px 0 0; opacity: .9; }
        .message { display: flex; flex-wrap: wrap; gap: 24px; padding: 24px; border-bottom: 1px solid #d1d7db; }
        .message h2 { flex-basis: 100%; margin: 0; font-size: 16px; color: #54656f; }
        .chat { display: flex; flex-direction: column; gap: 12px; min-width: 300px; }
        .contact-card { background: #d9fdd3; border-radius: 8px; box-shadow: 0 1px .5px rgba(11,20,26,.13); width: 320px; overflow: hidden; overflow-wrap: anywhere; }
        .head { display: flex; align-items: center; gap: 12px; padding: 12px; }
        .avatar { width: 44px; height: 44px; border-radius: 50%; background: #6b7c85; color: #fff; display: flex; align-items: center; justify-content: center; font-size: 20px; }
        .name { font-weight: 600; }
        .name, .sub, .value { white-space: pre-line; }
        .sub { color: #54656f; font-size: 13px; }
        .contact-card ul { list-style: none; margin: 0; padding: 0 12px 8px; }
        .contact-card li { display: flex; gap: 8px; padding: 2px 0; font-size: 14px; }
        .label { color: #54656f; min-width: 70px; }
        .wa { color: #008069; font-size: 12px; margin-left: auto; }
        .actions { display: flex; border-top: 1px solid #b7dcb1; }
        .actions span { flex: 1; text-align: center; padding: 10px; color: #027eb5; }
        .actions .primary { border-right: 1px solid #b7dcb1; font-weight: 600; }
        .contact-card .problems { background: #fff4e5; padding: 8px 12px; color: #8a4b00; font-size: 13px; }
        .json { flex: 1; min-width: 300px; max-width: 640px; margin: 0; background: #fff; border-radius: 8px; padding: 12px; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; overflow: auto; white-space: pre-wrap; }

        """
}
