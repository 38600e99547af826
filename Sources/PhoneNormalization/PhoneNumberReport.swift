/// What the `phones` command prints for one input line: the input as read, its E.164 form,
/// whether it is valid, possible or invalid, its type, its extension and the error.
public struct PhoneNumberReport: Sendable, Hashable {
    /// libphonenumber's verdict: `isValidNumber`, else `isPossibleNumber`, else neither.
    public enum Validity: String, Sendable, Hashable {
        case valid, possible, invalid
    }

    /// The column names of ``tsvLine``, tab-separated.
    public static let tsvHeader = "input\te164\tvalidity\ttype\textension\terror"

    /// The line as read, unescaped (``tsvLine`` escapes it again).
    public let input: String
    /// The region national numbers were read in; `nil` reads only numbers written with `+` or an
    /// international prefix.
    public let defaultRegion: RegionCode?
    /// The number read, `nil` when ``error`` is set.
    public let number: PhoneNumber?
    /// Why no number could be read; `nil` when ``number`` is set.
    public let error: PhoneNumberError?

    /// Reads `input` as a phone number dialled in `defaultRegion`.
    public init(input: String, defaultRegion: RegionCode?, tolerance: PhoneNumber.Tolerance = .libphonenumber) {
        self.input = input
        self.defaultRegion = defaultRegion
        do {
            number = try PhoneNumber(parsing: input, defaultRegion: defaultRegion, tolerance: tolerance)
            error = nil
        } catch {
            number = nil
            self.error = error
        }
    }

    /// `valid` when the number matches its region's patterns, `possible` when only its length is
    /// right, `invalid` when none could be read.
    public var validity: Validity {
        guard let number else { return .invalid }
        return number.isValid ? .valid : .possible
    }

    /// The type column: the type for a valid number, `unknown` for a possible one, empty else.
    public var typeName: String {
        guard let number else { return "" }
        return number.isValid ? number.type.rawValue : PhoneNumberType.unknown.rawValue
    }

    /// One tab-separated line in the order of ``tsvHeader``, without a line break. Backslash,
    /// tab, CR and LF in the input are written as `\\`, `\t`, `\r` and `\n`.
    public var tsvLine: String {
        var escaped = ""
        for scalar in input.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        let fields = [
            escaped, number?.e164 ?? "", validity.rawValue, typeName, number?.extensionNumber ?? "",
            error?.code.name ?? "",
        ]
        return fields.joined(separator: "\t")
    }

    /// A JSON object with sorted keys (RFC 8259): `e164`, `error` (`{"code","message"}` or
    /// `null`), `extension`, `input`, `region`, `type` and `validity`; absent values are `null`.
    public var json: String {
        var out: [UInt8] = []
        out.reserveCapacity(128 + input.utf8.count)
        func key(_ name: StaticString) {
            out.append(out.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: "\":".utf8)
        }
        func value(_ text: String?) {
            guard let text else {
                out.append(contentsOf: "null".utf8)
                return
            }
            JSONText.appendString(text, to: &out)
        }
        key("e164"); value(number?.e164)
        key("error")
        if let error {
            out.append(contentsOf: "{\"code\":".utf8)
            value(error.code.name)
            out.append(contentsOf: ",\"message\":".utf8)
            value(error.message)
            out.append(UInt8(ascii: "}"))
        } else {
            value(nil)
        }
        key("extension"); value(number?.extensionNumber)
        key("input"); value(input)
        key("region"); value(number?.region?.rawValue)
        key("type"); value(number == nil ? nil : typeName)
        key("validity"); value(validity.rawValue)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// JSON string writing (RFC 8259 §7).
enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted JSON string: `"` and `\` escaped, control characters as
    /// `\b \f \n \r \t` or `\u00XX`, everything else copied as UTF-8 in bulk runs.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: bytes[runStart..<index])
                runStart = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: "u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: bytes[runStart...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
