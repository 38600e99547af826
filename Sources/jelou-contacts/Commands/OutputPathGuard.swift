#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses a file to write that is one of the inputs: `convert contacts.vcf -o contacts.vcf`
/// would truncate the address book before a line of it was read, and leave an empty file.
enum OutputPathGuard {
    /// - Parameters:
    ///   - path: the file the command will write (created or truncated).
    ///   - option: the option that named it, for the message (`--output`).
    ///   - inputs: the input paths as given (`-` is standard input).
    /// - Throws: ``UsageError`` when `path` is an existing regular file that is also an input,
    ///   however either is spelled (relative, through a symbolic or hard link).
    static func check(_ path: String, option: String, inputs: [String]) throws(UsageError) {
        guard let output = identity(of: path) else { return }
        for input in inputs where input != "-" && identity(of: input) == output {
            throw UsageError("\(option) '\(path)' is the input '\(input)'; writing it would destroy the input, so name another file")
        }
    }

    /// A regular file's device and inode, or `nil` when `path` is not an existing regular file
    /// (a terminal or `/dev/null` may be both read and written).
    private static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
