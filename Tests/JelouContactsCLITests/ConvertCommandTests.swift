import Foundation
import Testing
import _ContactsTestSupport

@Suite struct ConvertCommandTests {
    static let ana = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Vera\nTEL;TYPE=CELL:099 123 4567\nEND:VCARD\n"

    @Test func readsStandardInputAndUsesTheRegion() throws {
        let run = try ToolRunner.run(["convert", "-", "--region", "EC", "--user-id", "593991112222"], input: Array(Self.ana.utf8))
        #expect(run.standardOutput == #"{"type":"contacts","userId":"593991112222","contacts":[{"name":{"formatted_name":"Ana Vera","first_name":"Ana Vera"},"phones":[{"phone":"+593991234567","type":"Mobile","wa_id":"593991234567"}]}]}"# + "\n")
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    /// With `--to csv`, `--profile outlook` is the layout written: a Google CSV is still read as one
    /// (it was read as an Outlook file, its label cells taken for phone numbers).
    @Test func googleCSVToOutlookCSV() throws {
        let google = "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\r\n"
            + "Ana,Vera,* Work,ana@example.com,Mobile,+593 99 123 4567\r\n"
        let run = try ToolRunner.run(["convert", "--to", "csv", "--profile", "outlook"], input: Array(google.utf8))
        let row = try #require(run.standardOutput.split(separator: "\r\n").dropFirst().first)
        #expect(row.hasPrefix(",Ana,,Vera,"))
        #expect(row.contains(",+593991234567,"))
        #expect(row.contains(",ana@example.com,SMTP,"))
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    /// A vCard in ISO-8859-2 that names no CHARSET (as The Bat! writes Czech and Polish) is read
    /// right when `--encoding` names the code page: no guess, nothing to report.
    @Test func encodingNamesTheCodePageOfAVCardWithoutCharset() throws {
        let run = try ToolRunner.run(["convert", "Fixtures/vcard21/thebat-latin2.vcf", "--encoding", "iso-8859-2"])
        #expect(run.standardOutput == #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Jiří Dvořák","first_name":"Jiří","last_name":"Dvořák"},"phones":[{"phone":"+420601123456","type":"Mobile","wa_id":"420601123456"},{"phone":"+420222333444","type":"Work"}],"addresses":[{"street":"Náměstí Míru 12","city":"Praha","zip":"120 00","country":"Česká republika","country_code":"CZ","type":"Home"}],"org":{"company":"Stavební družstvo Žižkov"}},{"name":{"formatted_name":"Małgorzata Wiśniewska","first_name":"Małgorzata","last_name":"Wiśniewska"},"phones":[{"phone":"+48601234567","type":"Mobile","wa_id":"48601234567"}],"emails":[{"email":"m.wisniewska@example.pl"}]}]}"# + "\n")
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    /// `--encoding utf-16…` names the whole input's encoding (it was applied again to every value,
    /// after the file had been decoded, and gave CJK garbage): with a mark, and without one when
    /// the first letter is not ASCII.
    @Test(arguments: [
        ("csv", "utf-16le", [0xFF, 0xFE] as [UInt8], false), ("csv", "utf-16le", [], false), ("csv", "utf-16", [], false),
        ("csv", "utf-16be", [], true), ("vcf", "utf-16", [0xFF, 0xFE], false), ("vcf", "utf-16be", [], true),
    ])
    func encodingUTF16ReadsTheWholeInput(format: String, encoding: String, mark: [UInt8], bigEndian: Bool) throws {
        let text = format == "csv"
            ? "Łucja Pérez,0991234567\r\n"
            : "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Łucja Pérez\r\nTEL;TYPE=CELL:0991234567\r\nEND:VCARD\r\n"
        let bytes = mark + text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let headerless = ["--map", "column 1=name", "--map", "column 2=phone:mobile"]
        let run = try ToolRunner.run(
            ["convert", "-", "--from", format == "csv" ? "csv" : "vcard", "--encoding", encoding, "--region", "EC"]
                + (format == "csv" ? headerless : []),
            input: bytes)
        #expect(run.standardOutput == #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Łucja Pérez","first_name":"Łucja Pérez"},"phones":[{"phone":"+593991234567","type":"Mobile","wa_id":"593991234567"}]}]}"# + "\n")
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    #if os(Linux)
    /// Typed without a file, a command reading the terminal says how to go on instead of waiting in
    /// silence (util-linux `script` gives it a terminal); read from a pipe, it says nothing (the
    /// test above expects an empty standard error).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script gives the terminal"))
    func readingTheTerminalSaysHowToGoOn() throws {
        let command = "printf 'BEGIN:VCARD\\nFN:Ana Vera\\nEND:VCARD\\n\\004' | "
            + "script -qec '\(ToolRunner.executable.path) convert' /dev/null"
        let run = try ToolRunner.runShell(command)
        let lines = run.standardOutput.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        #expect(lines.contains(
            "reading contacts from the terminal: paste a vCard, CSV or JSON and press Ctrl-D, "
                + "or name a file (jelou-contacts convert contacts.vcf)"))
        #expect(lines.last == #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Ana Vera","first_name":"Ana Vera"}}]}"#)
        #expect(run.exitCode == 0)
    }
    #endif

    @Test func regionFromTheEnvironmentWhenNoneIsGiven() throws {
        let run = try ToolRunner.run(["convert"], input: Array(Self.ana.utf8), environment: ["JELOU_CONTACTS_REGION": "EC"])
        #expect(run.standardOutput.contains(#""phone":"+593991234567""#))
        #expect(run.exitCode == 0)
    }

    /// NDJSON on standard input: a problem stays on its line, at the value it is about (the bad
    /// phone's `"phone"`, the `type` given as a number), not at the line's first byte.
    @Test func jsonWarningsPointAtTheValueTheyAreAbout() throws {
        let input = #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Ana"},"phones":[{"phone":"+593991234567"}]}]}"#
            + "\n" + #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Luis"},"phones":[{"phone":"+593 99 123 4567"},{"phone":"nada","type":7}]}]}"#
            + "\n"
        let run = try ToolRunner.run(["convert", "-", "--user-id", "15551112222"], input: Array(input.utf8))
        #expect(run.standardError == """
            <stdin>:2:114: warning: contact "Luis": phone "nada" is not a valid number (no phone number in the text); left out of Jelou payloads, kept as written in vCard and CSV
            <stdin>:2:128: warning: contact "Luis": phones.type should be a string, found the number 7; read as text
            <stdin>: warning: 1 contact has data the Jelou contact object cannot hold, left out of the payloads: phone that is no number (1); 'jelou-contacts check' lists it per contact

            """)
        #expect(run.exitCode == 0)
    }

    @Test func withoutARegionTheNumberIsKeptAndReported() throws {
        let run = try ToolRunner.run(["convert"], input: Array(Self.ana.utf8))
        #expect(run.standardOutput.contains(#""phones":[{"phone":"0991234567","type":"Mobile"}]"#))
        #expect(run.standardError.hasPrefix("<stdin>:4:1: warning: contact \"Ana Vera\": phone \"099 123 4567\" is a national number and no region is known"))
        #expect(run.exitCode == 0)
    }

    /// A card's problems point at the lines they are on (the phone's TEL line, not the card's
    /// BEGIN) and come in the order of those lines, whichever stage found them.
    @Test func problemsPointAtTheirLinesInLineOrder() throws {
        let card = [
            "BEGIN:VCARD", "VERSION:3.0", "FN:Ana Vera", "EMAIL:Ana Vera <ana@example.com>", "TEL:+52 1 55 1234 5678",
            "ADR:;;Av. Reforma 1;CDMX;;;Méxicoo", "BDAY:soon", "TEL:044 55 1234 5678", "END:VCARD", "",
        ].joined(separator: "\n")
        let run = try ToolRunner.run(["convert", "--region", "MX"], input: Array(card.utf8))
        let tooLong = "is not a valid number (too many digits for +52); kept as written, without wa_id; "
            + "Mexico retired this way of dialling in 2019 (the 1 after +52, and 01, 044, 045): the number today is +525512345678"
        #expect(run.standardError == """
            <stdin>:4:1: warning: contact "Ana Vera": email written as "Ana Vera <ana@example.com>"; the address ana@example.com is used
            <stdin>:5:1: warning: contact "Ana Vera": phone "+52 1 55 1234 5678" \(tooLong)
            <stdin>:6:1: warning: contact "Ana Vera": country "Méxicoo" is not a country name we know; country_code left empty
            <stdin>:7:1: warning: BDAY 'soon' is not a date; kept unparsed
            <stdin>:8:1: warning: contact "Ana Vera": phone "044 55 1234 5678" read in region MX \(tooLong)
            <stdin>: warning: 1 contact has data the Jelou contact object cannot hold, left out of the payloads: BDAY (1); 'jelou-contacts check' lists it per contact
            <stdin>: warning: Jelou would refuse 1 contact (422 unprocessable_entity): a phone that is not E.164 (+ and 7 to 15 digits, an extension of 1 to 10); 'jelou-contacts check' lists them

            """)
        #expect(run.exitCode == 0)
    }

    /// A received card's `wa_id` is WhatsApp's own: it survives Jelou → vCard (`waid`) → Jelou,
    /// even for a number the numbering plan rejects, and a CSV, which has no column for it, says so.
    /// A number written as WhatsApp's id from before a numbering change (Mexico's `+52 1`) is
    /// the number that id stands for today.
    @Test func theWhatsAppIDAReceivedCardCameWithIsKept() throws {
        let received = #"{"contacts":[{"name":{"formatted_name":"Luis"},"phones":[{"phone":"+1 555 123 0000","wa_id":"15551230000","type":"CELL"},{"phone":"+52 1 55 1234 5678","wa_id":"5215512345678"}]}]}"#
        let vcard = try ToolRunner.run(["convert", "--to", "vcard"], input: Array(received.utf8))
        #expect(vcard.standardOutput.contains("TEL;TYPE=CELL;waid=15551230000:+15551230000\r\nTEL;waid=5215512345678:+525512345678\r\n"))
        let back = try ToolRunner.run(["convert"], input: Array(vcard.standardOutput.utf8))
        #expect(back.standardOutput == #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Luis","first_name":"Luis"},"phones":[{"phone":"+15551230000","type":"Mobile","wa_id":"15551230000"},{"phone":"+525512345678","wa_id":"5215512345678"}]}]}"# + "\n")
        let csv = try ToolRunner.run(["convert", "--to", "csv"], input: Array(received.utf8))
        #expect(csv.standardError.hasSuffix("<stdin>: warning: Luis: no Google CSV column for 2 WhatsApp id(s); left out\n"))
    }

    @Test func strictTurnsWarningsIntoErrorsAndExits1() throws {
        let run = try ToolRunner.run(["convert", "--strict"], input: Array(Self.ana.utf8))
        #expect(run.standardError.hasPrefix("<stdin>:4:1: error: contact \"Ana Vera\""))
        #expect(run.exitCode == 1)
    }

    @Test func perMessageSplitsIntoPayloadsInInputOrder() throws {
        var input = ""
        for index in 1...7 {
            input += "BEGIN:VCARD\nVERSION:3.0\nFN:Person \(index)\nTEL:+593 99 123 45\(60 + index)\nEND:VCARD\n"
        }
        let run = try ToolRunner.run(["convert", "--per-message", "3", "--user-id", "15551112222"], input: Array(input.utf8))
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.map { $0.components(separatedBy: "formatted_name").count - 1 } == [3, 3, 1])
        #expect(lines[0].contains("Person 1") && lines[2].contains("Person 7"))
        #expect(run.exitCode == 0)
    }

    @Test func fieldsJelouKeepsOnlyTheKeysOnJelousPage() throws {
        let input = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Vera\nORG:Jelou\nURL:https://jelou.ai\nBDAY:1990-01-02\nTEL:+593991234567\nEND:VCARD\n"
        let all = try ToolRunner.run(["convert"], input: Array(input.utf8))
        let jelou = try ToolRunner.run(["convert", "--fields", "jelou"], input: Array(input.utf8))
        #expect(all.standardOutput.contains(#""org":{"company":"Jelou"},"urls":[{"url":"https://jelou.ai"}],"birthday":"1990-01-02""#))
        #expect(jelou.standardOutput == #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Ana Vera","first_name":"Ana Vera"},"phones":[{"phone":"+593991234567","type":"Mobile","wa_id":"593991234567"}]}]}"# + "\n")
        #expect(jelou.standardError == "<stdin>: warning: 1 contact has data the Jelou contact object cannot hold, left out of the payloads: birthday (1), org (1), urls (1); 'jelou-contacts check' lists it per contact\n")
    }

    @Test func outputOptionWritesTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("convert-\(UUID().uuidString).ndjson").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try ToolRunner.run(["convert", "Fixtures/vcard30/jelou-example.vcf", "-o", path, "--user-id", "15551112222"])
        #expect(run.standardOutput == "")
        #expect(run.exitCode == 0)
        let golden = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("vcard30/jelou-example.expected.json"), encoding: .utf8)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == golden)
    }

    /// An output that is one of the inputs, however it is spelled, would be truncated before it
    /// was read: each command that writes a file refuses it, and the input is left as it was.
    @Test(arguments: [
        (["convert", "INPUT", "--to", "vcard", "--output", "LINK"], "--output", "LINK"),
        (["convert", "INPUT", "-o", "INPUT"], "--output", "INPUT"),
        (["preview", "INPUT", "--html", "LINK"], "--html", "LINK"),
        (["send", "INPUT", "--bot-id", "b1", "--user-id", "15551112222", "--region", "EC", "--journal", "LINK"], "--journal", "LINK"),
    ])
    func anOutputThatIsAnInputIsRefused(arguments: [String], option: String, target: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("same-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["INPUT": folder.appendingPathComponent("contacts.vcf").path, "LINK": folder.appendingPathComponent("link.vcf").path]
        try Self.ana.write(toFile: paths["INPUT"]!, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: paths["LINK"]!, withDestinationPath: paths["INPUT"]!)
        let run = try ToolRunner.run(
            arguments.map { paths[$0] ?? $0 }, environment: ["JELOU_CLIENT_ID": "id", "JELOU_CLIENT_SECRET": "secret"])
        #expect(run.exitCode == 64)
        #expect(run.standardOutput == "")
        #expect(run.standardError.hasPrefix(
            "Error: \(option) '\(paths[target]!)' is the input '\(paths["INPUT"]!)'; writing it would destroy the input, so name another file\n"))
        #expect(try String(contentsOfFile: paths["INPUT"]!, encoding: .utf8) == Self.ana)
    }

    @Test func jelouBackToVCardAndAgainGivesTheSamePayload() throws {
        let golden = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("vcard30/jelou-example.expected.json"), encoding: .utf8)
        let vcard = try ToolRunner.run(["convert", "--to", "vcard"], input: Array(golden.utf8))
        #expect(vcard.standardOutput.hasPrefix("BEGIN:VCARD\r\nVERSION:3.0\r\n"))
        #expect(vcard.exitCode == 0)
        let back = try ToolRunner.run(["convert", "--user-id", "15551112222"], input: Array(vcard.standardOutput.utf8))
        #expect(back.standardOutput == golden)
    }

    @Test(arguments: ["vcard", "jcard", "csv"])
    func everyOutputFormatReadsBackToTheSamePayload(format: String) throws {
        let fixture = "Fixtures/csv/google-current.csv"
        let direct = try ToolRunner.run(["convert", fixture, "--fields", "jelou"])
        let converted = try ToolRunner.run(["convert", fixture, "--to", format])
        #expect(converted.exitCode == 0)
        let back = try ToolRunner.run(["convert", "-", "--fields", "jelou"], input: Array(converted.standardOutput.utf8))
        #expect(back.standardOutput == direct.standardOutput)
    }

    /// `convert` previews what `send` would meet: the contacts whose payload carries a phone
    /// Jelou refuses (not E.164) are counted in one last warning.
    @Test func contactsJelouWouldRefuseAreCounted() throws {
        let sheet = "Name,Phone\nA,116\nB,0991234567\nC,+593 99 123 4567\n"
        let run = try ToolRunner.run(["convert", "-"], input: Array(sheet.utf8))
        #expect(run.standardOutput.contains(#"{"phone":"116"}"#) && run.standardOutput.contains(#"{"phone":"0991234567""#))
        #expect(run.standardError.hasSuffix(
            "<stdin>: warning: Jelou would refuse 2 contacts (422 unprocessable_entity): a phone that is not E.164 "
                + "(+ and 7 to 15 digits, an extension of 1 to 10); 'jelou-contacts check' lists them\n"))
        #expect(run.exitCode == 0)
        let fine = try ToolRunner.run(["convert", "-", "--region", "EC"], input: Array("Name,Phone\nB,0991234567\n".utf8))
        #expect(!fine.standardError.contains("Jelou would refuse"))
        // An extension in full-width digits is written in ASCII; one of eleven digits is refused; a
        // group card, which is not written, is not counted.
        let extensions = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nTEL:0991234567 ext １２\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nTEL:0991234567 ext 12345678901\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Team\r\nKIND:group\r\nTEL:116\r\nEND:VCARD\r\n"
        let counted = try ToolRunner.run(["convert", "-", "--region", "EC"], input: Array(extensions.utf8))
        #expect(counted.standardOutput.contains(#""phone":"+593991234567 ext. 12""#))
        #expect(counted.standardError.contains("Jelou would refuse 1 contact (422"))
    }

    /// A name typed on two lines stays in its diagnostic's one line (`\n`), as editors and `grep`
    /// read diagnostics line by line.
    @Test func aDiagnosticQuotingALineBreakStaysOneLine() throws {
        let run = try ToolRunner.run(["convert", "-", "--region", "EC"], input: Array("Nombre,Celular\n\"Eva Ríos\nSegunda\",099 123\n".utf8))
        #expect(run.standardError == "<stdin>:3:10: warning: contact \"Eva Ríos\\nSegunda\": phone \"099 123\" read in region EC is "
            + "not a valid number (too few digits for +593); kept as written, without wa_id\n"
            + "<stdin>: warning: Jelou would refuse 1 contact (422 unprocessable_entity): a phone that is not E.164 (+ and 7 to 15 digits, an extension of 1 to 10); 'jelou-contacts check' lists them\n")
    }

    /// An empty card (Android writes hundreds: `N:`, `FN:` and nothing else) is skipped with the
    /// same warning whatever the output, not written as an empty card or row.
    @Test(arguments: [["--to", "vcard"], ["--to", "jcard"], ["--to", "csv"], ["--to", "jelou"]])
    func anEmptyCardIsSkippedInEveryOutput(target: [String]) throws {
        let input = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:\r\nFN:\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n"
        let run = try ToolRunner.run(["convert", "-"] + target, input: Array(input.utf8))
        #expect(run.exitCode == 0)
        #expect(run.standardError == "<stdin>:1:1: warning: contact is empty; skipped\n")
        #expect(run.standardOutput.contains("Ana"))
        #expect(!run.standardOutput.contains("FN:\r\n") && !run.standardOutput.contains("\n,,,"))
    }

    /// Google CSV → vCard (each version) or jCard → Google CSV keeps every IM entry's label,
    /// service and value and the Photo URL, in Google's own columns.
    @Test(arguments: [["--to", "vcard", "--vcard-version", "2.1"], ["--to", "vcard", "--vcard-version", "3.0"],
                      ["--to", "vcard", "--vcard-version", "4.0"], ["--to", "jcard"]])
    func googleIMAndPhotoSurviveAVCardRoundTrip(target: [String]) throws {
        let header = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
            + "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
            + "Birthday,Notes,Photo,Labels,IM 1 - Label,IM 1 - Service,IM 1 - Value,IM 2 - Label,IM 2 - Service,"
            + "IM 2 - Value,IM 3 - Label,IM 3 - Service,IM 3 - Value,IM 4 - Label,IM 4 - Service,IM 4 - Value\r\n"
        let row = "Ana,,Pérez,,,,,,,Ana Pérez,,,,,,https://lh3.googleusercontent.com/contacts/AbC123,Amigos,"
            + "Home,Skype,live:ana.perez,Work,Telegram,\"Ana Pérez, Jr.\",,Jabber,ana@jabber.org,Otro,,ana.p\r\n"
        let direct = try ToolRunner.run(["convert", "-", "--to", "csv"], input: Array((header + row).utf8))
        #expect(direct.standardOutput == header + row)
        let converted = try ToolRunner.run(["convert", "-"] + target, input: Array((header + row).utf8))
        #expect(converted.exitCode == 0)
        #expect(!converted.standardOutput.contains("X-GOOGLE"))
        let back = try ToolRunner.run(["convert", "-", "--to", "csv"], input: Array(converted.standardOutput.utf8))
        #expect(back.standardOutput == header + row)
        #expect(back.standardError == "")
        #expect(back.exitCode == 0)
    }

    /// In 2.1 each service Android names is written as its `X-…` property and read back as the
    /// same Google service; other services go through `IMPP` and come back the same too.
    @Test(arguments: ["AIM", "ICQ", "Jabber", "Skype", "MSN", "Yahoo", "QQ", "Google Talk", "Hangouts", "SIP", "Mi red"])
    func everyGoogleIMServiceSurvivesVCard21(service: String) throws {
        let csv = "First Name,File As,IM 1 - Label,IM 1 - Service,IM 1 - Value\r\nAna,Ana,Home,\(service),ana@example.com\r\n"
        let vcard = try ToolRunner.run(["convert", "-", "--to", "vcard", "--vcard-version", "2.1"], input: Array(csv.utf8))
        let back = try ToolRunner.run(["convert", "-", "--to", "csv"], input: Array(vcard.standardOutput.utf8))
        #expect(back.standardOutput.hasSuffix("IM 1 - Label,IM 1 - Service,IM 1 - Value\r\nAna,,,,,,,,,Ana,,,,,,,,Home,\(service),ana@example.com\r\n"))
        #expect(back.exitCode == 0)
    }

    @Test func vcardVersionOption() throws {
        for version in ["2.1", "3.0", "4.0"] {
            let run = try ToolRunner.run(["convert", "Fixtures/vcard30/jelou-example.vcf", "--to", "vcard", "--vcard-version", version])
            #expect(run.standardOutput.hasPrefix("BEGIN:VCARD\r\nVERSION:\(version)\r\n"))
        }
    }

    @Test func missingFileIsAnErrorAndExits1() throws {
        let run = try ToolRunner.run(["convert", "no-such-file.vcf"])
        #expect(run.standardOutput == "")
        #expect(run.standardError == "Error: cannot read 'no-such-file.vcf': no such file\n")
        #expect(run.exitCode == 1)
    }

    /// An input that gives no contact says so, instead of exiting 0 in silence.
    @Test(arguments: [
        ("", "<stdin>: warning: the input is empty: no contacts\n"),
        ("Name,Phone\n", "<stdin>: warning: no contacts in this input\n"),
        ("[]", "<stdin>: warning: no contacts in this input\n"),
    ])
    func anInputWithoutContactsSaysSo(input: String, expected: String) throws {
        let run = try ToolRunner.run(["convert", "-"], input: Array(input.utf8))
        #expect(run.standardOutput == "")
        #expect(run.standardError == expected)
        #expect(run.exitCode == 0)
        let strict = try ToolRunner.run(["convert", "-", "--strict"], input: Array(input.utf8))
        #expect(strict.exitCode == 1)
    }

    /// `--map` names the keys of flat JSON objects as it names CSV columns.
    @Test func mapAppliesToTheKeysOfFlatJSONObjects() throws {
        let input = #"[{"Nombre":"Ana Vera","Fijo":"022345678","Correo":"ana@example.ec"}]"#
        let run = try ToolRunner.run(["convert", "-", "--region", "EC", "--map", "Fijo=phone:home"], input: Array(input.utf8))
        #expect(run.standardOutput == #"""
            {"type":"contacts","contacts":[{"name":{"formatted_name":"Ana Vera","first_name":"Ana Vera"},"phones":[{"phone":"+59322345678","type":"Home"}],"emails":[{"email":"ana@example.ec"}]}]}

            """#)
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    /// The summary of what payloads leave out names the 20 commonest fields and counts the rest.
    @Test func theOmittedDataSummaryNamesTwentyFields() throws {
        let custom = (1...25).map { String(format: "\"c%02d\":\"x\"", $0) }.joined(separator: ",")
        let input = #"{"phone":"+593991234567","# + custom + "}"
        let run = try ToolRunner.run(["convert", "-"], input: Array(input.utf8))
        let listed = (1...20).map { String(format: "c%02d (1)", $0) }.joined(separator: ", ")
        #expect(run.standardError == "<stdin>: warning: 1 contact has data the Jelou contact object cannot hold, left out "
            + "of the payloads: \(listed), other fields (5); 'jelou-contacts check' lists it per contact\n")
        #expect(run.exitCode == 0)
    }

    @Test func aFolderIsAnErrorThatSaysHowToNameItsFiles() throws {
        let run = try ToolRunner.run(["convert", "Fixtures/vcard30/jelou-example.vcf", "Fixtures/vcard21"])
        #expect(run.standardOutput == "")
        #expect(run.standardError
            == "Error: cannot read 'Fixtures/vcard21': is a directory (name the address books in it: 'Fixtures/vcard21'/*.vcf)\n")
        #expect(run.exitCode == 1)
    }

    @Test(arguments: [("Fixtures", "is a directory"), ("no-such-folder/out.ndjson", "no such folder")])
    func anOutputThatCannotBeCreatedIsAnErrorAndExits1(output: String, reason: String) throws {
        let run = try ToolRunner.run(["convert", "Fixtures/vcard30/jelou-example.vcf", "-o", output])
        #expect(run.standardOutput == "")
        #expect(run.standardError == "Error: cannot write '\(output)': \(reason)\n")
        #expect(run.exitCode == 1)
    }

    /// A ZIP entry stored without compression (APPNOTE.TXT §4.3.7 local file header).
    static func zipEntry(_ name: String, _ data: String) -> [UInt8] {
        func little(_ value: Int, _ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        return [0x50, 0x4B, 0x03, 0x04] + little(20, 2) + little(0, 2) + little(0, 2) + little(0, 4) + little(0, 4)
            + little(data.utf8.count, 4) + little(data.utf8.count, 4) + little(name.utf8.count, 2) + little(0, 2)
            + Array(name.utf8) + Array(data.utf8)
    }

    /// The spreadsheet itself, or the archive an export came in, is named with a way forward.
    @Test(arguments: [
        (zipEntry("[Content_Types].xml", "<Types/>") + zipEntry("xl/workbook.xml", "<workbook/>"),
         "an Excel workbook (.xlsx), not an address book: save the sheet as CSV UTF-8 and convert that"),
        (zipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet") + zipEntry("content.xml", "<x/>"),
         "a LibreOffice or OpenOffice spreadsheet (.ods), not an address book: save the sheet as CSV UTF-8 and convert that"),
        (zipEntry("Takeout/Contacts/All Contacts/All Contacts.vcf", "BEGIN:VCARD"),
         "a ZIP archive (its first file is 'Takeout/Contacts/All Contacts/All Contacts.vcf'): unzip it and convert the address books inside"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
         "an Excel 97-2003 workbook (.xls) or another Office file, not an address book: save the sheet as CSV UTF-8 and convert that"),
        ([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03], "a gzip-compressed file: decompress it and convert what it holds"),
    ])
    func aWorkbookOrArchiveIsNamedWithAWayForward(bytes: [UInt8], message: String) throws {
        let run = try ToolRunner.run(["convert", "-"], input: bytes)
        #expect(run.standardOutput == "")
        #expect(run.standardError == "<stdin>:1:1: error: \(message); file skipped\n")
        #expect(run.exitCode == 1)
    }

    /// Text next to address books that is not one was read as a headerless CSV, each line a
    /// contact: it is refused and named. `--from` still reads a file as the user says.
    @Test(arguments: [
        ("dn: cn=Ana Vera,mail=ana@x.ec\nobjectclass: person\ncn: Ana Vera\nmobile: +593 99 123 4567\n",
         "an LDIF directory file (RFC 2849, as Thunderbird exports), which is not read: export the address book as vCard (.vcf) or CSV and convert that"),
        ("version: 1\n\ndn: cn=Ana Vera\n", "an LDIF directory file (RFC 2849, as Thunderbird exports), which is not read: export the address book as vCard (.vcf) or CSV and convert that"),
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Cita\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
         "an iCalendar file (RFC 5545: events, not contacts)"),
        ("<?xml version=\"1.0\"?>\n<vcards xmlns=\"urn:ietf:params:xml:ns:vcard-4.0\">\n<vcard><fn><text>Ana</text></fn></vcard>\n</vcards>\n",
         "an xCard file (vCard in XML, RFC 6351), which is not read: export the address book as vCard (.vcf) or CSV and convert that"),
        ("<!DOCTYPE html>\n<html><body>Contactos</body></html>\n", "an HTML page, not an address book"),
        ("<?xml version=\"1.0\"?>\n<contacts><contact>Ana</contact></contacts>\n",
         "an XML file, not an address book: export the address book as vCard (.vcf) or CSV and convert that"),
    ])
    func textThatIsNoAddressBookIsRefused(text: String, message: String) throws {
        let run = try ToolRunner.run(["convert", "-"], input: Array(text.utf8))
        #expect(run.standardOutput == "")
        #expect(run.standardError == "<stdin>:1:1: error: \(message); file skipped\n")
        #expect(run.exitCode == 1)
        let forced = try ToolRunner.run(["convert", "-", "--from", "csv"], input: Array(text.utf8))
        #expect(!forced.standardError.contains("file skipped"))
    }

    /// A vCard is read whatever text comes before its first card, even markup or an LDIF-like line.
    @Test(arguments: ["<!-- exported by a web app -->\n", "version: 1\n"])
    func aVCardAfterForeignLookingTextIsStillRead(prefix: String) throws {
        let run = try ToolRunner.run(["convert", "-"], input: Array((prefix + Self.ana).utf8))
        #expect(run.standardOutput.contains(#""formatted_name":"Ana Vera""#))
        #expect(!run.standardError.contains("file skipped"))
    }

    /// An input that cannot be read stops `convert -o` before the output file is truncated.
    @Test func anUnreadableInputLeavesTheOutputFileAsItWas() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kept-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "Name,Phone\r\nAna,+593991234567\r\n".write(toFile: path, atomically: false, encoding: .utf8)
        let run = try ToolRunner.run(["convert", "Fixtures/vcard30/jelou-example.vcf", "no-such-file.vcf", "--to", "csv", "-o", path])
        #expect(run.standardError == "Error: cannot read 'no-such-file.vcf': no such file\n")
        #expect(run.exitCode == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Name,Phone\r\nAna,+593991234567\r\n")
    }

    @Test func binaryInputIsRefusedAndOtherFilesStillConvert() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var bytes = [UInt8](repeating: 0, count: 4096)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let run = try ToolRunner.run(["convert", path, "Fixtures/vcard30/jelou-example.vcf"])
        #expect(run.standardError == "\(path):1:1: error: binary data, not an address book (vCard, CSV, Jelou JSON or jCard); file skipped\n")
        #expect(run.standardOutput.contains("John Smith"))
        #expect(run.exitCode == 1)
    }

    @Test func csvWithRegionReadsNationalNumbersThere() throws {
        let run = try ToolRunner.run(["convert", "Fixtures/csv/excel-semicolon-bom.csv", "--region", "EC", "--user-id", "593991112222"])
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(#"{"type":"contacts","userId":"593991112222","contacts":[{"name":{"formatted_name":"Carlos Pérez","first_name":"Carlos","last_name":"Pérez"},"phones":[{"phone":"+59342601234"},{"phone":"+593991234567","type":"Mobile","wa_id":"593991234567"},{"phone":"+593987654321","type":"WhatsApp","wa_id":"593987654321"}]"#) == true)
        #expect(run.standardOutput.contains(#"{"phone":"+573012345678","type":"Mobile","wa_id":"573012345678"}"#))
        #expect(run.standardError.contains("Fixtures/csv/excel-semicolon-bom.csv:4:1: warning: row has no name, company, phone or email; skipped\n"))
        #expect(run.exitCode == 0)
        let withoutRegion = try ToolRunner.run(["convert", "Fixtures/csv/excel-semicolon-bom.csv"])
        #expect(withoutRegion.standardOutput.contains(#"{"phone":"+593991234567","type":"Mobile","wa_id":"593991234567"}"#), "the address country (Ecuador) is the region")
    }

    @Test(arguments: [
        ("+1 555 111 2222", ""), ("1", ""),
        ("0991234567", " (a national number: write it with its country code, as 593991234567)"),
    ])
    func userIDMustBeTheInternationalNumbersDigits(user: String, hint: String) throws {
        let run = try ToolRunner.run(["convert", "--user-id", user, "Fixtures/vcard30/jelou-example.vcf"])
        #expect(run.standardError.hasPrefix(
            "Error: --user-id takes the recipient's number with its country code, digits only, e.g. 15551112222, not '\(user)'\(hint)\n"))
        #expect(run.exitCode == 64)
    }

    /// A kept parameter that makes a 2.1 line long leaves a short ASCII value plain (it was
    /// quoted-printable, a lone `=` after the colon and `=41na Vera` below), and reads back the same.
    @Test func longParameterLeavesAShortValuePlainIn21() throws {
        let head = "FN;X-SOME-VERY-LONG-PARAMETER-NAME=some-very-long-parameter-value-that-goes-on-and-on"
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\n\(head):Ana Vera\r\nTEL;TYPE=CELL:0991234567\r\nEND:VCARD\r\n"
        let run = try ToolRunner.run(
            ["convert", "-", "--to", "vcard", "--vcard-version", "2.1", "--region", "EC"], input: Array(card.utf8))
        #expect(run.standardOutput == "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\n\(head):Ana Vera\r\nTEL;CELL:+593991234567\r\nEND:VCARD\r\n")
        #expect(run.standardError == "")
        let back = try ToolRunner.run(["convert", "-", "--to", "vcard"], input: Array(run.standardOutput.utf8))
        #expect(back.standardOutput.contains("\r\nFN;X-SOME-VERY-LONG-PARAMETER-NAME=some-very-long-parameter-value-that-goes\r\n -on-and-on:Ana Vera\r\n"))
        #expect(back.standardError == "")
    }
}
