#if canImport(Glibc)
import Glibc
#endif
import ContactModel
import CSVFormat

/// libFuzzer entry point for the CSV reader: sniffs the dialect and layout and drains every row,
/// once with the whole input in one chunk and once seven bytes at a time, so that quotes, line
/// breaks and multi-byte characters straddle chunk boundaries. With `FUZZ_DIFFERENTIAL=1` in the
/// environment, both readings must yield the same contacts.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = contacts(in: MemoryByteSource(bytes))
    let chunked = contacts(in: MemoryByteSource(bytes, chunkSize: 7))
    if differentialCheckEnabled && whole != chunked {
        fatalError("one chunk read \(whole.count) contacts, 7-byte chunks \(chunked.count); they differ")
    }
    return 0
}

private func contacts(in source: MemoryByteSource) -> [Contact] {
    var reader = CSVReader(source: source)
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

private let differentialCheckEnabled = getenv("FUZZ_DIFFERENTIAL").map { String(cString: $0) == "1" } ?? false
