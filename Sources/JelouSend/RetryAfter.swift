import Foundation

/// The `Retry-After` response header: a delay in seconds or an HTTP-date.
///
/// Corresponds to RFC 9110 §10.2.3; the date is the IMF-fixdate of RFC 9110 §5.6.7
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), the form senders must generate. The obsolete RFC 850
/// and asctime forms are not read (the header is then ignored and normal backoff applies).
public enum RetryAfter {
    /// The delay `value` asks for, in seconds from `now` (never negative), or `nil` when the
    /// value is neither form.
    public static func delay(_ value: String, now: Date) -> Double? {
        let bytes = Array(value.utf8).trimmingASCIISpaces()
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy(isDigit) {
            guard bytes.count <= 9 else { return Double(Int32.max) }
            return Double(bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
        }
        guard let date = imfFixdate(bytes) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// Parses `Sun, 06 Nov 1994 08:49:37 GMT` (exactly 29 bytes).
    static func imfFixdate(_ bytes: [UInt8]) -> Date? {
        guard bytes.count == 29, bytes[3] == UInt8(ascii: ","), bytes[4] == UInt8(ascii: " "),
            bytes[7] == UInt8(ascii: " "), bytes[11] == UInt8(ascii: " "), bytes[16] == UInt8(ascii: " "),
            bytes[19] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"), bytes[25] == UInt8(ascii: " "),
            bytes[26...28].elementsEqual("GMT".utf8)
        else { return nil }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard let monthIndex = months.firstIndex(where: { $0.utf8.elementsEqual(bytes[8..<11]) }),
            let day = number(bytes[5..<7]), let year = number(bytes[12..<16]), let hour = number(bytes[17..<19]),
            let minute = number(bytes[20..<22]), let second = number(bytes[23..<25]),
            (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "GMT")
        components.year = year
        components.month = monthIndex + 1
        components.day = day
        components.hour = hour
        components.minute = minute
        components.second = second
        return components.date
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard digits.allSatisfy(isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

extension Array where Element == UInt8 {
    func trimmingASCIISpaces() -> [UInt8] {
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return [] }
        return Array(self[first...last])
    }
}
