import CSVFormat
import ContactModel
import JSONCoding

/// Reads contacts from Jelou / WhatsApp JSON, streaming: a `contacts` payload, an array or NDJSON
/// stream of payloads, a bare array of contact objects, a single contact, or a WhatsApp webhook
/// body (`entry[].changes[].value.messages[]` of type `contacts`, or just `{"messages": […]}`).
///
/// Input is UTF-8 or UTF-16 (through ``UnicodeByteSource``) and is read one top-level value — or
/// one element of a top-level array — at a time (``JSONStreamReader``), so memory does not grow
/// with the file. Malformed JSON gives an error diagnostic at its line and column and the rest of
/// the input is still read. Each contact's position is that of its own object, however deep in a
/// webhook body or payload, and each warning points at the value it is about (a phone's `phone`,
/// a skipped message), found in the value's text only when asked for (``JSONLocator``). Each
/// contact is handed out with the warnings given while it was read, and those given since the
/// contact before it (a skipped message), whatever order a webhook lists them in. How fields map
/// is described in ``JelouContactDecoder``.
///
/// A flat object — every value a string, number, boolean or `null`, as CRMs and spreadsheet tools
/// export contacts (`[{"Nombre": "Ana Vera", "Celular": "0991234567"}]`) — at the top, in an array
/// or in a payload's `contacts` list, is read as a CSV row under a header of its keys
/// (``NamedFieldReader``, with the options given), when that yields a phone or an email.
public struct JelouJSONReader<Source: ByteSource>: ContactReader {
    private var stream: JSONStreamReader<UnicodeByteSource<Source>>
    /// Contacts decoded but not yet handed out, each with the diagnostics that go with it, last first.
    private var pending: [(record: ContactRecord, diagnostics: [Diagnostic])] = []
    /// Diagnostics that go with the next contact handed out, or with the end of the input.
    private var pendingDiagnostics: [Diagnostic] = []
    private var decoding: JelouContactDecoder.Decoding

    /// - Parameters:
    ///   - source: the input.
    ///   - limits: nesting depth and the largest top-level value (a payload, a webhook body)
    ///     held at once.
    ///   - flatObjects: how the keys of flat objects are read: their profile and `--map`
    ///     mappings, as for a CSV header.
    public init(_ source: Source, limits: JSONLimits = JSONLimits(), flatObjects: CSVReadingOptions = CSVReadingOptions()) {
        stream = JSONStreamReader(UnicodeByteSource(source), mode: .arrayElements, limits: limits)
        decoding = JelouContactDecoder.Decoding(flatObjects: NamedFieldReader(options: flatObjects))
    }

    /// The next contact of the input, at the position of its own object (1-based line, column in
    /// UTF-8 bytes), with the diagnostics given while reading it and since the contact before it.
    /// - Parameter diagnostics: receives those diagnostics; malformed JSON is an error at its line and
    ///   column, and reading goes on after it.
    /// - Returns: the next contact, or `nil` at the end of the input.
    /// - Throws: ``InputError`` only when the source cannot be read.
    public mutating func next(diagnostics: inout [Diagnostic]) throws(InputError) -> ContactRecord? {
        while pending.isEmpty {
            guard let item = try stream.next() else {
                diagnostics += pendingDiagnostics
                pendingDiagnostics = []
                return nil
            }
            switch item {
            case .failure(let error):
                pendingDiagnostics.append(error.diagnostic)
            case .success(let item):
                decoding.origin = item.position
                decoding.locator = JSONLocator(text: item.text, origin: item.position)
                var found: [Diagnostic] = []
                var read = JelouContactDecoder.contacts(in: item.value, decoding: &decoding, diagnostics: &found)
                // The text shares the stream's buffer: let it go before the stream reads on.
                decoding.locator = nil
                Self.place(&found, at: item.position)
                for index in read.indices { Self.place(&read[index].diagnostics, at: item.position) }
                pendingDiagnostics += found
                pending = read.reversed()
            }
        }
        let (record, found) = pending.removeLast()
        diagnostics += pendingDiagnostics
        diagnostics += found
        pendingDiagnostics = []
        return record
    }

    /// Gives the diagnostics without a position `position`.
    private static func place(_ diagnostics: inout [Diagnostic], at position: SourcePosition) {
        for index in diagnostics.indices where diagnostics[index].position == nil { diagnostics[index].position = position }
    }
}
