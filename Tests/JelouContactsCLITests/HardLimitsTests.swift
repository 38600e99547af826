import Foundation
import Testing

/// Hostile inputs, streamed into the built binary from shell pipelines (nothing large is kept on
/// disk): each gets a clear diagnostic, the rest of the input still converts, and memory stays
/// bounded (peak RSS read with `/usr/bin/time`, when the machine has it). Octal escapes, since
/// `/bin/sh`'s `printf` may not know `\x`.
@Suite(.serialized) struct HardLimitsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// A shell command writing the input to standard output.
        var input: String
        var arguments: String = ""
        var diagnostic: String
        var stillConverted: [String]
        var exitCode: Int32 = 0
        var testDescription: String { name }
    }

    static let card = #"printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nTEL:+593991234567\r\nEND:VCARD\r\n'"#

    static let cases: [Case] = [
        Case(
            name: "a 100 MB line",
            input: #"\#(card) Before; printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\nNOTE:'; head -c 100000000 /dev/zero | tr '\0' x; printf '\r\nEND:VCARD\r\n'; \#(card) After"#,
            diagnostic: "<stdin>:9:1: warning: line is 100000005 bytes, over the 1048576-byte limit; NOTE skipped",
            stillConverted: ["Before", "Huge", "After"]),
        Case(
            name: "a million properties in one card",
            input: #"printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n'; yes 'X-P:v' | head -n 1000000; printf 'END:VCARD\r\n'; \#(card) After"#,
            diagnostic: "<stdin>:10002:1: warning: card has more than 10000 properties; the rest of the card is skipped",
            stillConverted: ["Many", "After"]),
        Case(
            name: "cards nested 10,000 deep",
            input: #"\#(card) Before; yes 'BEGIN:VCARD' | head -n 10000; printf 'FN:Deep\r\n'; yes 'END:VCARD' | head -n 10000; \#(card) After"#,
            diagnostic: "warning: cards nested more than 8 deep; nested card skipped",
            stillConverted: ["Before", "After"]),
        Case(
            name: "a 2 GB base64 photo",
            input: #"printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:'; head -c 2000000000 /dev/zero | tr '\0' Q; printf '\r\nEND:VCARD\r\n'; \#(card) After"#,
            diagnostic: "<stdin>:4:1: warning: PHOTO value is 2000000027 bytes, over the 8388608-byte limit; cut",
            stillConverted: ["Photo", "After"]),
        Case(
            name: "a file of NUL bytes",
            input: "head -c 10000000 /dev/zero",
            diagnostic: "<stdin>:1:1: error: binary data, not an address book (vCard, CSV, Jelou JSON or jCard); file skipped",
            stillConverted: [], exitCode: 1),
        Case(
            name: "invalid UTF-8 everywhere",
            input: #"printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mu\361oz;Jos\351;;;\r\nFN:\377\376 Jos\351 Mu\361oz\r\nTEL:+593991234567\r\nEND:VCARD\r\n'"#,
            diagnostic: "warning: 8-bit text that is not UTF-8 and names no CHARSET; read as Windows-1252 (the first such value is here); if letters look wrong, name the file\'s code page with --encoding",
            stillConverted: ["ÿþ José Muñoz"]),
        Case(
            name: "a CSV with 100,000 columns",
            input: #"printf 'Name,Phone'; yes ',X' | head -n 99998 | tr -d '\n'; printf '\r\nAna,+593991234567\r\n'"#,
            arguments: "--from csv",
            diagnostic: "<stdin>:1:1: warning: row has more than 10000 columns; 90000 ignored",
            stillConverted: ["Ana"]),
        Case(
            name: "JSON nested 100,000 deep",
            input: #"yes '[' | head -n 100000 | tr -d '\n'; yes ']' | head -n 100000 | tr -d '\n'"#,
            diagnostic: "<stdin>:1:514: error: nesting deeper than 512 levels",
            stillConverted: [], exitCode: 1),
    ]

    @Test(arguments: cases)
    func hostileInputIsReportedAndTheRestConverts(_ limit: Case) throws {
        let binary = ToolRunner.executable.path
        let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        let command = "{ \(limit.input); } | " + (timed ? "/usr/bin/time -f 'peak-rss-kb %M' " : "")
            + "'\(binary)' convert - \(limit.arguments)"
        let run = try ToolRunner.runShell(command)
        #expect(run.standardError.contains(limit.diagnostic), "\(run.standardError.prefix(2_000))")
        for name in limit.stillConverted {
            #expect(run.standardOutput.contains("\"formatted_name\":\"\(name)\""), "\(name) missing")
        }
        let status = run.standardError.contains("Command exited with non-zero status 1") ? 1 : run.exitCode
        #expect(status == limit.exitCode)
        if timed, let line = run.standardError.split(separator: "\n").last(where: { $0.hasPrefix("peak-rss-kb ") }),
            let kilobytes = Int(line.dropFirst("peak-rss-kb ".count)) {
            #expect(kilobytes < 160_000, "peak RSS \(kilobytes) KB")
        }
    }

    /// `check` and `preview` look up each refused phone's line; a card of 9,000 numbers Jelou
    /// would refuse must not cost 9,000 × 9,000 lookups (10,000 took 70 s in a debug build), nor
    /// must looking for duplicates among them.
    @Test(arguments: ["check", "preview"])
    func aCardOfThousandsOfRefusedPhonesIsCheckedInLinearTime(command: String) throws {
        let input = #"printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n'; seq 1000000 1008999 | sed 's/^/TEL:099/'; printf 'END:VCARD\r\n'"#
        let started = Date()
        let run = try ToolRunner.runShell("{ \(input); } | '\(ToolRunner.executable.path)' \(command) -")
        #expect(Date().timeIntervalSince(started) < 20)
        let refusal = "<stdin>:9003:1: Jelou would refuse this contact (422 unprocessable_entity): phones[8999].phone"
        #expect(run.standardError.contains(refusal.replacingOccurrences(of: "9003:1: ", with: "9003:1: warning: "))
            || run.standardOutput.contains("warning: " + refusal))
    }
}
