import CSVFormat
import ContactModel
import ContactNormalization
import Foundation
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

    /// Opens every input once, so that one that cannot be read stops the command before it writes
    /// anything: an output file is not truncated for a run that cannot happen.
    /// - Throws: ``CommandFailure`` naming the first input that cannot be read.
    func checkReadable() throws(CommandFailure) {
        for path in paths where path != "-" {
            do {
                _ = try FileByteSource(path: path)
            } catch {
                throw CommandFailure(unreadable: error.path, error.message)
            }
        }
    }

    /// How many contacts the reading thread hands over at a time.
    private static let batchSize = 128

    /// Calls `body` for every contact of every input, in order. The inputs are read on a thread of
    /// their own while the calling thread normalises and converts, a bounded number of batches
    /// behind.
    /// - Parameter report: receives diagnostics that belong to no contact (junk between cards,
    ///   problems at the end of a file), with `file` filled in.
    /// - Throws: ``CommandFailure`` when an input cannot be opened or read; whatever `body` throws.
    func forEach(
        report: ([Diagnostic]) -> Void,
        _ body: (ProcessedContact) throws -> Void
    ) throws {
        let queue = RecordQueue(capacity: 4)
        let reading = self
        let thread = Thread { reading.readAll(into: queue) }
        thread.stackSize = 8 << 20
        thread.start()
        defer { queue.cancel() }
        while true {
            switch queue.pop() {
            case .records(let file, var batch):
                // Each record's contact and diagnostics are swapped into `processed`, not copied,
                // so the contact is normalised in place, and swapped back into the batch once
                // converted, which leaves `processed` empty again for the next record.
                var context = options.normalization
                var processed = ProcessedContact(
                    contact: Contact(), file: file, position: SourcePosition(line: 1, column: 1), diagnostics: [])
                for index in batch.indices {
                    swap(&processed.contact, &batch[index].0.contact)
                    swap(&processed.diagnostics, &batch[index].1)
                    processed.position = batch[index].0.position
                    context.position = processed.position
                    ContactNormalizer.normalize(&processed.contact, in: context, diagnostics: &processed.diagnostics)
                    for index in processed.diagnostics.indices where processed.diagnostics[index].file == nil {
                        processed.diagnostics[index].file = file
                    }
                    Self.sortByLine(&processed.diagnostics)
                    try body(processed)
                    swap(&processed.contact, &batch[index].0.contact)
                    swap(&processed.diagnostics, &batch[index].1)
                }
                // The reading thread, which allocated the contacts, frees them.
                queue.giveBack(consume batch)
            case .diagnostics(let diagnostics):
                report(diagnostics)
            case .failure(let failure):
                throw failure
            case .end:
                return
            }
        }
    }

    /// Puts a contact's diagnostics in the order of the lines they point at, so that the reader's
    /// and the normaliser's read as one list from the top of the card down. Diagnostics at the
    /// same place keep their order; those without a position go last.
    static func sortByLine(_ diagnostics: inout [Diagnostic]) {
        func key(_ diagnostic: Diagnostic, _ offset: Int = 0) -> (Int, Int, Int) {
            diagnostic.position.map { ($0.line, $0.column, offset) } ?? (Int.max, Int.max, offset)
        }
        guard diagnostics.count > 1,
            diagnostics.indices.dropFirst().contains(where: { key(diagnostics[$0]) < key(diagnostics[$0 - 1]) })
        else { return }
        diagnostics = diagnostics.enumerated()
            .sorted { key($0.element, $0.offset) < key($1.element, $1.offset) }
            .map(\.element)
    }

    /// Reads every input in turn, on the reading thread.
    private func readAll(into queue: RecordQueue) {
        for path in paths.isEmpty ? ["-"] : paths {
            do {
                let file = try FileByteSource(path: path)
                guard read(file, name: file.displayName, into: queue) else { return }
            } catch {
                queue.push(.failure(CommandFailure(unreadable: error.path, error.message)))
                return
            }
        }
        queue.push(.end)
    }

    /// Reads one input into `queue`.
    /// - Returns: `false` when reading must stop (the input failed, or the consumer stopped).
    private func read(_ file: FileByteSource, name: String, into queue: RecordQueue) -> Bool {
        do throws(InputError) {
            // UTF-16 named by --encoding is decoded here, for the whole input; the readers then see
            // UTF-8 and are given only a code page for 8-bit text.
            let utf16 = options.encoding?.streamEncoding
            let (head, source) = try PrefixedByteSource.peeking(4_096, from: UnicodeByteSource(file, assumingUTF16: utf16))
            if let refusal = ForeignInput.message(forHead: head, formatForced: options.format != nil) {
                return queue.push(.diagnostics([Diagnostic(.error, refusal, file: name, at: SourcePosition(line: 1, column: 1))]))
            }
            let format = options.format ?? InputFormat.detect(head: head, path: name)
            var reader: any ContactReader = switch format {
            case .vcard: VCardReader(source, codePage: utf16 == nil ? options.encoding : nil)
            case .csv: CSVReader(source: source, options: utf16 == nil ? options.csv : options.csv.withoutEncoding)
            case .jelou: JelouJSONReader(source, flatObjects: options.csv)
            case .jcard: JCardReader(source)
            }
            var diagnostics: [Diagnostic] = []
            var batch: RecordBatch = []
            batch.reserveCapacity(Self.batchSize)
            var contactCount = 0
            while let record = try reader.next(diagnostics: &diagnostics) {
                contactCount += 1
                batch.append((record, diagnostics))
                diagnostics.removeAll(keepingCapacity: true)
                if batch.count == Self.batchSize {
                    // Handed over, not shared: the consumer takes the records apart in place.
                    guard queue.push(.records(file: name, consume batch)) else { return false }
                    batch = []
                    batch.reserveCapacity(Self.batchSize)
                }
            }
            if !batch.isEmpty, !queue.push(.records(file: name, consume batch)) { return false }
            // An input that gives nothing says so, unless an error already said why.
            if contactCount == 0, !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.warning(head.isEmpty ? "the input is empty: no contacts" : "no contacts in this input"))
            }
            for index in diagnostics.indices where diagnostics[index].file == nil { diagnostics[index].file = name }
            return diagnostics.isEmpty || queue.push(.diagnostics(diagnostics))
        } catch {
            queue.push(.failure(CommandFailure(unreadable: name, error.message)))
            return false
        }
    }
}

extension CommandFailure {
    /// An input that cannot be read, and why; a folder is answered with how to name the address
    /// books in it.
    init(unreadable path: String, _ reason: String) {
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        let hint = reason == InputError.reason(errno: EISDIR) ? " (name the address books in it: '\(folder)'/*.vcf)" : ""
        self.init("cannot read '\(path)': \(reason)\(hint)")
    }
}
