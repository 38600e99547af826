import Dispatch

/// Times a piece of work several times and keeps the median, which a noisy machine disturbs least.
enum Stopwatch {
    /// Runs `work` `runs` times and returns the median wall-clock seconds.
    static func median(runs: Int, _ work: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return times[times.count / 2]
    }
}
