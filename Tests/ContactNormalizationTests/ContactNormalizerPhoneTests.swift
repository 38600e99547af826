import ContactModel
@testable import ContactNormalization
import PhoneNormalization
import Testing

@Suite struct ContactNormalizerPhoneTests {
    struct ValidCase: Sendable, CustomTestStringConvertible {
        var region: String?
        var input: String
        var e164: String
        var waID: String?
        var lineType: NormalizedPhone.LineType
        var numberRegion: String
        var testDescription: String { "\(input) in \(region ?? "no region")" }
    }

    static let validNumbers: [ValidCase] = [
        ValidCase(region: "EC", input: "099 123 4567", e164: "+593991234567", waID: "593991234567", lineType: .mobile, numberRegion: "EC"),
        ValidCase(region: "EC", input: "0991234567", e164: "+593991234567", waID: "593991234567", lineType: .mobile, numberRegion: "EC"),
        ValidCase(region: "EC", input: "02 234 5678", e164: "+59322345678", waID: nil, lineType: .fixedLine, numberRegion: "EC"),
        ValidCase(region: "MX", input: "55 1234 5678", e164: "+525512345678", waID: "525512345678", lineType: .fixedLineOrMobile, numberRegion: "MX"),
        ValidCase(region: "AR", input: "011 15-2345-6789", e164: "+5491123456789", waID: "5491123456789", lineType: .mobile, numberRegion: "AR"),
        ValidCase(region: "AR", input: "+54 11 2345-6789", e164: "+541123456789", waID: nil, lineType: .fixedLine, numberRegion: "AR"),
        ValidCase(region: "CO", input: "310 123 4567", e164: "+573101234567", waID: "573101234567", lineType: .mobile, numberRegion: "CO"),
        ValidCase(region: "BR", input: "(11) 98765-4321", e164: "+5511987654321", waID: "5511987654321", lineType: .mobile, numberRegion: "BR"),
        ValidCase(region: "PE", input: "987 654 321", e164: "+51987654321", waID: "51987654321", lineType: .mobile, numberRegion: "PE"),
        ValidCase(region: "CL", input: "9 6123 4567", e164: "+56961234567", waID: "56961234567", lineType: .fixedLineOrMobile, numberRegion: "CL"),
        ValidCase(region: "US", input: "(212) 555-0123", e164: "+12125550123", waID: "12125550123", lineType: .fixedLineOrMobile, numberRegion: "US"),
        ValidCase(region: nil, input: "+1 800 555 0199", e164: "+18005550199", waID: nil, lineType: .tollFree, numberRegion: "US"),
        ValidCase(region: "ES", input: "612 34 56 78", e164: "+34612345678", waID: "34612345678", lineType: .mobile, numberRegion: "ES"),
        ValidCase(region: "DE", input: "0151 23456789", e164: "+4915123456789", waID: "4915123456789", lineType: .mobile, numberRegion: "DE"),
        ValidCase(region: "DE", input: "030 123456", e164: "+4930123456", waID: nil, lineType: .fixedLine, numberRegion: "DE"),
        ValidCase(region: "FR", input: "+593 99 123 4567", e164: "+593991234567", waID: "593991234567", lineType: .mobile, numberRegion: "EC"),
        ValidCase(region: nil, input: "+33 6 12 34 56 78", e164: "+33612345678", waID: "33612345678", lineType: .mobile, numberRegion: "FR"),
        ValidCase(region: "EC", input: "099 123 4567 (oficina)", e164: "+593991234567", waID: "593991234567", lineType: .mobile, numberRegion: "EC"),
        ValidCase(region: "FR", input: "06\u{202F}12\u{202F}34\u{202F}56\u{202F}78", e164: "+33612345678", waID: "33612345678", lineType: .mobile, numberRegion: "FR"),
        ValidCase(region: nil, input: "00593 99 123 4567", e164: "+593991234567", waID: "593991234567", lineType: .mobile, numberRegion: "EC"),
    ]

    @Test(arguments: validNumbers)
    func validNumberIsNormalisedWithoutDiagnostics(_ valid: ValidCase) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: valid.input, kind: .work)]), in: try context(region: valid.region))
        #expect(result.diagnostics == [])
        let phone = try #require(result.contact.phones.first)
        #expect(phone.value == valid.input)
        #expect(phone.normalized == NormalizedPhone(
            e164: valid.e164, waID: valid.waID, lineType: valid.lineType, isValid: true,
            extensionNumber: nil, region: valid.numberRegion))
    }

    /// Numbers of the right length outside every range: kept in E.164 without a `wa_id`. An
    /// eight-digit Brazilian mobile from before the ninth digit, and an eight-digit Colombian
    /// fixed line from before 2021, get today's number in the warning.
    static let possibleOnlyNumbers: [(region: String?, input: String, e164: String, countryCode: Int, today: String?)] = [
        ("BR", "(11) 8765-4321", "+551187654321", 55, "+5511987654321"),
        (nil, "+55 61 6123 4567", "+556161234567", 55, "+5561961234567"),
        ("BR", "(11) 1765-4321", "+551117654321", 55, nil),
        ("BR", "(20) 8765-4321", "+552087654321", 55, nil),
        ("CO", "(1) 555 0103", "+5715550103", 57, "+576015550103"),
        (nil, "+57 4 444 1234", "+5744441234", 57, "+576044441234"),
        ("CO", "(9) 555 0103", "+5795550103", 57, nil),
        (nil, "+44 7700 900123", "+447700900123", 44, nil),
    ]

    @Test(arguments: possibleOnlyNumbers, [false, true])
    func possibleOnlyNumberKeepsE164WithoutWhatsAppID(
        _ possible: (region: String?, input: String, e164: String, countryCode: Int, today: String?), strict: Bool
    ) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: possible.input, kind: .mobile)]),
            in: try context(region: possible.region, waIDPolicy: .always, strict: strict))
        let phone = try #require(result.contact.phones.first)
        let normalized = try #require(phone.normalized)
        #expect(normalized.e164 == possible.e164)
        #expect(normalized.isValid == false)
        #expect(normalized.waID == nil)
        #expect(phone.value == possible.input)
        let today = possible.today.map { today in
            possible.countryCode == 55
                ? "; Brazil put a 9 before every mobile number by 2016: the number today is \(today)"
                : "; Colombia put 60 before every fixed-line number in 2021: the number today is \(today)"
        }
        #expect(result.diagnostics == [Diagnostic(
            strict ? .error : .warning,
            "contact \"Juan Pérez\": phone \"\(possible.input)\" has the length of a +\(possible.countryCode) number "
                + "but matches none of its number ranges; kept as \(possible.e164), without wa_id" + (today ?? ""),
            at: cardPosition)])
    }

    /// A number of a length only dialled within its area (libphonenumber's possible-local-only)
    /// lacks its area code: its E.164 form would be a number that looks complete but is not, so
    /// it is kept as written.
    @Test(arguments: [
        ("US", "253-0000", " read in region US", 1), ("EC", "+593 2212345", "", 593), ("RU", "243-53-96", " read in region RU", 7),
        ("DE", "+49123", "", 49), ("BR", "96609-3487", " read in region BR", 55), ("IN", "579211", " read in region IN", 91),
    ] as [(String, String, String, Int)])
    func localNumberWithoutItsAreaCodeIsKeptAsWritten(region: String, input: String, readIn: String, countryCode: Int) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: .work)]), in: try context(region: region))
        #expect(result.contact.phones == [Phone(value: input, kind: .work)])
        #expect(result.diagnostics == [Diagnostic(
            .warning,
            "contact \"Juan Pérez\": phone \"\(input)\"\(readIn) is shorter than any +\(countryCode) fixed line or mobile "
                + "(its area code or a digit is missing); kept as written, without wa_id",
            at: cardPosition)])
    }

    /// An Argentine mobile written with its 15 but without its area code is ten digits in no
    /// range: its E.164 form (`+541512345678`) would be no number, so it is kept as written.
    @Test(arguments: ["15-1234-5678", "15 4567 8901"])
    func anArgentineMobileWithoutItsAreaCodeIsKeptAsWritten(input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: .mobile)]), in: try context(region: "AR"))
        #expect(result.contact.phones == [Phone(value: input, kind: .mobile)])
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" is an Argentine mobile written with 15 but without its area code "
                + "(011 15-… in Buenos Aires); kept as written, without wa_id",
        ])
    }

    static let invalidNumbers: [(region: String?, input: String)] = [
        ("EC", "12"), ("EC", "hello"), (nil, "+999 123"), ("CO", "044 55 1234 5678"), ("CO", ""), ("PE", "+51"),
        (nil, "hello"), (nil, "+52 1 11 1234 5678"), ("US", "01 55 1234 5678"),
    ]

    @Test(arguments: invalidNumbers, [false, true])
    func invalidNumberIsKeptAsWrittenWithItsReason(_ invalid: (region: String?, input: String), strict: Bool) throws {
        let region = try regionCode(invalid.region)
        let reason = try #require(rejection(of: invalid.input, in: region))
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: invalid.input, kind: .home, label: "Casa")]),
            in: try context(region: invalid.region, strict: strict))
        #expect(result.contact.phones == [Phone(value: invalid.input, kind: .home, label: "Casa")])
        // The region is named for numbers it reads: not for one written with `+`.
        let readIn = invalid.input.hasPrefix("+") ? "" : invalid.region.map { " read in region \($0)" } ?? ""
        // Text with no number in it, or fewer than three digits, cannot be a payload's phone: it
        // is left out of payloads.
        let kept = ["hello", "", "12", "+51"].contains(invalid.input)
            ? "left out of Jelou payloads, kept as written in vCard and CSV" : "kept as written, without wa_id"
        #expect(result.diagnostics == [Diagnostic(
            strict ? .error : .warning,
            "contact \"Juan Pérez\": phone \"\(invalid.input)\"\(readIn) is not a valid number (\(reason)); " + kept,
            at: cardPosition)])
    }

    /// Words after the digits make the text no number when what comes before them is none; the
    /// reason says so, where libphonenumber, reading the words as keypad letters, would speak of
    /// digits the text does not have.
    @Test(arguments: [("US", "555-0100 call after 5"), ("DE", "+49 MOBIL2")])
    func wordsAfterTheDigitsAreTheReason(region: String, input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        let readIn = input.hasPrefix("+") ? "" : " read in region \(region)"
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\"\(readIn) is not a valid number (words follow its digits); "
                + "left out of Jelou payloads, kept as written in vCard and CSV",
        ])
    }

    /// A country named before or after a number (as address books of families abroad write
    /// them) is the region it is read in, when the number is no valid number of the default
    /// region and is one there, with a warning.
    @Test(arguments: [
        ("EC", "Colombia 300 123 4567", "+573001234567", "CO"), ("EC", "USA 213 373 4253", "+12133734253", "US"),
        ("EC", "EE.UU. (213) 373-4253", "+12133734253", "US"), ("CO", "Ecuador 0991234567", "+593991234567", "EC"),
        (nil, "Perú 987654321", "+51987654321", "PE"), (nil, "987654321 (Perú)", "+51987654321", "PE"),
    ] as [(String?, String, String, String)])
    func aCountryNamedBesideTheNumberIsItsRegion(region: String?, input: String, e164: String, named: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        let phone = try #require(result.contact.phones.first)
        #expect(phone.normalized?.e164 == e164)
        #expect(phone.normalized?.isValid == true)
        #expect(phone.label == nil)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" names its country; read in region \(named)"
                + (region.map { ", not \($0)" } ?? ""),
        ])
    }

    /// A word that is a country's name and a given name (`Guadalupe`, Guadeloupe in Spanish) does
    /// not move a valid number of the default region, nor does a country where the number is no
    /// valid number, nor do labels, codes and `usa` ("uses"): they are the phone's kind, or its
    /// label.
    @Test(arguments: [("MX", "Guadalupe 55 1234 5678", "+525512345678", "Guadalupe"), ("EC", "Cel 0991234567", "+593991234567", nil),
                      ("EC", "PER 0991234567", "+593991234567", "PER"), ("ES", "Guadalupe 690 123 456", "+34690123456", "Guadalupe"),
                      ("MX", "55 1234 5678 (usa este)", "+525512345678", "usa este"),
                      // Names the CLDR languages added: a Czech `Franta` is no France, British
                      // Columbia no Colombia (Romanian `Columbia`), though +33 602 123 456 and
                      // +57 604 555 1234 are valid numbers too.
                      ("CZ", "Franta 602 123 456", "+420602123456", "Franta"),
                      ("CA", "British Columbia 604 555 1234", "+16045551234", "British Columbia")]
                as [(String, String, String, String?)])
    func aCountryNameWhereTheNumberIsNotValidIsNotItsRegion(region: String, input: String, e164: String, label: String?) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.e164 == e164)
        #expect(result.contact.phones.first?.label == label)
        #expect(!result.diagnostics.contains { $0.message.contains("names its country") })
    }

    /// A number valid where it was read and in the country its words name (Central America's
    /// eight digits, the Gulf's `05…` mobiles, `Perú 987654321` in Ecuador) is read in the country
    /// its words name, before or after it, with a warning; the name is no label.
    @Test(arguments: [
        ("HN", "Nicaragua 8888-1234", "+50588881234", "NI"), ("HN", "8888-1234 (Nicaragua)", "+50588881234", "NI"),
        ("HN", "8888-1234 Nicaragua", "+50588881234", "NI"), ("SA", "UAE 050 123 4567", "+971501234567", "AE"),
        ("SV", "Guatemala 5123 4567", "+50251234567", "GT"), ("EC", "Perú 987654321", "+51987654321", "PE"),
    ])
    func aNumberValidInTheNamedCountryTooIsReadThere(region: String, input: String, e164: String, named: String) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: input, kind: .mobile)]), in: try context(region: region))
        let phone = try #require(result.contact.phones.first)
        #expect(phone.normalized?.e164 == e164)
        #expect(phone.normalized?.waID != nil)
        #expect(phone.label == nil)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" names its country; read in region \(named), not \(region), where it "
                + "is a valid number too",
        ])
    }

    /// The words for mobile, home, work and fax of other address books give the phone its kind
    /// (and a fax no WhatsApp id), without a warning.
    @Test(arguments: [
        ("CA", "Téléc. 514-872-1112", Phone.Kind.otherFax), ("RU", "моб. +7 916 123-45-67", .mobile),
        ("TR", "Cep: 0532 123 45 67", .mobile), ("SA", "جوال 0501234567", .mobile), ("CN", "手机 13800138000", .mobile),
        ("JP", "携帯 090-1234-5678", .mobile), ("IT", "Ufficio 02 1234 5678", .work),
    ])
    func labelWordsOfOtherLanguagesGiveTheKind(region: String, input: String, kind: Phone.Kind) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        let phone = try #require(result.contact.phones.first)
        #expect(phone.kind == kind)
        #expect(phone.label == nil)
        if kind == .otherFax { #expect(phone.normalized?.waID == nil) }
        if kind == .mobile { #expect(phone.normalized?.waID != nil) }
        #expect(result.diagnostics.isEmpty)
    }

    /// Letters typed among a number's digits, which libphonenumber reads as keypad digits of a
    /// valid mobile, are no number: the phone is kept as written and out of payloads.
    @Test(arguments: [
        ("ES", "6123ABC78", "+34612322278"), ("EC", "099 CASA 567", "+593992272567"), ("EC", "0991234SOS", "+593991234767"),
        ("IT", "349 REDACTED", "+3934973322833"), ("ES", "900 CASA 12", "+34900227212"),
    ])
    func lettersAmongTheDigitsAreNoNumber(region: String, input: String, keypadNumber: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized == nil)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" read in region \(region) is not a valid number (letters among its "
                + "digits, which would be the keypad digits of \(keypadNumber)); left out of Jelou payloads, kept as written "
                + "in vCard and CSV",
        ])
    }

    /// A vanity number (letters at its end, on a toll-free, shared-cost or fixed line) is read as
    /// libphonenumber reads it.
    @Test(arguments: [
        ("US", "1-800-FLOWERS", "+18003569377"), ("GB", "0800 555 CAFE", "+448005552233"),
        ("US", "212 MUSEUMS", "+12126873867"), ("GB", "020 7946 CAFE", "+442079462233"), ("AU", "02 9999 CABS", "+61299992227"),
    ])
    func vanityNumbersAreReadWithTheirKeypadDigits(region: String, input: String, e164: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.e164 == e164)
        #expect(result.contact.phones.first?.normalized?.isValid == true)
        #expect(result.diagnostics == [])
    }

    /// A number, valid or not, whose words say it is out of use, bracketed or not, is not read:
    /// it is kept as written, and out of payloads.
    @Test(arguments: [
        ("US", "555-0100 not in service"), ("US", "913-962-5492  not in service"), ("EC", "099 123 4567 viejo"),
        ("EC", "099 123 4567 (no usar)"), ("BR", "(11) 98765-4321 [desligado]"),
    ])
    func wordsThatSayTheNumberIsOutOfUseKeepItUnread(region: String, input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized == nil)
        #expect(result.contact.phones.first?.value == input)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" read in region \(region) is marked out of use by the words after "
                + "its digits; left out of Jelou payloads, kept as written in vCard and CSV",
        ])
    }

    /// Words that mean "out of use" only alone (`viejo`, `old number`) mean something else in a
    /// phrase (`mi viejo`, "my dad"; `Old Bridge office`): the number is read and they are its
    /// label.
    @Test(arguments: [
        ("099 123 4567 (mi viejo)", "mi viejo"), ("099 123 4567 (Old Bridge office)", "Old Bridge office"),
        ("099 123 4567 (alt)", "alt"), ("099 123 4567 (número viejo)", nil),
    ] as [(String, String?)])
    func outOfUseWordsInAPhraseAreALabel(input: String, label: String?) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: "EC"))
        let phone = try #require(result.contact.phones.first)
        // Read with its label, or (alone with a word for "number") out of use, unread.
        #expect((phone.normalized?.isValid ?? false) == (label != nil))
        #expect(phone.label == label)
    }

    /// A label that says the phone is not on WhatsApp keeps its `wa_id` away; a single letter
    /// (`C:` is cell in English lists and casa in Spanish ones) says nothing sure and is no label.
    @Test func noWhatsAppAndSingleLetters() throws {
        let noWhatsApp = ContactNormalizer.normalize(
            card(phones: [Phone(value: "099 123 4567 (no WhatsApp)")]), in: try context(region: "EC"))
        #expect(noWhatsApp.contact.phones.first?.label == "no WhatsApp")
        #expect(noWhatsApp.contact.phones.first?.normalized?.waID == nil)
        let letter = ContactNormalizer.normalize(
            card(phones: [Phone(value: "C: 02 234 5678", kind: .home)]), in: try context(region: "EC"))
        #expect(letter.contact.phones.first?.kind == .home)
        #expect(letter.contact.phones.first?.label == nil)
        #expect(letter.diagnostics == [])
    }

    /// A value whose other piece is a date or an identity number is not split: neither is a phone.
    @Test(arguments: ["0991234567 - 2019-05-01", "099 123 4567 / CI 1712345678", "099 123 4567 y RUC 1790012345001"])
    func aDateOrAnIdentityNumberBesideAPhoneIsNoPhone(input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: "EC"))
        #expect(result.contact.phones.count == 1)
        #expect(!result.diagnostics.contains { $0.message.contains("numbers; read as") })
    }

    /// A label after a number that libphonenumber would misread (bracketed, after ` - `, or a
    /// label word) is skipped to read the number, and kept: as the phone's kind when it names
    /// the kind the phone has or a phone of no kind, else as its label, with a warning.
    @Test(arguments: [
        (Phone(value: "099 123 4567 (móvil)", kind: .mobile), Phone.Kind.mobile, nil, false),
        (Phone(value: "099 123 4567 (casa)"), .home, nil, false),
        (Phone(value: "099 123 4567 - oficina", kind: .work, label: "Papá"), .work, "Papá", false),
        (Phone(value: "099 123 4567 fax", kind: .workFax), .workFax, nil, false),
        (Phone(value: "099 123 4567 tel", kind: .home), .home, nil, false),
        (Phone(value: "099 123 4567 (c)", kind: .voice), .mobile, nil, false),
        (Phone(value: "099 123 4567 (WhatsApp)", kind: .iPhone), .iPhone, nil, false),
        (Phone(value: "099 123 4567 (casa)", kind: .mobile), .mobile, "casa", true),
        (Phone(value: "099 123 4567 [casa de mamá]"), .unspecified, "casa de mamá", true),
        (Phone(value: "099 123 4567 (Pedro)", label: "Papá"), .unspecified, "Papá (Pedro)", true),
    ] as [(Phone, Phone.Kind, String?, Bool)])
    func aLabelAfterTheNumberIsKeptAsItsKindOrLabel(phone: Phone, kind: Phone.Kind, label: String?, warns: Bool) throws {
        let result = ContactNormalizer.normalize(card(phones: [phone]), in: try context(region: "EC"))
        let read = try #require(result.contact.phones.first)
        #expect(read.normalized?.e164 == "+593991234567")
        #expect(read.kind == kind)
        #expect(read.label == label)
        #expect(read.value == phone.value)
        #expect(result.diagnostics.count == (warns ? 1 : 0))
        #expect(result.diagnostics.allSatisfy { $0.message.contains("has words after its number") })
    }

    /// Text that is no number gets no advice to pass a region, which would not make it one.
    @Test(arguments: ["*111#", "1", "Tel10"])
    func noNumberWithoutARegionIsNotAdvisedARegion(input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context())
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("--region") && $0.message.contains("left out of Jelou payloads") })
    }

    /// A valid number followed by words people add (a carrier, whose phone it is) is read, and
    /// the words become its label when it has none. So is one followed by a slash and a few
    /// digits (`/ 123`, an extension, or `/ 89`, a second number's last digits, as Turkish
    /// address books write them), which was read as one longer number: the rest becomes its label.
    @Test(arguments: [
        ("EC", "099 123 4567 claro", nil, "+593991234567", "claro"), ("BR", "(11) 98765-4321 TIM", nil, "+5511987654321", "TIM"),
        ("US", "913-962-5492  Verizon", "Work", "+19139625492", "Work (Verizon)"),
        // Germany's open numbering plan made the name's keypad digits part of a valid number.
        ("DE", "030 1234567 Mama", nil, "+49301234567", "Mama"),
        // Out-of-use words are matched whole: `Walter` is no `alt`.
        ("EC", "099 123 4567 Walter", nil, "+593991234567", "Walter"),
        ("TR", "0212 123 45 67 / 123", nil, "+902121234567", "/ 123"),
        ("TR", "(0212) 2128988 / 89", "Work", "+902122128988", "Work (/ 89)"),
        ("EC", "+593 2 2128988/89", nil, "+59322128988", "/89"),
    ] as [(String, String, String?, String, String)])
    func aValidNumberBeforeWordsOrSlashedDigitsIsReadAndTheRestKept(
        region: String, input: String, label: String?, e164: String, keptLabel: String
    ) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, label: label)]), in: try context(region: region))
        let phone = try #require(result.contact.phones.first)
        #expect(phone.normalized?.e164 == e164)
        #expect(phone.normalized?.isValid == true)
        #expect(phone.label == keptLabel)
        #expect(phone.value == input)
        let warning: String
        if let slash = input.lastIndex(of: "/") {
            let rest = String(input[slash...])
            warning = "contact \"Juan Pérez\": phone \"\(input)\" has \"\(rest)\" after its number, an extension or the last digits "
                + "of a second number; read as \(e164), and \"\(rest)\" \(label == nil ? "is its label" : "joins its label")"
        } else {
            let words = input.split(separator: " ").drop { $0.contains(where: \.isNumber) }.joined(separator: " ")
            warning = "contact \"Juan Pérez\": phone \"\(input)\" has words after its number (\"\(words)\"); read as \(e164); "
                + "the words \(label == nil ? "are its label" : "join its label")"
        }
        #expect(result.diagnostics.map(\.message) == [warning])
    }

    /// Mexico's dialling forms retired in 2019 stay invalid, as in libphonenumber, and are kept as
    /// written; the warning gives the number as it is dialled today, so the source can be fixed.
    @Test(arguments: [
        (nil, "+52 1 55 1234 5678", "+525512345678"), ("MX", "+521 (33) 1234-5678", "+523312345678"),
        ("MX", "044 55 1234 5678", "+525512345678"), ("MX", "045 (222) 123 4567", "+522221234567"),
        ("MX", "01 81 8123 4567", "+528181234567"), ("MX", "00 52 1 55 1234 5678", "+525512345678"),
        ("MX", "5215512345678", "+525512345678"),
    ])
    func retiredMexicanDiallingIsKeptWithTodaysNumberInTheWarning(region: String?, input: String, today: String) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: input, kind: .mobile)]), in: try context(region: region))
        #expect(result.contact.phones == [Phone(value: input, kind: .mobile)])
        let readIn = input.hasPrefix("+") ? "" : region.map { " read in region \($0)" } ?? ""
        #expect(result.diagnostics == [Diagnostic(
            .warning,
            "contact \"Juan Pérez\": phone \"\(input)\"\(readIn) is not a valid number (too many digits for +52); "
                + "kept as written, without wa_id; Mexico retired this way of dialling in 2019 (the 1 after +52, "
                + "and 01, 044, 045): the number today is \(today)",
            at: cardPosition)])
    }

    /// An extension after a word libphonenumber reads as vanity letters (`ramal`, `interno`,
    /// `Durchwahl`) or does not know (`转`, `内線`), or a dangling `ext`, made a valid number
    /// invalid; it is read as the extension
    /// the payload writes.
    @Test(arguments: [
        ("EC", "099 123 4567 ramal 3", "+593991234567", "3"), ("EC", "(02) 298-0000 interno 104", "+59322980000", "104"),
        ("DE", "030 1234567 Durchwahl 30", "+49301234567", "30"), ("US", "650 253 0000 ext", "+16502530000", nil),
        ("EC", "0991234567#", "+593991234567", nil),
        // Germany's open numbering plan made the extension's digits part of a valid number.
        ("DE", "030 12345678 DW 12", "+493012345678", "12"), ("DE", "089 12345 Apparat 12", "+498912345", "12"),
        ("PT", "21 123 4567 extensão 123", "+351211234567", "123"),
        // The extension words of Chinese, Japanese, Arabic, Turkish and Dutch address books.
        ("CN", "010-65529988转123", "+861065529988", "123"), ("CN", "010 6552 9988 分机 123", "+861065529988", "123"),
        ("JP", "03-1234-5678 内線 123", "+81312345678", "123"), ("SA", "011 234 5678 تحويلة 123", "+966112345678", "123"),
        ("TR", "0212 123 45 67 Dahili 123", "+902121234567", "123"), ("NL", "020 123 4567 tst. 12", "+31201234567", "12"),
    ] as [(String, String, String, String?)])
    func extensionWordsLibphonenumberDoesNotKnowAreRead(region: String, input: String, e164: String, ext: String?) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: input, kind: .work)]), in: try context(region: region))
        #expect(result.diagnostics == [])
        let normalized = try #require(result.contact.phones.first?.normalized)
        #expect(normalized.e164 == e164)
        #expect(normalized.extensionNumber == ext)
        #expect(normalized.isValid)
    }

    /// A number written with `00` and its country code, which the region's dialling rules read as
    /// another prefix (Colombia's carrier prefix `005`, Brazil's `0055`) or as a national number
    /// (the United States dials abroad with `011`), is read as international when that gives a
    /// valid number, with a warning: libphonenumber gives `+7 312…` for the first, no number.
    @Test(arguments: [
        ("CO", "0057 312 902 7703", "+573129027703", "573129027703"),
        ("BR", "0055 11 98765-4321", "+5511987654321", "5511987654321"),
        ("US", "0044 20 7946 0958", "+442079460958", nil),
    ] as [(String, String, String, String?)])
    func doubleZeroAndACountryCodeTheRegionDialsOtherwiseIsReadAsInternational(
        region: String, input: String, e164: String, waID: String?
    ) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: .mobile)]), in: try context(region: region))
        let normalized = try #require(result.contact.phones.first?.normalized)
        #expect(normalized.e164 == e164)
        #expect(normalized.waID == waID)
        #expect(normalized.isValid)
        #expect(result.diagnostics == [Diagnostic(
            .warning,
            "contact \"Juan Pérez\": phone \"\(input)\" is no valid number in region \(region); read as \(e164), "
                + "its 00 as the international prefix",
            at: cardPosition)])
    }

    /// A trunk `0` written after the country code, where it is not dialled, made the number
    /// invalid: without it the number is valid, and read so, with a warning.
    @Test(arguments: [
        ("CL", "+56 09 8765 4321", "+56987654321"), ("EC", "+34 (0) 612 345 678", "+34612345678"),
        ("EC", "+1 (0)202 235 7229", "+12022357229"), ("CL", "+56\u{A0}09\u{A0}8765\u{A0}4321", "+56987654321"),
    ])
    func aTrunkZeroAfterTheCountryCodeIsDropped(region: String, input: String, e164: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: .mobile)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.e164 == e164)
        #expect(result.contact.phones.first?.normalized?.isValid == true)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" is no valid number with the 0 after its country code; read without "
                + "it, as \(e164) (a trunk prefix, not dialled from abroad)",
        ])
    }

    /// A national number's leading 0 in a region without a trunk 0 is more often a foreign number
    /// written as its country writes it (London's `020 7946 0000` in the United States): it is
    /// not dropped. Chile's `09` from before 2012 gets the number without it in the warning.
    @Test func aNationalLeadingZeroIsNotDroppedButNamed() throws {
        let london = ContactNormalizer.normalize(card(phones: [Phone(value: "020 7946 0000")]), in: try context(region: "US"))
        #expect(london.contact.phones.first?.normalized == nil)
        let chile = ContactNormalizer.normalize(card(phones: [Phone(value: "09 8765 4321")]), in: try context(region: "CL"))
        #expect(chile.contact.phones.first?.normalized?.e164 == "+560987654321")
        #expect(chile.contact.phones.first?.normalized?.isValid == false)
        #expect(chile.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"09 8765 4321\" has the length of a +56 number but matches none of its number "
                + "ranges; kept as +560987654321, without wa_id; without its leading 0, a trunk prefix the country no longer "
                + "dials, it is +56987654321",
        ])
    }

    /// France dials its overseas departments as national numbers, which libphonenumber reads as
    /// French (`+33692…`, no number): read in the one overseas region where they are valid.
    @Test(arguments: [
        ("0692 12 34 56", "+262692123456", "RE", "262692123456"), ("0696 45 67 89", "+596696456789", "MQ", "596696456789"),
        ("0262 12 34 56", "+262262123456", "RE", nil),
    ] as [(String, String, String, String?)])
    func aFrenchOverseasNumberDialledNationallyIsReadThere(input: String, e164: String, overseas: String, waID: String?) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: "FR"))
        #expect(result.contact.phones.first?.normalized?.e164 == e164)
        #expect(result.contact.phones.first?.normalized?.waID == waID)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" is no valid number of region FR; read as \(e164), a number of "
                + "\(overseas), which FR dials nationally",
        ])
    }

    /// A number that is its country code and digits without `+`, read in another region, is not
    /// rewritten; the warning names the number a `+` would make it.
    @Test(arguments: [
        ("US", "593991234567", "contact \"Juan Pérez\": phone \"593991234567\" read in region US is not a valid number "
            + "(too many digits for +1); kept as written, without wa_id; with a '+' before it, it is +593991234567, a number of EC"),
        ("SV", "12133734253", "contact \"Juan Pérez\": phone \"12133734253\" has the length of a +503 number but matches none "
            + "of its number ranges; kept as +50312133734253, without wa_id; with a '+' before it, it is +12133734253, a number of US"),
    ])
    func aCountryCodeWithoutPlusInAnotherRegionIsHinted(region: String, input: String, warning: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.waID == nil)
        #expect(result.diagnostics.map(\.message) == [warning])
    }

    /// A country code written twice (a sheet's code column joined to a number that held it
    /// already) is read once, when that gives a valid number.
    @Test func aCountryCodeWrittenTwiceIsReadOnce() throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: "+593 593991234567", kind: .mobile)]), in: try context(region: "EC"))
        #expect(result.contact.phones.first?.normalized?.e164 == "+593991234567")
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"+593 593991234567\" writes its country code twice; read once, as +593991234567",
        ])
    }

    /// Christmas Island's dialling rule makes any eight digits starting 9 a Perth number: an
    /// Australian local number without its area code stays one (no `+61 8…`), while the island's
    /// own `9164…` is read there.
    @Test func anAustralianLocalNumberIsNoChristmasIslandNumber() throws {
        let local = ContactNormalizer.normalize(card(phones: [Phone(value: "9876 5432")]), in: try context(region: "AU"))
        #expect(local.contact.phones.first?.normalized == nil)
        #expect(!local.diagnostics.contains { $0.message.contains("dials nationally") })
        let island = ContactNormalizer.normalize(card(phones: [Phone(value: "9164 1234")]), in: try context(region: "AU"))
        #expect(island.contact.phones.first?.normalized?.e164 == "+61891641234")
        #expect(island.contact.phones.first?.normalized?.region == "CX")
    }

    /// The 0 is dropped only where it follows the country code the number is read with, and never
    /// before a national `1`, the trunk prefix of the United States (`01 55 …` is Mexico's
    /// retired long-distance form, not `+1 551 …`).
    @Test(arguments: [("IN", "+9170445323456"), ("US", "01 55 1234 5678")])
    func aZeroElsewhereIsNotDropped(region: String, input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.isValid != true)
        #expect(!result.diagnostics.contains { $0.message.contains("with the 0 before its digits") })
    }

    /// Six or more of one digit are a placeholder, not a number: kept as written, out of payloads.
    @Test(arguments: [("EC", "0000000000"), ("US", "(000) 000-0000"), ("US", "555-555-5555"), ("DE", "11111111")])
    func oneDigitRepeatedIsAPlaceholder(region: String, input: String) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized == nil)
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"\(input)\" read in region \(region) is not a valid number (one digit repeated, a "
                + "placeholder); left out of Jelou payloads, kept as written in vCard and CSV",
        ])
    }

    /// `00` before digits that are no valid international number either is read as before.
    @Test func doubleZeroBeforeNoValidInternationalNumberIsNotReread() throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: "0057 000 000", kind: .mobile)]), in: try context(region: "CO"))
        #expect(result.contact.phones.first?.normalized?.isValid != true)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("00 as the international prefix") == false)
    }

    /// A valid number that is no mobile is read as libphonenumber reads it, with a hint when the
    /// source may mean a mobile: an Argentine mobile without its 9, or digits that begin with the
    /// region's country code and, with a `+`, are a mobile.
    @Test(arguments: [
        ("AR", "+54 11 2345-6789", Phone.Kind.mobile, "+541123456789",
         "is typed mobile but +541123456789 is a fixed line; Argentina writes its mobiles with a 9 after +54: "
            + "the mobile is +5491123456789"),
        ("ID", "62812345678", .unspecified, "+6262812345678",
         "read in region ID is +6262812345678, which is no mobile; if its digits begin with the country code, "
            + "it is the mobile +62812345678: write it with '+'"),
        ("DE", "49 1512 3456789", .work, "+494915123456789",
         "read in region DE is +494915123456789, which is no mobile; if its digits begin with the country code, "
            + "it is the mobile +4915123456789: write it with '+'"),
    ] as [(String, String, Phone.Kind, String, String)])
    func aFixedLineThatMayBeAMobileIsReadWithAHint(
        region: String, input: String, kind: Phone.Kind, e164: String, hint: String
    ) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: kind)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.e164 == e164)
        #expect(result.contact.phones.first?.normalized?.waID == nil)
        #expect(result.diagnostics == [Diagnostic(
            .warning, "contact \"Juan Pérez\": phone \"\(input)\" \(hint); kept as \(e164)", at: cardPosition)])
    }

    /// Neither hint is given for a fixed line typed as one, or read with a trunk prefix.
    @Test(arguments: [("AR", "+54 11 2345-6789", Phone.Kind.home), ("AR", "011 2345-6789", .unspecified), ("ID", "021 2345 6789", .mobile)])
    func aFixedLineWithNothingToSuggestAMobileHasNoHint(region: String, input: String, kind: Phone.Kind) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: kind)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.isValid == true)
        #expect(result.diagnostics == [])
    }

    /// A TEL or JSON phone holding several valid numbers (a converter's copy of a spreadsheet cell)
    /// becomes one phone per number, with the source's type and label, and a warning.
    @Test(arguments: [
        ("EC", "0991234567 / 0987654321", ["0991234567", "0987654321"]),
        (nil, "+593991234567; +593987654321", ["+593991234567", "+593987654321"]),
        ("EC", "099 123 4567\n02 234 5678", ["099 123 4567", "02 234 5678"]),
        ("EC", "099 123 4567 o 098 765 4321", ["099 123 4567", "098 765 4321"]),
        // libphonenumber reads a `;` as the start of an extension; seven digits are a number.
        ("EC", "0991234567; 0987654321", ["0991234567", "0987654321"]),
        ("BR", "(11) 98765-4321 ou (11) 3456-7890", ["(11) 98765-4321", "(11) 3456-7890"]),
        ("IT", "333 123 4567 oppure 347 765 4321", ["333 123 4567", "347 765 4321"]),
        ("EC", "099 123 4567 u 098 765 4321", ["099 123 4567", "098 765 4321"]),
    ] as [(String?, String, [String])])
    func severalValidNumbersInOneValueBecomeOnePhoneEach(region: String?, input: String, values: [String]) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: input, kind: .mobile, label: "Personal")]), in: try context(region: region))
        #expect(result.contact.phones.map(\.value) == values)
        #expect(result.contact.phones.allSatisfy { $0.kind == .mobile && $0.label == "Personal" && $0.normalized?.isValid == true })
        #expect(result.diagnostics == [Diagnostic(
            .warning, "contact \"Juan Pérez\": phone \"\(input)\" holds \(values.count) numbers; read as \(values.count) phones",
            at: cardPosition)])
    }

    /// A value of several numbers of which one at least is valid is split, and the others are
    /// reported each on its own, rather than glued into one number (`09912345672128988`); two
    /// valid numbers separated by spaces only are split too.
    @Test(arguments: [
        ("EC", "0991234567 / 12345678", ["0991234567", "12345678"], [true, false]),
        ("EC", "0991234567 o 2128988", ["0991234567", "2128988"], [true, false]),
        ("EC", "(02) 2128988 ext. 104, 0991234567", ["(02) 2128988 ext. 104", "0991234567"], [true, true]),
        ("EC", "099 123 4567  098 765 4321", ["099 123 4567", "098 765 4321"], [true, true]),
        ("BR", "(11) 98765-4321 e 3456-7890", ["(11) 98765-4321", "3456-7890"], [true, false]),
    ] as [(String, String, [String], [Bool])])
    func aValidNumberBesideAnotherIsReadApart(region: String, input: String, values: [String], valid: [Bool]) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: input, kind: .mobile)]), in: try context(region: region))
        #expect(result.contact.phones.map(\.value) == values)
        #expect(result.contact.phones.map { $0.normalized?.isValid == true } == valid)
        #expect(result.diagnostics.first?.message == "contact \"Juan Pérez\": phone \"\(input)\" holds 2 numbers; read as 2 phones")
        #expect(result.diagnostics.count == 1 + valid.filter { !$0 }.count)
    }

    /// A value whose pieces are too short to be numbers, or that carries a WhatsApp id, stays one phone.
    @Test(arguments: [("EC", "0221/1234567", nil), ("EC", "(02) 234-5678 / 5679", nil),
                      ("EC", "0991234567 / 0987654321", "593991234567")] as [(String?, String, String?)])
    func aValueThatIsNotSeveralValidNumbersStaysOnePhone(region: String?, input: String, whatsAppID: String?) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: input, kind: .mobile, whatsAppID: whatsAppID)]), in: try context(region: region))
        #expect(result.contact.phones.map(\.value) == [input])
        #expect(!result.diagnostics.contains { $0.message.contains("numbers; read as") })
    }

    @Test(arguments: [false, true])
    func nationalNumberWithoutRegionIsKeptWithAWarningSuggestingRegion(strict: Bool) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: "099 123 4567", kind: .mobile)]), in: try context(strict: strict))
        #expect(result.contact.phones == [Phone(value: "099 123 4567", kind: .mobile)])
        #expect(result.diagnostics == [Diagnostic(
            strict ? .error : .warning,
            "contact \"Juan Pérez\": phone \"099 123 4567\" is a national number and no region is known; "
                + "kept as written, without wa_id (pass --region, e.g. --region EC, set JELOU_CONTACTS_REGION, "
                + "or give the contact's address a country)",
            at: cardPosition)])
        #expect(result.diagnostics.first?.rendered
            == "12:1: \(strict ? "error" : "warning"): contact \"Juan Pérez\": phone \"099 123 4567\" is a national "
            + "number and no region is known; kept as written, without wa_id (pass --region, e.g. --region EC, set "
            + "JELOU_CONTACTS_REGION, or give the contact's address a country)")
    }

    /// The warning names the region of the contact's numbers written internationally, when they
    /// agree on one and the number is valid in it; the number itself stays unread (nothing is
    /// guessed).
    @Test(arguments: [
        (["+57 310 555 0101", "601 555 0103", "00 57 601 555 0104"], "601 555 0103",
         "--region CO, the region of the contact's other numbers"),
        (["601 555 0103", "+1 305 555 0142", "+593 99 123 4567"], "601 555 0103", "--region, e.g. --region EC"),
        (["601 555 0103", "+57 123"], "601 555 0103", "--region, e.g. --region EC"),  // +57 123 is no valid number
        (["+1 212 555 0123", "099 123 4567"], "099 123 4567", "--region, e.g. --region EC"),  // no valid US number
        // Digits that begin with a country code, as WhatsApp sheets write them.
        (["573012563708"], "573012563708", "--region CO if it is +573012563708 written without '+'"),
        (["5491167867229"], "5491167867229", "--region AR if it is +5491167867229 written without '+'"),
    ])
    func nationalNumberWithoutRegionNamesTheRegionOfTheOtherNumbers(values: [String], national: String, example: String) throws {
        let result = ContactNormalizer.normalize(card(phones: values.map { Phone(value: $0) }), in: try context())
        #expect(result.contact.phones.first { $0.value == national }?.normalized == nil)
        #expect(result.diagnostics.first?.message
            == "contact \"Juan Pérez\": phone \"\(national)\" is a national number and no region is known; kept as "
                + "written, without wa_id (pass \(example), set JELOU_CONTACTS_REGION, or give the "
                + "contact's address a country)")
    }

    @Test func nothingIsDroppedAndOrderIsKept() throws {
        let phones = [
            Phone(value: "hello"), Phone(value: "099 123 4567"), Phone(value: "12"), Phone(value: "02 234 5678"),
        ]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "EC"))
        #expect(result.contact.phones.map(\.value) == ["hello", "099 123 4567", "12", "02 234 5678"])
        #expect(result.contact.phones.map(\.normalized?.e164) == [nil, "+593991234567", nil, "+59322345678"])
        #expect(result.diagnostics.count == 2)
    }

    @Test func warningNamesTheCardByItsBestName() throws {
        let unnamed = Contact(
            name: PersonName(formatted: "  ", given: nil), phones: [Phone(value: "12")],
            organization: Organization(company: "Ferretería El Clavo"))
        let result = ContactNormalizer.normalize(unnamed, in: try context(region: "EC"))
        #expect(result.diagnostics.first?.message.hasPrefix("contact \"Ferretería El Clavo\": phone \"12\"") == true)

        let parts = Contact(name: PersonName(given: "María", family: "Quispe"), phones: [Phone(value: "12")])
        let named = ContactNormalizer.normalize(parts, in: try context(region: "PE"))
        #expect(named.diagnostics.first?.message.hasPrefix("contact \"María Quispe\": phone \"12\"") == true)
    }

    @Test func recordPositionIsUsedForDiagnostics() throws {
        let position = SourcePosition(line: 40, column: 1, byteOffset: 2048)
        let record = ContactRecord(contact: card(phones: [Phone(value: "12")]), position: position)
        let result = ContactNormalizer.normalize(record, in: try context(region: "EC"))
        #expect(result.diagnostics.map(\.position) == [position])
    }

    static let kindInference: [(kind: Phone.Kind, region: String, input: String, expected: Phone.Kind)] = [
        (.unspecified, "EC", "099 123 4567", .mobile),
        (.voice, "CO", "310 123 4567", .mobile),
        (.home, "EC", "099 123 4567", .home),
        (.work, "ES", "612 34 56 78", .work),
        (.other, "DE", "0151 23456789", .other),
        (.unspecified, "EC", "02 234 5678", .unspecified),
        (.unspecified, "US", "(212) 555-0123", .unspecified),
        (.voice, "DE", "030 123456", .voice),
        (.unspecified, "EC", "hello", .unspecified),
    ]

    @Test(arguments: kindInference)
    func mobileNumbersOfUnspecifiedOrVoiceKindBecomeMobile(
        _ inference: (kind: Phone.Kind, region: String, input: String, expected: Phone.Kind)
    ) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: inference.input, kind: inference.kind)]),
            in: try context(region: inference.region))
        #expect(result.contact.phones.map(\.kind) == [inference.expected])
    }
}
