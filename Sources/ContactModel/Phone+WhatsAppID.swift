extension Phone {
    /// The WhatsApp id in `text` as sources write it (`593991234567`, `+593 99 123 4567`): its
    /// digits, when there are 6 to 15 of them (the longest ITU-T E.164 number) and nothing but
    /// digits, spaces, `+`, `-` and `.` around them; `nil` otherwise.
    public static func whatsAppID(from text: String) -> String? {
        var digits: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
            case UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."): continue
            default: return nil
            }
        }
        return (6...15).contains(digits.count) ? String(decoding: digits, as: UTF8.self) : nil
    }
}
