import Foundation
import ContactModel

/// How ``CSVReader`` reads a file: each choice is automatic unless forced.
public struct CSVReadingOptions: Sendable, Hashable {
    /// The field separator; `nil` sniffs it from the first row (quote-aware: the most frequent of
    /// `,` `;` TAB outside quotes).
    public var delimiter: CSVDelimiter?
    /// The charset of 8-bit text; `nil` reads each field as UTF-8 when it is valid UTF-8 and as
    /// Windows-1252 otherwise. UTF-16 with a byte-order mark (or ASCII-looking zero bytes) and a
    /// UTF-8 byte-order mark are recognised in either case; a UTF-16 charset here names the
    /// byte order of a file without a mark.
    public var encoding: TextCharset?
    /// The header layout; `nil` recognises it from the header row.
    public var profile: CSVProfile?
    /// Columns mapped by hand; they win over the profile for the columns they name.
    public var mappings: [ColumnMapping]
    /// Caps on field, column and row sizes.
    public var limits: Limits

    /// Makes options; each `nil` is detected from the file.
    /// - Parameters:
    ///   - delimiter: the field separator, or `nil` to sniff it.
    ///   - encoding: the charset of 8-bit text, or `nil` to take UTF-8 and fall back per field.
    ///   - profile: the header layout, or `nil` to recognise it.
    ///   - mappings: columns mapped by hand (`--map`).
    ///   - limits: size caps.
    public init(
        delimiter: CSVDelimiter? = nil,
        encoding: TextCharset? = nil,
        profile: CSVProfile? = nil,
        mappings: [ColumnMapping] = [],
        limits: Limits = Limits()
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.profile = profile
        self.mappings = mappings
        self.limits = limits
    }

    /// Caps that keep memory bounded on hostile or broken input; what goes past them is cut or
    /// dropped with a diagnostic.
    public struct Limits: Sendable, Hashable {
        /// Longest field kept, in bytes (after unquoting); longer ones are cut.
        public var maxFieldBytes: Int
        /// Most columns kept per row; the rest are dropped.
        public var maxColumns: Int
        /// Most bytes kept per row, all fields together.
        public var maxRecordBytes: Int

        /// Makes caps; a value below 1 is taken as 1.
        /// - Parameters:
        ///   - maxFieldBytes: the longest field kept, in bytes (default 1 MiB).
        ///   - maxColumns: the most columns kept per row (default 10,000).
        ///   - maxRecordBytes: the most bytes kept per row (default 8 MiB).
        public init(maxFieldBytes: Int = 1 << 20, maxColumns: Int = 10_000, maxRecordBytes: Int = 8 << 20) {
            self.maxFieldBytes = max(1, maxFieldBytes)
            self.maxColumns = max(1, maxColumns)
            self.maxRecordBytes = max(1, maxRecordBytes)
        }
    }
}

/// A CSV field separator (RFC 4180 §2 uses the comma; European Excel writes `;`).
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    /// The delimiter a command-line value names: `,` `;` `\t`, `tab`, `comma`, `semicolon`.
    public init?(name: String) {
        switch name.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        default: return nil
        }
    }

    var byte: UInt8 { rawValue.utf8.first! }
}

/// The header layouts ``CSVReader`` knows by name.
public enum CSVProfile: Sendable, Hashable, CustomStringConvertible {
    /// Google Contacts' CSV since 2020 (`First Name`, …, `Phone 1 - Label`, `Phone 1 - Value`).
    case googleContacts
    /// Google Contacts' older "Google CSV" (`Name`, `Given Name`, …, `Phone 1 - Type`).
    case googleContactsLegacy
    /// Outlook's CSV in one of its UI languages: the desktop export (92 columns), Outlook.com's
    /// (61) and Google's "Outlook CSV" (67) share these column names.
    case outlook(OutlookLanguage)
    /// Thunderbird's address-book export (`First Name`, `Last Name`, `Display Name`, …).
    case thunderbird
    /// Any header whose names look like name, phone, email, address or company columns in
    /// English, Spanish, Portuguese, French, German or Italian; without a header, columns are
    /// recognised by their content.
    case generic

    /// True for an address book's own export (Google's, Outlook's, Thunderbird's), where every
    /// row is a contact, also one holding only an address, a website or a note.
    var isAddressBookExport: Bool {
        if case .generic = self { return false }
        return true
    }

    /// The profile a command-line value names: `google`, `google-legacy`, `outlook`,
    /// `outlook-de`, `outlook-es`, `outlook-pt-br`, `outlook-pt-pt`, `outlook-fr`, `outlook-it`,
    /// `thunderbird`, `generic`.
    public init?(name: String) {
        let key = name.lowercased()
        switch key {
        case "google", "google-contacts": self = .googleContacts
        case "google-legacy", "google-old": self = .googleContactsLegacy
        case "outlook", "outlook-en", "outlook-com", "outlook.com": self = .outlook(.english)
        case "thunderbird": self = .thunderbird
        case "generic": self = .generic
        default:
            guard key.hasPrefix("outlook-"), let language = OutlookLanguage(code: String(key.dropFirst(8))) else {
                return nil
            }
            self = .outlook(language)
        }
    }

    /// The name ``init(name:)`` reads back (`google`, `google-legacy`, `outlook-de`, `thunderbird`,
    /// `generic`).
    public var description: String {
        switch self {
        case .googleContacts: "google"
        case .googleContactsLegacy: "google-legacy"
        case .outlook(let language): "outlook-" + language.rawValue
        case .thunderbird: "thunderbird"
        case .generic: "generic"
        }
    }
}

/// The UI languages whose Outlook CSV headers ``CSVReader`` recognises.
public enum OutlookLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case german = "de"
    case spanish = "es"
    case brazilianPortuguese = "pt-br"
    case europeanPortuguese = "pt-pt"
    case french = "fr"
    case italian = "it"

    /// The language a code names (`en`, `de`, `es`, `pt-BR`, `pt-PT`, `fr`, `it`, case-insensitive).
    public init?(code: String) {
        self.init(rawValue: code.lowercased().replacingOccurrences(of: "_", with: "-"))
    }

    /// Whether Outlook in this language writes dates month first (`M/D/YYYY`).
    var writesMonthFirst: Bool { self == .english }
}
