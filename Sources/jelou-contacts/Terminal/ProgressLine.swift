import Dispatch

/// A one-line progress report on standard error (`1,234,567 contacts, 410,000/s`), shown only on
/// a terminal and only once the work has run for a second, redrawn at most ten times a second.
final class ProgressLine {
    private let stream: OutputStream
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(stream: OutputStream, environment: [String: String]) {
        self.stream = stream
        enabled = stream.isTerminal && environment["TERM"] != "dumb"
    }

    /// Redraws the line if it is due.
    func update(contacts: Int) {
        guard enabled, contacts & 0x3FF == 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = now - start
        guard elapsed > 1_000_000_000, now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        drawn = true
        let rate = Int(Double(contacts) / (Double(elapsed) / 1e9))
        stream.write("\r\u{1B}[K\(contacts) contacts, \(rate)/s")
        stream.flush()
    }

    /// Clears the line, if one was drawn.
    func finish() {
        guard drawn else { return }
        stream.write("\r\u{1B}[K")
        stream.flush()
        drawn = false
    }
}
