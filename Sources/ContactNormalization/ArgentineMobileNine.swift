import ContactModel
import PhoneNormalization

/// Argentina dials its mobiles from abroad with a 9 after the country code: `+54 9 11 2345-6789`.
/// Written without it, `+54 11 2345-6789` is a valid fixed line, which WhatsApp cannot reach. When
/// the source says the phone is a mobile, what this gives is the hint for the warning — the number
/// with its 9 — so the user can fix the source; nothing is rewritten.
enum ArgentineMobileNine {
    /// The E.164 mobile `number` stands for when it is a valid Argentine fixed line written for a
    /// mobile phone and, with a 9 after `+54`, a valid mobile; else `nil`.
    static func mobileNumber(for number: PhoneNumber, kind: Phone.Kind) -> String? {
        guard kind == .mobile || kind == .iPhone, number.countryCode == 54, number.isValid, number.type == .fixedLine,
            number.extensionNumber == nil
        else { return nil }
        guard let mobile = try? PhoneNumber(parsing: "+549" + number.nationalNumber, defaultRegion: nil), mobile.isValid,
            mobile.type == .mobile
        else { return nil }
        return mobile.e164
    }
}

extension ArgentineMobileNine {
    /// True when `number` is an Argentine mobile written nationally with its `15` but without its
    /// area code (`15-1234-5678`, as Buenos Aires writes its mobiles): libphonenumber reads the
    /// ten digits as `+54 15…`, a number of the right length in no range, which is no number.
    static func lacksAreaCode(_ number: PhoneNumber, writtenInternationally: @autoclosure () -> Bool) -> Bool {
        number.countryCode == 54 && !number.isValid && number.nationalNumber.utf8.count == 10
            && number.nationalNumber.hasPrefix("15") && !writtenInternationally()
    }
}
