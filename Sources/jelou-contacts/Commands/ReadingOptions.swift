import CSVFormat
import ContactModel
import ContactNormalization
import PhoneNormalization

/// How inputs are read and normalised, from the shared options (`--from`, `--region`, `--wa-id`,
/// `--strict`, the CSV options) and the environment (`JELOU_CONTACTS_REGION`).
struct ReadingOptions {
    var format: InputFormat?
    /// The text encoding the user named: a CSV file's, and a vCard's 8-bit values without CHARSET;
    /// UTF-16 names the whole input's encoding.
    var encoding: TextCharset?
    var csv = CSVReadingOptions()
    var normalization = NormalizationContext()

    /// - Throws: ``UsageError`` for an unknown region, delimiter, encoding, profile or mapping.
    init(_ arguments: ParsedArguments, environment: [String: String]) throws(UsageError) {
        if let from = arguments.value("--from"), from != "auto" { format = InputFormat(rawValue: from) }
        normalization.region = try Self.region(arguments.value("--region"), option: "--region")
        if let fromEnvironment = environment["JELOU_CONTACTS_REGION"], !fromEnvironment.isEmpty {
            guard let region = RegionCode(rawValue: fromEnvironment) else {
                throw UsageError("JELOU_CONTACTS_REGION is '\(fromEnvironment)', which is not a region code such as EC or MX")
            }
            normalization.environmentRegion = region
        }
        if let policy = arguments.value("--wa-id") {
            normalization.waIDPolicy = NormalizationContext.WhatsAppIDPolicy(rawValue: policy) ?? .mobile
        }
        normalization.waIDQuirks = arguments.has("--wa-id-quirks")
        normalization.strict = arguments.has("--strict")
        if let name = arguments.value("--delimiter") {
            guard let delimiter = CSVDelimiter(name: name) else {
                throw UsageError("unknown delimiter '\(name)'; use ',', ';' or 'tab'")
            }
            csv.delimiter = delimiter
        }
        if let name = arguments.value("--encoding") {
            guard let charset = TextCharset(name: name) else { throw UsageError("unknown encoding '\(name)'") }
            encoding = charset
            csv.encoding = charset
        }
        // With `--to csv`, `--profile` names the layout written; the input's layout is recognised
        // (a Google CSV converted with `--profile outlook` must not be read as an Outlook one).
        if let name = arguments.value("--profile"), name != "auto", arguments.value("--to") != "csv" {
            guard let profile = CSVProfile(name: name) else { throw UsageError("unknown CSV profile '\(name)'") }
            csv.profile = profile
        }
        for text in arguments.all("--map") {
            do {
                csv.mappings.append(try ColumnMapping(parsing: text))
            } catch {
                throw UsageError("--map '\(text)': \(error)")
            }
        }
    }

    /// A region code given as an option value.
    /// - Throws: ``UsageError`` when the numbering plan does not know it.
    static func region(_ text: String?, option: String) throws(UsageError) -> RegionCode? {
        guard let text else { return nil }
        guard text.count == 2, let region = RegionCode(rawValue: text), region.rawValue != "001" else {
            throw UsageError("unknown region '\(text)'; give an ISO 3166-1 code such as EC, MX or US")
        }
        return region
    }
}

extension CSVReadingOptions {
    /// The same options for bytes already decoded to UTF-8.
    var withoutEncoding: CSVReadingOptions {
        var options = self
        options.encoding = nil
        return options
    }
}
