import ContactModel

/// A byte source behind a class, so the scanner and the reading logic are compiled once instead of
/// per source type (they are not specialised across modules otherwise).
class VCardChunkSource {
    /// Reads the next chunk of at most `maxCount` bytes; empty at the end.
    func read(maxCount: Int) throws(InputError) -> [UInt8] { [] }
}

/// A ``ByteSource`` decoded by ``UnicodeByteSource`` (BOM removed, UTF-16 transcoded).
final class VCardUnicodeChunkSource<Source: ByteSource>: VCardChunkSource {
    private var source: UnicodeByteSource<Source>

    init(_ source: Source, assumingUTF16: StreamEncoding?) {
        self.source = UnicodeByteSource(source, assumingUTF16: assumingUTF16)
    }

    override func read(maxCount: Int) throws(InputError) -> [UInt8] {
        try source.read(maxCount: maxCount)
    }
}
