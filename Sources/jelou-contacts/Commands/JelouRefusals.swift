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
        let problems = JelouPayloadValidator().validate(body)
        guard !problems.isEmpty else { return [] }
        // The phones as the encoder wrote them: it leaves out those without digits.
        let written = contact.phones.filter { JelouContactEncoder.phoneFields(for: $0) != nil }
        return problems.map { problem in
            let path = problem.path.hasPrefix("contacts[0].") ? String(problem.path.dropFirst(12)) : problem.path
            let status = problem.code.httpStatus.map { "\($0) " } ?? ""
            let phone = phoneIndex(in: path).flatMap { written.indices.contains($0) ? written[$0] : nil }
            return Diagnostic(
                .warning, "Jelou would refuse this contact (\(status)\(problem.code)): \(path): \(problem.message)",
                at: phone?.readAt.position)
        }
    }

    /// N in a `phones[N]…` path.
    private static func phoneIndex(in path: String) -> Int? {
        guard path.hasPrefix("phones["), let close = path.firstIndex(of: "]") else { return nil }
        return Int(path[path.index(path.startIndex, offsetBy: 7)..<close])
    }
}
