import ContactModel
import JelouPayload
import Testing
import _ContactsTestSupport

/// Seeded random contacts through Jelou payloads and back: every field the WhatsApp contact
/// object holds comes back as it was, and a second trip changes nothing.
@Suite struct JelouRoundTripPropertyTests {
    static func trip(_ contacts: [Contact]) throws -> [Contact] {
        var batcher = try JelouMessageBatcher(userID: "15551112222", batchSize: 7)
        var diagnostics: [Diagnostic] = []
        var bytes: [UInt8] = []
        for contact in contacts {
            if let body = batcher.add(contact, diagnostics: &diagnostics) { bytes += body + [0x0A] }
        }
        if let body = batcher.finish() { bytes += body + [0x0A] }
        var reader = JelouJSONReader(MemoryByteSource(bytes, chunkSize: 1_000))
        var again: [Contact] = []
        while let record = try reader.next(diagnostics: &diagnostics) { again.append(record.contact) }
        return again
    }

    @Test func randomContactsSurvive() throws {
        var book = RandomAddressBook(seed: 0x4A45_4C4F_55)
        let contacts = (0..<200).map { _ in book.contact() }
        let once = try Self.trip(contacts)
        #expect(once.count == contacts.count)
        for (got, original) in zip(once, contacts) {
            #expect(got.name.given == original.name.given)
            #expect(got.name.family == original.name.family)
            #expect(got.name.middle == original.name.middle)
            #expect(got.name.prefix == original.name.prefix)
            #expect(got.name.suffix == original.name.suffix)
            #expect(got.emails.map(\.address) == original.emails.map(\.address))
            #expect(got.emails.map(\.kind) == original.emails.map(\.kind))
            #expect(got.addresses.map(\.street) == original.addresses.map(\.street))
            #expect(got.addresses.map(\.city) == original.addresses.map(\.city))
            #expect(got.organization?.company == original.organization?.company)
            #expect(got.organization?.title == original.organization?.title)
            #expect(got.urls.map(\.url) == original.urls.map(\.url))
            #expect(got.birthday == (original.birthday?.isComplete == true ? original.birthday : nil))
            #expect(got.phones.count == original.phones.count)
        }
        #expect(try Self.trip(once) == once)
    }

    /// The WhatsApp id a phone came with goes out as its `wa_id` and comes back as it was.
    @Test func whatsAppIDsSurvive() throws {
        var book = RandomAddressBook(seed: 0x5741_4944)
        var contacts = (0..<50).map { _ in book.contact() }
        var next = 593_991_000_000
        for contact in contacts.indices {
            for phone in contacts[contact].phones.indices where contacts[contact].phones[phone].extensionNumber == nil {
                contacts[contact].phones[phone].whatsAppID = String(next)
                next += 1
            }
        }
        let ids = contacts.map { $0.phones.map(\.whatsAppID) }
        #expect(ids.joined().contains { $0 != nil })
        #expect(try Self.trip(contacts).map { $0.phones.map(\.whatsAppID) } == ids)
    }
}
