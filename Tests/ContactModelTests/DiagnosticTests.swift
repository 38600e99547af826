import ContactModel
import Testing

/// A diagnostic is one line that shows the input it quotes and never lets the terminal obey it.
@Suite struct DiagnosticTests {
    @Test(arguments: [
        ("contact \"Eva Ríos\nSegunda\": phone", "contact \"Eva Ríos\\nSegunda\": phone"),
        ("a\r\nb", "a\\r\\nb"), ("a\u{2028}b", "a\\nb"), ("José “Pepe” Núñez", "José “Pepe” Núñez"),
        ("contact \"Ana\u{1B}[2J\": phone", "contact \"Ana\\u{1B}[2J\": phone"),
        ("name \"\u{1B}]0;pwned\u{07}Eva\"", "name \"\\u{1B}]0;pwned\\u{7}Eva\""),
        ("label \"Casa\u{1B}[8m\" 099", "label \"Casa\\u{1B}[8m\" 099"), ("a\tb", "a\\tb"),
        ("a\u{7F}b\u{9B}c\u{0}d", "a\\u{7F}b\\u{9B}c\\u{0}d"), ("abc\u{202E}fed", "abc\\u{202E}fed"),
        ("\u{2066}x\u{2069} … ‘y’", "\\u{2066}x\\u{2069} … ‘y’"),
    ])
    func renderedOnOneLine(message: String, line: String) {
        let diagnostic = Diagnostic(.warning, message, file: "a.csv", at: SourcePosition(line: 3, column: 10))
        #expect(diagnostic.rendered == "a.csv:3:10: warning: " + line)
        #expect(diagnostic.oneLineMessage == line)
    }
}
