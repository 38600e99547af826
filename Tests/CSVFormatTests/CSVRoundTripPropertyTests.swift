import CSVFormat
import ContactModel
import Testing
import _ContactsTestSupport

/// Seeded random contacts through Google's and Outlook's CSV layouts: the names, numbers and
/// addresses written come back as they were, and a second trip changes nothing (what a layout
/// cannot hold is lost once, reported, and never again).
@Suite struct CSVRoundTripPropertyTests {
    static func trip(_ contacts: [Contact], _ layout: CSVWriter.Layout) -> [Contact] {
        var diagnostics: [Diagnostic] = []
        let bytes = CSVWriter(layout: layout).write(contacts, diagnostics: &diagnostics)
        var reader = CSVReader(source: MemoryByteSource(bytes, chunkSize: 4_096))
        var again: [Contact] = []
        while let record = try? reader.next(diagnostics: &diagnostics) { again.append(record.contact) }
        return again
    }

    @Test(arguments: [CSVWriter.Layout.googleContacts, .outlook])
    func randomContactsSurvive(layout: CSVWriter.Layout) {
        var book = RandomAddressBook(seed: 0x4353_5631)
        let contacts = (0..<200).map { _ in book.contact() }
        let once = Self.trip(contacts, layout)
        #expect(once.count == contacts.count)
        for (got, original) in zip(once, contacts) {
            #expect(got.name.given == original.name.given)
            #expect(got.name.family == original.name.family)
            #expect(got.emails.map(\.address) == Array(original.emails.map(\.address).prefix(got.emails.count)))
            #expect(got.note == original.note)
            if layout == .googleContacts {
                #expect(got.phones.map(\.value) == original.phones.map(\.value))
                #expect(got.emails.map(\.address) == original.emails.map(\.address))
                #expect(got.addresses.map(\.street) == original.addresses.map(\.street))
                #expect(got.birthday == original.birthday)
            }
        }
        #expect(Self.trip(once, layout) == once)
    }
}
