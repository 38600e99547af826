import CSVFormat
import ContactModel
import ContactNormalization
import JelouPayload
import VCardFormat

/// One contact read from an input and normalised, with every problem found in it.
struct ProcessedContact {
    var contact: Contact
    /// The input's name as the user gave it (`<stdin>` for standard input).
    var file: String
    var position: SourcePosition
    /// What the reader reported with this contact and what the normaliser found, `file` filled in.
    var diagnostics: [Diagnostic]
}

/// The inputs of a command, read one contact at a time: each file is opened, its format
/// recognised, and its contacts streamed through the normaliser, so memory does not grow with the
/// size of the address book.
struct ContactInputs {
    /// Paths as given; `-` is standard input. Empty means standard input.
    var paths: [String]
    var options: ReadingOptions

    /// Calls `body` for every contact of every input, in order.
    /// - Parameter report: receives diagnostics that belong to no contact (junk between cards,
    ///   problems at the end of a file), with `file` filled in.
    /// - Throws: ``CommandFailure`` when an input cannot be opened or read; whatever `body` throws.
    func forEach(
        report: ([Diagnostic]) -> Void,
        _ body: (ProcessedContact) throws -> Void
    ) throws {
        for path in paths.isEmpty ? ["-"] : paths {
            let file: FileByteSource
            do {
                file = try FileByteSource(path: path)
            } catch {
                throw CommandFailure("cannot read '\(error.path)': \(error.message)")
            }
            try read(file, name: file.displayName, report: report, body)
        }
    }

    private func read(
        _ file: FileByteSource, name: String, report: ([Diagnostic]) -> Void,
        _ body: (ProcessedContact) throws -> Void
    ) throws {
        do {
            let (head, source) = try PrefixedByteSource.peeking(4_096, from: UnicodeByteSource(file))
            if InputFormat.looksBinary(head) {
                report([Diagnostic(
                    .error, "binary data, not an address book (vCard, CSV, Jelou JSON or jCard); file skipped",
                    file: name, at: SourcePosition(line: 1, column: 1))])
                return
            }
            let format = options.format ?? InputFormat.detect(head: head, path: name)
            var reader: any ContactReader = switch format {
            case .vcard: VCardReader(source)
            case .csv: CSVReader(source: source, options: options.csv)
            case .jelou: JelouJSONReader(source)
            case .jcard: JCardReader(source)
            }
            var diagnostics: [Diagnostic] = []
            while let record = try reader.next(diagnostics: &diagnostics) {
                let normalized = ContactNormalizer.normalize(record, in: options.normalization)
                var found = diagnostics + normalized.diagnostics
                diagnostics.removeAll(keepingCapacity: true)
                for index in found.indices where found[index].file == nil { found[index].file = name }
                try body(ProcessedContact(
                    contact: normalized.contact, file: name, position: record.position, diagnostics: found))
            }
            for index in diagnostics.indices where diagnostics[index].file == nil { diagnostics[index].file = name }
            if !diagnostics.isEmpty { report(diagnostics) }
        } catch let error as InputError {
            throw CommandFailure("cannot read '\(name)': \(error.message)")
        }
    }
}
