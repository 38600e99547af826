import ContactModel

/// The recipients of a send, from `--to` values or a `--recipients` file.
///
/// A recipients file holds one phone number per line, written any way (`+1 (555) 111-2222`);
/// blank lines and lines starting with `#` are ignored. Each number becomes a Jelou `userId`
/// (its digits, see ``OutgoingMessage/userId(fromPhoneNumber:)``). Positions in diagnostics are
/// 1-based lines and columns in UTF-8 bytes.
public enum RecipientList {
    /// The longest line read, in bytes; longer lines are reported, not read.
    public static let maximumLineBytes = 256

    /// The `userId`s in `bytes`, in order, duplicates dropped with a warning; lines that are not
    /// phone numbers give an error diagnostic and are left out.
    /// - Parameter userID: turns one line into a `userId`, or `nil` when it is not a phone number;
    ///   by default its digits. The CLI passes the phone normaliser, so national numbers are read in
    ///   the region given.
    public static func parse(
        _ bytes: [UInt8], file: String? = nil,
        userID: (String) -> String? = OutgoingMessage.userId(fromPhoneNumber:)
    ) -> (userIds: [String], diagnostics: [Diagnostic]) {
        var userIds: [String] = []
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var line = bytes[lineStart..<lineEnd]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            let position = SourcePosition(line: lineNumber, column: 1, byteOffset: lineStart)
            defer { lineStart = lineEnd + 1 }
            let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard let first = line.firstIndex(where: { !isBlank($0) }), line[first] != UInt8(ascii: "#") else { continue }
            guard line.count <= maximumLineBytes else {
                diagnostics.append(Diagnostic(.error, "line is longer than \(maximumLineBytes) bytes; expected one phone number", file: file, at: position))
                continue
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let userId = userID(text) else {
                let column = SourcePosition(line: lineNumber, column: first - line.startIndex + 1, byteOffset: first)
                diagnostics.append(Diagnostic(.error, "not a phone number: \"\(text.trimmingSpaces)\" (expected 6 to 15 digits, like +15551112222)", file: file, at: column))
                continue
            }
            if seen.insert(userId).inserted {
                userIds.append(userId)
            } else {
                diagnostics.append(Diagnostic(.warning, "\(userId) is listed twice; sending once", file: file, at: position))
            }
        }
        return (userIds, diagnostics)
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
