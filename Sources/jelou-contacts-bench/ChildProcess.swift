#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion and reports its wall time and peak resident memory, as
/// `/usr/bin/time -v` would (`wait4`'s `ru_maxrss`, in KiB on Linux).
enum ChildProcess {
    struct Outcome {
        var seconds: Double
        var peakRSSKiB: Int
        var status: Int32
    }

    /// Runs `arguments[0]` with the rest as its arguments, standard output to `/dev/null`.
    static func run(_ arguments: [String]) -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTimeSource.now()
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        return Outcome(seconds: DispatchTimeSource.now() - start, peakRSSKiB: usage.ru_maxrss, status: status)
    }
}

/// Monotonic seconds.
private enum DispatchTimeSource {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
