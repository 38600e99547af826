import CSVFormat
import ContactModel
import Foundation
import Testing

/// Birthdays as each exporter writes them, read through a one-column file of that profile.
@Suite struct CSVDateTests {
    private func birthday(_ header: String, _ value: String) throws -> (PartialDate?, [String]) {
        let result = try readAll("First Name,\(header)\nAna,\(value)\n")
        return (result.records.first?.contact.birthday, result.diagnostics.map(\.message))
    }

    @Test(arguments: [
        ("Birthday", "7/4/1975", PartialDate(year: 1975, month: 7, day: 4)),
        ("Birthday", "0/0/00", nil),
        ("Geburtstag", "3.10.1968", PartialDate(year: 1968, month: 10, day: 3)),
        ("Geburtstag", "0.0.00", nil),
        ("Anniversaire", "14/7/1985", PartialDate(year: 1985, month: 7, day: 14)),
        ("Fecha de nacimiento", "25/12/80", PartialDate(year: 1980, month: 12, day: 25)),
        ("Birthday", "1987-05-23", PartialDate(year: 1987, month: 5, day: 23)),
        ("Birthday", "--12-24", PartialDate(month: 12, day: 24)),
        ("Birthday", "29/2/2024", PartialDate(year: 2024, month: 2, day: 29)),
        ("Birthday", "1/14/01", PartialDate(year: 2001, month: 1, day: 14)),
        ("Birthday", "1604-03-15", PartialDate(month: 3, day: 15)),
    ] as [(String, String, PartialDate?)])
    func readsDates(header: String, value: String, expected: PartialDate?) throws {
        let header = header == "Birthday" ? "Birthday,Last Name,Mobile Phone" : header
        let (date, messages) = try birthday(header, value)
        #expect(date == expected)
        #expect(messages.allSatisfy { !$0.contains("not a date") })
    }

    /// A two-digit year never puts a date in the future: next year's, and tomorrow in this year's,
    /// are last century's.
    @Test func aTwoDigitYearIsTheLatestNotInTheFuture() throws {
        let calendar = Calendar(identifier: .gregorian)
        let now = Date()
        let thisYear = calendar.component(.year, from: now)
        let nextYear = (thisYear + 1) % 100
        let (date, _) = try birthday("Birthday,Last Name,Mobile Phone", "12/31/\(nextYear < 10 ? "0" : "")\(nextYear)")
        #expect(date == PartialDate(year: thisYear + 1 - 100, month: 12, day: 31))
        let (thisYears, _) = try birthday("Birthday,Last Name,Mobile Phone", "1/1/\(String(thisYear).suffix(2))")
        #expect(thisYears == PartialDate(year: thisYear, month: 1, day: 1))
        let tomorrow = calendar.dateComponents([.year, .month, .day], from: now.addingTimeInterval(86_400))
        if let year = tomorrow.year, let month = tomorrow.month, let day = tomorrow.day, year == thisYear {
            let (later, _) = try birthday("Birthday,Last Name,Mobile Phone", "\(month)/\(day)/\(String(year).suffix(2))")
            #expect(later == PartialDate(year: year - 100, month: month, day: day))
        }
    }

    @Test(arguments: ["29/2/2023", "13/13/2000", "mañana", "1/2/3/4"])
    func invalidDatesAreKeptAsText(value: String) throws {
        let (date, messages) = try birthday("Cumpleaños", value)
        #expect(date == nil)
        #expect(messages == ["'\(value)' is not a date; birthday kept as text"])
    }
}
