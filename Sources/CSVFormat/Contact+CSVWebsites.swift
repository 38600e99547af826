import ContactModel

extension Contact {
    /// Properties that hold a web address of the contact but are no `URL`, and the label a Google
    /// `Website n` group gives each: Evolution's blog and video-chat addresses and the calendar and
    /// free/busy addresses of RFC 2739 (RFC 6350 §6.9 `CALURI`, `FBURL`), which Evolution, KDE and
    /// Outlook's vCards carry.
    static let csvWebsiteProperties: [(name: String, label: String)] = [
        ("X-EVOLUTION-BLOG-URL", "Blog"), ("X-EVOLUTION-VIDEO-URL", "Video Chat"),
        ("CALURI", "Calendar"), ("FBURL", "Free/Busy"),
    ]

    /// The web addresses a Google CSV row writes in its `Website n` groups: the contact's URLs,
    /// then ``csvWebsiteEntries``.
    var csvWebsites: [WebAddress] { urls + csvWebsiteEntries.map(\.website) }

    /// The values of ``csvWebsiteProperties`` that are URIs, labelled, with their index in
    /// ``unmapped``, in the order they came (Outlook 2003's `FBURL` of question marks and a form
    /// feed is none, and stays out).
    var csvWebsiteEntries: [(index: Int, website: WebAddress)] {
        unmapped.indices.compactMap { index in
            let raw = unmapped[index]
            guard let label = Self.csvWebsiteProperties.first(where: { $0.name == raw.name })?.label else { return nil }
            let url = RawText.unescape(raw.value)
            return Self.isURI(url) ? (index, WebAddress(url: url, label: label)) : nil
        }
    }

    /// True for `scheme:rest` (RFC 3986 §3.1 scheme: a letter, then letters, digits, `+`, `-`,
    /// `.`) with no space or control character.
    private static func isURI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < bytes.count,
            bytes[0].isASCIILetter, bytes[..<colon].allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || "+-.".utf8.contains($0) })
        else { return false }
        return !bytes.contains { $0 <= 0x20 || $0 == 0x7F }
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}
