import ContactModel
import Testing

/// Several numbers or addresses typed into one field are read as one value each, and a field that
/// only looks divisible stays whole.
@Suite struct FieldValuesTests {
    @Test(arguments: [
        ("0991234567 / 022345678", ["0991234567", "022345678"]),
        ("0991234567; 0987654321", ["0991234567", "0987654321"]),
        ("0991234567 - 0987654321", ["0991234567", "0987654321"]),
        ("+1 (555) 123-4567, +1 (555) 765-4321", ["+1 (555) 123-4567", "+1 (555) 765-4321"]),
        ("099 123 4567\n02 234 5678", ["099 123 4567", "02 234 5678"]),
        // A CSV cell typed on two lines in Excel keeps its CR LF, one Character.
        ("099 123 4567\r\n02 234 5678", ["099 123 4567", "02 234 5678"]),
        ("099 123 4567\r02 234 5678", ["099 123 4567", "02 234 5678"]),
        ("0991234567 | 0987654321 | 022345678", ["0991234567", "0987654321", "022345678"]),
        // Chinese, Japanese and Arabic address books separate numbers with their own signs.
        ("13800138000、13900139000", ["13800138000", "13900139000"]),
        ("13800138000，13900139000", ["13800138000", "13900139000"]),
        ("090-1234-5678・080-1234-5678", ["090-1234-5678", "080-1234-5678"]),
        ("0501234567،0551234567", ["0501234567", "0551234567"]),
        ("0501234567؛ 0551234567", ["0501234567", "0551234567"]),
        ("03・1234・5678", ["03・1234・5678"]),
        ("0532 123 45 67 veya 0533 765 43 21", ["0532 123 45 67", "0533 765 43 21"]),
        ("+7 916 123-45-67 или +7 926 765-43-21", ["+7 916 123-45-67", "+7 926 765-43-21"]),
        ("0501234567 أو 0551234567", ["0501234567", "0551234567"]),
        ("06 12345678 of 06 87654321", ["06 12345678", "06 87654321"]),
        // One number each: a German area code and number, a second line of the same exchange, an
        // extension after a comma, a dashed number.
        ("0221/1234567", ["0221/1234567"]),
        ("(02) 234-5678 / 5679", ["(02) 234-5678 / 5679"]),
        ("+1 555 123 4567, ext. 12", ["+1 555 123 4567, ext. 12"]),
        ("02 - 234 5678", ["02 - 234 5678"]),
        ("555-123-4567", ["555-123-4567"]),
    ])
    func phones(_ cell: String, _ values: [String]) {
        #expect(Array(FieldValues.phones(in: cell)) == values)
    }

    @Test(arguments: [
        ("ana@x.ec, ana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec;ana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec ana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec\nana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("ana@x.ec\r\nana@y.ec", ["ana@x.ec", "ana@y.ec"]),
        ("Ana <ana@x.ec>", ["Ana <ana@x.ec>"]),
        ("\"Pérez, Ana\" <ana@x.ec>", ["\"Pérez, Ana\" <ana@x.ec>"]),
        ("ana@x.ec", ["ana@x.ec"]),
    ])
    func emails(_ cell: String, _ values: [String]) {
        #expect(Array(FieldValues.emails(in: cell)) == values)
    }
}
