#if canImport(Glibc)
import Glibc
#endif
import ContactModel
import VCardFormat

/// libFuzzer entry point for the vCard reader: the whole input at once (`readAll`), then the same
/// bytes streamed seven bytes at a time so that every token can straddle a chunk boundary.
/// With `FUZZ_DIFFERENTIAL=1` in the environment, both readings must yield the same contacts.
/// The input's length picks the code page of values without CHARSET: guessed, ISO-8859-2,
/// Shift_JIS (a multi-byte one that can fail) or UTF-16 LE (the whole input's, without a mark).
@_cdecl("LLVMFuzzerTestOneInput")
public func vCardFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let codePage = codePages[size % codePages.count]
    let whole = VCardReader<MemoryByteSource>.readAll(bytes, codePage: codePage)

    var reader = VCardReader(MemoryByteSource(bytes, chunkSize: 7), codePage: codePage)
    var streamed: [ContactRecord] = []
    var diagnostics: [Diagnostic] = []
    do {
        while let record = try reader.next(diagnostics: &diagnostics) {
            streamed.append(record)
        }
    } catch {
        diagnostics.append(.error(error.description))
    }
    if differentialCheckEnabled && whole.contacts.map(\.contact) != streamed.map(\.contact) {
        fatalError("readAll read \(whole.contacts.count) contacts, 7-byte chunks \(streamed.count); they differ")
    }
    return 0
}

private let codePages: [TextCharset?] = [nil, TextCharset(name: "iso-8859-2"), .shiftJIS, TextCharset(name: "utf-16le")]

private let differentialCheckEnabled = getenv("FUZZ_DIFFERENTIAL").map { String(cString: $0) == "1" } ?? false
