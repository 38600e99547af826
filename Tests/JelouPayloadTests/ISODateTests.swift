import ContactModel
import Testing

@testable import JelouPayload

@Suite struct ISODateTests {
    @Test(arguments: zip(
        ["1987-05-23", "2024-02-29", "2023-02-29", "1987-13-01", "0000-01-01", "1987-5-23", "1987/05/23", "abcd-ef-gh"],
        [PartialDate(year: 1987, month: 5, day: 23), PartialDate(year: 2024, month: 2, day: 29), nil, nil, nil, nil, nil, nil]
    ))
    func completeDates(text: String, expected: PartialDate?) {
        #expect(ISODate.complete(text) == expected)
    }

    @Test(arguments: zip(
        ["--05-23", "--12-31", "--13-01", "--05-32", "-05-23", "--5-23"],
        [PartialDate(month: 5, day: 23), PartialDate(month: 12, day: 31), nil, nil, nil, nil]
    ))
    func yearlessDates(text: String, expected: PartialDate?) {
        #expect(ISODate.yearless(text) == expected)
    }
}
