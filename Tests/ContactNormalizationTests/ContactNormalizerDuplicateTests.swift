import ContactModel
import Foundation
@testable import ContactNormalization
import Testing

@Suite struct ContactNormalizerDuplicateTests {
    @Test func sameNumberCollapsesKeepingTheBestOfBoth() throws {
        let phones = [
            Phone(value: "099 123 4567", kind: .unspecified, preference: 3),
            Phone(value: "02 234 5678", kind: .home),
            Phone(value: "+593 99 123 4567", kind: .mobile, label: "Personal", preference: 1),
        ]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "EC"))
        #expect(result.contact.phones.map(\.value) == ["099 123 4567", "02 234 5678"])
        let merged = try #require(result.contact.phones.first)
        #expect(merged.kind == .mobile)
        #expect(merged.label == "Personal")
        #expect(merged.preference == 1)
        #expect(merged.normalized?.e164 == "+593991234567")
        #expect(merged.normalized?.waID == "593991234567")
        #expect(result.diagnostics == [Diagnostic(
            .warning,
            "contact \"Juan Pérez\": phone \"+593 99 123 4567\" is the same number as \"099 123 4567\" "
                + "(+593991234567); merged into one",
            at: cardPosition)])
    }

    /// The same address, in any case, collapses into the first when kinds and labels agree; a
    /// home and a work entry of one address both stay.
    @Test func sameEmailCollapsesUnlessItSaysSomethingElse() throws {
        var contact = card(phones: [])
        contact.emails = [
            Email(address: "ana@example.ec", kind: .work),
            Email(address: "ana@example.ec", preference: 1),
            Email(address: "Ana@Example.EC", label: "Oficina"),
            Email(address: "ana@example.ec", kind: .home),
            Email(address: "otra@example.ec"),
        ]
        let result = ContactNormalizer.normalize(contact, in: try context(region: "EC"))
        #expect(result.contact.emails == [
            Email(address: "ana@example.ec", kind: .work, label: "Oficina", preference: 1),
            Email(address: "ana@example.ec", kind: .home),
            Email(address: "otra@example.ec"),
        ])
        #expect(result.diagnostics.map(\.message) == [
            #"contact "Juan Pérez": email "ana@example.ec" is written twice; merged into one"#,
            #"contact "Juan Pérez": email "Ana@Example.EC" is the same address as "ana@example.ec"; merged into one"#,
        ])
    }

    /// A card of thousands of addresses is merged in linear time (10,000 took 4.5 s in a release
    /// build when each was compared with every one before it).
    @Test func thousandsOfEmailsMergeInLinearTime() throws {
        var contact = card(phones: [])
        contact.emails = (0..<20_000).map { Email(address: "user\($0 % 15_000)@Example.com") }
        let started = Date()
        let result = ContactNormalizer.normalize(contact, in: try context(region: "EC"))
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.contact.emails.count == 15_000)
        #expect(result.diagnostics.count == 5_000)
    }

    @Test func theMergeIsReportedAtTheDroppedSpellingsLine() throws {
        let second = SourcePosition(line: 16, column: 1)
        let phones = [Phone(value: "099 123 4567", readAt: SourcePosition(line: 14, column: 1)), Phone(value: "+593991234567", readAt: second)]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "EC"))
        #expect(result.contact.phones.count == 1)
        #expect(result.diagnostics.map(\.position) == [second])
    }

    @Test func inPlaceNormalisingKeepsTheOrderOfDistinctNumbersAroundMergedOnes() throws {
        var contact = card(phones: [
            Phone(value: "099 123 4567"),
            Phone(value: "+593 99 123 4567"),
            Phone(value: "02 234 5678", kind: .home),
            Phone(value: "no number"),
            Phone(value: "(02) 234-5678", kind: .work),
            Phone(value: "+593 98 765 4321"),
        ])
        let copied = ContactNormalizer.normalize(contact, in: try context(region: "EC"))
        var diagnostics = [Diagnostic(.warning, "from the reader", at: cardPosition)]
        ContactNormalizer.normalize(&contact, in: try context(region: "EC"), diagnostics: &diagnostics)
        #expect(contact.phones.map(\.value) == ["099 123 4567", "02 234 5678", "no number", "+593 98 765 4321"])
        #expect(contact.phones.map(\.kind) == [.mobile, .home, .unspecified, .mobile])
        #expect(contact == copied.contact)
        #expect(diagnostics == [Diagnostic(.warning, "from the reader", at: cardPosition)] + copied.diagnostics)
        #expect(diagnostics.count == 4)
    }

    static let kinds: [(first: Phone.Kind, second: Phone.Kind, kept: Phone.Kind)] = [
        (.work, .voice, .work),
        (.voice, .work, .work),
        (.unspecified, .other, .other),
        (.home, .mobile, .mobile),
        (.iPhone, .home, .iPhone),
        (.home, .work, .home),
        (.unspecified, .unspecified, .unspecified),
    ]

    @Test(arguments: kinds)
    func mergedPhoneKeepsTheMostTellingKind(_ kinds: (first: Phone.Kind, second: Phone.Kind, kept: Phone.Kind)) throws {
        let phones = [Phone(value: "+1 212 555 0123", kind: kinds.first), Phone(value: "(212) 555-0123", kind: kinds.second)]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "US"))
        #expect(result.contact.phones.map(\.kind) == [kinds.kept])
    }

    /// The warning names the type or label the merged phone does not keep.
    @Test func mergeWarningNamesTheTypeAndLabelItDrops() throws {
        let phones = [
            Phone(value: "0173-999 777 9", kind: .work, label: "Zentrale"), Phone(value: "0173 999 777 9", kind: .mobile, label: "Handy"),
        ]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "DE"))
        #expect(result.contact.phones.map(\.kind) == [.mobile])
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"0173 999 777 9\" is the same number as \"0173-999 777 9\" (+491739997779); "
                + "merged into one as mobile, without its type work and label \"Handy\"",
        ])
    }

    /// A fax and a voice line of one mobile number merge into the mobile, which takes the wa_id
    /// the fax had none of; the same spelling twice is said to be written twice.
    @Test func aFaxMergedIntoAMobileTakesTheMobilesWhatsAppID() throws {
        let phones = [Phone(value: "+49 1511 2345678", kind: .otherFax), Phone(value: "+49 1511 2345678", kind: .voice)]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "DE"))
        #expect(result.contact.phones.map(\.kind) == [.mobile])
        #expect(result.contact.phones.first?.normalized?.waID == "4915112345678")
        #expect(result.diagnostics.map(\.message) == [
            "contact \"Juan Pérez\": phone \"+49 1511 2345678\" is written twice; merged into one as mobile, without its type other fax",
        ])
    }

    @Test func lowerPreferenceAndFirstLabelWin() throws {
        let phones = [
            Phone(value: "+34 612 34 56 78", label: "Oficina", preference: nil),
            Phone(value: "612 345 678", label: "Móvil", preference: 4),
            Phone(value: "0034 612345678", preference: 2),
        ]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "ES", strict: true))
        #expect(result.contact.phones.count == 1)
        #expect(result.contact.phones.first?.label == "Oficina")
        #expect(result.contact.phones.first?.preference == 2)
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
    }

    @Test func differentExtensionsStaySeparate() throws {
        let phones = [
            Phone(value: "+1 212 555 0123 ext. 12"), Phone(value: "+1 212 555 0123 ext. 13"),
            Phone(value: "+1 212 555 0123"), Phone(value: "(212) 555-0123", extensionNumber: "12"),
        ]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "US"))
        #expect(result.contact.phones.map(\.value) == ["+1 212 555 0123 ext. 12", "+1 212 555 0123 ext. 13", "+1 212 555 0123"])
        #expect(result.diagnostics.count == 1)
    }

    /// Past 16 phones the kept ones are looked up by key; the merge is the same.
    @Test func aCardOfManyPhonesMergesTheSameWay() throws {
        let distinct = (0..<20).map { Phone(value: "099 100 00\(10 + $0)") }
        let phones = distinct + [Phone(value: "+593991000010"), Phone(value: "+225 03 18 71 99"), Phone(value: "+22503187199")]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "EC"))
        #expect(result.contact.phones.map(\.value) == distinct.map(\.value) + ["+225 03 18 71 99"])
        #expect(result.diagnostics.filter { $0.message.hasSuffix("merged into one") }.count == 2)
    }

    @Test func textsThatAreNoNumberAreNeverMerged() throws {
        let phones = [Phone(value: "hello"), Phone(value: "hello")]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "EC"))
        #expect(result.contact.phones == phones)
        #expect(result.diagnostics.count == 2)
    }

    /// Côte d'Ivoire's phone books hold each pre-2021 eight-digit number twice; neither reading is
    /// valid today, and a payload would carry the same digits twice.
    @Test func numbersThatCouldNotBeReadMergeWhenTheirDigitsAreTheSame() throws {
        let phones = [
            Phone(value: "+225 03 18 71 99", kind: .mobile), Phone(value: "+22503187199", kind: .mobile, whatsAppID: "22503187199"),
            Phone(value: "+225 03 18 71 99 ext. 4"),
        ]
        let result = ContactNormalizer.normalize(card(phones: phones), in: try context(region: "CI"))
        #expect(result.contact.phones.map(\.value) == ["+225 03 18 71 99", "+225 03 18 71 99 ext. 4"])
        #expect(result.contact.phones.first?.whatsAppID == "22503187199")
        #expect(result.contact.phones.allSatisfy { $0.normalized == nil })
        #expect(result.diagnostics.map(\.message).last == "contact \"Juan Pérez\": phone \"+22503187199\" is the same number as "
            + "\"+225 03 18 71 99\" (+22503187199); merged into one")
    }
}
