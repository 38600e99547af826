import ContactModel

extension ContactNormalizer {
    /// Collapses phones with the same E.164 number and the same extension into the first of them.
    ///
    /// The merged phone keeps the first spelling of the number and takes the best of the others:
    /// the most telling kind (mobile beats any other type, any type beats `voice` and `other`,
    /// which beat unspecified), the lower preference rank (RFC 6350 §5.3) and the first custom
    /// label. Nothing is lost, but the collapse is reported as a warning naming both spellings, so
    /// a user who wrote the number twice on purpose can see why one went away. Strict mode leaves
    /// it a warning: a merged duplicate is not a failure. Phones that could not be normalised are
    /// never merged.
    static func mergeDuplicatePhones(
        _ phones: inout [Phone],
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) {
        guard phones.count > 1 else { return }
        var keptCount = 0
        for index in phones.indices {
            guard let normalized = phones[index].normalized,
                let keptIndex = phones[..<keptCount].firstIndex(where: {
                    $0.normalized?.e164 == normalized.e164 && $0.normalized?.extensionNumber == normalized.extensionNumber
                })
            else {
                if keptCount != index { phones.swapAt(keptCount, index) }
                keptCount += 1
                continue
            }
            let phone = phones[index]
            if kindRank(phone.kind) > kindRank(phones[keptIndex].kind) { phones[keptIndex].kind = phone.kind }
            if let preference = phone.preference, preference < (phones[keptIndex].preference ?? Int.max) {
                phones[keptIndex].preference = preference
            }
            if phones[keptIndex].label == nil { phones[keptIndex].label = phone.label }
            diagnostics.append(Diagnostic(
                .warning,
                "contact \"\(cardName)\": phone \"\(phone.value)\" is the same number as \"\(phones[keptIndex].value)\" "
                    + "(\(normalized.e164)); merged into one",
                at: phone.readAt.position ?? context.position))
        }
        if keptCount < phones.count { phones.removeSubrange(keptCount...) }
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
