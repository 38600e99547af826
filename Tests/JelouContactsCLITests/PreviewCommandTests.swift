import Foundation
import Testing
import _ContactsTestSupport

@Suite struct PreviewCommandTests {
    @Test func showsTheCardAsWhatsAppWillAndASummary() throws {
        let run = try ToolRunner.run(["preview", "Fixtures/vcard30/jelou-example.vcf", "--user-id", "15551112222"])
        #expect(run.standardOutput == """
            Message 1 · 1 contact
            ┌ John Smith
            │ Mobile  +12125550123  (WhatsApp)
            │ Work    john.smith@example.com
            │ Work    123 Main Street, New York, NY, 10001, United States
            └ [Message] [Save contact]

            1 contact, 1 payload, 1 phone normalised / 0 kept as written, 0 warnings

            """)
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    @Test func listsTheProblemsUnderEachCard() throws {
        let input = "BEGIN:VCARD\nVERSION:3.0\nN:Vera;Ana;;;\nTEL;TYPE=CELL:099 123 4567\nTEL:+1 212 555 0123 ext. 7\nEND:VCARD\n"
        let run = try ToolRunner.run(["preview", "-"], input: Array(input.utf8))
        #expect(run.standardOutput == """
            Message 1 · 1 contact
            ┌ Ana Vera
            │ Mobile  0991234567
            │ Phone   +12125550123 ext. 7
            └ [Invite to WhatsApp] [Save contact]
              warning: <stdin>:1:1: no display name: "Ana Vera" is made from the name parts
              warning: <stdin>:4:1: contact "Ana Vera": phone "099 123 4567" is a national number and no region is known; kept as written, without wa_id (pass --region, e.g. --region EC, set JELOU_CONTACTS_REGION, or give the contact's address a country)
              warning: <stdin>:4:1: Jelou would refuse this contact (422 unprocessable_entity): phones[0].phone: must be E.164 (+ and 7 to 15 digits, optionally " ext. N"), found "0991234567"
              warning: <stdin>:5:1: phone "+1 212 555 0123 ext. 7" has an extension: WhatsApp has no field for it, so it is sent in the number's text and the number gets no wa_id

            1 contact, 1 payload, 1 phone normalised / 1 kept as written, 4 warnings

            """)
    }

    /// A street typed on two lines (ADR with `\n`) stays inside the card's frame; an escape
    /// sequence in a name is drawn, not sent to the terminal.
    @Test func contactTextCannotBreakTheCardOrCommandTheTerminal() throws {
        let input = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Vera\u{1B}]0;owned\u{07}\r\nTEL;TYPE=CELL:+593991234567\r\n"
            + "ADR;TYPE=HOME:;Dpto. 4B;Av. Amazonas N24-03\\nEdificio Cóndor;Quito;;;Ecuador\r\nEND:VCARD\r\n"
        let run = try ToolRunner.run(["preview", "-"], input: Array(input.utf8))
        #expect(run.standardOutput.hasPrefix("""
            Message 1 · 1 contact
            ┌ Ana Vera\u{FFFD}]0;owned\u{FFFD}
            │ Mobile  +593991234567  (WhatsApp)
            │ Home    Av. Amazonas N24-03
            │         Edificio Cóndor, Dpto. 4B, Quito, Ecuador
            └ [Message] [Save contact]

            """))
    }

    @Test func warnsAboutContactsPastTheFifthOfAMessage() throws {
        var input = ""
        for index in 1...6 { input += "BEGIN:VCARD\nVERSION:3.0\nFN:P\(index)\nTEL:+593991234\(500 + index)\nEND:VCARD\n" }
        let run = try ToolRunner.run(["preview", "-", "--per-message", "6"], input: Array(input.utf8))
        #expect(run.standardOutput.contains("warning: <stdin>:26:1: contact 6 of its message: Meta documents at most 5 contacts per message"))
        #expect(!run.standardOutput.contains("contact 5 of its message"))
        #expect(run.standardOutput.hasSuffix("6 contacts, 1 payload, 6 phones normalised / 0 kept as written, 1 warning\n"))
    }

    @Test func htmlPageHasOneCardPerContactAndItsJSON() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        let run = try ToolRunner.run(["preview", "Fixtures/csv/google-current.csv", "--html", page.path])
        #expect(run.exitCode == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.components(separatedBy: "<article class=\"contact-card\">").count - 1 == 3)
        #expect(html.contains("&quot;formatted_name&quot;: &quot;John O&#39;Neil&quot;"))
        #expect(!html.contains("<script") && !html.contains("http-equiv") && !html.contains("<link"))
    }

    /// `preview` reads no credentials: with Jelou's client id and secret in the environment,
    /// neither reaches the terminal, the diagnostics or the page.
    @Test func neverShowsTheCredentials() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        let id = "client-7f3a9c", secret = "s3cr3t-Preview-9b1e4d"
        let run = try ToolRunner.run(
            ["preview", "Fixtures/vcard30/jelou-example.vcf", "--html", page.path],
            environment: ["JELOU_CLIENT_ID": id, "JELOU_CLIENT_SECRET": secret])
        #expect(run.exitCode == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<div class=\"name\" dir=\"auto\">John Smith</div>"))
        for text in [run.standardOutput, run.standardError, html] {
            #expect(!text.contains(id) && !text.contains(secret) && !text.contains("Authorization"))
        }
    }

    /// Renders the page in a real browser (Debian's `chromium`, which `.ci/run` installs): the DOM
    /// has one card per contact and the screenshot is far from a blank page's.
    @Test func htmlPageRendersInHeadlessChromium() throws {
        try Self.withChromium { browser, folder in
            let page = folder.appendingPathComponent("page.html")
            let blank = folder.appendingPathComponent("blank.html")
            try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
            _ = try ToolRunner.run(["preview", "Fixtures/vcard30/ios-item-groups.vcf", "Fixtures/csv/google-current.csv", "--html", page.path])
            let dom = try ToolRunner.runShell("\(browser) --dump-dom file://\(page.path) 2>/dev/null")
            #expect(dom.standardOutput.components(separatedBy: "class=\"contact-card\"").count - 1 == 4)
            for (html, png) in [(page, "page.png"), (blank, "blank.png")] {
                _ = try ToolRunner.runShell("\(browser) --screenshot=\(folder.path)/\(png) file://\(html.path) 2>/dev/null")
            }
            let pageSize = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("page.png").path)[.size] as? Int ?? 0
            let blankSize = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("blank.png").path)[.size] as? Int ?? 0
            #expect(blankSize > 0)
            #expect(pageSize > blankSize * 5, "page \(pageSize) bytes vs blank \(blankSize) bytes")
        }
    }

    /// Lays the page out in headless Chromium and measures it with a script added to a copy (the
    /// page itself has none): no text reaches past its card's edge, where the card's
    /// `overflow: hidden` would cut it off unseen; a street typed on two lines is shown on two; an
    /// Arabic name and label run right to left, as WhatsApp shows them, and a phone number left to
    /// right.
    @Test func htmlPageShowsLongAndRightToLeftTextWhole() throws {
        try Self.withChromium { browser, folder in
            let longURL = "https://example.com/track?id=" + String(repeating: "0123456789abcdef", count: 16)
            let payload = """
                {"type":"contacts","userId":"15551112222","contacts":[{"name":{"formatted_name":"محمد عبد الله","first_name":"محمد"},\
                "phones":[{"phone":"+966501234567","type":"جوال","wa_id":"966501234567"}],\
                "addresses":[{"street":"شارع الملك فهد 12\\nالدور 3","city":"الرياض","country":"السعودية","type":"عمل"}],\
                "org":{"company":"\(String(repeating: "Ingeniería", count: 12))"},"urls":[{"url":"\(longURL)","type":"Work"}]}]}
                """
            let input = folder.appendingPathComponent("rtl.json")
            try payload.write(to: input, atomically: true, encoding: .utf8)
            let page = folder.appendingPathComponent("page.html")
            let run = try ToolRunner.run(["preview", input.path, "--html", page.path])
            #expect(run.exitCode == 0, "\(run.standardError)")
            let probe = #"""
                <script>
                const report = [];
                for (const card of document.querySelectorAll(".contact-card")) {
                  const edge = card.getBoundingClientRect().right;
                  for (const part of card.querySelectorAll(".name, .sub, .label, .value")) {
                    if (part.getBoundingClientRect().right > edge + 0.5) report.push("past the edge: " + part.className);
                  }
                }
                const values = [...document.querySelectorAll(".value")];
                report.push("street lines: " + values[1].innerText.split("\n").length);
                for (const part of [document.querySelector(".name"), document.querySelector(".label"), values[0]]) {
                  report.push(part.className + ": " + getComputedStyle(part).direction);
                }
                const out = document.createElement("pre");
                out.id = "probe";
                out.textContent = report.join("|");
                document.body.appendChild(out);
                </script>
                """#
            let measured = folder.appendingPathComponent("measured.html")
            try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe + "</body>")
                .write(to: measured, atomically: true, encoding: .utf8)
            let dom = try ToolRunner.runShell("\(browser) --dump-dom file://\(measured.path) 2>/dev/null").standardOutput
            let report = try #require(dom.range(of: "<pre id=\"probe\">").flatMap { start in
                dom[start.upperBound...].range(of: "</pre>").map { String(dom[start.upperBound..<$0.lowerBound]) }
            })
            #expect(report == "street lines: 2|name: rtl|label: rtl|value: ltr")
        }
    }

    /// Runs `body` with Debian's headless Chromium (the command and its flags) and a fresh
    /// folder, removed afterwards; without Chromium it returns, unless under CI, which must have it.
    static func withChromium(_ body: (_ browser: String, _ folder: URL) throws -> Void) throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            #expect(!TestPaths.isCI, "CI must have chromium: .ci/run installs it")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body("\(chromium) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600", folder)
    }
}
