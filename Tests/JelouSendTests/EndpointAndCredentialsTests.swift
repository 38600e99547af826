import _ContactsTestSupport
import Foundation
import Testing

@testable import JelouSend

@Suite struct MessagesEndpointTests {
    @Test(arguments: [
        ("https://api.jelou.ai", "bot-7", "https://api.jelou.ai/v1/bots/bot-7/messages"),
        ("https://api.jelou.ai/", "bot-7", "https://api.jelou.ai/v1/bots/bot-7/messages"),
        ("https://gw.example.com:8443/jelou//", "a b/c?d", "https://gw.example.com:8443/jelou/v1/bots/a%20b%2Fc%3Fd/messages"),
        ("http://127.0.0.1:8080", "bot", "http://127.0.0.1:8080/v1/bots/bot/messages"),
        ("http://127.10.0.3", "bot", "http://127.10.0.3/v1/bots/bot/messages"),
        ("http://localhost:9", "bøt", "http://localhost:9/v1/bots/b%C3%B8t/messages"),
        ("http://[::1]:8080", "bot", "http://[::1]:8080/v1/bots/bot/messages"),
    ])
    func buildsTheMessagesURL(base: String, bot: String, expected: String) throws {
        #expect(try MessagesEndpoint(apiBase: base, botId: bot).url.absoluteString == expected)
    }

    @Test(arguments: [
        ("http://api.jelou.ai", "refusing to send credentials over plain http to api.jelou.ai"),
        ("http://128.0.0.1", "refusing to send credentials over plain http"),
        ("http://127.0.0.1.example.com", "refusing to send credentials over plain http"),
        ("http://10.0.0.5:8080", "refusing to send credentials over plain http"),
        ("ftp://api.jelou.ai", "must start with https://"),
        ("https://user:pw@api.jelou.ai", "must not hold a user name or password"),
        ("https://api.jelou.ai?x=1", "must not have a query or fragment"),
        ("api.jelou.ai", "is not a URL"),
    ])
    func refusesInsecureOrOddBases(base: String, fragment: String) {
        let error = #expect(throws: SendError.self) { try MessagesEndpoint(apiBase: base, botId: "bot") }
        #expect(error?.code == .insecureEndpoint)
        #expect(error?.message.contains(fragment) == true)
    }

    @Test func refusesAnEmptyBotId() {
        #expect(throws: SendError.self) { try MessagesEndpoint(botId: "") }
    }
}

@Suite struct CredentialsTests {
    @Test func environmentNeedsBothVariables() {
        #expect(Credentials.fromEnvironment(["JELOU_CLIENT_ID": "id"]) == nil)
        #expect(Credentials.fromEnvironment(["JELOU_CLIENT_ID": "id", "JELOU_CLIENT_SECRET": ""]) == nil)
        let credentials = Credentials.fromEnvironment(["JELOU_CLIENT_ID": "id", "JELOU_CLIENT_SECRET": "pw"])
        #expect(credentials?.authorizationHeaderValue == "Basic aWQ6cHc=")
    }

    @Test func missingCredentialsSayHowToGiveThem() {
        let error = #expect(throws: SendError.self) { try Credentials.resolve(environment: [:], file: nil) }
        #expect(error?.code == .credentialsMissing)
        #expect(error?.message.contains("JELOU_CLIENT_ID") == true)
    }

    @Test(arguments: [
        ("client-42:s3cr3t-XYZ-123\n", "client-42", "s3cr3t-XYZ-123"),
        ("client-42:s3:cr:et\r\n", "client-42", "s3:cr:et"),
        ("client-42\ns3cr3t-XYZ-123\n", "client-42", "s3cr3t-XYZ-123"),
        ("\nclient-42\r\ns3cr3t\r\n\n", "client-42", "s3cr3t"),
    ])
    func readsPrivateFiles(contents: String, id: String, secret: String) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("creds").path
        try write(contents, to: path, mode: 0o600)
        let credentials = try Credentials.fromFile(atPath: path)
        #expect(credentials.authorizationHeaderValue == Credentials(clientId: id, clientSecret: secret).authorizationHeaderValue)
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o700 | 0o004])
    func refusesFilesOthersCanRead(mode: Int) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("creds").path
        try write("client-42:s3cr3t-XYZ-123\n", to: path, mode: mode)
        let error = #expect(throws: SendError.self) { try Credentials.resolve(environment: [:], file: path) }
        #expect(error?.code == .credentialsExposed)
        #expect(error?.message == "the credentials file \(path) has mode \(String(mode, radix: 8)): group or others may read it; run `chmod 600 \(path)` and try again")
    }

    @Test(arguments: ["", "no-colon-here\n", "a:b\nc:d\n", "one\ntwo\nthree\n", ":secret\n"])
    func refusesOtherShapesWithoutQuotingThem(contents: String) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("creds").path
        try write(contents, to: path, mode: 0o600)
        let error = #expect(throws: SendError.self) { try Credentials.fromFile(atPath: path) }
        #expect(error?.code == .credentialsUnreadable)
        #expect(error?.message.contains("secret\n") == false)
    }

    @Test func everyPrintedFormIsMasked() {
        let credentials = TestCredentials.credentials
        var dumped = ""
        dump(credentials, to: &dumped)
        let forms = ["\(credentials)", String(describing: credentials), String(reflecting: credentials), dumped, "\([credentials])"]
        for form in forms {
            #expect(!form.contains(TestCredentials.secret))
            #expect(!form.contains(TestCredentials.clientId))
            #expect(form.contains("Basic ***"))
        }
    }

    private func write(_ contents: String, to path: String, mode: Int) throws {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }
}

@Suite struct RetryAfterTests {
    static let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT

    @Test(arguments: [
        ("120", 120.0),
        (" 0 ", 0),
        ("Sun, 06 Nov 1994 08:49:37 GMT", 0),
        ("Sun, 06 Nov 1994 08:50:07 GMT", 30),
        ("Mon, 07 Nov 1994 08:49:37 GMT", 86_400),
        ("Sat, 05 Nov 1994 08:49:37 GMT", 0),
    ])
    func readsSecondsAndIMFFixdates(value: String, seconds: Double) {
        #expect(RetryAfter.delay(value, now: Self.now) == seconds)
    }

    @Test(arguments: ["", "-5", "1.5", "soon", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 36 Nov 1994 08:49:37 GMT"])
    func ignoresOtherValues(value: String) {
        #expect(RetryAfter.delay(value, now: Self.now) == nil)
    }

    @Test func honoursAnHTTPDateFromTheServer() {
        let response = HTTPResponse(status: 503, headers: ["Retry-After": "Sun, 06 Nov 1994 08:49:47 GMT"], body: [])
        guard case .retryable(_, let wait) = ResponseClassifier.classify(response, botId: "b", recipient: "1", now: Self.now) else {
            Issue.record("503 must be retryable")
            return
        }
        #expect(wait == 10)
    }

    @Test func fullJitterStaysUnderTheCap() {
        let policy = RetryPolicy(baseDelay: 0.5, maximumDelay: 4)
        var random = SplitMix64(seed: 3)
        for attempt in 1...10 {
            let cap = min(4, 0.5 * Double(1 << (attempt - 1)))
            for _ in 0..<50 {
                #expect((0...cap).contains(policy.backoff(afterAttempt: attempt, using: &random)))
            }
        }
    }
}
