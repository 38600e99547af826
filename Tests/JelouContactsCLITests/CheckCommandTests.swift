import Testing

@Suite struct CheckCommandTests {
    @Test func cleanFileExits0() throws {
        let run = try ToolRunner.run(["check", "Fixtures/vcard30/jelou-example.vcf"])
        #expect(run.standardOutput == "")
        #expect(run.standardError == "checked 1 contact in 1 file: 0 errors, 0 warnings\n")
        #expect(run.exitCode == 0)
    }

    @Test func warningsAreReportedWithPositionsAndExit0() throws {
        let run = try ToolRunner.run(["check", "Fixtures/invalid/broken.vcf"])
        #expect(run.standardError.contains("Fixtures/invalid/broken.vcf:12:1: warning: line has no colon; skipped\n"))
        #expect(run.standardError.hasSuffix("checked 4 contacts in 1 file: 0 errors, 11 warnings\n"))
        #expect(run.exitCode == 0)
    }

    @Test func strictMakesWarningsErrors() throws {
        let run = try ToolRunner.run(["check", "Fixtures/invalid/broken.vcf", "--strict"])
        #expect(run.standardError.contains("Fixtures/invalid/broken.vcf:12:1: error: line has no colon; skipped\n"))
        #expect(run.standardError.hasSuffix("checked 4 contacts in 1 file: 11 errors, 0 warnings\n"))
        #expect(run.exitCode == 1)
    }

    @Test func jsonFormatGivesOneObjectPerDiagnostic() throws {
        let run = try ToolRunner.run(["check", "Fixtures/invalid/broken.vcf", "--format", "json"])
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.contains(#"{"file":"Fixtures/invalid/broken.vcf","line":12,"column":1,"severity":"warning","message":"line has no colon; skipped"}"#))
        #expect(run.exitCode == 0)
    }

    @Test func malformedJSONIsAnErrorWithItsPosition() throws {
        let run = try ToolRunner.run(["check", "Fixtures/json/malformed.json"])
        #expect(run.standardError.contains("Fixtures/json/malformed.json:3:30: error: unexpected '\"', expected ':' after an object key\n"))
        #expect(run.exitCode == 1)
    }

    /// In a pretty-printed webhook body each problem points at the value it is about, not at the
    /// body's first line: the skipped message, the contact, its phone that is no number, its keys.
    @Test func problemsInsideAWebhookBodyPointAtTheirValues() throws {
        let run = try ToolRunner.run(["check", "Fixtures/json/webhook-two-messages.json"])
        #expect(run.standardError == """
            Fixtures/json/webhook-two-messages.json:26:15: warning: WhatsApp message of type "text" is not a contacts message; skipped
            Fixtures/json/webhook-two-messages.json:35:19: warning: contact "Tomás Paz": not in the Jelou contact object: phone that is no number, X-JELOU-PHONES-LABEL, X-JELOU-NICKNAME
            Fixtures/json/webhook-two-messages.json:39:34: warning: contact "Tomás Paz": phone "call me maybe" is not a valid number (no phone number in the text); left out of Jelou payloads, kept as written in vCard and CSV
            Fixtures/json/webhook-two-messages.json:39:76: warning: contact "Tomás Paz": phones.label is not a WhatsApp contact field; kept as X-JELOU-PHONES-LABEL
            Fixtures/json/webhook-two-messages.json:41:33: warning: contact "Tomás Paz": nickname is not a WhatsApp contact field; kept as X-JELOU-NICKNAME
            checked 4 contacts in 1 file: 0 errors, 5 warnings

            """)
        #expect(run.exitCode == 0)
    }

    /// A refused phone is reported at its own line, the encoder's phones counted as it writes
    /// them (a phone that is no number is not written, so it does not shift the index).
    @Test func aRefusalPointsAtThePhonesLine() throws {
        let input = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL:no number\nTEL:+593 99 123 4567\nTEL:02 234 5678\nEND:VCARD\n"
        let run = try ToolRunner.run(["check", "-"], input: Array(input.utf8))
        #expect(run.standardError.contains(
            "<stdin>:6:1: warning: Jelou would refuse this contact (422 unprocessable_entity): phones[1].phone"))
    }

    @Test func saysWhatJelouWouldRefuse() throws {
        let input = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL:099 123 4567\nEND:VCARD\n"
        let run = try ToolRunner.run(["check", "-"], input: Array(input.utf8))
        #expect(run.standardError.contains(
            "<stdin>:4:1: warning: Jelou would refuse this contact (422 unprocessable_entity): phones[0].phone: must be E.164 (+ and 7 to 15 digits, optionally \" ext. N\"), found \"0991234567\"\n"))
        let withRegion = try ToolRunner.run(["check", "-", "--region", "EC"], input: Array(input.utf8))
        #expect(withRegion.standardError == "checked 1 contact in 1 file: 0 errors, 0 warnings\n")
    }

    @Test func needsAFile() throws {
        let run = try ToolRunner.run(["check"])
        #expect(run.standardError.hasPrefix("Error: name at least one file to check ('-' for standard input)\n"))
        #expect(run.exitCode == 64)
    }

    /// A name holding terminal escape sequences (clear the screen, retitle the window) is shown
    /// in the diagnostic as `\u{1B}…`, never sent to the terminal as it is.
    @Test func escapeSequencesInTheInputAreShownNotObeyed() throws {
        let input = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\u{1B}[2J\u{1B}]0;owned\u{07}\nTEL:call me\nEND:VCARD\n"
        let run = try ToolRunner.run(["check", "-"], input: Array(input.utf8))
        #expect(run.standardError == """
            <stdin>:1:1: warning: contact "Ana\\u{1B}[2J\\u{1B}]0;owned\\u{7}": not in the Jelou contact object: phone that is no number
            <stdin>:4:1: warning: contact "Ana\\u{1B}[2J\\u{1B}]0;owned\\u{7}": phone "call me" is not a valid number \
            (no phone number in the text); left out of Jelou payloads, kept as written in vCard and CSV
            checked 1 contact in 1 file: 0 errors, 2 warnings

            """)
        #expect(!run.standardError.contains("\u{1B}"))
        #expect(run.exitCode == 0)
    }
}
