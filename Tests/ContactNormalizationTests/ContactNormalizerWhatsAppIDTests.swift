import ContactModel
@testable import ContactNormalization
import PhoneNormalization
import Testing

@Suite struct ContactNormalizerWhatsAppIDTests {
    struct PolicyCase: Sendable, CustomTestStringConvertible {
        var policy: NormalizationContext.WhatsAppIDPolicy
        var quirks: Bool
        var region: String?
        var input: String
        var waID: String?
        var testDescription: String { "\(policy) quirks=\(quirks) \(input)" }
    }

    static let cases: [PolicyCase] = [
        PolicyCase(policy: .mobile, quirks: false, region: "EC", input: "099 123 4567", waID: "593991234567"),
        PolicyCase(policy: .mobile, quirks: false, region: "US", input: "(212) 555-0123", waID: "12125550123"),
        PolicyCase(policy: .mobile, quirks: false, region: "EC", input: "02 234 5678", waID: nil),
        PolicyCase(policy: .mobile, quirks: false, region: nil, input: "+1 800 555 0199", waID: nil),
        PolicyCase(policy: .always, quirks: false, region: "EC", input: "02 234 5678", waID: "59322345678"),
        PolicyCase(policy: .always, quirks: false, region: nil, input: "+1 800 555 0199", waID: "18005550199"),
        PolicyCase(policy: .always, quirks: false, region: "BR", input: "(11) 8765-4321", waID: nil),
        PolicyCase(policy: .never, quirks: false, region: "EC", input: "099 123 4567", waID: nil),
        PolicyCase(policy: .never, quirks: true, region: "MX", input: "55 1234 5678", waID: nil),
        PolicyCase(policy: .mobile, quirks: false, region: "MX", input: "55 1234 5678", waID: "525512345678"),
        PolicyCase(policy: .mobile, quirks: true, region: "MX", input: "55 1234 5678", waID: "5215512345678"),
        PolicyCase(policy: .mobile, quirks: true, region: nil, input: "+52 222 123 4567", waID: "5212221234567"),
        PolicyCase(policy: .mobile, quirks: true, region: "AR", input: "011 15-2345-6789", waID: "5491123456789"),
        PolicyCase(policy: .mobile, quirks: true, region: nil, input: "+54 9 351 234-5678", waID: "5493512345678"),
        PolicyCase(policy: .always, quirks: true, region: nil, input: "+54 11 2345-6789", waID: "541123456789"),
        PolicyCase(policy: .mobile, quirks: true, region: "ES", input: "612 34 56 78", waID: "34612345678"),
        PolicyCase(policy: .mobile, quirks: true, region: "BR", input: "(11) 98765-4321", waID: "5511987654321"),
    ]

    @Test(arguments: cases)
    func waIDFollowsPolicyAndQuirks(_ policyCase: PolicyCase) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: policyCase.input)]),
            in: try context(region: policyCase.region, waIDPolicy: policyCase.policy, waIDQuirks: policyCase.quirks))
        let normalized = try #require(result.contact.phones.first?.normalized)
        #expect(normalized.waID == policyCase.waID)
    }

    /// A phone its source types as a fax or a pager gets no id under the default policy, though
    /// its range (a US number, "fixed line or mobile") could be on WhatsApp; `always` still gives one.
    @Test(arguments: [
        (Phone.Kind.workFax, NormalizationContext.WhatsAppIDPolicy.mobile, nil), (.homeFax, .mobile, nil),
        (.otherFax, .mobile, nil), (.pager, .mobile, nil), (.work, .mobile, "19196769564"),
        (.workFax, .always, "19196769564"),
    ] as [(Phone.Kind, NormalizationContext.WhatsAppIDPolicy, String?)])
    func faxesAndPagersGetNoWhatsAppID(kind: Phone.Kind, policy: NormalizationContext.WhatsAppIDPolicy, waID: String?) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: "+1-919-676-9564", kind: kind)]), in: try context(waIDPolicy: policy))
        #expect(result.contact.phones.first?.normalized?.waID == waID)
    }

    /// Nor does a phone labelled a landline, as Meta's own example card types one.
    @Test(arguments: [("Landline", nil), ("Fijo", nil), ("festnetz", nil), ("Oficina", "19196769564")] as [(String, String?)])
    func landlinesGetNoWhatsAppID(label: String, waID: String?) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: "+1-919-676-9564", label: label)]), in: try context())
        #expect(result.contact.phones.first?.normalized?.waID == waID)
    }

    /// A `wa_id` the source gave that is another number than the phone's is kept, as WhatsApp's
    /// own, with a warning; the ids WhatsApp keeps from before a numbering change agree.
    @Test(arguments: [
        ("5218261275256", nil, "5491156178758", true), ("+1 (415) 555-0829", nil, "14125550829", true),
        ("+57 313", nil, "573133374132", true),
        ("+593 99 123 4567", nil, "593991234567", false), ("099 123 4567", "EC", "593991234567", false),
        ("099 123 4567", nil, "593991234567", false), ("+52 55 1234 5678", nil, "5215512345678", false),
        ("+54 9 11 5617-8758", nil, "541156178758", false), ("(11) 98765-4321", "BR", "551187654321", false),
        ("011 15-5617-8758", "AR", "5491156178758", false), ("044 55 1234 5678", "MX", "5215512345678", false),
        ("15-5617-8758", "AR", "5491156178758", false),
    ] as [(String, String?, String, Bool)])
    func aWhatsAppIDOfAnotherNumberIsKeptWithAWarning(value: String, region: String?, waID: String, warns: Bool) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: value, kind: .mobile, whatsAppID: waID)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.waID ?? result.contact.phones.first?.whatsAppID == waID)
        let warning = "contact \"Juan Pérez\": phone \"\(value)\" has the wa_id \(waID), which is another number; both kept as "
            + "given (the card shows one number, and its WhatsApp button opens the other)"
        #expect(result.diagnostics.map(\.message).contains(warning) == warns)
    }

    /// A received card's number saved without its country is read in the country of the wa_id
    /// WhatsApp gave it, when it is that id's number there; another id's country reads nothing.
    @Test(arguments: [
        ("310 555 0101", nil, "573105550101", "+573105550101"), ("310 555 0101", "EC", "573105550101", "+573105550101"),
        ("0991234567", "US", "593991234567", "+593991234567"), ("55 1234 5678", nil, "5215512345678", "+525512345678"),
        ("310 555 0101", nil, "593991234567", nil),
    ] as [(String, String?, String, String?)])
    func aNationalNumberIsReadInTheCountryOfItsWhatsAppID(value: String, region: String?, waID: String, e164: String?) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [Phone(value: value, kind: .mobile, whatsAppID: waID)]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.e164 == e164)
        #expect(result.contact.phones.first?.whatsAppID == waID)
        let overridden = "contact \"Juan Pérez\": phone \"\(value)\" is no number of \(region ?? "") with its wa_id \(waID); read in "
        #expect(result.diagnostics.contains { $0.message.hasPrefix(overridden) } == (region != nil && e164 != nil))
    }

    static let extensions: [(phone: Phone, region: String?, e164: String, extensionNumber: String)] = [
        (Phone(value: "(212) 555-0123", extensionNumber: "12"), "US", "+12125550123", "12"),
        (Phone(value: "+1 212 555 0123 ext. 12"), nil, "+12125550123", "12"),
        (Phone(value: "(02) 890-1234 ext. 4854"), "EC", "+59328901234", "4854"),
        (Phone(value: "+593 99 123 4567 x 7"), nil, "+593991234567", "7"),
        (Phone(value: "+593 99 123 4567", extensionNumber: " 7 "), nil, "+593991234567", "7"),
    ]

    @Test(arguments: extensions, NormalizationContext.WhatsAppIDPolicy.allCases)
    func phoneWithAnExtensionNeverGetsAWhatsAppID(
        _ case: (phone: Phone, region: String?, e164: String, extensionNumber: String),
        policy: NormalizationContext.WhatsAppIDPolicy
    ) throws {
        let result = ContactNormalizer.normalize(
            card(phones: [`case`.phone]), in: try context(region: `case`.region, waIDPolicy: policy))
        #expect(result.diagnostics == [])
        let phone = try #require(result.contact.phones.first)
        #expect(phone.value == `case`.phone.value)
        #expect(phone.extensionNumber == `case`.phone.extensionNumber)
        let normalized = try #require(phone.normalized)
        #expect(normalized.e164 == `case`.e164)
        #expect(normalized.extensionNumber == `case`.extensionNumber)
        #expect(normalized.isValid)
        #expect(normalized.waID == nil)
    }
}
