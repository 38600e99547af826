import ContactModel

/// Whether the `wa_id` a source gave a phone (WhatsApp's `waid` parameter, a webhook's `wa_id`)
/// is the phone's own number, allowing for the ids WhatsApp keeps from before a numbering change:
/// Mexico's `521` + 10 digits for `52` + 10, Argentina's `549` for `54`, and Brazil's 8-digit
/// mobiles from before the ninth digit.
enum WhatsAppIDAgreement {
    /// - Parameters:
    ///   - digits: the number's digits: its E.164 digits when `isInternational`, else the digits
    ///     as written in national form (`0991234567`, `044 55 1234 5678`), whose last eight are
    ///     compared.
    ///   - waID: the id the source gave.
    static func agrees(digits: String, isInternational: Bool, waID: String) -> Bool {
        let ids = spellings(of: waID)
        if isInternational {
            return !Set(spellings(of: digits)).isDisjoint(with: ids)
        }
        // A national number ends as its international digits do, whatever its prefixes (a trunk
        // 0, Mexico's retired 044, Argentina's 15 before a mobile).
        guard digits.utf8.count >= 8 else { return true }
        let subscriber = String(digits.suffix(8))
        return ids.contains { $0.hasSuffix(subscriber) }
    }

    /// The international digits an id WhatsApp kept from before a numbering change stands for
    /// today: Mexico's `521` + 10 digits is `52` + 10 (the `1` was retired in 2019), a Brazilian
    /// mobile's 8-digit id gains its ninth digit; `nil` for any other id. (Argentina's `549` is
    /// how its mobiles are dialled from abroad still.)
    static func numberToday(ofID id: String) -> String? {
        let bytes = Array(id.utf8)
        if bytes.count == 13, id.hasPrefix("521") {
            return String(id.prefix(2)) + id.dropFirst(3)
        }
        if bytes.count == 12, id.hasPrefix("55"), bytes[4] >= UInt8(ascii: "6") {
            return String(id.prefix(4)) + "9" + id.dropFirst(4)
        }
        return nil
    }

    /// `digits` and the forms WhatsApp's ids keep for the same number.
    private static func spellings(of digits: String) -> [String] {
        var forms = [digits]
        let bytes = Array(digits.utf8)
        if bytes.count == 13, digits.hasPrefix("521") || digits.hasPrefix("549") {
            forms.append(String(digits.prefix(2)) + digits.dropFirst(3))
        }
        if bytes.count == 13, digits.hasPrefix("55"), bytes[4] == UInt8(ascii: "9") {
            // Brazil: `55` + area code + `9` + eight digits, whose old id lacks the 9.
            forms.append(String(digits.prefix(4)) + digits.dropFirst(5))
        }
        return forms
    }
}
