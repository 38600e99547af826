import Testing

/// An address's country code against its country name, end to end: Apple's `X-ABADR` is the
/// address layout the phone chose, the country is what the user typed.
@Suite struct AddressCountryCodeTests {
    static let quito = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Vera\r\nTEL;TYPE=CELL:0991234567\r\n"
        + "item1.ADR;TYPE=HOME:;;Av. Amazonas 123;Quito;;170135;Ecuador\r\nitem1.X-ABADR:us\r\nEND:VCARD\r\n"
    static let warning = "<stdin>:5:1: warning: contact \"Ana Vera\": address country \"Ecuador\" is EC, not \"US\" as "
        + "the address's country code says; country_code is EC, from the country name\n"

    /// The payload says Ecuador twice, and the phone is read in Ecuador without `--region`.
    @Test func payloadTakesTheTypedCountry() throws {
        let run = try ToolRunner.run(["convert", "-", "--user-id", "15551112222"], input: Array(Self.quito.utf8))
        #expect(run.standardOutput == #"{"type":"contacts","userId":"15551112222","contacts":[{"name":{"formatted_name":"Ana Vera","first_name":"Ana Vera"},"phones":[{"phone":"+593991234567","type":"Mobile","wa_id":"593991234567"}],"addresses":[{"street":"Av. Amazonas 123","city":"Quito","zip":"170135","country":"Ecuador","country_code":"EC","type":"Home"}]}]}"# + "\n")
        #expect(run.standardError == Self.warning)
        #expect(run.exitCode == 0)
    }

    /// vCard and jCard output write `X-ABADR` back as read, beside the typed country.
    @Test(arguments: [
        (
            "vcard",
            "item1.ADR;TYPE=HOME:;;Av. Amazonas 123;Quito;;170135;Ecuador\r\nitem1.X-ABADR:us\r\n"
        ),
        (
            "jcard",
            #"["adr",{"group":"item1","type":"home"},"text",["","","Av. Amazonas 123","Quito","","170135","Ecuador"]],["x-abadr",{"group":"item1"},"text","us"]"#
        ),
    ])
    func cardOutputKeepsTheAddressLayout(target: String, expected: String) throws {
        let run = try ToolRunner.run(["convert", "-", "--to", target, "--region", "EC"], input: Array(Self.quito.utf8))
        #expect(run.standardOutput.contains(expected))
        #expect(run.standardError == Self.warning)
        #expect(run.exitCode == 0)
    }

    /// RFC 8605's `CC` parameter is read the same way.
    @Test func ccParameterGivesWayToo() throws {
        let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Vera\r\nADR;CC=US:;;Av. Amazonas 123;Quito;;;Ecuador\r\nEND:VCARD\r\n"
        let run = try ToolRunner.run(["convert", "-"], input: Array(card.utf8))
        #expect(run.standardOutput.contains(#""country":"Ecuador","country_code":"EC""#))
        #expect(run.standardError.contains("address country \"Ecuador\" is EC, not \"US\""))
        #expect(run.exitCode == 0)
    }

    /// Without a country name, `X-ABADR` still gives both the code and the name.
    @Test func codeAloneStillNamesTheCountry() throws {
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Vera\r\n"
            + "item1.ADR;TYPE=WORK:;;1 Main St;Austin;TX;78701;\r\nitem1.X-ABADR:us\r\nEND:VCARD\r\n"
        let run = try ToolRunner.run(["convert", "-"], input: Array(card.utf8))
        #expect(run.standardOutput.contains(#""addresses":[{"street":"1 Main St","city":"Austin","state":"TX","zip":"78701","country":"United States","country_code":"US","type":"Work"}]"#))
        #expect(run.standardError == "")
        #expect(run.exitCode == 0)
    }

    @Test func strictMakesTheContradictionAnError() throws {
        let run = try ToolRunner.run(["convert", "-", "--strict"], input: Array(Self.quito.utf8))
        #expect(run.standardError == Self.warning.replacingOccurrences(of: "warning:", with: "error:"))
        #expect(run.exitCode == 1)
    }
}
