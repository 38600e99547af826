import Foundation

/// The URL a bot's messages are posted to: `{apiBase}/v1/bots/{botId}/messages`.
///
/// Corresponds to Jelou's "Send message" endpoint (SPEC.md "Endpoint"). The bot id is
/// percent-encoded as one path segment (RFC 3986 §3.3: only unreserved characters stay as
/// they are). Plain `http://` is refused unless the host is a loopback address, so credentials
/// never cross a network in clear text.
public struct MessagesEndpoint: Sendable, Hashable {
    /// Jelou's production API.
    public static let defaultAPIBase = "https://api.jelou.ai"

    /// The full URL of the messages endpoint.
    public let url: URL
    /// The bot id as given.
    public let botId: String

    /// - Parameters:
    ///   - apiBase: scheme, host, optional port and path prefix (`https://api.jelou.ai`,
    ///     `http://127.0.0.1:8080`); a trailing `/` is ignored.
    ///   - botId: the bot's `referenceId`.
    /// - Throws: `insecure_endpoint` for a malformed base, a base with credentials, query or
    ///   fragment, a scheme other than http(s), or `http://` to a host that is not loopback.
    public init(apiBase: String = MessagesEndpoint.defaultAPIBase, botId: String) throws(SendError) {
        guard !botId.isEmpty else {
            throw SendError(code: .insecureEndpoint, message: "the bot id is empty; pass --bot-id with the bot's referenceId")
        }
        guard let components = URLComponents(string: apiBase), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw SendError(code: .insecureEndpoint, message: "the API base \(apiBase) is not a URL like https://api.jelou.ai")
        }
        guard components.user == nil, components.password == nil else {
            throw SendError(code: .insecureEndpoint, message: "the API base must not hold a user name or password; use --credentials")
        }
        guard components.query == nil, components.fragment == nil else {
            throw SendError(code: .insecureEndpoint, message: "the API base \(apiBase) must not have a query or fragment")
        }
        switch scheme {
        case "https":
            break
        case "http":
            guard Self.isLoopback(host: host) else {
                throw SendError(
                    code: .insecureEndpoint,
                    message: "refusing to send credentials over plain http to \(host): use https, "
                        + "or http only to a loopback host (127.0.0.1, localhost, ::1)"
                )
            }
        default:
            throw SendError(code: .insecureEndpoint, message: "the API base must start with https:// (got \(scheme)://)")
        }
        var prefix = components.percentEncodedPath
        while prefix.hasSuffix("/") { prefix.removeLast() }
        var resolved = components
        resolved.percentEncodedPath = prefix + "/v1/bots/" + Self.percentEncodedSegment(botId) + "/messages"
        guard let url = resolved.url else {
            throw SendError(code: .insecureEndpoint, message: "cannot build the messages URL from \(apiBase)")
        }
        self.url = url
        self.botId = botId
    }

    /// True for `localhost`, `127.0.0.0/8` written as four decimal octets, and `::1`.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" || name == "localhost." || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        for octet in octets {
            guard (1...3).contains(octet.utf8.count), octet.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let value = Int(octet), value <= 255
            else { return false }
        }
        return octets[0] == "127"
    }

    /// `segment` with every byte outside RFC 3986's unreserved set written as `%XX`.
    static func percentEncodedSegment(_ segment: String) -> String {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0f)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
