/// Whether and how to colour what goes to a terminal.
///
/// Colour is on only when the stream is a TTY, `TERM` is not `dumb`, and `NO_COLOR` is unset or
/// empty (https://no-color.org).
struct TerminalStyle: Sendable {
    var usesColor: Bool

    init(isTerminal: Bool, environment: [String: String]) {
        usesColor = isTerminal
            && environment["TERM"] != "dumb"
            && (environment["NO_COLOR"] ?? "").isEmpty
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "1;33") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
