import ContactModel
import PhoneNormalization

extension ContactNormalizer {
    /// Normalises `contact.phones`, splitting a phone whose value holds several numbers —
    /// `0991234567 / 0987654321` in one TEL or JSON `phone`, as some converters copy a spreadsheet
    /// cell — into one phone per number, each with the source's type, label and position
    /// (RFC 6350 §6.4.1: one number per TEL), and a warning that names the split.
    ///
    /// A value is split only when it is not one valid number and every piece
    /// (``FieldValues/phones(in:)``: 7 digits or more each) is a valid number in `region` or
    /// written internationally; otherwise it is read, or reported, as one value. A phone with an
    /// extension or a WhatsApp id of its own is one number.
    static func normalizePhones(
        _ phones: inout [Phone], region: RegionCode?, cardName: String, context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        var index = phones.startIndex
        while index < phones.endIndex {
            // Checked after reading, and only for a phone that is no valid number: nearly every
            // phone is one, and costs nothing more. (Reading a number that fails changes nothing
            // but `normalized`.)
            let reported = diagnostics.count
            let isValid = normalizePhone(
                &phones[index], region: region, cardName: cardName, context: context, diagnostics: &diagnostics)
            guard !isValid, let pieces = severalNumbers(in: phones[index], region: region) else {
                index += 1
                continue
            }
            // What was said of the whole value is replaced by what is said of its numbers.
            diagnostics.removeSubrange(reported...)
            phones[index].normalized = nil
            let whole = phones.split(at: index, into: pieces, field: \.value)
            diagnostics.append(problem(
                "contact \"\(cardName)\": phone \"\(whole.value)\" holds \(pieces.count) numbers; read as \(pieces.count) phones",
                context: context, readAt: whole.readAt))
            for offset in pieces.indices {
                normalizePhone(
                    &phones[index + offset], region: region, cardName: cardName, context: context,
                    diagnostics: &diagnostics)
            }
            index += pieces.count
        }
    }

    /// The numbers `phone`'s value holds, when it holds several and each is a valid number.
    private static func severalNumbers(in phone: Phone, region: RegionCode?) -> [String]? {
        // Two numbers of 7 digits and a separator take 15 bytes at least.
        guard phone.value.utf8.count >= 15, phone.extensionNumber == nil, phone.whatsAppID == nil else { return nil }
        let values = FieldValues.phones(in: phone.value)
        guard values.holdsSeveral else { return nil }
        let pieces = Array(values)
        return pieces.allSatisfy { isValidNumber($0, region: region) } ? pieces : nil
    }

    private static func isValidNumber(_ text: String, region: RegionCode?) -> Bool {
        guard let number = try? PhoneNumber(parsing: text, defaultRegion: region, tolerance: .addressBook) else {
            return false
        }
        return number.isValid && number.extensionNumber == nil
    }
}
