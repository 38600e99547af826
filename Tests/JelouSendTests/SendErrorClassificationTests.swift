import _ContactsTestSupport
import Foundation
import JelouSandbox
import Testing

@testable import JelouSend

/// Each documented Jelou error, produced by the sandbox over loopback HTTP.
@Suite struct SendErrorClassificationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var configure: @Sendable (inout SandboxConfiguration) -> Void
        var credentials = TestCredentials.credentials
        var firstMessage = Messages.make(to: "15551112222", names: ["Ann Lee"])
        var code: SendError.Code
        var sentence: String
        /// The statuses of: the failing message, another to the same recipient, one to another recipient.
        var followers: [SendResult.Status]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "401", configure: { _ in }, credentials: Credentials(clientId: TestCredentials.clientId, clientSecret: "wrong"),
            code: .unauthorized, sentence: "Jelou refused the client id and secret",
            followers: [.failed, .notAttempted, .notAttempted]
        ),
        Case(
            name: "403", configure: { $0.forbiddenBots = ["bot-7"] },
            code: .forbiddenBot, sentence: "these credentials may not use bot bot-7",
            followers: [.failed, .notAttempted, .notAttempted]
        ),
        Case(
            name: "404", configure: { $0.knownBots = ["bot-1"] },
            code: .botNotFound, sentence: "bot bot-7 is not assigned to the company",
            followers: [.failed, .notAttempted, .notAttempted]
        ),
        Case(
            name: "400 window closed", configure: { $0.closedWindowUsers = ["15551112222"] },
            code: .messageCouldNotBeSent, sentence: "most often the 24-hour window is closed",
            followers: [.failed, .notAttempted, .sent]
        ),
        Case(
            name: "422", configure: { _ in },
            firstMessage: OutgoingMessage(
                recipient: "15551112222",
                body: Array(#"{"type":"contacts","userId":"15551112222","contacts":[{"name":{"first_name":"Ann"}}]}"#.utf8),
                contactCount: 1, names: ["Ann"]
            ),
            code: .unprocessableEntity, sentence: "Jelou rejected a field of the message",
            followers: [.failed, .sent, .sent]
        ),
        Case(
            name: "500 no company", configure: { $0.tokenHasCompany = false },
            code: .internalServerError, sentence: "the token has no assigned company",
            followers: [.failed, .notAttempted, .notAttempted]
        ),
    ]

    @Test(arguments: cases)
    func finalErrorsAreNotRetriedAndSayWhatToDo(_ testCase: Case) async throws {
        let sandbox = try RunningSandbox(testCase.configure)
        defer { sandbox.server.stop() }
        let clock = RecordingClock()
        let messages = [
            testCase.firstMessage,
            Messages.make(to: "15551112222", names: ["Bob Stone"]),
            Messages.make(to: "5215512345678", names: ["Cy Twombly"]),
        ]
        let report = try await sandbox.session(credentials: testCase.credentials, clock: clock).run(messages, journal: nil)

        let first = try #require(report.results.first)
        let error = try #require(first.error)
        #expect(error.code == testCase.code)
        #expect(error.message.contains(testCase.sentence))
        #expect(error.attempts == 1)
        #expect(first.attempts == 1)
        #expect(clock.sleeps.isEmpty)
        #expect(report.results.map(\.status) == testCase.followers)
        #expect(report.exitStatus == 1)
        #expect(first.textLine.hasPrefix("failed 1 contact → 15551112222: [\(testCase.code.rawValue)] "))
        if testCase.followers[1] == .notAttempted {
            #expect(report.results[1].textLine == "not sent 1 contact → 15551112222: [not_attempted] not sent: an earlier message failed with \(testCase.code.rawValue); fix that and run again (the journal resumes here)")
        }
    }

    @Test func jelouDescriptionIsQuotedAfterOurSentence() async throws {
        let sandbox = try RunningSandbox { $0.closedWindowUsers = ["15551112222"] }
        defer { sandbox.server.stop() }
        let report = try await sandbox.session().run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        #expect(report.results[0].error?.message.hasSuffix("(Jelou says: the 24-hour window with this user is closed)") == true)
    }

    @Test(arguments: [
        ("window closed", "window closed"),
        ("line\r\nbreak\tand\u{7F}del", "line  break and del"),
        ("\u{1B}[2Jcleared \u{9B}31mred", " [2Jcleared  31mred"),
        ("\u{202E}txet desrever\u{2069}", " txet desrever "),
    ])
    func serverTextIsQuotedWithoutTerminalControls(text: String, expected: String) {
        #expect(ResponseClassifier.quoted(text) == expected)
    }

    @Test func longServerTextIsCutAtThreeHundredBytes() {
        let quoted = ResponseClassifier.quoted(String(repeating: "é", count: 200))
        #expect(quoted == String(repeating: "é", count: 150) + "…")
    }

    @Test(arguments: [
        (#"{"code":"forbidden_bot","message":"nope"}"#, "forbidden_bot", "nope"),
        (#"{"error":"unauthorized","message":"bad token"}"#, "unauthorized", "bad token"),
        (#"{"error":"Something broke badly"}"#, nil, "Something broke badly"),
        (#"{"code":42,"message":["x"]}"#, nil, nil),
        ("<html>Bad Gateway</html>", nil, nil),
        (#"{"code":"has spaces and Capitals"}"#, nil, nil),
        ("", nil, nil),
    ] as [(String, String?, String?)])
    func errorBodiesAreReadDefensively(body: String, code: String?, description: String?) {
        let parsed = ErrorBody(Array(body.utf8))
        #expect(parsed.code == code)
        #expect(parsed.description == description)
    }
}

/// Faults that are retried, and faults that leave a message uncertain.
@Suite struct SendRetryTests {
    @Test func retryAfterSecondsIsHonoured() async throws {
        let sandbox = try RunningSandbox { $0.scriptedFaults = [.tooManyRequests, .tooManyRequests] }
        defer { sandbox.server.stop() }
        let clock = RecordingClock()
        let report = try await sandbox.session(clock: clock).run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        #expect(report.results[0].status == .sent)
        #expect(report.results[0].attempts == 3)
        #expect(clock.sleeps == [1, 1])
        #expect(sandbox.server.acceptedMessages.count == 1)
    }

    @Test func serviceUnavailableIsRetriedWithJitteredBackoff() async throws {
        let sandbox = try RunningSandbox { $0.scriptedFaults = [.serviceUnavailable, .serviceUnavailable, .serviceUnavailable] }
        defer { sandbox.server.stop() }
        let clock = RecordingClock()
        let options = SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 5, baseDelay: 0.5))
        let report = try await sandbox.session(options: options, clock: clock).run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        #expect(report.results[0].status == .sent)
        #expect(report.results[0].attempts == 4)
        let sleeps = clock.sleeps
        try #require(sleeps.count == 3)
        #expect((0...0.5).contains(sleeps[0]))
        #expect((0...1.0).contains(sleeps[1]))
        #expect((0...2.0).contains(sleeps[2]))
    }

    @Test func aSingleAllowedAttemptSaysItWasNotRetried() async throws {
        let sandbox = try RunningSandbox { $0.faultRate = 1; $0.faults = [.tooManyRequests] }
        defer { sandbox.server.stop() }
        let options = SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 1))
        let report = try await sandbox.session(options: options, clock: RecordingClock())
            .run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        let error = try #require(report.results[0].error)
        #expect(error.attempts == 1)
        #expect(error.message.hasSuffix("(one attempt allowed; not retried)"))
    }

    @Test func retriesStopAtMaximumAttempts() async throws {
        let sandbox = try RunningSandbox { $0.faultRate = 1; $0.faults = [.tooManyRequests] }
        defer { sandbox.server.stop() }
        let clock = RecordingClock()
        let options = SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 3))
        let report = try await sandbox.session(options: options, clock: clock).run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        let error = try #require(report.results[0].error)
        #expect(report.results[0].status == .failed)
        #expect(error.code == SendError.Code(rawValue: "too_many_requests"))
        #expect(error.attempts == 3)
        #expect(error.message.hasSuffix("(gave up after 3 attempts)"))
        #expect(clock.sleeps == [1, 1])
        #expect(report.exitStatus == 1)
    }

    @Test(arguments: [SandboxFault.dropBeforeRead, .dropAfterAccept])
    func droppedConnectionsAreUncertainAndNotRetried(fault: SandboxFault) async throws {
        let sandbox = try RunningSandbox { $0.scriptedFaults = [fault] }
        defer { sandbox.server.stop() }
        let report = try await sandbox.session().run(
            [Messages.make(to: "15551112222", names: ["Ann Lee"]), Messages.make(to: "15551112222", names: ["Bob Stone"])], journal: nil
        )
        #expect(report.results.map(\.status) == [.uncertain, .sent])
        #expect(report.results[0].error?.code == .connectionLost)
        #expect(report.results[0].attempts == 1)
        #expect(report.exitStatus == 2)
        #expect(sandbox.server.acceptedMessages.map(\.names) == (fault == .dropAfterAccept ? [["Ann Lee"], ["Bob Stone"]] : [["Bob Stone"]]))
    }

    @Test func retryUncertainSendsAgainAndMayDuplicate() async throws {
        let sandbox = try RunningSandbox { $0.scriptedFaults = [.dropAfterAccept] }
        defer { sandbox.server.stop() }
        let options = SendOptions(ratePerSecond: 0, retry: RetryPolicy(retryUncertain: true))
        let report = try await sandbox.session(options: options).run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        #expect(report.results[0].status == .sent)
        #expect(report.results[0].attempts == 2)
        #expect(sandbox.server.acceptedMessages.map(\.names) == [["Ann Lee"], ["Ann Lee"]])
    }

    @Test func nothingListeningIsRetriedThenStopsTheRun() async throws {
        let closed = try ClosedPort()
        let endpoint = try MessagesEndpoint(apiBase: "http://127.0.0.1:\(closed.port)", botId: "bot-7")
        let clock = RecordingClock()
        let session = SendSession(
            endpoint: endpoint, credentials: TestCredentials.credentials,
            options: SendOptions(ratePerSecond: 0, retry: RetryPolicy(maximumAttempts: 3)),
            transport: URLSessionTransport(timeout: 5), clock: clock, random: SplitMix64(seed: 1)
        )
        let report = try await session.run(
            [Messages.make(to: "15551112222", names: ["Ann Lee"]), Messages.make(to: "15551112222", names: ["Bob Stone"])], journal: nil
        )
        #expect(report.results.map(\.status) == [.failed, .notAttempted])
        #expect(report.results[0].error?.code == .couldNotConnect)
        #expect(report.results[0].error?.cause != nil)
        #expect(clock.sleeps.count == 2)
        #expect(report.results[1].error?.code == .notAttempted)
        withExtendedLifetime(closed) {}
    }

    @Test func pacingSpacesRequestStarts() async throws {
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let clock = RecordingClock()
        let report = try await sandbox.session(options: SendOptions(ratePerSecond: 4), clock: clock).run(Messages.batch(3), journal: nil)
        #expect(report.exitStatus == 0)
        #expect(clock.sleeps == [0.25, 0.25])
    }
}

@Suite struct RedirectTests {
    @Test func redirectsAreNotFollowedSoCredentialsStayPut() async throws {
        let elsewhere = try RunningSandbox()
        defer { elsewhere.server.stop() }
        let target = elsewhere.server.baseURL + "/v1/bots/bot-7/messages"
        let redirecting = try RunningSandbox { $0.redirectLocation = target }
        defer { redirecting.server.stop() }
        let report = try await redirecting.session().run([Messages.make(to: "15551112222", names: ["Ann Lee"]), Messages.make(to: "15551112222", names: ["Bob Stone"])], journal: nil)
        #expect(report.results.map(\.status) == [.failed, .notAttempted])
        #expect(report.results[0].error?.code == .redirectRefused)
        #expect(report.results[0].error?.message.contains("redirecting to \(target)") == true)
        #expect(elsewhere.log.lines.count == 1, "the redirect target must not be contacted")
        #expect(elsewhere.server.acceptedMessages.isEmpty)
    }
}

@Suite struct TransportFailureTests {
    @Test func aTimeoutAfterSendingIsUncertainAndTheServerMayHaveAcceptedIt() async throws {
        // The client gives up after 2 s, the sandbox answers after 5 s: long enough for the request
        // to reach the server even on a machine busy with other builds.
        let sandbox = try RunningSandbox { $0.latencyMilliseconds = 5_000 }
        let session = SendSession(
            endpoint: try sandbox.endpoint(), credentials: TestCredentials.credentials,
            options: SendOptions(ratePerSecond: 0), transport: URLSessionTransport(timeout: 2), clock: RecordingClock()
        )
        let report = try await session.run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        #expect(report.results[0].status == .uncertain)
        #expect(report.results[0].error?.code == .timedOut)
        #expect(report.results[0].error?.message.contains("may have been delivered") == true)
        #expect(report.exitStatus == 2)
        // The sandbox accepts after 5 s; on a busy machine it may take longer: wait up to 15 s.
        for _ in 0..<300 where sandbox.server.acceptedMessages.isEmpty {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        sandbox.server.stop()
        #expect(sandbox.server.acceptedMessages.map(\.names) == [["Ann Lee"]])
    }

    @Test func tlsToAPlainServerFailsWithoutRetrying() async throws {
        let sandbox = try RunningSandbox()
        defer { sandbox.server.stop() }
        let clock = RecordingClock()
        let session = SendSession(
            endpoint: try MessagesEndpoint(apiBase: "https://127.0.0.1:\(sandbox.server.port)", botId: "bot-7"),
            credentials: TestCredentials.credentials, options: SendOptions(ratePerSecond: 0), transport: URLSessionTransport(timeout: 5), clock: clock
        )
        let report = try await session.run([Messages.make(to: "15551112222", names: ["Ann Lee"])], journal: nil)
        #expect(report.results[0].status == .failed)
        #expect(report.results[0].error?.code == .secureConnectionFailed, "\(String(reflecting: report.results[0].error?.cause))")
        #expect(clock.sleeps.isEmpty)
        #expect(sandbox.server.acceptedMessages.isEmpty)
    }
}

@Suite struct ResponseClassifierTests {
    enum Kind: Equatable { case delivered, retryable, failed, uncertain }

    static func kind(_ outcome: AttemptOutcome) -> Kind {
        switch outcome {
        case .delivered: .delivered
        case .retryable: .retryable
        case .failed: .failed
        case .uncertain: .uncertain
        }
    }

    @Test(arguments: [
        (200, Kind.delivered, nil), (201, .delivered, nil), (202, .delivered, nil),
        (429, .retryable, "rate_limited"), (502, .retryable, "server_unavailable"), (503, .retryable, "server_unavailable"),
        (504, .retryable, "server_unavailable"), (500, .failed, "internal_server_error"), (400, .failed, "message_could_not_be_send"),
        (401, .failed, "unauthorized"), (403, .failed, "forbidden_bot"), (404, .failed, "bot_not_found"),
        (422, .failed, "unprocessable_entity"), (301, .failed, "redirect_refused"), (405, .failed, "unexpected_status"),
        (413, .failed, "unexpected_status"),
    ] as [(Int, Kind, String?)])
    func statusesWithoutABodyCode(status: Int, kind: Kind, code: String?) {
        let outcome = ResponseClassifier.classify(HTTPResponse(status: status, headers: [:], body: Array("<html>oops</html>".utf8)), botId: "b", recipient: "1", now: Date())
        #expect(Self.kind(outcome) == kind)
        switch outcome {
        case .retryable(let error, _), .failed(let error, _), .uncertain(let error): #expect(error.code.rawValue == code)
        case .delivered(let messageId): #expect(messageId == nil && code == nil)
        }
    }

    @Test(arguments: [
        (TransportFailure.Kind.notConnected, Kind.retryable, "could_not_connect"),
        (.secureConnectionFailed, .failed, "secure_connection_failed"),
        (.timedOut, .uncertain, "timed_out"),
        (.connectionLost, .uncertain, "connection_lost"),
    ])
    func transportFailures(kind failure: TransportFailure.Kind, kind: Kind, code: String) {
        let outcome = ResponseClassifier.classify(TransportFailure(kind: failure, detail: "x"), host: "api.jelou.ai")
        #expect(Self.kind(outcome) == kind)
        switch outcome {
        case .retryable(let error, _), .failed(let error, _), .uncertain(let error): #expect(error.code.rawValue == code)
        case .delivered: Issue.record("a transport failure cannot deliver")
        }
    }

    @Test(arguments: [
        (URLError(.cannotConnectToHost), TransportFailure.Kind.notConnected),
        (URLError(.cannotFindHost), .notConnected),
        (URLError(.dnsLookupFailed), .notConnected),
        (URLError(.secureConnectionFailed), .secureConnectionFailed),
        (URLError(.serverCertificateUntrusted), .secureConnectionFailed),
        (URLError(.timedOut), .timedOut),
        (URLError(.networkConnectionLost), .connectionLost),
        (URLError(.badServerResponse), .connectionLost),
        (URLError(.unknown), .connectionLost),
    ])
    func urlErrorsAreSplitBySentOrNot(error: URLError, kind: TransportFailure.Kind) {
        #expect(URLSessionTransport.classify(error).kind == kind)
    }
}
