import Foundation

/// The request line and header fields of an HTTP/1.1 request, parsed from bytes.
///
/// Corresponds to RFC 9112 §3 (request line) and §5 (field lines). Field names are compared
/// case-insensitively (RFC 9110 §5.1); obsolete line folding is refused (RFC 9112 §5.2).
struct HTTPRequestHead {
    var method: String
    var target: String
    var version: String
    /// Field lines in order, names lowercased.
    var fields: [(name: String, value: String)]

    /// The first value of field `name` (lowercase).
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Whether the client asked to close the connection after this exchange (RFC 9112 §9.6).
    var wantsClose: Bool {
        let connection = self["connection"]?.lowercased() ?? ""
        if version == "HTTP/1.0" { return !connection.contains("keep-alive") }
        return connection.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "close" }
    }

    /// Parses the head (without the final empty line); `nil` when it is not HTTP/1.x.
    init?(_ bytes: ArraySlice<UInt8>) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard requestLine.count == 3, !requestLine[0].isEmpty, !requestLine[1].isEmpty else { return nil }
        method = String(decoding: requestLine[0], as: UTF8.self)
        target = String(decoding: requestLine[1], as: UTF8.self)
        version = String(decoding: requestLine[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { return nil }
        fields = []
        for line in lines where !line.isEmpty {
            guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t"),
                let colon = line.firstIndex(of: UInt8(ascii: ":"))
            else { return nil }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            fields.append((name, value))
        }
    }
}
