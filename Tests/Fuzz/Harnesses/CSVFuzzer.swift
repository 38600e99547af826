import ContactModel
import CSVFormat

/// libFuzzer entry point for the CSV reader: sniffs the dialect and layout, then drains every row.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var reader = CSVReader(source: MemoryByteSource(bytes))
    var diagnostics: [Diagnostic] = []
    do {
        while try reader.next(diagnostics: &diagnostics) != nil {}
    } catch {
        diagnostics.append(.error(error.description))
    }
    return 0
}
