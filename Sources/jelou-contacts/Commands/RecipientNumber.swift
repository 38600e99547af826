import Foundation
import PhoneNormalization

/// How a recipient written for `send` (`--to`, a `--recipients` line) becomes a Jelou `userId`:
/// the number in international form, digits only (`+1 (555) 111-2222` → `15551112222`).
enum RecipientNumber {
    /// The `userId`, or `nil` when `text` cannot be one.
    ///
    /// - Digits alone are already a `userId` (the form WhatsApp ids take), unless they start with
    ///   `0`: no country code does, so `0991234567` is a national number and needs `region`.
    /// - With a region, digits are read as a valid number in it (`2125550123` in US,
    ///   `593991234567` with the region's own code), else as a valid international number
    ///   (`12125550123` in EC), else as they are (a number no plan knows is not guessed at).
    /// - Anything else is parsed like any phone (`+593 99 123 4567`, `(02) 234-5678` with a
    ///   region); a number with an extension is no recipient.
    static func userID(_ text: String, region: RegionCode?) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isDigits = !trimmed.isEmpty && trimmed.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        if isDigits, !trimmed.hasPrefix("0") {
            guard (6...15).contains(trimmed.utf8.count) else { return nil }
            guard let region else { return trimmed }
            return validDigits(trimmed, region: region) ?? validDigits("+" + trimmed, region: nil) ?? trimmed
        }
        guard let number = try? PhoneNumber(parsing: trimmed, defaultRegion: region), number.extensionNumber == nil else {
            return nil
        }
        return number.digits
    }

    /// Checks a `--user-id`: the recipient's number with its country code, digits only.
    /// - Throws: ``UsageError`` for anything else, with a hint for a national number.
    static func checkUserID(_ user: String) throws(UsageError) {
        guard userID(user, region: nil) != user else { return }
        let national = user.hasPrefix("0") && user.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        throw UsageError(
            "--user-id takes the recipient's number with its country code, digits only, e.g. 15551112222, not '\(user)'"
                + (national ? " (a national number: write it with its country code, as 593991234567)" : ""))
    }

    /// The digits of `text` read in `region`, when that gives a valid number without an extension.
    private static func validDigits(_ text: String, region: RegionCode?) -> String? {
        guard let number = try? PhoneNumber(parsing: text, defaultRegion: region), number.isValid,
            number.extensionNumber == nil
        else { return nil }
        return number.digits
    }
}
