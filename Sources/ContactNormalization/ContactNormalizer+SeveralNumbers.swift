import ContactModel
import PhoneNormalization

extension ContactNormalizer {
    /// Splits a phone whose value holds several numbers — `0991234567 / 0987654321` in one TEL or
    /// JSON `phone`, as some converters write a spreadsheet cell — into one phone per number, each
    /// with the source's type, label and position (RFC 6350 §6.4.1: one number per TEL).
    ///
    /// Only when every piece (``FieldValues/phones(in:)``: 7 digits or more each) is a valid
    /// number in `region`, or written internationally: otherwise the value is left whole, for
    /// ``normalizePhone(_:region:cardName:context:diagnostics:)`` to read or report. A phone with
    /// an extension or a WhatsApp id of its own is one number. A warning names the split.
    static func splitSeveralNumbers(
        _ phones: inout [Phone], region: RegionCode?, cardName: String, context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        var index = phones.startIndex
        while index < phones.endIndex {
            let phone = phones[index]
            let values = FieldValues.phones(in: phone.value)
            let pieces = values.holdsSeveral ? Array(values) : []
            guard pieces.count > 1, phone.extensionNumber == nil, phone.whatsAppID == nil,
                pieces.allSatisfy({ isValidNumber($0, region: region) })
            else {
                index += 1
                continue
            }
            phones.replaceSubrange(index...index, with: pieces.map { piece in
                var one = phone
                one.value = piece
                return one
            })
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(phone.value)\" holds \(pieces.count) numbers; read as \(pieces.count) phones",
                context: context, readAt: phone.readAt))
            index += pieces.count
        }
    }

    private static func isValidNumber(_ text: String, region: RegionCode?) -> Bool {
        guard let number = try? PhoneNumber(parsing: text, defaultRegion: region, tolerance: .addressBook) else {
            return false
        }
        return number.isValid && number.extensionNumber == nil
    }
}
