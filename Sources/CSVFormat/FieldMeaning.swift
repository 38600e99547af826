import ContactModel
import Foundation

/// What a CSV column holds, as a header table or a mapping says, before the reader lays out a row.
enum FieldMeaning: Hashable {
    case name(NamePart)
    /// `Nombre`, `Nome`: the given name when a family-name column exists, else the whole name.
    case givenOrFormatted
    /// `Nom`: the family name when a given-name column exists, else the whole name.
    case familyOrFormatted
    case organization(OrganizationPart)
    case phone(Phone.Kind, label: String?, preference: Int?)
    case email(EntryKind, label: String?)
    case url(EntryKind, label: String?)
    case address(EntryKind, String?, AddressPart)
    case birthday
    case birthdayPart(DatePart)
    case note
    /// Outlook / generic categories, kept raw as a `CATEGORIES` list (split at `;` and `,`).
    case categories
    /// Outlook's `E-mail Type` (`SMTP`, or `EX` for an Exchange entry, recognised by its address):
    /// says nothing the address does not, so it is not kept as a custom field.
    case emailType
    /// Outlook's `E-mail Display Name` (`Jane Doe (jane@example.com)`): read only for the SMTP
    /// address of an Exchange entry, whose `E-mail Address` is an X.500 name.
    case emailDisplayName
    /// A column the model has no field for but a vCard property holds (Outlook's `Spouse` as
    /// `X-MS-SPOUSE`, …): kept raw under that name. `isDate` reads the cell as a date, written
    /// `YYYY-MM-DD` (Outlook's empty `0/0/00` is no value).
    case raw(String, isDate: Bool)
    /// A phone's country calling code in a column of its own (`Código de país` = `593`, `DDI`,
    /// `Dial code`): joined to the row's national numbers, which it belongs to (`+593 991234567`).
    case callingCode
    /// A WhatsApp id (`wa_id`, WATI's `waId`): the digits of the international number WhatsApp
    /// knows the contact by. It is that phone's id, or a phone of its own when the row has none.
    case whatsAppID
    /// A phone extension in a column of its own (`Phone Ext`, `Anexo`): the extension of the
    /// phone in the nearest column before it.
    case phoneExtension
    /// Yahoo's `Primary`: the header of the row's preferred phone column (`Mobile`), which gets
    /// preference 1; any other text is kept as a custom field.
    case primaryPhone
    /// Google's `Photo`: a web address, kept as a `PHOTO` URI (RFC 6350 §6.2.4, `VALUE=uri`);
    /// any other text as a custom field, like ``known``.
    case photo
    /// A column the layout defines but the model has no field for: kept as a custom field, never
    /// guessed at by the generic matcher.
    case known

    /// True for what only an Outlook export has a column for (its e-mail type and display name,
    /// the fields it keeps as `X-MS-*` properties): no hand-made sheet has one, so a header with
    /// one is an Outlook export however few columns it kept.
    var isOutlookOnly: Bool {
        switch self {
        case .emailType, .emailDisplayName: true
        case .raw(let name, _): name.hasPrefix("X-MS-")
        default: false
        }
    }

    enum NamePart: Hashable {
        case formatted, given, family, middle, prefix, suffix, nickname
    }

    enum OrganizationPart: Hashable {
        case company, department, title
        /// Outlook's `Profession`, which Outlook's own vCard export writes as ROLE.
        case role
    }

    enum AddressPart: Hashable {
        case formatted, street, extended, poBox, city, region, postalCode, country
    }

    enum DatePart: Hashable {
        case year, month, day
    }
}

/// Header names folded for matching: lower-cased, accents removed, punctuation turned into
/// spaces, runs of spaces collapsed (`"Téléphone (bureau)"` → `"telephone bureau"`).
enum HeaderKey {
    static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let isWord = CharacterSet.alphanumerics.contains(scalar) || scalar == "&"
            if isWord {
                if pendingSpace, !out.isEmpty { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out.replacingOccurrences(of: "ß", with: "ss")
    }

    /// `name` with a space before each capital that follows a lower-case letter or digit
    /// (`phoneNumber` → `phone Number`, `MobilePhone` → `Mobile Phone`); runs of capitals stay
    /// whole (`PLZ`).
    static func splittingCamelCase(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var previousIsLowerOrDigit = false
        for scalar in name.unicodeScalars {
            let isUpper = scalar.properties.isUppercase
            if isUpper, previousIsLowerOrDigit { out.append(" ") }
            out.append(scalar)
            previousIsLowerOrDigit = scalar.properties.isLowercase || ("0"..."9").contains(scalar)
        }
        return String(out)
    }

    /// Folds every key of a table given with readable names.
    static func table<Value>(_ entries: [(String, Value)]) -> [String: Value] {
        var table: [String: Value] = [:]
        for (name, value) in entries where table[fold(name)] == nil {
            table[fold(name)] = value
        }
        return table
    }
}
