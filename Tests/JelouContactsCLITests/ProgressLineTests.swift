import Foundation
import Testing

/// Long work on a terminal shows a progress line with contacts/s; off a terminal it shows none.
/// `script` (util-linux) gives the tool a pseudo-terminal.
@Suite struct ProgressLineTests {
    static let input = #"yes 'BEGIN:VCARD|VERSION:3.0|FN:Ana Vera|TEL;TYPE=CELL:+593 99 123 4567|END:VCARD' | head -n 200000 | tr '|' '\n'"#

    @Test func aTerminalSeesContactsPerSecond() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("many.vcf").path
        _ = try ToolRunner.runShell("\(Self.input) > '\(book)'")
        let tool = ToolRunner.executable.path
        let run = try ToolRunner.runShell("script -qec \"'\(tool)' convert '\(book)' -o /dev/null\" /dev/null")
        let frames = run.standardOutput.split(separator: "\r").filter { $0.contains(" contacts, ") }
        #expect(!frames.isEmpty, "no progress line in \(run.standardOutput.suffix(300))")
        #expect(frames.allSatisfy { $0.hasSuffix("/s") && $0.hasPrefix("\u{1B}[K") })
        #expect(run.standardOutput.hasSuffix("\r\u{1B}[K"), "the line is cleared at the end")
    }

    @Test func noProgressOffATerminal() throws {
        let run = try ToolRunner.runShell("\(Self.input) | '\(ToolRunner.executable.path)' convert - -o /dev/null")
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }
}
