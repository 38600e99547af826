import ContactModel
import JelouPayload

/// What Jelou would refuse, found before anything is sent (`check` and `preview`).
enum JelouRefusals {
    /// What Jelou would refuse in a contact (SPEC.md "Errors"): the contact object is checked
    /// inside a one-contact message by the same validator the sandbox uses. The message's
    /// recipient is not the contact's business, so a fixed one stands in for it.
    static func of(contactObject object: [UInt8]) -> [Diagnostic] {
        let body = Array(#"{"type":"contacts","userId":"15550000000","contacts":["#.utf8) + object + Array("]}".utf8)
        return JelouPayloadValidator().validate(body).map { problem in
            let path = problem.path.hasPrefix("contacts[0].") ? String(problem.path.dropFirst(12)) : problem.path
            let status = problem.code.httpStatus.map { "\($0) " } ?? ""
            return .warning("Jelou would refuse this contact (\(status)\(problem.code)): \(path): \(problem.message)")
        }
    }
}
