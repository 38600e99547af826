import Foundation

/// Builds the text of one generated card the way exporters write it: folded at 75 octets,
/// escaped for 3.0/4.0, quoted-printable for non-ASCII 2.1 values.
struct VCardText {
    private let version: CorpusGenerator.Format
    private var lines: [String] = []

    init(version: CorpusGenerator.Format) {
        self.version = version
    }

    mutating func add(_ name: String, _ value: String, type: String? = nil) {
        let structured = name == "N" || name == "ADR" || name == "ORG"
        var head = name
        if let type {
            head += version == .vcard21
                ? type.split(separator: ",").map { ";" + $0 }.joined()
                : ";TYPE=" + (version == .vcard40 ? type.lowercased() : type)
        }
        if version == .vcard21 {
            if value.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0A }) {
                lines.append(head + ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + Self.quotedPrintable(value))
                return
            }
            lines.append(head + ":" + value)
            return
        }
        lines.append(head + ":" + Self.escape(value, structured: structured))
    }

    mutating func addPhone(_ number: String, kind: String, preferred: Bool, group: Int) {
        switch version {
        case .vcard21:
            lines.append("TEL;\(kind.uppercased())\(preferred ? ";PREF" : ""):\(number)")
        case .vcard30:
            if kind == "work" {
                lines.append("item\(group).TEL:\(number)")
                lines.append("item\(group).X-ABLabel:_$!<Work>!$_")
            } else {
                lines.append("TEL;TYPE=\(kind.uppercased())\(preferred ? ";TYPE=pref" : ""):\(number)")
            }
        case .vcard40, .googleCSV:
            let uri = number.hasPrefix("+") && !number.contains("ext")
            let value = uri ? "tel:" + number.replacingOccurrences(of: " ", with: "-") : number
            lines.append("TEL;\(uri ? "VALUE=uri;" : "")TYPE=\"\(kind),voice\"\(preferred ? ";PREF=1" : ""):\(value)")
        }
    }

    mutating func addPhoto(_ base64: String) {
        switch version {
        case .vcard21: lines.append("PHOTO;ENCODING=BASE64;TYPE=JPEG:" + base64)
        case .vcard30: lines.append("PHOTO;ENCODING=b;TYPE=JPEG:" + base64)
        case .vcard40, .googleCSV: lines.append("PHOTO:data:image/jpeg;base64," + base64)
        }
    }

    func finish(into out: inout [UInt8]) {
        out.append(contentsOf: "BEGIN:VCARD\r\nVERSION:\(version.rawValue)\r\n".utf8)
        for line in lines { Self.fold(line, into: &out) }
        out.append(contentsOf: "END:VCARD\r\n".utf8)
    }

    private static func escape(_ value: String, structured: Bool) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ",": out += structured ? "," : "\\,"
            case ";": out += structured ? ";" : "\\;"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    private static func quotedPrintable(_ value: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        var lineLength = 0
        for byte in value.utf8 {
            let plain = byte >= 0x21 && byte <= 0x7E && byte != 0x3D
            let piece: [UInt8] = plain ? [byte] : [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            if lineLength + piece.count > 73 {
                out += Array("=\r\n".utf8)
                lineLength = 0
            }
            out += piece
            lineLength += piece.count
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds at 75 octets, never inside a UTF-8 sequence (RFC 6350 §3.2). Quoted-printable lines
    /// carry their own soft breaks and are not folded.
    private static func fold(_ line: String, into out: inout [UInt8]) {
        let bytes = Array(line.utf8)
        if line.contains("QUOTED-PRINTABLE") || bytes.count <= 75 {
            out += bytes
            out += [0x0D, 0x0A]
            return
        }
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(bytes.count, start + limit)
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out.append(0x20) }
            out += bytes[start..<end]
            out += [0x0D, 0x0A]
            start = end
            limit = 74
        }
    }
}
