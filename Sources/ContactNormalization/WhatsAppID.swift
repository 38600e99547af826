import ContactModel
import PhoneNormalization

/// The WhatsApp id (`wa_id`) a Jelou `contacts` card carries for a phone: the E.164 digits
/// without `+`, for the numbers the policy allows.
enum WhatsAppID {
    /// The `wa_id` for a parsed number, or `nil` when it should carry none.
    ///
    /// None for a number that is only possible (not valid), that has an extension (Jelou's phone
    /// has no field for one, so the card shows `+15551234567 ext. 12` to be dialled by hand), or
    /// whose line type the policy excludes — under the `mobile` policy also a phone its source
    /// types as a fax or a pager, or labels a landline (`Landline`, `Fijo`, `Festnetz`) or as not on
    /// WhatsApp (`no WhatsApp`, `sin WhatsApp`), which
    /// WhatsApp cannot reach whatever its numbering range (a US number is "fixed line or
    /// mobile"). With `quirks`, Mexican mobiles read `521` + the 10-digit
    /// national number and Argentine mobiles `549` + 10 digits (libphonenumber already keeps the 9
    /// of an Argentine mobile, so there the quirk only guarantees that form).
    /// - Parameters:
    ///   - number: the parsed number.
    ///   - e164: its E.164 form (``PhoneNumber/e164``), which the caller has: the id is its digits.
    ///   - kind: the type the source gave the phone.
    ///   - label: the label the source gave it, if any.
    ///   - policy: which line types get an id.
    ///   - quirks: whether to apply the country quirks above.
    static func make(
        for number: PhoneNumber,
        e164: String,
        kind: Phone.Kind,
        label: String? = nil,
        policy: NormalizationContext.WhatsAppIDPolicy,
        quirks: Bool
    ) -> String? {
        guard number.isValid, number.extensionNumber == nil else { return nil }
        let canBeOnWhatsApp = number.type == .mobile || number.type == .fixedLineOrMobile
        switch policy {
        case .never: return nil
        case .always: break
        case .mobile:
            guard canBeOnWhatsApp else { return nil }
            switch kind {
            case .homeFax, .workFax, .otherFax, .pager: return nil
            default: break
            }
            if let label, landlineLabels.contains(label.lowercased()) { return nil }
        }
        let national = number.nationalNumber
        if quirks, canBeOnWhatsApp, national.utf8.count == 10 {
            if number.countryCode == 52 { return "521" + national }
            if number.countryCode == 54 { return "549" + national }
        }
        // ``PhoneNumber/digits``, taken from the E.164 form rather than written out again.
        return e164.withUTF8Bytes { String(decoding: UnsafeBufferPointer(rebasing: $0.dropFirst()), as: UTF8.self) }
    }

    /// Labels that say a phone is a landline, in the languages of the type table, or that it is
    /// not on WhatsApp.
    private static let landlineLabels: Set<String> = [
        "landline", "land line", "fijo", "teléfono fijo", "telefono fijo", "fixo", "telefone fixo", "festnetz",
        "fixe", "téléphone fixe", "telephone fixe", "tel. fixe", "linea fissa", "fisso", "telefono fisso", "línea fija",
        "linea fija", "no whatsapp", "sin whatsapp", "sem whatsapp", "not on whatsapp", "kein whatsapp", "pas de whatsapp",
    ]
}
