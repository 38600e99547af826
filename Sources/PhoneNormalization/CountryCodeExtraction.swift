import NumberingPlan

/// Reads the country calling code: after `+`, after the default region's international prefix
/// (IDD), or written without either, as libphonenumber's `maybeExtractCountryCode`.
enum CountryCodeExtraction {
    /// The country code found (0 when the number is national) and the digits after it.
    struct Result {
        var countryCode: Int
        var nationalNumber: UnsafeBufferPointer<UInt8>
    }

    /// Extracts the country code from `text` (the number without its extension).
    /// - Parameter defaultTerritory: the default region's row, whose IDD and country code are
    ///   recognised; `nil` when there is no default region.
    /// - Throws: `.tooShort` when two digits or fewer follow `+` or the IDD, and
    ///   `.invalidCountryCode` when no known code follows them.
    static func extract(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, defaultTerritory: Int?, arena: inout DigitArena
    ) throws(PhoneNumberError) -> Result {
        guard !text.isEmpty else { return Result(countryCode: 0, nationalNumber: UnsafeBufferPointer(start: nil, count: 0)) }
        let plan = NumberingPlanIndex.shared
        var plusEnd = 0
        while plusEnd < text.count, PhoneCharacters.isPlus(text[plusEnd]) { plusEnd += 1 }
        var digits: UnsafeBufferPointer<UInt8>
        var international = false
        if plusEnd > 0 {
            digits = DigitNormalization.digits(UnsafeBufferPointer(rebasing: text[plusEnd...]), arena: &arena)
            international = true
        } else {
            digits = DigitNormalization.digits(text, arena: &arena)
            if let defaultTerritory {
                let idd = plan.field(defaultTerritory, NumberingPlan.Field.internationalPrefix)
                if let end = plan.matchPrefix(idd, digits), end >= digits.count || digits[end] != 0 {
                    digits = UnsafeBufferPointer(rebasing: digits[end...])
                    international = true
                }
            }
        }
        if international {
            guard digits.count > 2 else {
                throw PhoneNumberError(.tooShort, "too few digits after the international prefix")
            }
            if digits[0] != 0 {
                var code = 0
                for length in 1...3 {
                    code = code * 10 + Int(digits[length - 1])
                    if plan.isKnownCountryCode(code) {
                        return Result(countryCode: code, nationalNumber: UnsafeBufferPointer(rebasing: digits[length...]))
                    }
                }
            }
            throw PhoneNumberError(.invalidCountryCode, "unknown country calling code")
        }
        if let defaultTerritory {
            let code = plan.countryCode(defaultTerritory)
            let codeLength = code < 10 ? 1 : code < 100 ? 2 : 3
            var prefix = 0
            for index in 0..<min(codeLength, digits.count) { prefix = prefix * 10 + Int(digits[index]) }
            if digits.count >= codeLength, prefix == code {
                let rest = NationalPrefix.stripped(
                    UnsafeBufferPointer(rebasing: digits[codeLength...]), territory: defaultTerritory, arena: &arena
                )
                let general = plan.field(defaultTerritory, NumberingPlan.Field.generalPattern)
                let wholeMatches = plan.matchesWhole(general, digits)
                let restMatches = plan.matchesWhole(general, rest)
                if (!wholeMatches && restMatches) || plan.checkLength(digits.count, territory: defaultTerritory) == .tooLong {
                    return Result(countryCode: code, nationalNumber: rest)
                }
            }
        }
        return Result(countryCode: 0, nationalNumber: digits)
    }
}
