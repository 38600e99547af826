import ContactModel
import Testing

/// A diagnostic is one line, whatever the input it quotes holds.
@Suite struct DiagnosticTests {
    @Test(arguments: [
        ("contact \"Eva Ríos\nSegunda\": phone", "contact \"Eva Ríos\\nSegunda\": phone"),
        ("a\r\nb", "a\\r\\nb"), ("a\u{2028}b", "a\\nb"), ("José “Pepe” Núñez", "José “Pepe” Núñez"),
    ])
    func renderedOnOneLine(message: String, line: String) {
        let diagnostic = Diagnostic(.warning, message, file: "a.csv", at: SourcePosition(line: 3, column: 10))
        #expect(diagnostic.rendered == "a.csv:3:10: warning: " + line)
        #expect(diagnostic.oneLineMessage == line)
    }
}
