#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks: a file, standard input, or bytes in memory.
///
/// Readers pull chunks until an empty one signals the end, so memory stays bounded by the chunk
/// size whatever the size of the input.
public protocol ByteSource {
    /// Reads the next chunk of at most `maxCount` bytes; an empty array means the end.
    /// - Throws: ``InputError`` when the underlying file cannot be read.
    mutating func read(maxCount: Int) throws(InputError) -> [UInt8]
}

/// Why input could not be read.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it, `<stdin>` for standard input.
    public var path: String
    /// Why it could not be read, worded for a message (``reason(errno:)``: `no such file`).
    public var message: String

    /// Makes the error for `path`.
    /// - Parameters:
    ///   - path: the file as the user named it.
    ///   - message: the reason, without the path.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, as the command line prints it.
    public var description: String { "\(path): \(message)" }

    /// The reason an `errno` value gives, worded for a message (`no such file`, `is a directory`).
    public static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code))
        }
    }
}

/// Bytes held in memory, handed out in chunks of a fixed size (tests use 1, 2, 7 … byte chunks to
/// prove readers do not depend on where a chunk ends).
public struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    /// Hands out `bytes` in chunks of at most `chunkSize` bytes (at least 1).
    public init(_ bytes: [UInt8], chunkSize: Int = 65_536) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    /// Hands out the UTF-8 of `text` in chunks of at most `chunkSize` bytes (at least 1).
    public init(_ text: String, chunkSize: Int = 65_536) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    /// The next at most `min(maxCount, chunkSize)` bytes; empty at the end. Never throws.
    public mutating func read(maxCount: Int) throws(InputError) -> [UInt8] {
        let end = min(bytes.count, offset + min(maxCount, chunkSize))
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// A file (or standard input, for the path `-`) read with POSIX `read(2)`.
public final class FileByteSource: ByteSource {
    /// The name diagnostics use: the path as given, or `<stdin>`.
    public let displayName: String
    private var descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path` for reading; `-` means standard input.
    /// - Throws: ``InputError`` when the file does not exist, is a directory or cannot be opened.
    public init(path: String) throws(InputError) {
        if path == "-" {
            displayName = "<stdin>"
            descriptor = 0
            ownsDescriptor = false
            return
        }
        displayName = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw InputError(path: path, message: InputError.reason(errno: errno))
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputError(path: path, message: InputError.reason(errno: EISDIR))
        }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor, descriptor >= 0 { close(descriptor) }
    }

    /// The next at most `maxCount` bytes, as one `read(2)` returns them (retried on `EINTR`); empty
    /// at the end of the file.
    /// - Throws: ``InputError`` when `read(2)` fails.
    public func read(maxCount: Int) throws(InputError) -> [UInt8] {
        guard descriptor >= 0 else { return [] }
        var failure: Int32 = 0
        // Read into uninitialised storage: filling the chunk with zeros first would write every
        // byte twice.
        let chunk = [UInt8](unsafeUninitializedCapacity: max(0, maxCount)) { buffer, initializedCount in
            while true {
                #if canImport(Glibc)
                let count = Glibc.read(descriptor, buffer.baseAddress, min(buffer.count, maxCount))
                #else
                let count = Darwin.read(descriptor, buffer.baseAddress, min(buffer.count, maxCount))
                #endif
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno }
                initializedCount = max(0, count)
                return
            }
        }
        if failure != 0 { throw InputError(path: displayName, message: InputError.reason(errno: failure)) }
        return chunk
    }
}
