import ContactModel

/// What the TYPE values, labels and PREF of a TEL, EMAIL, ADR or URL say about it: its kind, a
/// custom label and a preference rank.
///
/// TYPE values follow RFC 6350 §6.4.1 (TEL), §5.6 (TYPE) and RFC 2426 §3.3.1, plus the tokens
/// exporters write in the wild (`MOBILE`, `IPHONE`, `MAIN`, `COMPANY-MAIN`, `TTY-TDD`, `MSG`, and
/// Outlook's `X-MS-TEL` values `COMPANY` and `TTYTDD`, also in Evolution's `X-EVOLUTION-COMPANY`
/// spelling, and Roundcube's `home2`, `work2`, `homefax`, `workfax` …).
/// A label decides before the TYPE values: Apple's `X-ABLabel` of the same group first (with its
/// `_$!<…>!$_` constants mapped to kinds), then Android's bare `X-<label>` parameter (a label that
/// is itself a TEL type, such as `X-MAIN`, gives that kind).
enum VCardTypeVocabulary {
    /// The kind, label and rank of a telephone number, and the further kinds its TYPE list names
    /// (`CELL,WORK`: mobile, and work).
    static func phone(
        tokens: some VCardTypeTokenList, appleLabel: String?, customLabel: String?, preference: Int?
    ) -> (kind: Phone.Kind, label: String?, preference: Int?, additionalKinds: [Phone.Kind]) {
        var flags = PhoneFlags()
        var unknown: String?
        for index in 0..<tokens.count where !flags.insert(tokens.key(at: index)) {
            let text = tokens.text(at: index)
            guard let evolution = strippingEvolutionPrefix(text) else {
                if unknown == nil { unknown = strippingXPrefix(text) }
                continue
            }
            if !flags.insert(evolution), unknown == nil { unknown = evolution }
        }
        let rank = preference ?? (flags.contains(.pref) ? 1 : nil)
        // A label that names a kind decides it, and the TYPE values beside it are the exporter's
        // rendering of that label, not further kinds.
        if let appleLabel {
            let text = AppleLabel.stripped(appleLabel)
            if let kind = appleFixedPhoneKind(text) { return (kind, nil, rank, []) }
            return (flags.kind, text, rank, flags.additionalKinds(beside: flags.kind))
        }
        if let customLabel {
            var labelFlags = PhoneFlags()
            if labelFlags.insert(customLabel), labelFlags.kind != .unspecified { return (labelFlags.kind, nil, rank, []) }
            return (flags.kind, customLabel, rank, flags.additionalKinds(beside: flags.kind))
        }
        return (flags.kind, unknown, rank, flags.additionalKinds(beside: flags.kind))
    }

    /// The kind, label and rank of an email, address or URL (home / work / other).
    static func entry(
        tokens: some VCardTypeTokenList, appleLabel: String?, customLabel: String?, preference: Int?
    ) -> (kind: EntryKind, label: String?, preference: Int?) {
        var kind = EntryKind.unspecified
        var isPreferred = false
        var unknown: String?
        for index in 0..<tokens.count {
            let key = tokens.key(at: index)
            if key == EntryToken.home {
                if kind == .unspecified { kind = .home }
            } else if key == EntryToken.work {
                if kind == .unspecified { kind = .work }
            } else if key == EntryToken.other {
                if kind == .unspecified { kind = .other }
            } else if key == EntryToken.pref {
                isPreferred = true
            } else if !EntryToken.ignored.contains(where: { $0 == key }), unknown == nil {
                unknown = strippingXPrefix(tokens.text(at: index))
            }
        }
        let rank = preference ?? (isPreferred ? 1 : nil)
        if let appleLabel {
            let text = AppleLabel.stripped(appleLabel)
            switch text.lowercased() {
            case "home": return (.home, nil, rank)
            case "work": return (.work, nil, rank)
            case "other": return (.other, nil, rank)
            default: return (kind, text, rank)
            }
        }
        if let customLabel { return (kind, customLabel, rank) }
        return (kind, unknown, rank)
    }

    /// The delivery types of an ADR (`postal`, `parcel`, `dom`, `intl`, RFC 2426 §3.2.1), which no
    /// field holds, as written: the address keeps them as a `TYPE` parameter.
    static func deliveryTypes(tokens: some VCardTypeTokenList) -> [String] {
        var types: [String] = []
        for index in 0..<tokens.count {
            guard let key = tokens.key(at: index), EntryToken.delivery.contains(key) else { continue }
            types.append(tokens.text(at: index))
        }
        return types
    }

    /// The TYPE values of EMAIL, ADR and URL.
    private enum EntryToken {
        static let home = VCardTokenKey("HOME")
        static let work = VCardTokenKey("WORK")
        static let other = VCardTokenKey("OTHER")
        static let pref = VCardTokenKey("PREF")
        /// Values that say nothing about home or work (RFC 2426 §3.2.1, §3.3.2).
        static let ignored: [VCardTokenKey] = ["INTERNET", "X400"].map(VCardTokenKey.init) + delivery
        /// The delivery types of an address (RFC 2426 §3.2.1).
        static let delivery: [VCardTokenKey] = ["POSTAL", "PARCEL", "DOM", "INTL"].map(VCardTokenKey.init)
    }

    /// `COMPANY` for Evolution's `X-EVOLUTION-COMPANY` (its company, callback, radio, telex,
    /// TTY/TDD and assistant phones); `nil` for other tokens.
    private static func strippingEvolutionPrefix(_ token: String) -> String? {
        let utf8 = token.utf8
        guard utf8.count > 12, VCardByte.hasPrefixIgnoringCase(utf8, "X-EVOLUTION-") else { return nil }
        return String(token.dropFirst(12))
    }

    private static func strippingXPrefix(_ token: String) -> String {
        let utf8 = token.utf8
        guard utf8.count > 2, VCardByte.hasPrefixIgnoringCase(utf8, "X-") else { return token }
        return String(token.dropFirst(2))
    }

    /// The kinds Apple's fixed phone labels stand for (`CNLabelPhoneNumber…`, `CNLabelHome` …).
    private static func appleFixedPhoneKind(_ label: String) -> Phone.Kind? {
        switch label.lowercased() {
        case "mobile": .mobile
        case "iphone": .iPhone
        case "home": .home
        case "work": .work
        case "main": .main
        case "homefax": .homeFax
        case "workfax": .workFax
        case "otherfax": .otherFax
        case "pager": .pager
        case "other": .other
        case "assistantphone": .assistant
        default: nil
        }
    }

    /// The TEL TYPE values seen on one number.
    private struct PhoneFlags {
        struct Flag: OptionSet {
            let rawValue: UInt32
            static let cell = Flag(rawValue: 1 << 0)
            static let iPhone = Flag(rawValue: 1 << 1)
            static let fax = Flag(rawValue: 1 << 2)
            static let home = Flag(rawValue: 1 << 3)
            static let work = Flag(rawValue: 1 << 4)
            static let main = Flag(rawValue: 1 << 5)
            static let pager = Flag(rawValue: 1 << 6)
            static let car = Flag(rawValue: 1 << 7)
            static let isdn = Flag(rawValue: 1 << 8)
            static let radio = Flag(rawValue: 1 << 9)
            static let callback = Flag(rawValue: 1 << 10)
            static let assistant = Flag(rawValue: 1 << 11)
            static let textphone = Flag(rawValue: 1 << 12)
            static let text = Flag(rawValue: 1 << 13)
            static let video = Flag(rawValue: 1 << 14)
            static let voice = Flag(rawValue: 1 << 15)
            static let other = Flag(rawValue: 1 << 16)
            static let pref = Flag(rawValue: 1 << 17)
        }

        private var flags: Flag = []

        func contains(_ flag: Flag) -> Bool { flags.contains(flag) }

        /// Records a token (compared ignoring case).
        /// - Returns: `false` when the token is not TEL vocabulary.
        mutating func insert(_ token: String) -> Bool {
            insert(VCardTokenKey(token))
        }

        /// Records a token by its key.
        /// - Returns: `false` when the token is not TEL vocabulary.
        mutating func insert(_ key: VCardTokenKey?) -> Bool {
            guard let key else { return false }
            for (name, flag) in Self.vocabulary where name == key {
                flags.insert(flag)
                return true
            }
            return false
        }

        /// TEL TYPE values and what they stand for; an empty flag marks a value that is known but
        /// says nothing about the kind.
        private static let vocabulary: [(VCardTokenKey, Flag)] = vocabularyText.map { (VCardTokenKey($0.0), $0.1) }

        /// The most common values come first, as the table is searched in order.
        private static let vocabularyText: [(StaticString, Flag)] = [
            ("CELL", .cell), ("VOICE", .voice), ("HOME", .home), ("WORK", .work), ("PREF", .pref), ("FAX", .fax),
            ("MOBILE", .cell), ("PCS", .cell), ("IPHONE", .iPhone), ("MAIN", .main), ("COMPANY-MAIN", .main),
            ("PAGER", .pager), ("CAR", .car), ("ISDN", .isdn), ("RADIO", .radio), ("CALLBACK", .callback),
            ("ASSISTANT", .assistant), ("TEXTPHONE", .textphone), ("TTY-TDD", .textphone), ("TTY", .textphone),
            ("TTYTDD", .textphone), ("COMPANY", .main), ("HOME2", .home), ("WORK2", .work),
            ("HOMEFAX", [.home, .fax]), ("WORKFAX", [.work, .fax]), ("OTHERFAX", [.other, .fax]),
            ("TEXT", .text), ("MSG", .text), ("SMS", .text), ("VIDEO", .video), ("OTHER", .other),
            ("INTERNET", []), ("X400", []), ("BBS", []), ("MODEM", []),
        ]

        /// The kind, most specific first: iPhone, mobile, faxes, then the special lines, then
        /// main, home, work, other and voice (FIELD-NOTES §4.3).
        var kind: Phone.Kind {
            if flags.contains(.iPhone) { return .iPhone }
            if flags.contains(.cell) { return .mobile }
            if flags.contains(.fax) {
                if flags.contains(.home) { return .homeFax }
                if flags.contains(.work) { return .workFax }
                return .otherFax
            }
            for (flag, kind) in Self.kindsInOrder where flags.contains(flag) { return kind }
            return .unspecified
        }

        /// The kinds the other values stand for, once `kind` has taken its own (`VOICE` beside
        /// `CELL` is `.voice`; `FAX` and `HOME` beside nothing else are `.homeFax` alone).
        func additionalKinds(beside kind: Phone.Kind) -> [Phone.Kind] {
            var rest = flags.subtracting([.pref]).subtracting(Self.flags(of: kind))
            guard !rest.isEmpty else { return [] }
            // Nearly always one value of the table (`VOICE` beside `CELL`): a shared array, not a
            // new one for every number.
            if let index = Self.kindsInOrder.firstIndex(where: { $0.0 == rest }) { return Self.singleKinds[index] }
            var kinds: [Phone.Kind] = []
            if rest.contains(.iPhone) { kinds.append(.iPhone); rest.subtract([.iPhone, .cell]) }
            if rest.contains(.cell) { kinds.append(.mobile); rest.remove(.cell) }
            if rest.contains(.fax) {
                if rest.contains(.home) {
                    kinds.append(.homeFax); rest.subtract([.home, .fax])
                } else if rest.contains(.work) {
                    kinds.append(.workFax); rest.subtract([.work, .fax])
                } else {
                    kinds.append(.otherFax); rest.remove(.fax)
                }
            }
            for (flag, other) in Self.kindsInOrder where rest.contains(flag) { kinds.append(other) }
            return kinds
        }

        /// The values a kind stands for.
        private static func flags(of kind: Phone.Kind) -> Flag {
            switch kind {
            case .unspecified: []
            case .iPhone: [.iPhone, .cell]
            case .mobile: .cell
            case .homeFax: [.home, .fax]
            case .workFax: [.work, .fax]
            case .otherFax: [.other, .fax]
            default: kindsInOrder.first { $0.1 == kind }?.0 ?? []
            }
        }

        /// Each kind of ``kindsInOrder`` alone, made once.
        private static let singleKinds: [[Phone.Kind]] = kindsInOrder.map { [$0.1] }

        private static let kindsInOrder: [(Flag, Phone.Kind)] = [
            (.pager, .pager), (.car, .car), (.isdn, .isdn), (.radio, .radio), (.callback, .callback),
            (.assistant, .assistant), (.textphone, .textphone), (.video, .video), (.main, .main),
            (.home, .home), (.work, .work), (.text, .text), (.other, .other), (.voice, .voice),
        ]
    }
}
