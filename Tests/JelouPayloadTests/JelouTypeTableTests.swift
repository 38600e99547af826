import ContactModel
import JelouPayload
import Testing

@Suite struct JelouTypeTableTests {
    @Test(arguments: zip(
        Phone.Kind.allCases,
        ["", "Mobile", "iPhone", "Home", "Work", "Main", "Fax", "Fax", "Fax", "Pager", "Car", "ISDN", "Radio",
         "Callback", "Assistant", "Textphone", "Text", "Video", "", "Other"]
    ))
    func phoneKindsAreWrittenInTitleCase(kind: Phone.Kind, expected: String) {
        #expect(JelouTypeTable.typeString(for: kind, label: nil) == (expected.isEmpty ? nil : expected))
    }

    @Test(arguments: zip(EntryKind.allCases, [nil, "Home", "Work", "Other"]))
    func entryKindsAreWrittenInTitleCase(kind: EntryKind, expected: String?) {
        #expect(JelouTypeTable.typeString(for: kind, label: nil) == expected)
    }

    /// Google's vCard export labels Google Voice numbers `GRAND_CENTRAL` and profile links `PROFILE`.
    @Test(arguments: [("GRAND_CENTRAL", "Google Voice"), ("PROFILE", "Profile"), ("HOME_PAGE", "Home Page"), ("Grand_Central", "Grand_Central")])
    func googlesInternalLabelNamesAreShownAsGoogleShowsThem(label: String, expected: String) {
        #expect(JelouTypeTable.typeString(for: Phone.Kind.unspecified, label: label) == expected)
        #expect(JelouTypeTable.typeString(for: EntryKind.unspecified, label: " \(label) ") == expected)
    }

    /// A received type that is one of Apple's constant labels (a card shared from an iPhone) is
    /// the kind it names; another constant is a label without its decoration.
    @Test(arguments: [
        ("_$!<Mobile>!$_", Phone.Kind.mobile, nil), ("workFax", .workFax, nil), ("_$!<HomeFax>!$_", .homeFax, nil),
        ("_$!<Abuela>!$_", .unspecified, "Abuela"),
    ] as [(String, Phone.Kind, String?)])
    func applesConstantLabelsAreKinds(type: String, kind: Phone.Kind, label: String?) {
        #expect(JelouTypeTable.phoneKind(for: type) == (kind, label))
        #expect(JelouTypeTable.entryKind(for: "_$!<Work>!$_") == (.work, nil))
    }

    @Test func aCustomLabelWins() {
        #expect(JelouTypeTable.typeString(for: Phone.Kind.mobile, label: " Casa de playa ") == "Casa de playa")
        #expect(JelouTypeTable.typeString(for: EntryKind.home, label: "Club") == "Club")
        #expect(JelouTypeTable.typeString(for: EntryKind.home, label: "  ") == "Home")
    }

    @Test(arguments: [
        ("Mobile", Phone.Kind.mobile), ("cellulare", .mobile), ("Celular", .mobile), ("MÓVIL", .mobile),
        ("movil", .mobile), ("Handy", .mobile), ("cell", .mobile), (" iPhone ", .iPhone), ("IPHONE", .iPhone),
        ("Casa", .home), ("home", .home), ("Trabajo", .work), ("Oficina", .work), ("Office", .work),
        ("WORK", .work), ("Main", .main), ("Fax", .otherFax), ("Home Fax", .homeFax), ("work fax", .workFax),
        ("Pager", .pager), ("Other", .other), ("Otro", .other), ("Car", .car), ("voice", .voice),
    ])
    func receivedPhoneTypesMapToKinds(type: String, kind: Phone.Kind) {
        let mapped = JelouTypeTable.phoneKind(for: type)
        #expect(mapped.kind == kind)
        #expect(mapped.label == nil)
    }

    @Test(arguments: ["Landline", "Casa de playa", "Emergencias"])
    func unknownPhoneTypesBecomeLabels(type: String) {
        let mapped = JelouTypeTable.phoneKind(for: type)
        #expect(mapped.kind == .unspecified)
        #expect(mapped.label == type)
    }

    @Test(arguments: [
        ("Home", EntryKind.home), ("casa", .home), ("Work", .work), ("office", .work), ("Trabajo", .work),
        ("Other", .other), ("Mobile", .unspecified), ("", .unspecified),
    ])
    func receivedEntryTypesMapToKinds(type: String, kind: EntryKind) {
        #expect(JelouTypeTable.entryKind(for: type).kind == kind)
    }

    @Test func writtenStringsReadBackToTheirKinds() {
        for kind in Phone.Kind.allCases {
            guard let written = JelouTypeTable.typeString(for: kind, label: nil) else { continue }
            let expected: Phone.Kind = kind == .homeFax || kind == .workFax ? .otherFax : kind
            #expect(JelouTypeTable.phoneKind(for: written).kind == expected, "\(kind)")
        }
    }
}
