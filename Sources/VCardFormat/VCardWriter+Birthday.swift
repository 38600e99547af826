import ContactModel

extension PartialDate {
    /// The date as RFC 6350 §4.3.1 writes it, reduced when parts are unknown: `1985-04-12`,
    /// `1985-04`, `1985`, `--0412` (`--04-12` in the extended form jCard and the 3.0 writer
    /// use, RFC 7095 §3.5.1), `--04`, `---12`.
    /// - Parameter extended: separate month and day with `-` in the year-less form.
    /// - Returns: `nil` for a year and day without a month, which no vCard date form holds.
    func vCardDateText(extended: Bool) -> String? {
        switch (year, month, day) {
        case let (year?, month?, day?):
            return Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
        case let (year?, month?, nil):
            return Self.digits(year, 4) + "-" + Self.digits(month, 2)
        case let (year?, nil, nil):
            return Self.digits(year, 4)
        case let (nil, month?, day?):
            return "--" + Self.digits(month, 2) + (extended ? "-" : "") + Self.digits(day, 2)
        case let (nil, month?, nil):
            return "--" + Self.digits(month, 2)
        case let (nil, nil, day?):
            return "---" + Self.digits(day, 2)
        case (_?, nil, _?), (nil, nil, nil):
            return nil
        }
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
