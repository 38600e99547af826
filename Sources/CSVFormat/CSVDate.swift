import ContactModel
import Foundation

/// Reads the dates address-book CSVs write: ISO 8601 (`1985-03-14`, `--03-14`, `19850314`, as
/// Google writes them; RFC 6350 §4.3.1 reduced forms) and the short dates of a locale
/// (`3/14/1985` in English Outlook, `14.3.1985` in German, `14/3/1985` elsewhere). Outlook's
/// empty date (`0/0/00`, `0.0.00`) is no date. A two-digit year is the latest such year that does
/// not put the date in the future (`25/12/80` is 1980, `1/14/01` is 2001): the dates an address book
/// holds, birthdays and anniversaries, have happened. Apple's placeholder year 1604 (a date without a year, as the
/// vCard reader knows it) is no year.
enum CSVDate {
    /// The day two-digit years are read up to: year, month and day.
    private static let today: (year: Int, month: Int, day: Int) = {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
    }()

    enum Order: Hashable {
        case monthFirst
        case dayFirst
    }

    enum Result: Hashable {
        case empty
        case date(PartialDate)
        case invalid
    }

    static func parse(_ text: String, order: Order) -> Result {
        if let iso = isoDate(text) { return iso }
        var text = Substring(text.trimmingSpaces)
        if let space = text.firstIndex(of: " ") { text = text[..<space] }
        if text.isEmpty { return .empty }
        if text.hasPrefix("--") { return monthDay(text.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)) }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." || $0 == "-" }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return .invalid }
        let numbers = parts.map { Int($0) ?? 0 }
        if numbers.allSatisfy({ $0 == 0 }) { return .empty }
        switch parts.count {
        case 1 where parts[0].count == 8:
            return validated(year: numbers[0] / 10_000, month: numbers[0] / 100 % 100, day: numbers[0] % 100)
        case 2 where parts[0].count == 4:
            return validated(year: numbers[0], month: numbers[1], day: nil)
        case 2:
            let (month, day) = order == .monthFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            return validated(year: nil, month: month, day: day)
        case 3 where parts[0].count == 4:
            return validated(year: numbers[0], month: numbers[1], day: numbers[2])
        case 3:
            var (month, day) = order == .monthFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            if month > 12, day <= 12 { swap(&month, &day) }
            var year = numbers[2]
            if parts[2].count <= 2 { year = fullYear(twoDigits: year, month: month, day: day) }
            return validated(year: year, month: month, day: day)
        default:
            return .invalid
        }
    }

    /// The fast path for `YYYY-MM-DD`, the form Google writes.
    private static func isoDate(_ text: String) -> Result? {
        var text = text
        return text.withUTF8 { bytes -> Result? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            var numbers = (0, 0, 0)
            for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
                guard (0x30...0x39).contains(byte) else { return nil }
                let digit = Int(byte - 0x30)
                switch index {
                case 0..<4: numbers.0 = numbers.0 * 10 + digit
                case 5, 6: numbers.1 = numbers.1 * 10 + digit
                default: numbers.2 = numbers.2 * 10 + digit
                }
            }
            if numbers == (0, 0, 0) { return .empty }
            return validated(year: numbers.0, month: numbers.1, day: numbers.2)
        }
    }

    private static func monthDay(_ parts: [Substring]) -> Result {
        guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else {
            if parts.count == 1, parts[0].count == 4, let value = Int(parts[0]) {
                return validated(year: nil, month: value / 100, day: value % 100)
            }
            return .invalid
        }
        return validated(year: nil, month: month, day: day)
    }

    /// The latest year ending in `twoDigits` that puts `month` and `day` no later than ``today``.
    static func fullYear(twoDigits: Int, month: Int, day: Int) -> Int {
        let candidate = today.year - today.year % 100 + twoDigits
        let isFuture = (candidate, month, day) > (today.year, today.month, today.day)
        return isFuture ? candidate - 100 : candidate
    }

    private static func validated(year: Int?, month: Int, day: Int?) -> Result {
        guard (1...12).contains(month) else { return .invalid }
        let year = year == PartialDate.placeholderYear ? nil : year
        if let year, !(1...9999).contains(year) { return .invalid }
        if let day, !(1...PartialDate.mostDays(inMonth: month, year: year)).contains(day) { return .invalid }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    /// `YYYY-MM-DD`, or `--MM-DD` without a year, as Google writes birthdays.
    static func googleText(_ date: PartialDate) -> String? {
        guard let month = date.month else { return date.year.map { pad($0, 4) } }
        let monthDay = pad(month, 2) + (date.day.map { "-" + pad($0, 2) } ?? "")
        return date.year.map { pad($0, 4) + "-" + monthDay } ?? "--" + monthDay
    }

    /// `M/D/YYYY`, as English Outlook writes dates; `nil` unless the date is complete.
    static func outlookText(_ date: PartialDate) -> String? {
        guard let year = date.year, let month = date.month, let day = date.day else { return nil }
        return "\(month)/\(day)/\(year)"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
