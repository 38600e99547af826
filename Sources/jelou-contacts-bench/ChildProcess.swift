#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs a program to completion and reports its wall time and peak resident memory.
///
/// The peak is the child's own `VmHWM` from `/proc/PID/status`, sampled until it exits: `wait4`'s
/// `ru_maxrss` would count the memory of this (large) benchmark process too, because `posix_spawn`
/// starts the child in the parent's address space before `exec`.
enum ChildProcess {
    struct Outcome {
        var seconds: Double
        var peakRSSKiB: Int
        var status: Int32
    }

    /// Runs `arguments[0]` with the rest as its arguments, its output to `/dev/null`.
    static func run(_ arguments: [String]) -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = now()
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var peak = 0
        while true {
            peak = max(peak, highWaterMark(of: pid) ?? 0)
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 { return nil }
            usleep(2_000)
        }
        return Outcome(seconds: now() - start, peakRSSKiB: peak, status: status)
    }

    /// `VmHWM` of a running process, in KiB.
    private static func highWaterMark(of pid: pid_t) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    /// Monotonic seconds.
    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
