import CSVFormat
import ContactModel
import Foundation

/// Reads every contact and diagnostic from `bytes`, fed in chunks of `chunkSize`.
func readAll(
    _ bytes: [UInt8], chunkSize: Int = 65_536, options: CSVReadingOptions = CSVReadingOptions()
) throws -> (records: [ContactRecord], diagnostics: [Diagnostic], profile: CSVProfile?) {
    var reader = CSVReader(source: MemoryByteSource(bytes, chunkSize: chunkSize), options: options)
    var records: [ContactRecord] = []
    var diagnostics: [Diagnostic] = []
    while let record = try reader.next(diagnostics: &diagnostics) {
        records.append(record)
    }
    return (records, diagnostics, reader.profile)
}

func readAll(_ text: String, chunkSize: Int = 65_536, options: CSVReadingOptions = CSVReadingOptions()) throws
    -> (records: [ContactRecord], diagnostics: [Diagnostic], profile: CSVProfile?)
{
    try readAll(Array(text.utf8), chunkSize: chunkSize, options: options)
}

/// A column with no contact field, as the reader keeps it: a custom field labelled with the
/// column's name.
func customField(_ column: String, _ value: String) -> RawProperty {
    RawProperty(name: "X-GOOGLE-CUSTOM-FIELD", parameters: [RawParameter(name: "X-LABEL", values: [column])], value: value)
}
