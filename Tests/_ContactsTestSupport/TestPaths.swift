import Foundation

/// Where the test inputs live: the project's `Fixtures/` and the shared corpus beside the checkout.
public enum TestPaths {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/` at the package root.
    public static let fixtures: URL = packageRoot.appendingPathComponent("Fixtures")

    /// `../shared` beside the package root.
    public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// `../shared/corpus`.
    public static let corpus: URL = shared.appendingPathComponent("corpus")

    /// True when running under CI (`CI=true`), where the shared folder must exist.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The shared corpus folder when present; `nil` outside CI when absent.
    /// - Throws: ``MissingSharedFolder`` under CI when the folder is missing, so the test fails
    ///   instead of skipping.
    public static func requireCorpus() throws -> URL? {
        try requireShared(corpus)
    }

    /// `url` when it exists; `nil` outside CI when it does not; throws under CI.
    public static func requireShared(_ url: URL) throws -> URL? {
        if FileManager.default.fileExists(atPath: url.path) { return url }
        if isCI { throw MissingSharedFolder(path: url.path) }
        return nil
    }

    /// The files in the corpus with the given extension, sorted by name.
    public static func corpusFiles(withExtension ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// The bytes of a file.
    public static func bytes(of url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }
}

/// Thrown under CI when `../shared` (or one of its folders) is missing.
public struct MissingSharedFolder: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "CI=true but \(path) does not exist" }
}
