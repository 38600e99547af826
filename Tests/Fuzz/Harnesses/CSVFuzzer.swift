#if canImport(Glibc)
import Glibc
#endif
import ContactModel
import CSVFormat

/// libFuzzer entry point for the CSV reader: sniffs the dialect and layout and drains every row,
/// once with the whole input in one chunk and once seven bytes at a time, so that quotes, line
/// breaks and multi-byte characters straddle chunk boundaries. With `FUZZ_DIFFERENTIAL=1` in the
/// environment, both readings must yield the same contacts. The input's length picks the
/// encoding: sniffed, UTF-16 LE (the byte order of a file without a mark), Windows-1251 or
/// ISO-8859-2.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let options = CSVReadingOptions(encoding: encodings[size % encodings.count])
    let whole = contacts(in: MemoryByteSource(bytes), options: options)
    let chunked = contacts(in: MemoryByteSource(bytes, chunkSize: 7), options: options)
    if differentialCheckEnabled && whole != chunked {
        fatalError("one chunk read \(whole.count) contacts, 7-byte chunks \(chunked.count); they differ")
    }
    return 0
}

private func contacts(in source: MemoryByteSource, options: CSVReadingOptions) -> [Contact] {
    var reader = CSVReader(source: source, options: options)
    var contacts: [Contact] = []
    var diagnostics: [Diagnostic] = []
    do {
        while let record = try reader.next(diagnostics: &diagnostics) {
            contacts.append(record.contact)
        }
    } catch {
        diagnostics.append(.error(error.description))
    }
    return contacts
}

private let encodings: [TextCharset?] = [
    nil, TextCharset(name: "utf-16le"), TextCharset(name: "windows-1251"), TextCharset(name: "iso-8859-2"),
]

private let differentialCheckEnabled = getenv("FUZZ_DIFFERENTIAL").map { String(cString: $0) == "1" } ?? false
