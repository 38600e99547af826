#if canImport(Glibc)
import Glibc
#endif
import ContactModel
import JSONCoding
import JelouPayload

/// libFuzzer entry point for the JSON readers: the in-memory parser; the streaming reader of
/// concatenated values fed five bytes at a time; and the Jelou / WhatsApp reader (UTF-8/UTF-16
/// detection, array-element streaming, contact decoding) with the input in one chunk and in
/// seven-byte chunks. With `FUZZ_DIFFERENTIAL=1` in the environment, both Jelou readings must
/// yield the same contacts.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSONParser().parse(bytes)

    var values = JSONStreamReader(MemoryByteSource(bytes, chunkSize: 5), mode: .values)
    while (try? values.next()) ?? nil != nil {}

    let whole = contacts(in: MemoryByteSource(bytes))
    let chunked = contacts(in: MemoryByteSource(bytes, chunkSize: 7))
    if differentialCheckEnabled && whole != chunked {
        fatalError("one chunk read \(whole.count) contacts, 7-byte chunks \(chunked.count); they differ")
    }
    return 0
}

private func contacts(in source: MemoryByteSource) -> [Contact] {
    var reader = JelouJSONReader(source)
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
