import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Jelou client id and secret, sent as HTTP Basic authentication.
///
/// Corresponds to RFC 7617 §2 (the Basic scheme). Printing, interpolating, dumping or
/// debug-printing a value shows `Basic ***`: the secret only leaves this type as the
/// `Authorization` header of a real request.
public struct Credentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The environment variable holding the client id.
    public static let clientIdVariable = "JELOU_CLIENT_ID"
    /// The environment variable holding the client secret.
    public static let clientSecretVariable = "JELOU_CLIENT_SECRET"
    /// What every printed form of an `Authorization` header shows instead of the secret.
    public static let maskedAuthorization = "Basic ***"

    /// The client id (not secret on its own, but never printed either).
    let clientId: String
    private let clientSecret: String

    /// Credentials from values the caller already holds.
    public init(clientId: String, clientSecret: String) {
        self.clientId = clientId
        self.clientSecret = clientSecret
    }

    /// `Basic base64(clientId:clientSecret)`: the only place the secret is ever put in a string.
    var authorizationHeaderValue: String {
        "Basic " + Data((clientId + ":" + clientSecret).utf8).base64EncodedString()
    }

    /// `Basic ***`: the secret masked, so interpolating credentials into a message leaks nothing.
    public var description: String { Self.maskedAuthorization }
    /// `Credentials(Basic ***)`: the secret masked for `debugPrint` too.
    public var debugDescription: String { "Credentials(\(Self.maskedAuthorization))" }
    /// One masked `authorization` child, so `dump` and reflection show neither the id nor the secret.
    public var customMirror: Mirror { Mirror(self, children: ["authorization": Self.maskedAuthorization]) }

    /// Credentials from `JELOU_CLIENT_ID` and `JELOU_CLIENT_SECRET`, or `nil` when either is
    /// missing or empty.
    /// - Parameter environment: the process environment (passed in so tests can supply their own).
    public static func fromEnvironment(_ environment: [String: String]) -> Credentials? {
        guard let id = environment[clientIdVariable], !id.isEmpty,
            let secret = environment[clientSecretVariable], !secret.isEmpty
        else { return nil }
        return Credentials(clientId: id, clientSecret: secret)
    }

    /// Credentials from a file holding `clientId:clientSecret` on one line, or the id and the
    /// secret on two lines.
    ///
    /// - Throws: `credentials_exposed` when the file is readable or writable by group or others
    ///   (`st_mode & 0o077 != 0`), `credentials_unreadable` when it cannot be read or has another
    ///   shape. The messages name the file, never its content.
    public static func fromFile(atPath path: String) throws(SendError) -> Credentials {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            throw SendError(code: .credentialsUnreadable, message: "cannot read the credentials file \(path): \(reason)")
        }
        let exposedBits = Int(status.st_mode) & 0o077
        if exposedBits != 0 {
            let mode = String(Int(status.st_mode) & 0o777, radix: 8)
            throw SendError(
                code: .credentialsExposed,
                message: "the credentials file \(path) has mode \(mode): group or others may read it; "
                    + "run `chmod 600 \(path)` and try again"
            )
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw SendError(code: .credentialsUnreadable, message: "cannot read the credentials file \(path)")
        }
        guard bytes.count <= 64 * 1024 else {
            throw SendError(code: .credentialsUnreadable, message: "the credentials file \(path) is too large for credentials")
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            .map { line in String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let shapeError = SendError(
            code: .credentialsUnreadable,
            message: "the credentials file \(path) must hold `clientId:clientSecret` on one line, "
                + "or the client id and the secret on two lines"
        )
        switch lines.count {
        case 1:
            guard let colon = lines[0].firstIndex(of: ":") else { throw shapeError }
            let id = String(lines[0][..<colon])
            let secret = String(lines[0][lines[0].index(after: colon)...])
            guard !id.isEmpty, !secret.isEmpty else { throw shapeError }
            return Credentials(clientId: id, clientSecret: secret)
        case 2:
            guard !lines[0].contains(":") else { throw shapeError }
            return Credentials(clientId: lines[0], clientSecret: lines[1])
        default:
            throw shapeError
        }
    }

    /// The credentials for a send: the file when one is named, else the environment.
    /// - Throws: the errors of ``fromFile(atPath:)``, or `credentials_missing` naming both ways
    ///   to give credentials.
    public static func resolve(environment: [String: String], file: String?) throws(SendError) -> Credentials {
        if let file { return try fromFile(atPath: file) }
        if let credentials = fromEnvironment(environment) { return credentials }
        throw SendError(
            code: .credentialsMissing,
            message: "no credentials: set \(clientIdVariable) and \(clientSecretVariable), or pass --credentials FILE "
                + "(a file of mode 600 holding clientId:clientSecret)"
        )
    }
}
