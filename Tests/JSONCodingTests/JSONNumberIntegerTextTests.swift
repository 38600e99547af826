import JSONCoding
import Testing

/// Whole numbers written with a fraction or an exponent, as spreadsheets and scripts write phone
/// numbers, read as plain digits, exactly; anything else is left as written.
struct JSONNumberIntegerTextTests {
    @Test(arguments: [
        ("5.93991234567E11", "593991234567"), ("5.93991234567e+11", "593991234567"), ("593991234567.0", "593991234567"),
        ("593991234567.00", "593991234567"), ("5939912345670E-1", "593991234567"), ("1e3", "1000"), ("-2.50e1", "-25"),
        ("593991234567", "593991234567"), ("12.5", "12.5"), ("5.9399E11", "593990000000"),
        ("1.5e-1", "1.5e-1"), ("1e400", "1e400"), ("0.001e-2", "0.001e-2"),
    ])
    func wholeNumbersAreWrittenInDigits(literal: String, text: String) {
        #expect(JSONNumber(literal: literal).integerText == text)
    }
}
