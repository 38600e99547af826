import Testing
import PhoneNormalization

/// The `phones` command's TSV and JSON lines.
@Suite struct PhoneNumberReportTests {
    static let ec = RegionCode(rawValue: "EC")
    static let us = RegionCode(rawValue: "US")

    @Test(arguments: [
        ("099 123 4567", ec, "099 123 4567\t+593991234567\tvalid\tmobile\t\t"),
        ("253-0000", us, "253-0000\t+12530000\tpossible\tunknown\t\t"),
        ("650 253 0000 x12", us, "650 253 0000 x12\t+16502530000\tvalid\tfixed_line_or_mobile\t12\t"),
        ("+999 123 456", us, "+999 123 456\t\tinvalid\t\t\tinvalid_country_code"),
        ("a\tb\\c", us, "a\\tb\\\\c\t\tinvalid\t\t\tnot_a_number"),
    ])
    func writesTSV(input: String, region: RegionCode?, line: String) {
        #expect(PhoneNumberReport(input: input, defaultRegion: region).tsvLine == line)
    }

    @Test func headerNamesEveryColumn() {
        #expect(PhoneNumberReport.tsvHeader.split(separator: "\t").count == 6)
    }

    @Test func writesJSONForValidNumber() {
        let report = PhoneNumberReport(input: "(809) 555-1234 ext. 7", defaultRegion: Self.us)
        #expect(report.validity == .valid)
        #expect(report.json == """
            {"e164":"+18095551234","error":null,"extension":"7","input":"(809) 555-1234 ext. 7",\
            "region":"DO","type":"fixed_line_or_mobile","validity":"valid"}
            """)
    }

    @Test func writesJSONForError() {
        let report = PhoneNumberReport(input: "\"tel\"\n\u{1}\\ é", defaultRegion: Self.us)
        #expect(report.validity == .invalid)
        #expect(report.error?.code == .notANumber)
        #expect(report.json == """
            {"e164":null,"error":{"code":"not_a_number","message":"no phone number in the text"},\
            "extension":null,"input":"\\"tel\\"\\n\\u0001\\\\ é","region":null,"type":null,"validity":"invalid"}
            """)
    }

    @Test func writesJSONForPossibleNumber() {
        let report = PhoneNumberReport(input: "253-0000", defaultRegion: Self.us)
        #expect(report.validity == .possible)
        #expect(report.json == """
            {"e164":"+12530000","error":null,"extension":null,"input":"253-0000","region":null,\
            "type":"unknown","validity":"possible"}
            """)
    }
}
