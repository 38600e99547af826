import Foundation
import _ContactsTestSupport

/// Runs the built `jelou-contacts` binary the way a user would, and captures what it did.
struct ToolRun {
    var standardOutput: String
    var standardError: String
    var exitCode: Int32
}

enum ToolRunner {
    /// The `jelou-contacts` executable next to the test bundle in the build folder.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("jelou-contacts")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/jelou-contacts")
    }()

    /// Runs the tool with `arguments`, feeding `input` on standard input, from the package root.
    /// The environment is the test's own minus anything that would change the tool's behaviour,
    /// plus `environment`.
    static func run(
        _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:],
        in directory: URL = TestPaths.packageRoot
    ) throws -> ToolRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for key in ["JELOU_CONTACTS_REGION", "JELOU_CLIENT_ID", "JELOU_CLIENT_SECRET", "COLUMNS", "NO_COLOR"] {
            env[key] = nil
        }
        env.merge(environment) { $1 }
        process.environment = env
        return try launch(process, input: input)
    }

    /// Runs a shell command line (`/bin/sh -c`) from the package root: pipelines that make large
    /// inputs, and checks such as `bash -n` on generated scripts.
    static func runShell(_ command: String, input: [UInt8] = []) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = TestPaths.packageRoot
        return try launch(process, input: input)
    }

    /// Starts `process` with pipes, writes `input`, and reads both outputs to the end
    /// concurrently so that a full pipe never blocks the child.
    private static func launch(_ process: Process, input: [UInt8]) throws -> ToolRun {
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = stdout.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if !input.isEmpty { stdin.fileHandleForWriting.write(Data(input)) }
        try stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return ToolRun(
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus
        )
    }
}
