import ContactModel
import PhoneNormalization

/// What words written beside a phone's number say about it: that the number is out of use
/// (`viejo`, `no usar`), the kind of phone it is (`(móvil)`, `- oficina`, `Cel:`), or the country
/// it is in (`Colombia: 300 123 4567`).
enum PhoneWords {
    /// Words that say a number is not to be used wherever they stand: it is not read, but kept
    /// as written.
    private static let outOfUse = [
        "not in service", "disconnected", "unlisted", "invalid", "wrong number", "no longer", "fuera de servicio",
        "desconectado", "no usar", "no funciona", "inactivo", "equivocado", "desligado", "não usar", "nao usar", "inativo",
        "außer betrieb",
    ]

    /// Words that say so only alone, or with a word for "number" (`viejo`, `old number`): in
    /// other words they mean something else (`mi viejo`, "my dad"; `Old Bridge office`;
    /// `Antiguo Cuscatlán`). German `alt` is English "alternate", and not one of them.
    private static let outOfUseAlone: Set<String> = ["old", "viejo", "antiguo", "anterior", "antigo", "wrong", "errado"]

    /// The words for "number" that may stand beside ``outOfUseAlone``.
    private static let numberWords: Set<String> = ["number", "número", "numero", "num", "nro", "tel", "teléfono", "telefono"]

    /// The label words an address book writes after a number, and the kind each names
    /// (`nil`: a phone of any kind, such as `tel`).
    private static let kinds: [String: Phone.Kind?] = [
        "mobile": .mobile, "mob": .mobile, "cell": .mobile, "cel": .mobile, "celu": .mobile, "celular": .mobile,
        "cellular": .mobile, "móvil": .mobile, "movil": .mobile, "móvel": .mobile, "movel": .mobile,
        "mobil": .mobile, "handy": .mobile, "portable": .mobile, "whatsapp": .mobile,
        "home": .home, "casa": .home, "domicile": .home, "privat": .home, "residencial": .home,
        "work": .work, "trabajo": .work, "trabalho": .work, "office": .work, "oficina": .work, "escritório": .work,
        "escritorio": .work, "comercial": .work, "büro": .work, "bureau": .work,
        "fax": .otherFax, "main": .main, "other": .other, "otro": .other,
        // Italian, Dutch, French-Canadian, Russian, Turkish, Arabic, Chinese, Japanese and Hindi.
        "cellulare": .mobile, "ufficio": .work, "lavoro": .work, "mobiel": .mobile, "thuis": .home, "werk": .work,
        "téléc": .otherFax, "télécopieur": .otherFax, "télécopie": .otherFax, "моб": .mobile,
        "мобильный": .mobile, "сот": .mobile, "сотовый": .mobile, "дом": .home, "домашний": .home, "раб": .work,
        "рабочий": .work, "факс": .otherFax, "cep": .mobile, "ev": .home, "iş": .work, "faks": .otherFax,
        "جوال": .mobile, "موبايل": .mobile, "منزل": .home, "عمل": .work, "فاكس": .otherFax, "手机": .mobile,
        "手機": .mobile, "传真": .otherFax, "傳真": .otherFax, "携帯": .mobile, "自宅": .home, "会社": .work,
        "मोबाइल": .mobile,
        // Words any phone's label may hold.
        "phone": nil, "tel": nil, "telf": nil, "tlf": nil, "tfno": nil, "telefono": nil, "teléfono": nil, "telefone": nil,
        "fone": nil, "fono": nil, "number": nil, "nº": nil, "nro": nil, "num": nil, "número": nil, "numero": nil,
        "de": nil, "del": nil, "do": nil, "da": nil, "callto": nil, "sms": nil, "тел": nil, "телефон": nil,
        "هاتف": nil, "电话": nil, "電話": nil,
    ]

    /// True when `words` say the number is out of use, compared word by word (`Oldham` holds no
    /// `old`).
    static func sayOutOfUse(_ words: String) -> Bool {
        let tokens = words.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let spaced = " " + tokens.joined(separator: " ") + " "
        if outOfUse.contains(where: { spaced.contains(" " + $0 + " ") }) { return true }
        let rest = tokens.filter { !numberWords.contains($0) }
        return rest.count == 1 && outOfUseAlone.contains(rest[0])
    }

    /// `label` without the brackets, dashes, dots and spaces around its words (`(no usar)`,
    /// `- oficina`, `[trabajo]`).
    static func words(of label: String) -> String {
        let scalars = label.unicodeScalars
        let isWordScalar = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        guard let first = scalars.firstIndex(where: isWordScalar), let last = scalars.lastIndex(where: isWordScalar) else {
            return label
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// True when `words` are label words that say no more than `phone`'s kind: the kind itself
    /// (`móvil` on a mobile, `Tel. casa` on a home phone), or any phone (`tel`, `número`). A phone
    /// of no kind and no label takes the kind the words name.
    static func agree(_ words: String, with phone: inout Phone) -> Bool {
        var named: Phone.Kind?
        for word in words.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "º" }) {
            // A single letter says nothing sure: `C` is cell in English lists, casa in Spanish
            // ones; `F` fax or fijo.
            guard word.count > 1 else { continue }
            guard let kind = kinds[String(word)] else { return false }
            guard let kind else { continue }
            if let named, named != kind { return false }
            named = kind
        }
        guard let kind = named else { return true }
        switch (kind, phone.kind) {
        case (_, .unspecified) where phone.label == nil, (_, .voice) where phone.label == nil:
            phone.kind = kind
            return true
        case (.mobile, .mobile), (.mobile, .iPhone), (.otherFax, .homeFax), (.otherFax, .workFax), (.otherFax, .otherFax):
            return true
        default:
            return kind == phone.kind
        }
    }
}

extension PhoneWords {
    /// The words before a phone's number (`Cel:` in `Cel: 099 123 4567`, `Mamá` in
    /// `Mamá 099…`), without the signs around them; `nil` when no letter comes before its first
    /// digit or `+`.
    static func leadingWords(of text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 == "+" || $0.properties.numericType == .decimal }) else { return nil }
        let head = scalars[..<start]
        guard head.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return words(of: String(String.UnicodeScalarView(head)))
    }

    /// The country a phone's words name before or after its digits (`Perú 987654321`,
    /// `Colombia: 300 123 4567`, `987654321 (Perú)`).
    static func namedRegion(in text: String) -> RegionCode? {
        let scalars = text.unicodeScalars
        guard let firstDigit = scalars.firstIndex(where: ContactNormalizer.isDecimalDigit),
            let lastDigit = scalars.lastIndex(where: ContactNormalizer.isDecimalDigit)
        else { return nil }
        return country(namedIn: String(scalars[..<firstDigit]))
            ?? country(namedIn: String(scalars[scalars.index(after: lastDigit)...]))
    }

    /// True when one of the words of `text` is a country's name that is also a person's or a
    /// place's (`Guadalupe`, `India`, `Mauricio`, `Montenegro`, Colombia's `Armenia`): beside a
    /// number it may name a person or a town, not a country.
    static func mayNameAPerson(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { personOrPlaceNames.contains(Country.foldedName(String($0))) }
    }

    /// Country names (in the languages of ``Country``'s table, folded) that are also given names,
    /// surnames or towns: among them Czech `Franta` (a František; Romanian for France), Polish
    /// `Kuba` (a Jakub), `Dominika`, `Dania`, Greek `Γεωργία`, and the places `Columbia` (British
    /// Columbia, the District of Columbia; Romanian for Colombia) and `Norfolk`.
    private static let personOrPlaceNames: Set<String> = [
        "guadalupe", "india", "mauricio", "francia", "grecia", "italia", "irlanda", "israel", "jordan", "georgia",
        "chad", "salvador", "trinidad", "kenia", "libia", "argentina", "america", "lucia", "dominica", "victoria",
        "virginia", "jersey", "samoa", "montenegro", "granada", "armenia", "portugal", "cuba", "brasil", "china",
        "holanda", "bolivia", "franta", "kuba", "dominika", "dania", "γεωργια", "columbia", "norfolk",
    ]

    /// The three-letter names of countries people write in capitals beside a number.
    private static let capitalAbbreviations: Set<String> = ["USA", "UAE", "KSA"]

    /// The country `words` name: the whole phrase (`Estados Unidos`, `EE.UU.`) or one of its
    /// words, of four letters or more, or `USA`, `UAE` or `KSA` in capitals, so that labels and
    /// alpha-2 or alpha-3 codes (`Cel`, `CO`, `PER`) are not read as one.
    static func country(namedIn words: String) -> RegionCode? {
        let phrase = self.words(of: words)
        let candidates = [phrase] + phrase.split(whereSeparator: { !$0.isLetter }).map(String.init)
        for candidate in candidates where !candidate.isEmpty {
            let letters = candidate.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            // `USA` written so; `usa` is Spanish and Portuguese for "uses".
            guard letters >= 4 && candidate.lowercased() != "usa" || Self.capitalAbbreviations.contains(candidate),
                let code = Country.code(forName: candidate)
            else { continue }
            return RegionCode(rawValue: code)
        }
        return nil
    }
}
