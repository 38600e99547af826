import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SandboxServer {
    /// Blocks until one of `signals` arrives, then stops the server cleanly: what the `sandbox`
    /// command does after ``start()``.
    /// - Parameter signals: the signals that stop the server; their default action is turned off
    ///   while it runs.
    public func runUntilSignalled(_ signals: [Int32] = [SIGINT, SIGTERM]) {
        let queue = DispatchQueue(label: "jelou-sandbox.signals")
        let sources = signals.map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [self] in stop() }
            source.resume()
            return source
        }
        waitUntilStopped()
        for source in sources { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}
