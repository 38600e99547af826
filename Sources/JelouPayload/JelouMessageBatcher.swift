import ContactModel
import JSONCoding

/// Builds `contacts` message bodies — `{"type":"contacts","userId":"…","contacts":[…]}`, keys in
/// that order (SPEC.md "Body") — from contacts fed one at a time, `batchSize` contacts per message.
///
/// Only the message being filled is held, so any number of contacts streams through. `userId` is
/// left out when none is given (a preview without a recipient); such a body does not pass
/// ``JelouPayloadValidator`` until a recipient is set. Compact bodies are one line, for NDJSON.
public struct JelouMessageBatcher: Sendable {
    /// Meta's OpenAPI cap, and our default (SPEC.md "Body").
    public static let defaultBatchSize = 5
    /// The most Meta's prose allows in one message.
    public static let maxBatchSize = 257

    /// Why a batcher could not be made.
    public struct BatchSizeError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The batch size asked for.
        public let requested: Int

        /// Makes the error for the size asked for.
        public init(requested: Int) {
            self.requested = requested
        }

        /// Names the size asked for and the allowed range, 1 to ``JelouMessageBatcher/maxBatchSize``.
        public var description: String {
            "batch size \(requested) is out of range: a message carries 1 to \(JelouMessageBatcher.maxBatchSize) contacts"
        }
    }

    /// The Jelou `userId` every body carries (the recipient's number, digits only); `nil` leaves the key
    /// out.
    public let userID: String?
    /// Contacts per message, 1 to ``maxBatchSize``; the last message may hold fewer.
    public let batchSize: Int
    /// How each contact object is written.
    public let encoder: JelouContactEncoder
    private var writer: JSONWriter
    /// Contacts written into the message being filled.
    public private(set) var pendingCount = 0
    /// Contacts added through ``add(_:omittedFields:diagnostics:)`` and written so far whose
    /// `phones` hold one Jelou refuses for not being E.164 (a national number read without a
    /// region, a short code, too long an extension).
    public private(set) var contactsWithRefusedPhones = 0

    /// - Parameters:
    ///   - userID: the recipient (`userId`, digits); `nil` leaves the key out.
    ///   - batchSize: contacts per message, 1 to ``maxBatchSize``.
    ///   - encoder: how each contact is written.
    ///   - pretty: two-space indented bodies instead of one line.
    /// - Throws: ``BatchSizeError`` when `batchSize` is out of range.
    public init(
        userID: String?, batchSize: Int = defaultBatchSize, encoder: JelouContactEncoder = JelouContactEncoder(),
        pretty: Bool = false
    ) throws(BatchSizeError) {
        guard (1...Self.maxBatchSize).contains(batchSize) else { throw BatchSizeError(requested: batchSize) }
        self.userID = userID
        self.batchSize = batchSize
        self.encoder = encoder
        writer = JSONWriter(pretty: pretty, reservingCapacity: 1_024)
    }

    /// Adds a contact.
    /// - Parameters:
    ///   - contact: the contact, normally normalised.
    ///   - diagnostics: receives what the encoder reports (a contact that cannot be written is
    ///     left out with an error).
    /// - Returns: a complete message body when this contact filled one, else `nil`.
    public mutating func add(_ contact: Contact, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if pendingCount == 0 { openMessage() }
        if encoder.encode(contact, into: &writer, diagnostics: &diagnostics) { pendingCount += 1 }
        return pendingCount == batchSize ? closeMessage() : nil
    }

    /// Adds a contact and hands back what its contact object cannot hold (see
    /// ``JelouContactEncoder/encode(_:into:omittedFields:diagnostics:)``).
    /// - Parameters:
    ///   - contact: the contact, normally normalised.
    ///   - omittedFields: replaced by the names of what the contact object leaves out.
    ///   - diagnostics: as for ``add(_:diagnostics:)``.
    /// - Returns: a complete message body when this contact filled one, else `nil`.
    public mutating func add(
        _ contact: Contact, omittedFields: inout [String], diagnostics: inout [Diagnostic]
    ) -> [UInt8]? {
        addNoting(contact, omittedFields: &omittedFields, diagnostics: &diagnostics) ? closeMessage() : nil
    }

    /// Adds a contact as ``add(_:omittedFields:diagnostics:)`` does, handing a body it completes
    /// to `completed` in place instead of returning it as a new array.
    /// - Parameters:
    ///   - contact: the contact, normally normalised.
    ///   - omittedFields: replaced by the names of what the contact object leaves out.
    ///   - diagnostics: as for ``add(_:diagnostics:)``.
    ///   - completed: called with the body's bytes, valid only during the call, when this
    ///     contact filled a message.
    public mutating func add(
        _ contact: Contact, omittedFields: inout [String], diagnostics: inout [Diagnostic],
        completed: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        if addNoting(contact, omittedFields: &omittedFields, diagnostics: &diagnostics) { closeMessage(completed) }
    }

    /// Encodes `contact` into the open message (opening one first when none is), noting what it
    /// leaves out and whether Jelou would refuse a phone of it.
    /// - Returns: whether the message is now full.
    private mutating func addNoting(
        _ contact: Contact, omittedFields: inout [String], diagnostics: inout [Diagnostic]
    ) -> Bool {
        if pendingCount == 0 { openMessage() }
        if let written = encoder.encodeNoting(contact, into: &writer, omittedFields: &omittedFields, diagnostics: &diagnostics) {
            pendingCount += 1
            if written.hasRefusedPhone { contactsWithRefusedPhones += 1 }
        }
        return pendingCount == batchSize
    }

    /// The last, partly filled message, or `nil` when no contact is waiting.
    public mutating func finish() -> [UInt8]? {
        pendingCount > 0 ? closeMessage() : nil
    }

    /// Hands the last, partly filled message to `completed` in place, as ``finish()`` returns it;
    /// does not call it when no contact is waiting.
    public mutating func finish(_ completed: (UnsafeBufferPointer<UInt8>) -> Void) {
        if pendingCount > 0 { closeMessage(completed) }
    }

    private mutating func openMessage() {
        writer.removeAll()
        writer.beginObject()
        writer.key(plain: "type")
        writer.string("contacts")
        if let userID {
            writer.key(plain: "userId")
            writer.string(userID)
        }
        writer.key(plain: "contacts")
        writer.beginArray()
    }

    private mutating func closeMessage() -> [UInt8] {
        writer.endArray()
        writer.endObject()
        pendingCount = 0
        return writer.takeBytes()
    }

    /// Closes the message and hands its bytes to `completed`; the writer keeps its buffer for
    /// the next message.
    private mutating func closeMessage(_ completed: (UnsafeBufferPointer<UInt8>) -> Void) {
        writer.endArray()
        writer.endObject()
        pendingCount = 0
        writer.bytes.withUnsafeBufferPointer(completed)
    }
}
