import ContactModel
import JSONCoding
import JelouPayload

/// libFuzzer entry point for the JSON readers: the in-memory parser, then the streaming Jelou /
/// WhatsApp reader (UTF-8/UTF-16 detection, array-element streaming, contact decoding).
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSONParser().parse(bytes)

    var reader = JelouJSONReader(MemoryByteSource(bytes))
    var diagnostics: [Diagnostic] = []
    do {
        while try reader.next(diagnostics: &diagnostics) != nil {}
    } catch {
        diagnostics.append(.error(error.description))
    }
    return 0
}
