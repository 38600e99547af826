import ContactModel

extension PartialDate {
    /// Reads a vCard date: `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM`, `--MMDD`, `--MM-DD`, `---DD`,
    /// with any time part (`T…`) ignored.
    ///
    /// Corresponds to RFC 6350 §4.3.1 (DATE, DATE-AND-OR-TIME) and RFC 2426 §3.1.5 (BDAY in ISO 8601
    /// basic or extended form). Returns `nil` for anything else, and for months or days out of
    /// range (February 30th, April 31st, February 29th of a common year).
    init?(vCardDate text: String) {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        if let time = bytes.firstIndex(where: { $0 == 0x54 || $0 == 0x74 }) { bytes.removeSubrange(time...) }
        guard !bytes.isEmpty else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        if bytes.starts(with: [0x2D, 0x2D, 0x2D]) {
            day = Self.number(bytes[3...])
            guard day != nil, bytes.count == 5 else { return nil }
        } else if bytes.starts(with: [0x2D, 0x2D]) {
            let rest = bytes[2...].filter { $0 != 0x2D }
            guard rest.count == 4 || rest.count == 2, bytes.count <= 7 else { return nil }
            month = Self.number(rest.prefix(2))
            day = rest.count == 4 ? Self.number(rest.suffix(2)) : nil
            guard month != nil, rest.count == 2 || day != nil else { return nil }
        } else {
            let digits = bytes.filter { $0 != 0x2D }
            let hyphens = bytes.count - digits.count
            switch (digits.count, hyphens) {
            case (8, 0), (8, 2):
                year = Self.number(digits.prefix(4))
                month = Self.number(digits[4..<6])
                day = Self.number(digits.suffix(2))
                guard year != nil, month != nil, day != nil else { return nil }
                if hyphens == 2, bytes[4] != 0x2D || bytes[7] != 0x2D { return nil }
            case (6, 1):
                guard bytes[4] == 0x2D else { return nil }
                year = Self.number(digits.prefix(4))
                month = Self.number(digits.suffix(2))
                guard year != nil, month != nil else { return nil }
            case (4, 0):
                year = Self.number(digits)
                guard year != nil else { return nil }
            default:
                return nil
            }
        }
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...Self.mostDays(inMonth: month, year: year)).contains(day) { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
