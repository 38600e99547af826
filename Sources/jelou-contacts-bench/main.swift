import CSVFormat
import ContactModel
import ContactNormalization
import Foundation
import JelouPayload
import PhoneNormalization
import VCardFormat

// jelou-contacts-bench: generates deterministic corpora and times each stage in one run.
//
//   swift run -c release jelou-contacts-bench [--contacts 10000,100000] [--runs 5] [--out DIR]
//                                             [--phones REGION_TAB_NUMBER.tsv] [--read FILE…]
//
// Prints, per corpus size: vCard 2.1/3.0/4.0 parse only and Google CSV parse only (MB/s,
// contacts/s), phone normalisation alone (numbers/s, one thread), and the whole `convert` to
// Jelou NDJSON run as a child process of the release `jelou-contacts` binary beside this one
// (MB/s, contacts/s, peak RSS). `--phones` also times the normaliser over a `REGION<TAB>number`
// list such as ../shared/bench's phones_1m.tsv, the list libphonenumber's peers are timed on, and
// `--read` the reader alone over given files (`.csv` with the CSV reader, else vCard), such as the
// peers' gen_corpus.py files.

var sizes = [10_000, 100_000]
var runs = 5
var outFolder = NSTemporaryDirectory() + "jelou-contacts-bench"
var phoneList: String?
var filesToRead: [String] = []
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--contacts": sizes = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    case "--out": outFolder = arguments.next() ?? outFolder
    case "--phones": phoneList = arguments.next()
    case "--read": filesToRead.append(arguments.next() ?? "")
    default:
        FileHandle.standardError.write(Data("usage: jelou-contacts-bench [--contacts N,N…] [--runs N] [--out DIR] [--phones FILE] [--read FILE]\n".utf8))
        exit(64)
    }
}
try? FileManager.default.createDirectory(atPath: outFolder, withIntermediateDirectories: true)
let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jelou-contacts").path

func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }
func rate(_ value: Double) -> String { value >= 1e6 ? String(format: "%.2fM", value / 1e6) : String(format: "%.0fk", value / 1e3) }
func row(_ label: String, bytes: Int, count: Int, seconds: Double, unit: String = "contacts/s") {
    let padded = label.padding(toLength: 34, withPad: " ", startingAt: 0)
    print(padded + String(format: "%8.1f MB/s  %8@ %@  (median %.3f s)", megabytes(bytes) / seconds, rate(Double(count) / seconds), unit, seconds))
}

/// Reads every contact of `bytes` (a reader alone, no normalising) and returns how many there were.
func parseOnly(_ bytes: [UInt8], csv: Bool) -> Int {
    var diagnostics: [Diagnostic] = []
    var reader: any ContactReader = csv ? CSVReader(source: MemoryByteSource(bytes)) : VCardReader(MemoryByteSource(bytes))
    var parsed = 0
    while (try? reader.next(diagnostics: &diagnostics)).flatMap({ $0 }) != nil {
        parsed += 1
        diagnostics.removeAll(keepingCapacity: true)
    }
    return parsed
}

/// Times `PhoneNumber(parsing:defaultRegion:)` over `numbers`, one thread, and prints numbers/s.
@MainActor
func timePhones(_ numbers: [(String, RegionCode?)], label: String) {
    var valid = 0
    let seconds = Stopwatch.median(runs: runs) {
        valid = 0
        for (raw, region) in numbers where (try? PhoneNumber(parsing: raw, defaultRegion: region)) != nil { valid += 1 }
    }
    let padded = label.padding(toLength: 34, withPad: " ", startingAt: 0)
    print(padded + "\(rate(Double(numbers.count) / seconds)) numbers/s (\(numbers.count) numbers, \(valid) read, median \(String(format: "%.3f", seconds)) s)")
}

print("jelou-contacts-bench · phone metadata \(PhoneNumber.metadataVersion) · \(ProcessInfo.processInfo.activeProcessorCount) cores · median of \(runs) runs")
for size in sizes {
    print("\n\(size) contacts")
    var phones: [(String, RegionCode?)] = []
    for format in CorpusGenerator.Format.allCases {
        var generator = CorpusGenerator(format: format, seed: 42)
        var bytes: [UInt8] = []
        generator.write(count: size, into: &bytes)
        let path = "\(outFolder)/c\(size)_\(format == .googleCSV ? "google.csv" : "v\(format.rawValue).vcf")"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            FileHandle.standardError.write(Data("jelou-contacts-bench: cannot write \(path)\n".utf8))
            exit(73)
        }
        var parsed = 0
        let seconds = Stopwatch.median(runs: runs) { parsed = parseOnly(bytes, csv: format == .googleCSV) }
        if format == .vcard30 {
            let records = VCardReader.readAll(bytes).contacts
            for record in records where phones.count < size * 3 {
                let region = ContactNormalizer.readingRegion(for: record.contact, in: NormalizationContext())
                for phone in record.contact.phones { phones.append((phone.value, region)) }
            }
        }
        row(format == .googleCSV ? "parse Google CSV" : "parse vCard \(format.rawValue)", bytes: bytes.count, count: parsed, seconds: seconds)
        if parsed != size { print("  ! read \(parsed) contacts, expected \(size)") }
        if FileManager.default.isExecutableFile(atPath: tool) {
            let convert = (0..<max(1, runs)).compactMap { _ in ChildProcess.run([tool, "convert", path]) }
                .sorted { $0.seconds < $1.seconds }
            if let median = convert.dropFirst(convert.count / 2).first {
                row("  convert → Jelou NDJSON (process)", bytes: bytes.count, count: size, seconds: median.seconds)
                print("  peak RSS \(median.peakRSSKiB / 1024) MB")
            }
        }
    }
    timePhones(phones, label: "normalise phones (1 thread)")
}
if let phoneList, let text = try? String(contentsOfFile: phoneList, encoding: .utf8) {
    let numbers = text.split(separator: "\n").map { line -> (String, RegionCode?) in
        let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        return (fields.count > 1 ? String(fields[1]) : "", RegionCode(rawValue: String(fields[0])))
    }
    print("")
    timePhones(numbers, label: "normalise \((phoneList as NSString).lastPathComponent)")
}
for file in filesToRead {
    guard let data = FileManager.default.contents(atPath: file) else {
        print("cannot read \(file)")
        continue
    }
    let bytes = Array(data)
    var parsed = 0
    let seconds = Stopwatch.median(runs: runs) { parsed = parseOnly(bytes, csv: file.lowercased().hasSuffix(".csv")) }
    print("")
    row("parse \((file as NSString).lastPathComponent)", bytes: bytes.count, count: parsed, seconds: seconds)
}
