/// WhatsApp's click-to-chat links, which people keep in the phone column of a sheet:
/// `https://wa.me/593991234567` and `https://api.whatsapp.com/send?phone=593991234567`. The
/// number in them is written in full international form without `+`, and is the account's
/// WhatsApp id.
enum WhatsAppLink {
    /// The number's digits when `text` is such a link (scheme and `www.` optional, host in any
    /// case; after the number only a `/`, `?…` or `&…` may follow), else `nil`.
    static func digits(in text: String) -> String? {
        // Nearly every phone is no link: tell them apart without allocating.
        guard text.utf8.count >= 13, text.withUTF8Bytes({ $0.contains(UInt8(ascii: "/")) }) else { return nil }
        var rest = Array(ContactNormalizer.trimmedWhitespace(text).utf8)[...]
        for prefix in ["https://", "http://", "www."] where hasPrefix(rest, prefix) {
            rest = rest.dropFirst(prefix.utf8.count)
        }
        if hasPrefix(rest, "wa.me/") {
            rest = rest.dropFirst(6)
        } else if hasPrefix(rest, "api.whatsapp.com/send"), let phone = range(of: "phone=", in: rest) {
            rest = rest[phone...]
        } else {
            return nil
        }
        let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let next = rest.dropFirst(digits.count).first
        guard (7...15).contains(digits.count), next == nil || next == UInt8(ascii: "/") || next == UInt8(ascii: "?")
            || next == UInt8(ascii: "&")
        else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Whether `bytes` start with `prefix`, ASCII letters compared ignoring case.
    private static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: String) -> Bool {
        bytes.count >= prefix.utf8.count && zip(bytes, prefix.utf8).allSatisfy { lowercased($0) == $1 }
    }

    /// Where the text after the first `needle` starts (ASCII letters compared ignoring case).
    private static func range(of needle: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let count = needle.utf8.count
        var index = bytes.startIndex
        while index + count <= bytes.endIndex {
            if hasPrefix(bytes[index...], needle) { return index + count }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
