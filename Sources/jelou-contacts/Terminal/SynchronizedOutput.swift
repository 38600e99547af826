import Foundation

/// Lets several threads (the sandbox's connection threads) write whole lines to one stream.
final class SynchronizedOutput: @unchecked Sendable {
    // The lock guards every use of `stream`, which is why this class may cross threads.
    private let lock = NSLock()
    private let stream: OutputStream

    init(_ stream: OutputStream) {
        self.stream = stream
    }

    /// Writes `line` and a line break, and flushes, as one unit.
    func writeLine(_ line: String) {
        lock.withLock {
            stream.write(line + "\n")
            stream.flush()
        }
    }
}
