import Foundation

/// Inputs that are no address book, recognised from their first bytes so that they are refused
/// with a way forward instead of being read as a headerless CSV (which turned every line of an
/// LDIF or XML file into a contact): the spreadsheet itself instead of a CSV saved from it, the
/// ZIP an export came in, other binary data, and the text formats next to address books —
/// LDIF, xCard and other XML, HTML, iCalendar.
enum ForeignInput {
    /// The diagnostic for an input that is not an address book, or `nil` for one to read.
    /// - Parameters:
    ///   - head: the input's first bytes, decoded to UTF-8 when it was UTF-16.
    ///   - formatForced: the user named the format (`--from`): text is then read as asked.
    static func message(forHead head: [UInt8], formatForced: Bool) -> String? {
        if InputFormat.looksBinary(head) {
            guard let kind = kind(of: head) else {
                return "binary data, not an address book (vCard, CSV, Jelou JSON or jCard); file skipped"
            }
            return kind + "; file skipped"
        }
        guard !formatForced, !InputFormat.containsVCardBegin(head), let kind = textKind(of: head) else { return nil }
        return kind + "; file skipped"
    }

    /// A text format that is no address book, named by its first line.
    private static func textKind(of head: [UInt8]) -> String? {
        let significant = head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let firstLine = String(decoding: significant.prefix { $0 != 0x0A && $0 != 0x0D }.prefix(200), as: UTF8.self)
        let lowered = firstLine.lowercased()
        let exportAgain = "export the address book as vCard (.vcf) or CSV and convert that"
        let isLDIFVersion = lowered.hasPrefix("version:") && lowered.dropFirst(8).trimmingCharacters(in: .whitespaces) == "1"
        if lowered.hasPrefix("dn:") || isLDIFVersion {
            return "an LDIF directory file (RFC 2849, as Thunderbird exports), which is not read: " + exportAgain
        }
        if lowered.hasPrefix("begin:vcalendar") { return "an iCalendar file (RFC 5545: events, not contacts)" }
        guard significant.first == UInt8(ascii: "<") else { return nil }
        let text = String(decoding: significant.prefix(2048), as: UTF8.self).lowercased()
        if text.contains("urn:ietf:params:xml:ns:vcard-4.0") {
            return "an xCard file (vCard in XML, RFC 6351), which is not read: " + exportAgain
        }
        if text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.contains("<html") {
            return "an HTML page, not an address book"
        }
        return "an XML file, not an address book: " + exportAgain
    }

    private static func kind(of head: [UInt8]) -> String? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return zipKind(head) }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "an Excel 97-2003 workbook (.xls) or another Office file, not an address book: "
                + "save the sheet as CSV UTF-8 and convert that"
        }
        if head.starts(with: [0x1F, 0x8B]) { return "a gzip-compressed file: decompress it and convert what it holds" }
        if head.starts(with: Array("%PDF".utf8)) { return "a PDF, not an address book" }
        return nil
    }

    /// A ZIP archive, named by its first entry (APPNOTE.TXT §4.3.7: the name starts at byte 30,
    /// its length is the little-endian 16 bits at byte 26) and by the folders the head mentions.
    private static func zipKind(_ head: [UInt8]) -> String {
        let saveAsCSV = "save the sheet as CSV UTF-8 and convert that"
        if contains(head, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet") {
            return "a LibreOffice or OpenOffice spreadsheet (.ods), not an address book: " + saveAsCSV
        }
        if contains(head, "xl/") { return "an Excel workbook (.xlsx), not an address book: " + saveAsCSV }
        if contains(head, "Index/Document.iwa") {
            return "a Numbers spreadsheet, not an address book: export it as CSV (File > Export To > CSV) and convert that"
        }
        var entry = ""
        if head.count > 30 {
            let length = Int(head[26]) | Int(head[27]) << 8
            if head.count >= 30 + length { entry = String(decoding: head[30..<(30 + length)], as: UTF8.self) }
        }
        let lowered = entry.lowercased()
        if lowered.hasSuffix(".vcf") || lowered.hasSuffix(".csv") || lowered.hasSuffix(".json") {
            return "a ZIP archive (its first file is '\(entry)'): unzip it and convert the address books inside"
        }
        return "a ZIP archive, not an address book: unzip it and convert the address books inside"
    }

    private static func contains(_ head: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard let first = needle.first, head.count >= needle.count else { return false }
        for start in 0...(head.count - needle.count) where head[start] == first {
            if head[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
