import Foundation
import Testing
import _ContactsTestSupport

/// Every fixture converts to exactly its `*.expected.json` (standard output) and, where present,
/// `*.expected.stderr` (the diagnostics), with `--user-id 15551112222` and no region: national
/// numbers are read in the contact's own address country.
@Suite struct FixtureGoldenTests {
    static let fixtures: [String] = {
        let folders = ["vcard21", "vcard30", "vcard40", "invalid", "csv", "json", "jcard"]
        var names: [String] = []
        for folder in folders {
            let url = TestPaths.fixtures.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            names += files.filter { !$0.contains(".expected.") }.map { "\(folder)/\($0)" }
        }
        return names.sorted()
    }()

    @Test func everyFixtureHasAGolden() {
        #expect(Self.fixtures.count >= 20)
        for fixture in Self.fixtures {
            #expect(FileManager.default.fileExists(atPath: Self.golden(fixture, "json").path), "\(fixture)")
        }
    }

    @Test(arguments: fixtures)
    func convertMatchesGolden(fixture: String) throws {
        let run = try ToolRunner.run(["convert", "Fixtures/" + fixture, "--user-id", "15551112222"])
        let expectedOut = try String(contentsOf: Self.golden(fixture, "json"), encoding: .utf8)
        let stderrURL = Self.golden(fixture, "stderr")
        let expectedErr = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        #expect(run.standardOutput == expectedOut)
        #expect(run.standardError == expectedErr)
        #expect(run.exitCode == (expectedErr.contains(": error: ") ? 1 : 0))
    }

    static func golden(_ fixture: String, _ kind: String) -> URL {
        let url = TestPaths.fixtures.appendingPathComponent(fixture)
        return url.deletingPathExtension().appendingPathExtension("expected").appendingPathExtension(kind)
    }
}
