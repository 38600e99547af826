import ContactModel

/// Reads vCard 2.1, 3.0 and 4.0 address books as real software writes them, one contact at a time.
///
/// Corresponds to vCard 2.1 (IMC 1996), RFC 2425/2426 (3.0) and RFC 6350 (4.0), read leniently:
/// CRLF, LF, CR or CR CR LF line breaks; folding with spaces or tabs; quoted-printable soft breaks;
/// UTF-8 (with or without BOM), UTF-16 and `CHARSET=` values; 2.1 bare parameters; Apple item
/// groups; VERSION anywhere in the card. Problems become diagnostics (positions are 1-based lines
/// and 1-based columns in UTF-8 bytes) and reading goes on with the next line or card.
///
/// Cards come out in the order they end. A BEGIN:VCARD inside a card (a nested card, or a card
/// whose END:VCARD is missing) starts a card of its own, which comes out before the card around
/// it; an empty AGENT followed by an inline card keeps that card as the AGENT's raw value. Text
/// outside cards, lines that are not properties and values that break a limit are skipped with a
/// warning; a card cut off by the end of the input still comes out, with a warning.
///
/// Memory stays bounded: the source is read in chunks, a logical line is kept up to
/// ``VCardReadingLimits/maximumBinaryValueBytes``, and a card holds at most
/// ``VCardReadingLimits/maximumPropertiesPerCard`` properties.
///
/// ```swift
/// var reader = VCardReader(try FileByteSource(path: "contacts.vcf"))
/// var diagnostics: [Diagnostic] = []
/// while let record = try reader.next(diagnostics: &diagnostics) { … }
/// ```
public struct VCardReader<Source: ByteSource>: ContactReader {
    /// The bounds on value sizes, properties and nesting.
    public typealias Limits = VCardReadingLimits

    private var engine: VCardReadingEngine

    /// A reader of `source`, which may be UTF-8 (with or without BOM), UTF-16 or 8-bit text.
    /// - Parameters:
    ///   - source: the bytes to read; wrapped in a ``UnicodeByteSource``.
    ///   - limits: the bounds on value sizes, properties and nesting.
    ///   - codePage: the charset of 8-bit values that name no `CHARSET` (RFC 2425 §5.8.3) and are
    ///     not UTF-8, when the user knows it (`iso-8859-2` for a Polish export); `nil` reads them
    ///     in the likelier of Windows-1252 and Windows-1251, with a warning. UTF-16 names the
    ///     whole input's encoding instead, for a file without a byte-order mark.
    public init(_ source: Source, limits: Limits = Limits(), codePage: TextCharset? = nil) {
        let utf16 = codePage?.streamEncoding
        engine = VCardReadingEngine(
            VCardUnicodeChunkSource(source, assumingUTF16: utf16), limits: limits, codePage: utf16 == nil ? codePage : nil)
    }

    /// Reads the next card.
    /// - Parameter diagnostics: receives the problems found since the previous call.
    /// - Returns: the next contact, or `nil` at the end of the input.
    /// - Throws: ``InputError`` when the source cannot be read.
    public mutating func next(diagnostics: inout [Diagnostic]) throws(InputError) -> ContactRecord? {
        try engine.next(diagnostics: &diagnostics)
    }
}

extension VCardReader where Source == MemoryByteSource {
    /// Reads every card of a vCard file held in memory.
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8, UTF-16 or 8-bit text).
    ///   - limits: the bounds on value sizes, properties and nesting.
    ///   - codePage: the charset of 8-bit values that name none (see ``init(_:limits:codePage:)``).
    /// - Returns: the contacts in the order their cards ended, and every diagnostic.
    public static func readAll(_ bytes: [UInt8], limits: Limits = Limits(), codePage: TextCharset? = nil) -> (
        contacts: [ContactRecord], diagnostics: [Diagnostic]
    ) {
        var reader = VCardReader(MemoryByteSource(bytes), limits: limits, codePage: codePage)
        var contacts: [ContactRecord] = []
        var diagnostics: [Diagnostic] = []
        do {
            while let record = try reader.next(diagnostics: &diagnostics) {
                contacts.append(record)
            }
        } catch {
            diagnostics.append(.error(error.description))
        }
        return (contacts, diagnostics)
    }
}
