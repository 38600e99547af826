import ContactModel
import JSONCoding

/// Reads jCards (RFC 7095) one contact at a time: a single `["vcard", […]]`, a JSON array of
/// them, or several written one after another (NDJSON included).
///
/// Built on ``JSONCoding/JSONStreamReader``: an array of jCards is read one element at a time,
/// so memory is bounded by the largest jCard (``JSONCoding/JSONLimits/maxValueBytes``), not the
/// file. A value that is not JSON, or not a jCard, is an error diagnostic at its position and
/// reading goes on with the next one. Properties map into ``ContactModel/Contact`` as the vCard
/// 4.0 reader maps them (same TYPE vocabulary, Apple item-group labels, date forms; what no
/// field holds is kept in ``ContactModel/Contact/unmapped`` in vCard text form); diagnostics
/// about a property carry the position of its jCard (1-based line, column in UTF-8 bytes).
public struct JCardReader<Source: ByteSource>: ContactReader {
    private var stream: JSONStreamReader<Source>
    private var choseMode = false

    /// - Parameters:
    ///   - source: UTF-8 bytes (wrap UTF-16 input in ``ContactModel/UnicodeByteSource`` first).
    ///   - limits: nesting depth and per-jCard size caps.
    public init(_ source: Source, limits: JSONLimits = JSONLimits()) {
        stream = JSONStreamReader(source, mode: .values, limits: limits)
    }

    /// The next jCard's contact, at the position of its `[` (1-based line, column in UTF-8 bytes).
    /// - Parameter diagnostics: receives the problems found since the previous call; a value that is
    ///   not JSON, or not a jCard (RFC 7095 §3), is an error at its position and is skipped.
    /// - Returns: the next contact, or `nil` at the end of the input.
    /// - Throws: ``ContactModel/InputError`` only when the source cannot be read.
    public mutating func next(diagnostics: inout [Diagnostic]) throws(InputError) -> ContactRecord? {
        if !choseMode {
            // `[[` opens an array of jCards, read element by element; `["` opens one jCard.
            let (first, second) = try stream.peekSignificantBytes()
            if first == UInt8(ascii: "["), second == UInt8(ascii: "[") { stream.mode = .arrayElements }
            choseMode = true
        }
        while let result = try stream.next() {
            switch result {
            case .failure(let error):
                diagnostics.append(error.diagnostic)
            case .success(let item):
                if case .array(let elements) = item.value, elements.isEmpty { continue }
                guard let properties = JCardPropertyMapper.properties(ofJCard: item.value) else {
                    diagnostics.append(.error("expected a jCard: [\"vcard\", [properties…]] (RFC 7095 §3.2)", at: item.position))
                    continue
                }
                var mapper = JCardPropertyMapper(position: item.position)
                let contact = mapper.contact(from: properties)
                diagnostics.append(contentsOf: mapper.diagnostics)
                return ContactRecord(contact: contact, position: item.position)
            }
        }
        return nil
    }
}
