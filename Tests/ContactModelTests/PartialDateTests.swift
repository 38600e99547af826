import ContactModel
import Testing

/// A complete date written as `YYYY-MM-DD` (ISO 8601 extended form, RFC 6350 §4.3.1's DATE with
/// hyphens), each part zero-padded to its width.
@Suite struct PartialDateTests {
    @Test(arguments: zip(
        [
            PartialDate(year: 1990, month: 3, day: 7), PartialDate(year: 2024, month: 12, day: 31),
            PartialDate(year: 33, month: 1, day: 2), PartialDate(year: 0, month: 0, day: 0),
            PartialDate(year: 12345, month: 6, day: 1), PartialDate(year: 1990, month: 123, day: 4),
            PartialDate(year: -5, month: 1, day: 1),
        ],
        [
            "1990-03-07", "2024-12-31", "0033-01-02", "0000-00-00", "12345-06-01", "1990-123-04", "00-5-01-01",
        ]
    ))
    func writesCompleteDates(date: PartialDate, expected: String) {
        #expect(date.isoDate == expected)
    }

    @Test(arguments: [PartialDate(month: 5, day: 12), PartialDate(year: 1990, day: 1), PartialDate(year: 1990, month: 5)])
    func hasNoISODateWhenIncomplete(date: PartialDate) {
        #expect(date.isoDate == nil)
    }
}
