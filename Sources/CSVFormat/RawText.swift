/// The backslash escaping of a vCard 3.0 text value (RFC 2425 §5.8.4), used for the raw
/// properties the CSV reader keeps: `\\`, `\,`, `\;` and `\n`.
enum RawText {
    static func escape(_ text: String) -> String {
        var copy = text
        let plain = copy.withUTF8 { bytes in
            !bytes.contains { $0 == 0x5C || $0 == 0x2C || $0 == 0x3B || $0 == 0x0D || $0 == 0x0A }
        }
        if plain { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// A categories cell as a vCard `CATEGORIES` list value (RFC 6350 §6.7.1): Outlook separates
    /// categories with `;` (`Kunden;VIP`), other exporters with `,`. A cell with a `;` is split
    /// there only (so `Clientes;VIP, oro` keeps `VIP, oro`), else at its commas; each item is
    /// trimmed and escaped, and the items are joined with unescaped commas.
    static func categoryList(_ text: String) -> String {
        let separator: Character = text.contains(";") ? ";" : ","
        return text.split(separator: separator).map { escape(String($0).trimmingSpaces) }.filter { !$0.isEmpty }
            .joined(separator: ",")
    }

    /// The items of a comma-separated list value (vCard `CATEGORIES`), split at unescaped commas
    /// and unescaped.
    static func splitList(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                current.unicodeScalars.append("\\")
                current.unicodeScalars.append(scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "," {
                items.append(unescape(current))
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        items.append(unescape(current))
        return items.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                out.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }
        return out
    }
}
