import ContactModel
@testable import ContactNormalization
import Testing

/// A WhatsApp id the source gave (WhatsApp's own `waid`/`wa_id`) is what WhatsApp knows of the
/// number, so it is kept as given rather than derived from the number.
@Suite struct ContactNormalizerSourceWhatsAppIDTests {
    @Test func theSourcesIDWinsOverTheDerivedOne() throws {
        // A valid Mexican mobile: derived, it would read 525512345678.
        let phone = Phone(value: "+52 55 1234 5678", whatsAppID: "5215512345678")
        let result = ContactNormalizer.normalize(card(phones: [phone]), in: try context())
        #expect(result.contact.phones.first?.normalized?.e164 == "+525512345678")
        #expect(result.contact.phones.first?.normalized?.waID == "5215512345678")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aNumberThatCannotBeReadKeepsItsID() throws {
        let phone = Phone(value: "+52 1 55 1234 567", whatsAppID: "5215512345678")
        let result = ContactNormalizer.normalize(card(phones: [phone]), in: try context())
        #expect(result.contact.phones.first?.normalized?.isValid != true)
        #expect(result.contact.phones.first?.whatsAppID == "5215512345678")
    }

    /// A number written as its WhatsApp id from before a numbering change (Mexico's `+52 1`, a
    /// Brazilian mobile's eight digits, as WhatsApp's own cards write it) is the number the id
    /// stands for today; a typed `+52 1` without an id stays invalid (libphonenumber's answer).
    @Test(arguments: [
        ("+52 1 55 1234 5678", "5215512345678", "+525512345678"), ("+55 11 8765-4321", "551187654321", "+5511987654321"),
        ("+52 1 55 1234 5678", nil, nil),
    ] as [(String, String?, String?)])
    func aNumberWrittenAsAnOldIDIsTheNumberToday(value: String, id: String?, e164: String?) throws {
        let result = ContactNormalizer.normalize(card(phones: [Phone(value: value, whatsAppID: id)]), in: try context())
        #expect(result.contact.phones.first?.normalized.flatMap { $0.isValid ? $0.e164 : nil } == e164)
        #expect(result.contact.phones.first?.whatsAppID == id)
        let reread = "contact \"Juan Pérez\": phone \"\(value)\" is its WhatsApp id, kept from before a numbering change; "
            + "read as the number it stands for today, \(e164 ?? "")"
        if e164 != nil {
            #expect(result.diagnostics.map(\.message) == [reread])
        } else {
            #expect(result.diagnostics.map(\.message).contains { $0.hasSuffix("the number today is +525512345678") })
        }
    }

    /// WhatsApp bots write the id's digits as the value (`TEL;waid=6281234567890:6281234567890`):
    /// the value is that international number, read without a region, with no warning. Another
    /// value of the same card is still read as written.
    @Test(arguments: [(nil, "6281234567890"), ("EC", "62 812-3456-7890")] as [(String?, String)])
    func aValueOfTheIDsDigitsIsThatInternationalNumber(region: String?, value: String) throws {
        let phone = Phone(value: value, whatsAppID: "6281234567890")
        let result = ContactNormalizer.normalize(card(phones: [phone]), in: try context(region: region))
        #expect(result.contact.phones.first?.normalized?.e164 == "+6281234567890")
        #expect(result.contact.phones.first?.normalized?.waID == "6281234567890")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func neverMeansNone() throws {
        let phone = Phone(value: "+593 99 123 4567", whatsAppID: "593991234567")
        let result = ContactNormalizer.normalize(card(phones: [phone]), in: try context(waIDPolicy: .never))
        #expect(result.contact.phones.first?.normalized?.waID == nil)
        #expect(result.contact.phones.first?.whatsAppID == nil)
    }

    @Test func aNumberWithAnExtensionGetsNone() throws {
        let phone = Phone(value: "+1 212 555 0123 ext. 45", whatsAppID: "12125550123")
        let result = ContactNormalizer.normalize(card(phones: [phone]), in: try context())
        #expect(result.contact.phones.first?.normalized?.extensionNumber == "45")
        #expect(result.contact.phones.first?.normalized?.waID == nil)
    }

    @Test(arguments: [
        ("https://wa.me/593991234567", "593991234567"), ("wa.me/5215512345678?text=Hola", "5215512345678"),
        ("HTTP://WWW.WA.ME/573105550101/", "573105550101"),
        ("https://api.whatsapp.com/send?phone=573105550101&text=hi", "573105550101"),
        ("https://api.whatsapp.com/send/?text=hi&phone=593991234567", "593991234567"),
        ("https://example.com/593991234567", nil), ("wa.me/59399x", nil), ("wa.me/123", nil), ("0991234567", nil),
    ] as [(String, String?)])
    func clickToChatLinks(_ text: String, _ digits: String?) {
        #expect(WhatsAppLink.digits(in: text) == digits)
    }

    @Test func aClickToChatLinkGivesTheNumberAndItsID() throws {
        let phones = [Phone(value: "https://wa.me/593991234567"), Phone(value: "wa.me/5215512345678")]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context())
        #expect(result.contact.phones.map(\.normalized?.e164) == ["+593991234567", "+525512345678"])
        #expect(result.contact.phones.map(\.whatsAppID) == ["593991234567", "5215512345678"])
        #expect(result.contact.phones.map(\.value) == ["https://wa.me/593991234567", "wa.me/5215512345678"])
        #expect(result.diagnostics.map(\.message) == [
            #"contact "Juan Pérez": phone "wa.me/5215512345678" is its WhatsApp id, kept from before a numbering change; read as the number it stands for today, +525512345678"#
        ])
    }

    @Test(arguments: [
        ("593991234567", "593991234567"), ("+593 99 123 4567", "593991234567"), ("1-555-123-0000", "15551230000"),
        ("12345", nil), ("1234567890123456", nil), ("59399abc", nil), ("", nil),
    ] as [(String, String?)])
    func whatSourcesWriteAsAnID(_ written: String, _ id: String?) {
        #expect(Phone.whatsAppID(from: written) == id)
    }
}
