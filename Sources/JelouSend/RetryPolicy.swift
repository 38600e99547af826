/// When and how long to wait before trying a message again.
///
/// Backoff is exponential with full jitter: before attempt *n + 1* the wait is drawn uniformly
/// from `0...min(maximumDelay, baseDelay × 2^(n−1))`. A `Retry-After` from the server replaces
/// the drawn wait; one longer than `maximumRetryAfter` ends the retries.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts per message, the first included (at least 1).
    public var maximumAttempts: Int
    /// The cap of the first backoff, in seconds.
    public var baseDelay: Double
    /// The largest drawn backoff, in seconds.
    public var maximumDelay: Double
    /// The longest `Retry-After` honoured, in seconds; a longer one is reported instead.
    public var maximumRetryAfter: Double
    /// Whether a request that may have reached the server (timeout or connection lost after
    /// connecting) is sent again, at the risk of a duplicate card.
    public var retryUncertain: Bool

    /// Makes a policy; `maximumAttempts` below 1 is taken as 1.
    /// - Parameters:
    ///   - maximumAttempts: attempts per message, the first included.
    ///   - baseDelay: the cap of the first backoff, in seconds.
    ///   - maximumDelay: the largest drawn backoff, in seconds.
    ///   - maximumRetryAfter: the longest `Retry-After` (RFC 9110 §10.2.3) honoured, in seconds.
    ///   - retryUncertain: whether a request that may have reached the server is sent again.
    public init(
        maximumAttempts: Int = 5,
        baseDelay: Double = 0.5,
        maximumDelay: Double = 30,
        maximumRetryAfter: Double = 120,
        retryUncertain: Bool = false
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumRetryAfter = maximumRetryAfter
        self.retryUncertain = retryUncertain
    }

    /// The full-jitter wait after `attempt` failed attempts (1-based), in seconds.
    public func backoff(afterAttempt attempt: Int, using random: inout some RandomNumberGenerator) -> Double {
        let exponent = Double(min(max(attempt - 1, 0), 30))
        let ceiling = min(maximumDelay, baseDelay * pow2(exponent))
        guard ceiling > 0 else { return 0 }
        return Double.random(in: 0...ceiling, using: &random)
    }

    private func pow2(_ exponent: Double) -> Double {
        var value = 1.0
        for _ in 0..<Int(exponent) { value *= 2 }
        return value
    }
}
