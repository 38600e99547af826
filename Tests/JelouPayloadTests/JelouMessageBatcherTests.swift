import ContactModel
import JSONCoding
import JelouPayload
import Testing

@Suite struct JelouMessageBatcherTests {
    private func contact(_ index: Int) -> Contact {
        Contact(name: PersonName(formatted: "Person \(index)", given: "Person"))
    }

    /// How many contacts each body holds, and the body's `userId`.
    private func shape(_ body: [UInt8]) throws -> (count: Int, userID: String?) {
        let value = try JSONParser().parse(body)
        return (value["contacts"]?.arrayValue?.count ?? 0, value["userId"]?.stringValue)
    }

    @Test func twelveContactsInFivesMakeThreeMessages() throws {
        var batcher = try JelouMessageBatcher(userID: "593991234567", batchSize: 5)
        var diagnostics: [Diagnostic] = []
        var bodies: [[UInt8]] = []
        for index in 1...12 {
            if let body = batcher.add(contact(index), diagnostics: &diagnostics) { bodies.append(body) }
            #expect(batcher.pendingCount == index % 5)
        }
        if let last = batcher.finish() { bodies.append(last) }
        #expect(batcher.finish() == nil)
        #expect(try bodies.map { try shape($0).count } == [5, 5, 2])
        #expect(try bodies.map { try shape($0).userID } == ["593991234567", "593991234567", "593991234567"])
        let names = try bodies.flatMap { body in
            try JSONParser().parse(body)["contacts"]?.arrayValue?.compactMap { $0["name"]?["formatted_name"]?.stringValue } ?? []
        }
        #expect(names == (1...12).map { "Person \($0)" })
        #expect(bodies.allSatisfy { !$0.contains(UInt8(ascii: "\n")) })
        #expect(diagnostics == [])
    }

    @Test func addingHandsBackEachContactsOmittedFields() throws {
        var batcher = try JelouMessageBatcher(
            userID: nil, batchSize: 2, encoder: JelouContactEncoder(reportsOmittedFields: false))
        var omitted: [String] = []
        var diagnostics: [Diagnostic] = []
        var noted = contact(1)
        noted.note = "met at the fair"
        #expect(batcher.add(noted, omittedFields: &omitted, diagnostics: &diagnostics) == nil)
        #expect(omitted == ["note"])
        let body = try #require(batcher.add(contact(2), omittedFields: &omitted, diagnostics: &diagnostics))
        #expect(omitted.isEmpty)
        #expect(try shape(body).count == 2)
        #expect(diagnostics == [])
    }

    /// Bodies handed over in place are the bodies returned as arrays, and the writer's buffer,
    /// kept between messages, leaves nothing of one message in the next.
    @Test(arguments: [false, true])
    func bodiesHandedOverInPlaceMatchTheReturnedOnes(pretty: Bool) throws {
        var returning = try JelouMessageBatcher(userID: "593991234567", batchSize: 2, pretty: pretty)
        var handing = try JelouMessageBatcher(userID: "593991234567", batchSize: 2, pretty: pretty)
        var omitted: [String] = []
        var diagnostics: [Diagnostic] = []
        var returned: [[UInt8]] = []
        var handed: [[UInt8]] = []
        for index in 1...5 {
            var noted = contact(index)
            noted.note = index == 3 ? "met at the fair" : nil
            if let body = returning.add(noted, omittedFields: &omitted, diagnostics: &diagnostics) { returned.append(body) }
            handing.add(noted, omittedFields: &omitted, diagnostics: &diagnostics) { handed.append(Array($0)) }
            #expect(omitted == (index == 3 ? ["note"] : []))
        }
        if let last = returning.finish() { returned.append(last) }
        handing.finish { handed.append(Array($0)) }
        handing.finish { _ in Issue.record("nothing was waiting") }
        #expect(handed == returned)
        #expect(try handed.map { try shape($0).count } == [2, 2, 1])
        #expect(String(decoding: handed[2], as: UTF8.self).hasPrefix(pretty ? "{\n" : #"{"type":"contacts","#))
    }

    @Test(arguments: [0, -1, 258, 1_000])
    func batchSizeOutOfRangeIsRefused(size: Int) {
        #expect(throws: JelouMessageBatcher.BatchSizeError(requested: size)) {
            try JelouMessageBatcher(userID: nil, batchSize: size)
        }
    }

    @Test(arguments: [1, 257])
    func batchSizeBoundsAreAccepted(size: Int) throws {
        var batcher = try JelouMessageBatcher(userID: "1555", batchSize: size)
        var diagnostics: [Diagnostic] = []
        var full: [UInt8]?
        for index in 1...size { full = batcher.add(contact(index), diagnostics: &diagnostics) }
        #expect(try shape(try #require(full)).count == size)
        #expect(batcher.pendingCount == 0)
    }

    @Test func userIdIsLeftOutWhenNotGiven() throws {
        var batcher = try JelouMessageBatcher(userID: nil)
        var diagnostics: [Diagnostic] = []
        _ = batcher.add(contact(1), diagnostics: &diagnostics)
        let finished = batcher.finish()
        let body = try #require(finished)
        #expect(String(decoding: body, as: UTF8.self)
            == #"{"type":"contacts","contacts":[{"name":{"formatted_name":"Person 1","first_name":"Person"}}]}"#)
    }

    @Test func aContactThatCannotBeWrittenDoesNotCount() throws {
        var batcher = try JelouMessageBatcher(userID: "1555", batchSize: 2)
        var diagnostics: [Diagnostic] = []
        #expect(batcher.add(Contact(note: "only a note"), diagnostics: &diagnostics) == nil)
        #expect(batcher.pendingCount == 0)
        #expect(batcher.finish() == nil)
        #expect(batcher.add(contact(1), diagnostics: &diagnostics) == nil)
        let full = batcher.add(contact(2), diagnostics: &diagnostics)
        #expect(try shape(try #require(full)).count == 2)
        #expect(diagnostics.map(\.severity) == [.error])
    }
}
