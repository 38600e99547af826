import Foundation

/// A character set named by a vCard `CHARSET=` parameter (RFC 2425 §5.8.3) or chosen for a CSV
/// file, and the decoding of bytes in it.
///
/// UTF-8, ISO-8859-1, Windows-1252 and Mac OS Roman are decoded here byte by byte; the other IANA names
/// (Shift_JIS, ISO-8859-2, KOI8-R, GB2312, Big5, Windows-125x …) go through Foundation, off the
/// hot path.
public struct TextCharset: Sendable, Hashable, RawRepresentable {
    /// The canonical lower-case name (`utf-8`, `windows-1252`, `shift_jis`).
    public let rawValue: String

    /// Takes `rawValue` as the canonical name, unchecked; ``init(name:)`` reads a name as users and
    /// files write it.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// UTF-8 (RFC 3629), decoded here.
    public static let utf8 = TextCharset(rawValue: "utf-8")
    /// ISO-8859-1, also what `us-ascii` names; decoded here, each byte its own code point.
    public static let latin1 = TextCharset(rawValue: "iso-8859-1")
    /// Windows-1252, the Windows code page of Western Europe and the Americas; decoded here. The
    /// usual guess for 8-bit text that names no charset (``likelySingleByteCharset(of:)``).
    public static let windows1252 = TextCharset(rawValue: "windows-1252")
    /// Windows-1251, the Cyrillic Windows code page; decoded through Foundation. The other guess
    /// for 8-bit text that names no charset.
    public static let windows1251 = TextCharset(rawValue: "windows-1251")
    /// Shift_JIS, which Japanese phones' vCards use; decoded through Foundation.
    public static let shiftJIS = TextCharset(rawValue: "shift_jis")

    /// The charset an IANA name or common alias stands for (`UTF8`, `latin1`, `cp1252`, `SJIS` …),
    /// or `nil` when the name is unknown.
    public init?(name: String) {
        let key = String(name.lowercased().filter { !$0.isWhitespace && $0 != "\"" })
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "us-ascii", "ascii":
            self = .latin1
        case "windows-1252", "cp1252", "win-1252", "x-cp1252", "ansi": self = .windows1252
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "cp932", "windows-31j": self = .shiftJIS
        case "macintosh", "mac", "x-mac-roman", "macroman", "mac-roman", "macos-roman": self = .macRoman
        default:
            guard Self.foundationEncodings[key] != nil else { return nil }
            self.init(rawValue: key)
        }
    }

    /// True for the code pages of one byte per character: ISO-8859-* (and its `latin` names and
    /// TIS-620), Windows-125x, KOI8-*.
    public var isSingleByte: Bool {
        rawValue.hasPrefix("iso-8859") || rawValue.hasPrefix("iso8859") || rawValue.hasPrefix("windows-125")
            || rawValue.hasPrefix("cp125") || rawValue.hasPrefix("koi8") || rawValue.hasPrefix("latin")
            || rawValue == "tis-620" || self == .macRoman
    }

    /// Decodes `bytes`; `nil` when they are not valid in this charset: UTF-8 and the multi-byte
    /// charsets, and the code pages decoded through Foundation that leave bytes unassigned
    /// (Windows-1255's 0xFF, ISO-8859-8's 0xA1), can fail.
    public func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .latin1:
            return String(decoding: Self.utf8FromSingleByte(bytes) { UInt32($0) }, as: UTF8.self)
        case .windows1252:
            return String(decoding: Self.utf8FromSingleByte(bytes, Self.windows1252Scalar), as: UTF8.self)
        case .macRoman:
            return String(decoding: Self.utf8FromSingleByte(bytes, Self.macRomanScalar), as: UTF8.self)
        case .shiftJIS:
            return String(data: Data(bytes), encoding: .shiftJIS)
        default:
            guard let encoding = Self.foundationEncodings[rawValue] else { return nil }
            return String(data: Data(bytes), encoding: encoding)
        }
    }

    /// Decodes bytes of unknown charset: UTF-8 when they are valid UTF-8, otherwise the likelier
    /// of Windows-1252 and Windows-1251 (``likelySingleByteCharset(of:)``).
    /// - Returns: the text and the charset used.
    public static func decodeGuessing<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (text: String, charset: TextCharset) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        let charset = likelySingleByteCharset(of: bytes)
        return (charset.decode(bytes) ?? TextCharset.windows1252.decode(bytes) ?? "", charset)
    }

    /// The code page 8-bit text that is not UTF-8 and names none was most likely written in, by
    /// how its letters above 0x7F stand: Windows-1251 (the Cyrillic code page of Russian and
    /// Kazakh Windows, whose exports write whole words in it) when most of them stand in runs of
    /// three or more; otherwise Windows-1252 (Western Europe and the Americas), whose accented
    /// letters stand one or two at a time among ASCII letters (`Müller`, `Ibáñez`, `Conceição`).
    public static func likelySingleByteCharset<Bytes: Collection<UInt8>>(of bytes: Bytes) -> TextCharset {
        var letters = 0
        var inLongRuns = 0
        var run = 0
        for byte in bytes {
            // Windows-1251's letters: А–я at 0xC0–0xFF, Ё and ё at 0xA8 and 0xB8.
            if byte >= 0xC0 || byte == 0xA8 || byte == 0xB8 {
                letters += 1
                run += 1
            } else {
                if run >= 3 { inLongRuns += run }
                run = 0
            }
        }
        if run >= 3 { inLongRuns += run }
        return inLongRuns >= 3 && inLongRuns * 2 > letters ? .windows1251 : .windows1252
    }

    /// For UTF-16, which is decoded for the whole stream (``UnicodeByteSource``) rather than value
    /// by value: the byte order to assume when the stream has no byte-order mark (`utf-16` without
    /// an order is little-endian, as Windows writes it). `nil` for every other charset.
    public var streamEncoding: StreamEncoding? {
        switch rawValue {
        case "utf-16", "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        default: nil
        }
    }

    /// What a diagnostic about a guessed code page adds, so the user knows how to name the right
    /// one (the command line's `--encoding`).
    public static let guessedCodePageHint = "; if letters look wrong, name the file's code page with --encoding"

    /// The name diagnostics use: `Windows-1252`, `UTF-8`, `Shift_JIS`, `ISO-8859-2`.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .shiftJIS: "Shift_JIS"
        case .macRoman: "Mac OS Roman"
        default:
            rawValue.hasPrefix("windows-") ? "Windows-" + rawValue.dropFirst(8) : rawValue.uppercased()
        }
    }

    /// The Unicode scalar a Windows-1252 byte stands for (bytes Microsoft left undefined map to
    /// the C1 control of the same value, as WHATWG's encoding standard does).
    public static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
        return UInt32(windows1252High[Int(byte - 0x80)])
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func utf8FromSingleByte<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, _ scalarFor: (UInt8) -> UInt32
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes { UTF8Encoding.append(scalarFor(byte), to: &out) }
        return out
    }

    private static let foundationEncodings: [String: String.Encoding] = [
        "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "iso8859-2": .isoLatin2,
        "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250,
        "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251,
        "windows-1253": .windowsCP1253, "cp1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "cp1254": .windowsCP1254,
        "iso-2022-jp": .iso2022JP, "euc-jp": .japaneseEUC,
        "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
        // Simplified Chinese: GB18030 reads GB2312 (EUC-CN) and GBK (code page 936), its subsets.
        "gb2312": coreFoundation(0x0632), "gbk": coreFoundation(0x0632), "gb18030": coreFoundation(0x0632),
        "cp936": coreFoundation(0x0632), "euc-cn": coreFoundation(0x0632), "x-gbk": coreFoundation(0x0632),
        "windows-936": coreFoundation(0x0632),
        // Traditional Chinese.
        "big5": coreFoundation(0x0A03), "cp950": coreFoundation(0x0A03), "x-x-big5": coreFoundation(0x0A03),
        "big5-hkscs": coreFoundation(0x0A06),
        // Korean: code page 949 (Unified Hangul) reads EUC-KR, its subset; `ks_c_5601-1987` is the
        // name Outlook and Internet Explorer give it.
        "euc-kr": coreFoundation(0x0422), "cp949": coreFoundation(0x0422), "ks_c_5601-1987": coreFoundation(0x0422),
        "ks_c_5601": coreFoundation(0x0422), "ksc5601": coreFoundation(0x0422), "windows-949": coreFoundation(0x0422),
        // Cyrillic beside Windows-1251.
        "koi8-r": coreFoundation(0x0A02), "koi8-u": coreFoundation(0x0A08), "iso-8859-5": coreFoundation(0x0205),
        // The other ISO-8859 and Windows code pages.
        "iso-8859-15": coreFoundation(0x020F), "latin9": coreFoundation(0x020F), "latin-9": coreFoundation(0x020F),
        "iso-8859-3": coreFoundation(0x0203), "iso-8859-4": coreFoundation(0x0204), "iso-8859-7": coreFoundation(0x0207),
        "iso-8859-9": coreFoundation(0x0209), "latin5": coreFoundation(0x0209), "iso-8859-13": coreFoundation(0x020D),
        "iso-8859-6": coreFoundation(0x0206), "iso-8859-8": coreFoundation(0x0208), "iso-8859-8-i": coreFoundation(0x0208),
        "iso-8859-10": coreFoundation(0x020A), "iso-8859-11": coreFoundation(0x020B), "tis-620": coreFoundation(0x020B),
        "iso-8859-14": coreFoundation(0x020E), "iso-8859-16": coreFoundation(0x0210),
        "windows-1255": coreFoundation(0x0505), "cp1255": coreFoundation(0x0505),
        "windows-1256": coreFoundation(0x0506), "cp1256": coreFoundation(0x0506),
        "windows-1257": coreFoundation(0x0507), "cp1257": coreFoundation(0x0507),
        "windows-1258": coreFoundation(0x0508), "cp1258": coreFoundation(0x0508),
    ]

    /// The Foundation encoding for a Core Foundation string encoding (`CFStringEncodingExt`):
    /// Foundation numbers them as the Core Foundation value with the top bit set, the same on
    /// Linux and Apple platforms, which saves importing CoreFoundation for its conversion function.
    private static func coreFoundation(_ value: UInt) -> String.Encoding {
        String.Encoding(rawValue: 0x8000_0000 | value)
    }
}
