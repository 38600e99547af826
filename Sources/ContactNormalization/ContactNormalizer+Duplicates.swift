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
    static func mergingDuplicatePhones(
        _ phones: [Phone],
        cardName: String,
        context: NormalizationContext,
        diagnostics: inout [Diagnostic]
    ) -> [Phone] {
        var merged: [Phone] = []
        merged.reserveCapacity(phones.count)
        for phone in phones {
            guard let normalized = phone.normalized,
                let index = merged.firstIndex(where: {
                    $0.normalized?.e164 == normalized.e164 && $0.normalized?.extensionNumber == normalized.extensionNumber
                })
            else {
                merged.append(phone)
                continue
            }
            var kept = merged[index]
            if kindRank(phone.kind) > kindRank(kept.kind) { kept.kind = phone.kind }
            if let preference = phone.preference, preference < (kept.preference ?? Int.max) {
                kept.preference = preference
            }
            if kept.label == nil { kept.label = phone.label }
            merged[index] = kept
            diagnostics.append(Diagnostic(
                .warning,
                "contact \"\(cardName)\": phone \"\(phone.value)\" is the same number as \"\(kept.value)\" "
                    + "(\(normalized.e164)); merged into one",
                at: context.position))
        }
        return merged
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
