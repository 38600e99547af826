/// A telephone number as an address book holds it.
///
/// Corresponds to RFC 6350 §6.4.1 (TEL) and RFC 2426 §3.3.1. ``value`` is always the number as
/// written; a normaliser fills ``normalized`` without touching it.
public struct Phone: Sendable, Hashable, Codable {
    /// The number exactly as the source wrote it (for `tel:` URIs, the URI without the `tel:`
    /// scheme and without the `;ext=` parameter).
    public var value: String
    /// What the number is for, from the TYPE parameter (RFC 6350 §6.4.1, RFC 2426 §3.3.1), Apple's
    /// and Outlook's slots or the CSV column; further kinds the source gave are in
    /// ``additionalKinds``. Jelou `phones[].type`, which ``label`` overrides.
    public var kind: Kind
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// A label the source gave that no ``Kind`` stands for (Apple `X-ABLabel`, a CSV label
    /// column), as written. When set, writers show it instead of the kind's name.
    public var label: Optional<String>
    /// Further kinds the source gave the same number (`TEL;TYPE=CELL,WORK` is a mobile and a work
    /// number, RFC 6350 §6.4.1 allows a list), kept so that vCard writers write them back, in the
    /// order ``Kind`` lists them. Payloads and CSV columns hold one kind: ``kind``.
    public var additionalKinds: [Kind] {
        get { additionalKindBits == 0 ? [] : Kind.ordered.filter { additionalKindBits & $0.bit != 0 } }
        set { additionalKindBits = newValue.reduce(0) { $0 | $1.bit } }
    }
    /// ``additionalKinds`` as one bit per kind: a phone is copied often, and bits need no
    /// reference counting.
    private var additionalKindBits: UInt32 = 0
    /// Preference rank, 1 (most preferred) to 100 (RFC 6350 §5.3); `nil` when the source gave none.
    public var preference: Optional<Int>
    /// The extension the source wrote separately (a `tel:` URI's `;ext=`), digits as written.
    public var extensionNumber: Optional<String>
    /// The WhatsApp id the source gave for the number, digits only: the `waid` parameter of a TEL
    /// in a card WhatsApp exported, the `wa_id` of a Jelou or WhatsApp contact. WhatsApp knows the
    /// account a number reaches (Mexico's `521…`, Argentina's `549…`), so it is kept as given, not
    /// derived again from the number.
    public var whatsAppID: Optional<String>
    /// What the normaliser made of ``value``; `nil` until normalised, or when it could not.
    public var normalized: Optional<NormalizedPhone>
    /// Where the reader found the number (its TEL line, its CSV cell), for diagnostics.
    public var readAt: ReadPosition
    /// The parameters of the source's TEL that no field holds (`PID`, `ALTID`, `X-…`), as read,
    /// for the vCard and jCard writers to write back (RFC 6350 §5).
    public var otherParameters: [RawParameter]

    /// Makes a phone.
    /// - Parameters:
    ///   - value: the number exactly as written.
    ///   - kind: what the number is for.
    ///   - label: a custom label, as written.
    ///   - additionalKinds: further kinds the source gave the number.
    ///   - preference: the PREF rank, 1 (most preferred) to 100.
    ///   - extensionNumber: an extension the source wrote separately (`;ext=`).
    ///   - whatsAppID: the WhatsApp id the source gave, digits only.
    ///   - normalized: what a normaliser made of the number, if anything.
    ///   - readAt: where the reader found it (1-based line and column, the column in UTF-8 bytes).
    ///   - otherParameters: the TEL parameters no field holds.
    public init(
        value: String,
        kind: Kind = .unspecified,
        label: String? = nil,
        additionalKinds: [Kind] = [],
        preference: Int? = nil,
        extensionNumber: String? = nil,
        whatsAppID: String? = nil,
        normalized: NormalizedPhone? = nil,
        readAt: SourcePosition? = nil,
        otherParameters: [RawParameter] = []
    ) {
        self.value = value
        self.kind = kind
        self.label = label
        self.additionalKindBits = additionalKinds.reduce(0) { $0 | $1.bit }
        self.preference = preference
        self.extensionNumber = extensionNumber
        self.whatsAppID = whatsAppID
        self.normalized = normalized
        self.readAt = ReadPosition(readAt)
        self.otherParameters = otherParameters
    }

    /// Whether a normaliser read the number (``normalized`` is set). Tested in place:
    /// `normalized == nil` copies both sides into `NormalizedPhone?`'s `==`, a retain and a
    /// release of each of the normalised form's strings.
    public var isNormalized: Bool {
        if case .some = normalized { true } else { false }
    }

    /// What a phone number is for, as address books distinguish it (RFC 6350 §6.4.1 TYPE values,
    /// Apple's and Outlook's extra slots).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case unspecified
        case mobile
        case iPhone
        case home
        case work
        case main
        case homeFax
        case workFax
        case otherFax
        case pager
        case car
        case isdn
        case radio
        case callback
        case assistant
        case textphone
        case text
        case video
        case voice
        case other

        /// This kind's bit in ``Phone/additionalKinds``' storage: its place in the list of cases
        /// (a switch, not a search of ``ordered``, as every phone read asks for it).
        fileprivate var bit: UInt32 {
            let index: UInt32 = switch self {
            case .unspecified: 0
            case .mobile: 1
            case .iPhone: 2
            case .home: 3
            case .work: 4
            case .main: 5
            case .homeFax: 6
            case .workFax: 7
            case .otherFax: 8
            case .pager: 9
            case .car: 10
            case .isdn: 11
            case .radio: 12
            case .callback: 13
            case .assistant: 14
            case .textphone: 15
            case .text: 16
            case .video: 17
            case .voice: 18
            case .other: 19
            }
            return 1 << index
        }

        /// Every kind, made once (`allCases` builds its array each time it is asked).
        fileprivate static let ordered = allCases
    }
}

/// A phone number after normalisation: E.164 and what the numbering plan says about it.
public struct NormalizedPhone: Sendable, Hashable, Codable {
    /// `+` followed by country code and national number (ITU-T E.164), no extension.
    public var e164: String
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// The WhatsApp id to send (digits only), or `nil` when the number should not carry one.
    public var waID: Optional<String>
    /// What the numbering plan classifies the number as. The default WhatsApp id policy gives a
    /// ``waID`` only to `mobile` and `fixedLineOrMobile` (SPEC.md "wa_id").
    public var lineType: LineType
    /// `true` when the number matches its region's patterns; `false` when only its length is right.
    public var isValid: Bool
    /// The extension found while parsing (`ext. 12`, `;ext=12`, `x12`), if any.
    public var extensionNumber: Optional<String>
    /// The ISO 3166-1 region the number belongs to, when the numbering plan can tell.
    public var region: Optional<String>

    /// Makes a normalised phone.
    /// - Parameters:
    ///   - e164: `+`, country code and national number (ITU-T E.164).
    ///   - waID: the WhatsApp id to send, digits only, or `nil`.
    ///   - lineType: the numbering plan's type for the number.
    ///   - isValid: whether the number matches its region's patterns, not only its lengths.
    ///   - extensionNumber: the extension found while parsing.
    ///   - region: the ISO 3166-1 alpha-2 region, when the plan can tell.
    public init(
        e164: String,
        waID: String? = nil,
        lineType: LineType = .unknown,
        isValid: Bool = true,
        extensionNumber: String? = nil,
        region: String? = nil
    ) {
        self.e164 = e164
        self.waID = waID
        self.lineType = lineType
        self.isValid = isValid
        self.extensionNumber = extensionNumber
        self.region = region
    }

    /// The kind of line a number is, as libphonenumber classifies it.
    public enum LineType: String, Sendable, Hashable, Codable, CaseIterable {
        case mobile = "mobile"
        case fixedLine = "fixed_line"
        case fixedLineOrMobile = "fixed_line_or_mobile"
        case tollFree = "toll_free"
        case premiumRate = "premium_rate"
        case sharedCost = "shared_cost"
        case voip = "voip"
        case personalNumber = "personal_number"
        case pager = "pager"
        case uan = "uan"
        case voicemail = "voicemail"
        case unknown = "unknown"
    }
}
