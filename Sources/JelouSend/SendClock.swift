import Foundation

/// Time as the send stage sees it: injectable so tests neither wait nor depend on the wall clock.
public protocol SendClock: Sendable {
    /// The wall-clock time, used to turn an HTTP-date `Retry-After` into a delay.
    func now() -> Date
    /// Seconds on a clock that never goes back, used to pace requests.
    func monotonicSeconds() -> Double
    /// Waits `seconds` (returns at once for zero or less).
    func sleep(seconds: Double) async
}

/// The real clock: `Date()`, `ContinuousClock` and `Task.sleep`.
public struct SystemSendClock: SendClock {
    private let origin = ContinuousClock.now

    /// A clock whose monotonic seconds count from now.
    public init() {}

    /// The wall-clock time, `Date()`.
    public func now() -> Date { Date() }

    /// Seconds since this clock was made, on `ContinuousClock`.
    public func monotonicSeconds() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Waits with `Task.sleep`; returns early, without error, when the task is cancelled.
    public func sleep(seconds: Double) async {
        guard seconds > 0 else { return }
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
    }
}
