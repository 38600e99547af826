/// What a binary input is, when its first bytes say so, and what to do with it: people hand the
/// tool the spreadsheet itself instead of a CSV saved from it, or the ZIP a contacts export came in.
enum BinaryInput {
    /// The diagnostic for an input that is not text: named and with a way forward for a ZIP
    /// archive (a Google Takeout export), an Excel, LibreOffice or Numbers workbook, an older
    /// Office file, a gzip file or a PDF; else the generic one.
    static func message(forHead head: [UInt8]) -> String {
        guard let kind = kind(of: head) else {
            return "binary data, not an address book (vCard, CSV, Jelou JSON or jCard); file skipped"
        }
        return kind + "; file skipped"
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
