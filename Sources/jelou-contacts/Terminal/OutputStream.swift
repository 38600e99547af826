#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import ContactModel

/// A buffered writer to a file descriptor (standard output, standard error or a file), so that
/// output of millions of lines costs few system calls.
final class OutputStream {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// How many bytes are held before they are written.
    private let capacity: Int
    /// Set when a write failed (a closed pipe, a full disk); further output is discarded.
    private(set) var failed = false

    init(descriptor: Int32, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = capacity
        ownsDescriptor = false
        buffer.reserveCapacity(capacity)
    }

    /// Creates (or truncates) the file at `path` with mode 0644.
    /// - Throws: ``CommandFailure`` when it cannot be opened for writing.
    init(path: String) throws(CommandFailure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            // Creating a file fails with ENOENT only when a folder on its path is missing.
            let reason = errno == ENOENT ? "no such folder" : InputError.reason(errno: errno)
            throw CommandFailure("cannot write '\(path)': \(reason)")
        }
        descriptor = fd
        capacity = 1 << 16
        ownsDescriptor = true
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// Whether the descriptor is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    func write(_ text: String) {
        write { $0.append(utf8Of: text) }
    }

    /// Lets `body` append to the buffer in place, then flushes it when full: a line written in
    /// pieces (a diagnostic's path, position, severity and message) costs one access to the
    /// buffer rather than one a piece.
    func write(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= capacity { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !failed else { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                return
            }
            offset += written
        }
    }
}

extension [UInt8] {
    /// Appends `text`'s UTF-8, copied from the string's bytes in place (appending `text.utf8`
    /// goes through the generic sequence path).
    mutating func append(utf8Of text: String) {
        text.withUTF8Bytes { append(contentsOf: $0) }
    }
}
