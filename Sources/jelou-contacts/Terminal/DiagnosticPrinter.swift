import ContactModel

/// Prints diagnostics to standard error as `path:line:col: severity: message`, counting them.
final class DiagnosticPrinter {
    private let stream: OutputStream
    private let style: TerminalStyle
    /// With `strict`, warnings are reported and counted as errors.
    private let strict: Bool
    private(set) var warningCount = 0
    private(set) var errorCount = 0

    init(stream: OutputStream, style: TerminalStyle, strict: Bool = false) {
        self.stream = stream
        self.style = style
        self.strict = strict
    }

    /// Prints each diagnostic (its `file` already filled in); with `strict`, as an error.
    func report(_ diagnostics: [Diagnostic]) {
        for var diagnostic in diagnostics {
            if strict { diagnostic.severity = .error }
            report(diagnostic)
        }
    }

    /// Prints each diagnostic, filling in `file` where the reader left it out.
    func report(_ diagnostics: [Diagnostic], file: String) {
        report(diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.file == nil { diagnostic.file = file }
            return diagnostic
        })
    }

    func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .warning: warningCount += 1
        case .error: errorCount += 1
        }
        var location = ""
        if let file = diagnostic.file { location += file + ":" }
        if let position = diagnostic.position { location += "\(position.line):\(position.column):" }
        let severity = diagnostic.severity == .error
            ? style.red("error:") : style.yellow("warning:")
        let head = location.isEmpty ? "" : style.bold(location) + " "
        stream.write(head + severity + " " + diagnostic.message + "\n")
    }
}
