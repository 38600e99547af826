import NumberingPlan

/// Region, type and validity of a parsed number, as libphonenumber's `getRegionCodeForNumber`,
/// `getNumberType` and `isValidNumber`.
enum NumberType {
    /// Types other than fixed line and mobile, in the order libphonenumber tests them, with
    /// their index in the table.
    private static let specialTypes: [(PhoneNumberType, Int)] = [
        (.premiumRate, 3), (.tollFree, 2), (.sharedCost, 4), (.voip, 6), (.personalNumber, 5),
        (.pager, 7), (.uan, 8), (.voicemail, 9),
    ]

    /// The type of `number` under a territory's patterns; `.unknown` when none matches.
    static func type(of number: UnsafeBufferPointer<UInt8>, territory: Int) -> PhoneNumberType {
        let plan = NumberingPlanIndex.shared
        guard plan.matchesDescription(
            number, territory: territory, patternField: NumberingPlan.Field.generalPattern,
            lengthsField: NumberingPlan.Field.generalLengths
        ) else { return .unknown }
        func matches(_ k: Int) -> Bool {
            plan.matchesDescription(
                number, territory: territory, patternField: NumberingPlan.Field.typePattern(k),
                lengthsField: NumberingPlan.Field.typeLengths(k)
            )
        }
        for (type, k) in specialTypes where matches(k) { return type }
        let sameMobileAndFixed = plan.field(territory, NumberingPlan.Field.flags) & NumberingPlan.flagSameMobileAndFixedLine != 0
        if matches(0) {
            return sameMobileAndFixed || matches(1) ? .fixedLineOrMobile : .fixedLine
        }
        if !sameMobileAndFixed, matches(1) { return .mobile }
        return .unknown
    }

    /// The territory a number belongs to among those sharing its country code: by leading
    /// digits when the territory has them, else by a matching type. `nil` when none fits.
    /// - Returns: the territory, and the number's type there when finding the territory already
    ///   required it (so the caller need not match the type patterns a second time).
    static func territory(
        countryCode: Int, number: UnsafeBufferPointer<UInt8>
    ) -> (territory: Int, type: PhoneNumberType?)? {
        let plan = NumberingPlanIndex.shared
        let candidates = plan.territories(forCountryCode: countryCode)
        if candidates.count == 1 { return (Int(candidates[candidates.startIndex]), nil) }
        for candidate in candidates {
            let territory = Int(candidate)
            let leadingDigits = plan.field(territory, NumberingPlan.Field.leadingDigits)
            if leadingDigits != NumberingPlan.noString {
                if plan.matchPrefix(leadingDigits, number) != nil { return (territory, nil) }
            } else {
                let type = type(of: number, territory: territory)
                if type != .unknown { return (territory, type) }
            }
        }
        return nil
    }
}
