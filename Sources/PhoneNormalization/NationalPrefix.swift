import NumberingPlan

/// Removes national (trunk) prefixes and carrier codes, as libphonenumber's
/// `maybeStripNationalPrefixAndCarrierCode`.
enum NationalPrefix {
    /// `number` without the territory's national prefix and carrier code, rewritten by the
    /// transform rule when its last group matched (`0 11 15…` → `9 11…` in AR).
    ///
    /// The stripped form is refused when the whole number fits the territory's general pattern
    /// and the stripped one does not.
    static func stripped(
        _ number: UnsafeBufferPointer<UInt8>, territory: Int, arena: inout DigitArena
    ) -> UnsafeBufferPointer<UInt8> {
        let plan = NumberingPlanIndex.shared
        let prefixPattern = plan.field(territory, NumberingPlan.Field.nationalPrefixForParsing)
        guard !number.isEmpty, prefixPattern != NumberingPlan.noString else { return number }
        let groups = plan.groupCount(prefixPattern)
        return withUnsafeTemporaryAllocation(of: Int16.self, capacity: 2 * groups) { captures in
            guard let end = plan.matchPrefix(prefixPattern, number, captures: captures) else { return number }
            let general = plan.field(territory, NumberingPlan.Field.generalPattern)
            let isViableOriginal = plan.matchesWhole(general, number)
            let rule = plan.field(territory, NumberingPlan.Field.nationalPrefixTransformRule)
            let lastGroupMatched = groups == 0 || captures[2 * (groups - 1)] >= 0
            let result: UnsafeBufferPointer<UInt8>
            if rule == NumberingPlan.noString || !lastGroupMatched {
                result = UnsafeBufferPointer(rebasing: number[end...])
            } else {
                let template = plan.strings[Int(rule)]
                let output = arena.allocate(template.count + number.count)
                var count = 0
                func append(_ digits: UnsafeBufferPointer<UInt8>.SubSequence) {
                    for digit in digits {
                        output[count] = digit
                        count += 1
                    }
                }
                var index = 0
                while index < template.count {
                    let byte = template[index]
                    if byte == UInt8(ascii: "$"), index + 1 < template.count,
                       (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(template[index + 1])
                    {
                        let group = Int(template[index + 1] - UInt8(ascii: "1"))
                        if group < groups, captures[2 * group] >= 0 {
                            append(number[Int(captures[2 * group])..<Int(captures[2 * group + 1])])
                        }
                        index += 2
                    } else {
                        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                            output[count] = byte - UInt8(ascii: "0")
                            count += 1
                        }
                        index += 1
                    }
                }
                append(number[end...])
                result = UnsafeBufferPointer(rebasing: output[0..<count])
            }
            if isViableOriginal, !plan.matchesWhole(general, result) { return number }
            return result
        }
    }
}
