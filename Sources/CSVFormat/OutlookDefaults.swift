/// The values Outlook's CSV export writes in every row for fields nobody filled in: `Normal`
/// priority and sensitivity, `False` private flag, `Unspecified` gender, and their German forms
/// (`Aus`, `Keine Angabe`), plus the empty dates `0/0/00` and `0.0.00`. A column the reader does
/// not map that holds only these is not reported as ignored data (it would be in every Outlook
/// file, and fail `--strict`).
enum OutlookDefaults {
    private static let values: [[UInt8]] = [
        "Normal", "False", "Unspecified", "Aus", "Keine Angabe", "0/0/00", "0.0.00",
    ].map { Array($0.utf8) }

    /// True when `field`, without surrounding spaces, is one of the defaults (ASCII case ignored).
    static func isDefault(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = field.startIndex
        var end = field.endIndex
        while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
        while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 || field[end - 1] == 0x0D || field[end - 1] == 0x0A {
            end -= 1
        }
        let count = end - start
        return values.contains { value in
            value.count == count && value.indices.allSatisfy { field[start + $0] | 0x20 == value[$0] | 0x20 }
        }
    }
}
