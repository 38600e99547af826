import ContactModel
import JelouPayload

/// What Jelou would refuse, found before anything is sent (`check` and `preview`).
enum JelouRefusals {
    /// What Jelou would refuse in a contact (SPEC.md "Errors"): the contact object is checked
    /// inside a one-contact message by the same validator the sandbox uses. The message's
    /// recipient is not the contact's business, so a fixed one stands in for it.
    /// - Parameters:
    ///   - object: the contact object as the encoder wrote it.
    ///   - contact: the contact it was written from: a refusal of one of its phones is reported at
    ///     the line or cell that phone was read from.
    static func of(contactObject object: [UInt8], contact: Contact) -> [Diagnostic] {
        let body = Array(#"{"type":"contacts","userId":"15550000000","contacts":["#.utf8) + object + Array("]}".utf8)
        return JelouPayloadValidator().validate(body).map { problem in
            let path = problem.path.hasPrefix("contacts[0].") ? String(problem.path.dropFirst(12)) : problem.path
            let status = problem.code.httpStatus.map { "\($0) " } ?? ""
            return Diagnostic(
                .warning, "Jelou would refuse this contact (\(status)\(problem.code)): \(path): \(problem.message)",
                at: phone(at: path, in: contact)?.readAt.position)
        }
    }

    /// The phone a `phones[N]…` path names: the Nth of the contact's phones the encoder writes
    /// (it leaves out those without digits).
    private static func phone(at path: String, in contact: Contact) -> Phone? {
        guard path.hasPrefix("phones["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 7)..<close])
        else { return nil }
        let written = contact.phones.filter { JelouContactEncoder.phoneFields(for: $0) != nil }
        return written.indices.contains(index) ? written[index] : nil
    }
}
