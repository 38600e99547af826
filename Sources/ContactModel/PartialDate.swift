/// A calendar date whose year, month or day may be unknown, as birthdays often are.
///
/// Corresponds to RFC 6350 §4.3.1 (DATE, including the reduced forms `--MMDD` and `YYYY-MM`)
/// and the ISO 8601 basic and extended forms RFC 2426 §3.1.5 allows.
public struct PartialDate: Sendable, Hashable, Codable {
    /// The year as written (four digits in vCard); `nil` when unknown or Apple's placeholder
    /// (``placeholderYear``).
    public var year: Int?
    /// The month, 1 to 12; `nil` when unknown.
    public var month: Int?
    /// The day of the month, 1 to 31 (readers check it against the month); `nil` when unknown.
    public var day: Int?

    /// Makes a date from the parts known; it checks no range.
    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// True when year, month and day are all known.
    public var isComplete: Bool { year != nil && month != nil && day != nil }

    /// `YYYY-MM-DD` when the date is complete, else `nil`. (A part too long for its width, or
    /// negative, is written as `String(_:)` writes it, zeros before it up to the width.)
    public var isoDate: String? {
        guard let year, let month, let day else { return nil }
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
        }
        // Nearly every date: ten ASCII bytes written in place.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            Self.writeDigits(of: year, into: bytes, from: 0, to: 4)
            bytes[4] = UInt8(ascii: "-")
            Self.writeDigits(of: month, into: bytes, from: 5, to: 7)
            bytes[7] = UInt8(ascii: "-")
            Self.writeDigits(of: day, into: bytes, from: 8, to: 10)
            return 10
        }
    }

    /// The year Apple (`X-APPLE-OMIT-YEAR=1604`) and Thunderbird's CardBook write for a date
    /// without one: no birthday is that old.
    public static let placeholderYear = 1604

    /// The most days `month` can have in the Gregorian calendar: 29 for February when the year
    /// is unknown or a leap year, 31 when the month is unknown.
    public static func mostDays(inMonth month: Int?, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Writes the decimal digits of `value`, which fits, into `bytes[start..<end]`, zeros first.
    private static func writeDigits(of value: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int) {
        var rest = value
        var index = end
        while index > start {
            index -= 1
            bytes[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
