/// What kind of line a number is (libphonenumber's PhoneNumberType).
public enum PhoneNumberType: String, Sendable, Hashable, CaseIterable {
    case fixedLine = "fixed_line", mobile, fixedLineOrMobile = "fixed_line_or_mobile"
    case tollFree = "toll_free", premiumRate = "premium_rate", sharedCost = "shared_cost"
    case voip, personalNumber = "personal_number", pager, uan, voicemail, unknown
}
