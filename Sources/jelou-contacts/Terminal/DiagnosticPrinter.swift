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
        for diagnostic in diagnostics { report(diagnostic, file: diagnostic.file, strict: strict) }
    }

    /// Prints each diagnostic, filling in `file` where the reader left it out; with `strict`, as
    /// an error.
    func report(_ diagnostics: [Diagnostic], file: String) {
        for diagnostic in diagnostics { report(diagnostic, file: diagnostic.file ?? file, strict: strict) }
    }

    func report(_ diagnostic: Diagnostic) {
        report(diagnostic, file: diagnostic.file, strict: false)
    }

    /// Writes `file:line:col: severity: message` straight into the stream's buffer in one access
    /// (a large conversion prints tens of thousands), building strings only for colour.
    private func report(_ diagnostic: Diagnostic, file: String?, strict: Bool) {
        let isError = strict || diagnostic.severity == .error
        if isError { errorCount += 1 } else { warningCount += 1 }
        guard !style.usesColor else {
            var location = ""
            if let file { location += file + ":" }
            if let position = diagnostic.position { location += "\(position.line):\(position.column):" }
            let severity = isError ? style.red("error:") : style.yellow("warning:")
            let head = location.isEmpty ? "" : style.bold(location) + " "
            stream.write(head + severity + " " + diagnostic.oneLineMessage + "\n")
            return
        }
        let message = diagnostic.oneLineMessage
        stream.write { line in
            if let file {
                line.append(utf8Of: file)
                line.append(UInt8(ascii: ":"))
            }
            if let position = diagnostic.position { Self.append(position, to: &line) }
            if file != nil || diagnostic.position != nil { line.append(UInt8(ascii: " ")) }
            line.append(utf8Of: isError ? "error: " : "warning: ")
            line.append(utf8Of: message)
            line.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends `line:column:` in decimal, as `String(_:)` writes the numbers, without building
    /// strings (`String(_:)` of an integer goes through its generic description).
    private static func append(_ position: SourcePosition, to line: inout [UInt8]) {
        guard position.line >= 0, position.column >= 0 else {
            return line.append(utf8Of: String(position.line) + ":" + String(position.column) + ":")
        }
        // Written from the end back into a buffer that holds any two Ints and their colons, then
        // appended in one piece.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 42) { bytes in
            var start = bytes.count
            for number in [position.column, position.line] {
                start -= 1
                bytes[start] = UInt8(ascii: ":")
                var rest = number
                repeat {
                    start -= 1
                    bytes[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                } while rest > 0
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
