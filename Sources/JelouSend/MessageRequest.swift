/// Builds the HTTP request for a message; the one builder both sending and `--dry-run` use, so
/// a dry run shows exactly what would go.
///
/// Corresponds to SPEC.md "Endpoint": `POST`, `Authorization: Basic …`,
/// `Content-Type: application/json`. `Connection: close` asks for a fresh connection per message:
/// libcurl silently re-sends a request whose reused connection died before any reply, which for
/// a POST without idempotency key could deliver a card twice unseen. `Accept-Encoding`,
/// `Accept-Language` and `User-Agent` are set so URLSession does not add values of its own; only
/// `Host` is left to it.
enum MessageRequest {
    static func make(for message: OutgoingMessage, endpoint: MessagesEndpoint, authorization: String) -> HTTPRequest {
        HTTPRequest(
            method: "POST",
            url: endpoint.url,
            headers: [
                ("Authorization", authorization),
                ("Content-Type", "application/json"),
                ("Accept", "application/json"),
                ("Accept-Encoding", "identity"),
                ("Accept-Language", "en"),
                ("User-Agent", "jelou-contacts"),
                ("Connection", "close"),
                ("Content-Length", String(message.body.count)),
            ],
            body: message.body
        )
    }
}

/// `--dry-run`: each request written out as it would be sent, with the secret masked.
public enum DryRun {
    /// The request line, `Host` and the other header fields (`Authorization: Basic ***`), a blank
    /// line and the body,
    /// for each message, separated by a blank line. Needs no credentials.
    ///
    /// Corresponds to the HTTP/1.1 message layout of RFC 9112 §2.1, with the absolute URL in the
    /// request line so the host is visible.
    public static func render(_ messages: [OutgoingMessage], endpoint: MessagesEndpoint) -> String {
        var out = ""
        for (index, message) in messages.enumerated() {
            if index > 0 { out += "\n" }
            let request = MessageRequest.make(for: message, endpoint: endpoint, authorization: Credentials.maskedAuthorization)
            out += request.method + " " + request.url.absoluteString + " HTTP/1.1\n"
            let host = request.url.host ?? ""
            out += "Host: " + (host.contains(":") ? "[\(host)]" : host) + (request.url.port.map { ":\($0)" } ?? "") + "\n"
            for header in request.headers {
                out += header.name + ": " + header.value + "\n"
            }
            out += "\n" + String(decoding: request.body, as: UTF8.self) + "\n"
        }
        return out
    }
}
