/// Spaces request starts at least `1 / ratePerSecond` seconds apart, retries included.
struct RequestPacer {
    private let interval: Double
    private var nextStart: Double?

    /// - Parameter ratePerSecond: requests per second; zero or less means no pacing.
    init(ratePerSecond: Double) {
        interval = ratePerSecond > 0 ? 1 / ratePerSecond : 0
    }

    /// Waits until the next request may start, then books the slot after it.
    mutating func waitForTurn(clock: any SendClock) async {
        let now = clock.monotonicSeconds()
        if let nextStart, nextStart > now {
            await clock.sleep(seconds: nextStart - now)
        }
        nextStart = max(now, nextStart ?? now) + interval
    }
}
