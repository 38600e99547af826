import JSONCoding

/// An HTTP response of the sandbox: a status and a JSON body.
struct SandboxResponse: Sendable {
    var status: Int
    var body: [UInt8]
    var retryAfter: String?
    var location: String?

    /// A Jelou-style error body: `{"success":false,"code":…,"message":…}` (SPEC.md "Errors").
    static func error(_ status: Int, _ code: String, _ message: String, retryAfter: String? = nil) -> SandboxResponse {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("success")
        writer.bool(false)
        writer.key("code")
        writer.string(code)
        writer.key("message")
        writer.string(message)
        writer.endObject()
        return SandboxResponse(status: status, body: writer.takeBytes(), retryAfter: retryAfter)
    }

    /// `307 Temporary Redirect` to `location` (RFC 9110 §15.4.8).
    static func redirect(to location: String) -> SandboxResponse {
        var response = error(307, "redirect", "moved to \(location)")
        response.location = location
        return response
    }

    /// Jelou's success body: `{"success":true,"messageId":"msg_…"}`.
    static func accepted(_ messageId: String) -> SandboxResponse {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("success")
        writer.bool(true)
        writer.key("messageId")
        writer.string(messageId)
        writer.endObject()
        return SandboxResponse(status: 200, body: writer.takeBytes(), retryAfter: nil)
    }

    /// The status line, fields and body as bytes (RFC 9112 §4 and §6).
    func serialized(closing: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        head += "Content-Type: application/json\r\n"
        head += "Content-Length: \(body.count)\r\n"
        if let retryAfter { head += "Retry-After: \(retryAfter)\r\n" }
        if let location { head += "Location: \(location)\r\n" }
        if closing { head += "Connection: close\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 307: "Temporary Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
