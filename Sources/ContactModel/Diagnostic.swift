/// A problem found while reading, normalising or writing contacts, with where it was found.
///
/// Rendered as `path:line:col: severity: message`, the format compilers and editors understand.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How bad the problem is; the raw value is the word ``rendered`` prints.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        /// Orders `warning` before `error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A warning (the output was still written, perhaps with less in it) or an error.
    public var severity: Severity
    /// What is wrong, in words; it may quote input, line breaks and all (``oneLineMessage`` writes
    /// them as `\n`).
    public var message: String
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// The file the problem is in, as the user named it (`<stdin>` for standard input); `nil`
    /// until a caller that knows the file fills it in.
    public var file: Optional<String>
    /// Where in the file; `nil` for problems about the file or contact as a whole.
    public var position: Optional<SourcePosition>

    /// Makes a diagnostic.
    /// - Parameters:
    ///   - severity: warning or error.
    ///   - message: what is wrong.
    ///   - file: the file as the user named it, or `nil` for a caller that knows it to fill in.
    ///   - position: where in the file (1-based line and column, the column in UTF-8 bytes), or `nil`.
    public init(_ severity: Severity, _ message: String, file: String? = nil, at position: SourcePosition? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.position = position
    }

    /// A warning with no file yet (a caller that knows the file fills it in).
    /// - Parameters:
    ///   - message: what is wrong.
    ///   - position: where (1-based line and column, the column in UTF-8 bytes), or `nil`.
    public static func warning(_ message: String, at position: SourcePosition? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: position)
    }

    /// An error with no file yet (a caller that knows the file fills it in).
    /// - Parameters:
    ///   - message: what is wrong.
    ///   - position: where (1-based line and column, the column in UTF-8 bytes), or `nil`.
    public static func error(_ message: String, at position: SourcePosition? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: position)
    }

    /// `path:line:col: severity: message` (the path and position parts are left out when unknown),
    /// on one line (``oneLineMessage``), for editors and `grep`.
    public var rendered: String {
        var out = ""
        if let file { out += file + ":" }
        if let position { out += "\(position.line):\(position.column):" }
        if !out.isEmpty { out += " " }
        return out + severity.rawValue + ": " + oneLineMessage
    }

    /// ``message`` as one line of plain text: line breaks written `\n` (a carriage return `\r`), a
    /// tab `\t`, and every other control character (C0, DEL, C1; ECMA-48 §5: ESC starts the
    /// sequences that clear a terminal, move its cursor or retitle its window) and bidirectional
    /// override (U+202A–U+202E, U+2066–U+2069, which reorder the rest of a line) as `\u{…}`. A
    /// message quotes input (a name typed on two lines, or holding an escape sequence), and a
    /// diagnostic is one line that shows that input, never obeys it.
    public var oneLineMessage: String { Self.oneLine(message) }

    /// `text` written as ``oneLineMessage`` writes a message: line breaks as `\n`, a carriage
    /// return `\r`, a tab `\t`, other control characters and bidirectional overrides as `\u{…}`;
    /// for other text a command prints that quotes input (the names in a send's refusal).
    public static func oneLine(_ text: String) -> String {
        guard mayHoldControls(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: out.append(contentsOf: "\\n".unicodeScalars)
            case 0x0D: out.append(contentsOf: "\\r".unicodeScalars)
            case 0x09: out.append(contentsOf: "\\t".unicodeScalars)
            case _ where scalar.isTerminalControl:
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `text` has a byte that may start a character ``oneLineMessage`` rewrites: a C0
    /// control or DEL, or the lead byte of a C1 control (C2) or of the line separators and
    /// bidirectional controls (E2). A tight loop over the bytes, as a conversion prints tens of
    /// thousands of messages and nearly none has one.
    private static func mayHoldControls(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // `| 0x20` makes C2 into E2: three comparisons a byte, no branch.
            var seen: UInt8 = 0
            for byte in bytes { seen |= (byte < 0x20 ? 1 : 0) | (byte == 0x7F ? 1 : 0) | ((byte | 0x20) == 0xE2 ? 1 : 0) }
            return seen != 0
        }
    }
}
