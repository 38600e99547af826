import Foundation
import Testing
import _ContactsTestSupport
import PhoneNormalization

/// Times the parser single-threaded. With `PHONE_BENCH_FILE` set to a REGION<TAB>number list it
/// times that file (use a release build); otherwise it times the conformance inputs with a
/// bound loose enough for debug builds.
@Suite struct ThroughputTests {
    static func load(_ url: URL) throws -> [(String, RegionCode?)] {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var regions: [String: RegionCode?] = [:]
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            let name = String(fields[0])
            if regions[name] == nil { regions[name] = .some(RegionCode(rawValue: name)) }
            return (String(fields[1]), regions[name]!)
        }
    }

    /// Parses every number once and returns numbers per second.
    static func measure(_ numbers: [(String, RegionCode?)]) -> (perSecond: Double, parsed: Int) {
        var parsed = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for (raw, region) in numbers where (try? PhoneNumber(parsing: raw, defaultRegion: region)) != nil {
                parsed += 1
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (Double(numbers.count) / seconds, parsed)
    }

    @Test func parsesQuickly() throws {
        if let path = ProcessInfo.processInfo.environment["PHONE_BENCH_FILE"] {
            let numbers = try Self.load(URL(fileURLWithPath: path))
            _ = Self.measure(Array(numbers.prefix(1000)))
            let result = Self.measure(numbers)
            print(String(format: "throughput: %d numbers, %d parsed, %.0f numbers/s", numbers.count, result.parsed, result.perSecond))
            return
        }
        guard let url = try TestPaths.requireShared(TestPaths.shared.appendingPathComponent("phone/conformance-public.tsv")) else {
            return
        }
        let rows = try Self.load(url).dropFirst()
        let numbers = Array(repeating: Array(rows), count: 10).flatMap { $0 }
        let result = Self.measure(numbers)
        print(String(format: "throughput (conformance inputs x10): %.0f numbers/s", result.perSecond))
        #expect(result.perSecond > 5_000)
    }
}
