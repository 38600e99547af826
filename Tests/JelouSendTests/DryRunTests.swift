import Testing

@testable import JelouSend

@Suite struct DryRunTests {
    @Test func rendersEachRequestAsItWouldGoWithTheSecretMasked() throws {
        let endpoint = try MessagesEndpoint(botId: "bot 7")
        let messages = [
            Messages.make(to: "15551112222", names: ["Ann Lee"]),
            OutgoingMessage(
                recipient: "5215512345678",
                body: Array(#"{"type":"contacts","userId":"5215512345678","contacts":[{"name":{"formatted_name":"Cy","first_name":"Cy"}}]}"#.utf8),
                contactCount: 1, names: ["Cy"]
            ),
        ]
        #expect(DryRun.render(messages, endpoint: endpoint) == """
            POST https://api.jelou.ai/v1/bots/bot%207/messages HTTP/1.1
            Host: api.jelou.ai
            Authorization: Basic ***
            Content-Type: application/json
            Accept: application/json
            Accept-Encoding: identity
            Accept-Language: en
            User-Agent: jelou-contacts
            Connection: close
            Content-Length: 204

            {"type":"contacts","userId":"15551112222","contacts":[{"name":{"formatted_name":"Ann Lee","first_name":"Ann","last_name":"Lee"},"phones":[{"phone":"+12125550100","type":"Mobile","wa_id":"12125550100"}]}]}

            POST https://api.jelou.ai/v1/bots/bot%207/messages HTTP/1.1
            Host: api.jelou.ai
            Authorization: Basic ***
            Content-Type: application/json
            Accept: application/json
            Accept-Encoding: identity
            Accept-Language: en
            User-Agent: jelou-contacts
            Connection: close
            Content-Length: 108

            {"type":"contacts","userId":"5215512345678","contacts":[{"name":{"formatted_name":"Cy","first_name":"Cy"}}]}

            """)
    }

    @Test func dryRunHeadersAreTheOnesSent() throws {
        let endpoint = try MessagesEndpoint(botId: "bot-7")
        let message = Messages.make(to: "15551112222", names: ["Ann Lee"])
        let real = MessageRequest.make(for: message, endpoint: endpoint, authorization: TestCredentials.credentials.authorizationHeaderValue)
        let rendered = DryRun.render([message], endpoint: endpoint)
        for header in real.headers where header.name != "Authorization" {
            #expect(rendered.contains("\n\(header.name): \(header.value)\n"))
        }
        #expect(real.headers.first?.value == "Basic Y2xpZW50LTQyOnMzY3IzdC1YWVotMTIz")
    }
}
