import ContactModel

extension ContactNormalizer {
    /// Collapses phones with the same E.164 number and the same extension into the first of them.
    ///
    /// The merged phone keeps the first spelling of the number and takes the best of the others:
    /// the most telling kind (mobile beats any other type, any type beats `voice` and `other`,
    /// which beat unspecified), the lower preference rank (RFC 6350 §5.3) and the first custom
    /// label. The collapse is reported as a warning naming both spellings, and the type or label
    /// the merged phone does not keep (`as mobile, without its type work`), so a user who wrote
    /// the number twice on purpose can see why one went away. Strict mode leaves
    /// it a warning: a merged duplicate is not a failure. Phones that could not be normalised are
    /// merged when their digits as written are the same (`+225 03 18 71 99` and `+22503187199`,
    /// an old number a phone book holds twice), as a payload would carry the one number twice;
    /// they are never merged with a normalised phone.
    static func mergeDuplicatePhones(
        _ phones: inout [Phone],
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        guard phones.count > 1 else { return }
        // The digits of unread phones are worked out, once each, only when two could be the same;
        // otherwise a normalised phone's key is its reading, which costs nothing to make.
        let comparesUnread = phones.count(where: { !$0.isNormalized }) > 1
        var keys = comparesUnread ? phones.map { DuplicateKey($0, comparingUnread: true) } : []
        func key(_ index: Int) -> DuplicateKey? {
            comparesUnread ? keys[index] : DuplicateKey(phones[index], comparingUnread: false)
        }
        // A card of thousands of numbers looks each one up instead of comparing it with every one
        // kept before it.
        var keptByKey: [DuplicateKey: Int]? = phones.count > 16 ? [:] : nil
        var keptCount = 0
        for index in phones.indices {
            let current = key(index)
            let keptIndex = current.flatMap { current in
                keptByKey.map { $0[current] } ?? (0..<keptCount).first { key($0) == current }
            }
            guard let current, let keptIndex else {
                if keptCount != index {
                    phones.swapAt(keptCount, index)
                    if comparesUnread { keys.swapAt(keptCount, index) }
                }
                if let current { keptByKey?[current] = keptCount }
                keptCount += 1
                continue
            }
            let phone = phones[index]
            let keptKind = phones[keptIndex].kind
            if kindRank(phone.kind) > kindRank(keptKind) {
                phones[keptIndex].kind = phone.kind
                // The kind decides the wa_id (a fax has none): the merged phone takes the one its
                // kind's reading gave.
                if phones[keptIndex].normalized?.waID == nil { phones[keptIndex].normalized?.waID = phone.normalized?.waID }
            }
            if phones[keptIndex].whatsAppID == nil { phones[keptIndex].whatsAppID = phone.whatsAppID }
            if let preference = phone.preference, preference < (phones[keptIndex].preference ?? Int.max) {
                phones[keptIndex].preference = preference
            }
            let keptLabel = phones[keptIndex].label
            if keptLabel == nil { phones[keptIndex].label = phone.label }
            // A type or label only one of the two had, and the merged phone does not, is named.
            var dropped = [phone.kind, keptKind].filter { kindRank($0) >= 2 && $0 != phones[keptIndex].kind }
                .map { "type " + kindName($0) }
            if let label = phone.label, keptLabel != nil, label != keptLabel { dropped.append("label \"\(label)\"") }
            let droppedNote = dropped.isEmpty
                ? "" : " as \(kindName(phones[keptIndex].kind)), without its \(dropped.joined(separator: " and "))"
            diagnostics.append(Diagnostic(
                .warning,
                "contact \"\(cardName)\": phone \"\(phone.value)\" "
                    + (phone.value == phones[keptIndex].value
                        ? "is written twice" : "is the same number as \"\(phones[keptIndex].value)\" (\(current.number))")
                    + "; merged into one" + droppedNote,
                at: phone.readAt.position ?? context.position))
        }
        if keptCount < phones.count { phones.removeSubrange(keptCount...) }
    }

    /// What makes two phones one number: the E.164 number and extension the normaliser read, or,
    /// for a phone it could not read, the digits and extension as written (``PhoneDigits``).
    private struct DuplicateKey: Hashable {
        var isNormalized: Bool
        var number: String
        var extensionNumber: String?

        /// `nil` for a phone that is no number even as written, or that could not be read when
        /// `comparingUnread` is false.
        init?(_ phone: Phone, comparingUnread: Bool) {
            if let normalized = phone.normalized {
                self.init(isNormalized: true, number: normalized.e164, extensionNumber: normalized.extensionNumber)
            } else if comparingUnread, let digits = PhoneDigits(phone.value) {
                self.init(
                    isNormalized: false, number: digits.number,
                    extensionNumber: digits.extensionNumber ?? phone.extensionNumber)
            } else {
                return nil
            }
        }

        private init(isNormalized: Bool, number: String, extensionNumber: String?) {
            self.isNormalized = isNormalized
            self.number = number
            self.extensionNumber = extensionNumber
        }
    }

    /// Collapses emails with the same address, compared ignoring case (as mail servers and
    /// WhatsApp treat them), into the first of them — when they do not say different things:
    /// the same kind or one unspecified, the same label or one without. `ana@x.ec` at work and at
    /// home stays twice. The merged email takes the kind, label and lower preference rank
    /// (RFC 6350 §5.3) of the others, and the collapse is reported as a warning naming both
    /// spellings.
    static func mergeDuplicateEmails(
        _ emails: inout [Email],
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        guard emails.count > 1 else { return }
        // A card of thousands of addresses looks each one up by its lower-cased spelling instead of
        // comparing it with every one kept before it.
        var keptByAddress: [String: [Int]]? = emails.count > 16 ? [:] : nil
        var keptCount = 0
        for index in emails.indices {
            let email = emails[index]
            func agrees(_ kept: Email) -> Bool {
                (kept.kind == email.kind || kept.kind == .unspecified || email.kind == .unspecified)
                    && (kept.label == email.label || kept.label == nil || email.label == nil)
            }
            let key = keptByAddress == nil ? nil : email.address.lowercased()
            let match = if let key {
                keptByAddress?[key]?.first { agrees(emails[$0]) }
            } else {
                emails[..<keptCount].firstIndex { sameAddress($0.address, email.address) && agrees($0) }
            }
            guard let keptIndex = match else {
                if keptCount != index { emails.swapAt(keptCount, index) }
                if let key { keptByAddress?[key, default: []].append(keptCount) }
                keptCount += 1
                continue
            }
            if emails[keptIndex].kind == .unspecified { emails[keptIndex].kind = email.kind }
            if emails[keptIndex].label == nil { emails[keptIndex].label = email.label }
            if let preference = email.preference, preference < (emails[keptIndex].preference ?? Int.max) {
                emails[keptIndex].preference = preference
            }
            let twice = email.address == emails[keptIndex].address
                ? "is written twice" : "is the same address as \"\(emails[keptIndex].address)\""
            diagnostics.append(Diagnostic(
                .warning,
                "contact \"\(cardName)\": email \"\(email.address)\" \(twice); merged into one",
                at: email.readAt.position ?? context.position))
        }
        if keptCount < emails.count { emails.removeSubrange(keptCount...) }
    }

    /// True when two addresses are the same but for case; ASCII is compared byte by byte, without
    /// allocating.
    private static func sameAddress(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        for (one, other) in zip(first.utf8, second.utf8) where one != other {
            guard one < 0x80, other < 0x80 else { return first.lowercased() == second.lowercased() }
            if asciiLowercase(one) != asciiLowercase(other) { return false }
        }
        return true
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The kind in words: `homeFax` → `home fax`.
    private static func kindName(_ kind: Phone.Kind) -> String {
        var words = ""
        for scalar in kind.rawValue.unicodeScalars {
            if scalar.properties.isUppercase {
                words += " " + String(scalar).lowercased()
            } else {
                words.unicodeScalars.append(scalar)
            }
        }
        return words
    }

    /// How much a kind tells about a number: mobile kinds most, unspecified least.
    private static func kindRank(_ kind: Phone.Kind) -> Int {
        switch kind {
        case .unspecified: 0
        case .voice, .other: 1
        case .mobile, .iPhone: 3
        default: 2
        }
    }
}
