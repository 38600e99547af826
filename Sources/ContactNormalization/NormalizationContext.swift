import ContactModel
import PhoneNormalization

/// What the normaliser needs to know besides the contact: where national numbers are read, which
/// numbers get a WhatsApp id, how strict to be, and where the card is for diagnostics.
public struct NormalizationContext: Sendable, Hashable {
    /// Which valid numbers get a `wa_id` (the WhatsApp id Jelou's `phones[].wa_id` carries).
    public enum WhatsAppIDPolicy: String, Sendable, Hashable, CaseIterable {
        /// Numbers that can be on WhatsApp: mobile, or fixed-line-or-mobile (the default).
        case mobile
        /// Every valid number, whatever its line type.
        case always
        /// No number.
        case never
    }

    /// The region given on the command line (`--region`); read national numbers there first.
    public var region: RegionCode?
    /// The region from the environment (`JELOU_CONTACTS_REGION`, read by the CLI); used only when
    /// neither `--region` nor the contact's own address gives one.
    public var environmentRegion: RegionCode?
    /// Which valid numbers get a `wa_id` (Jelou `phones[].wa_id`, SPEC.md "wa_id"): by default
    /// mobiles and fixed-line-or-mobile numbers.
    public var waIDPolicy: WhatsAppIDPolicy
    /// Applies WhatsApp's country quirks to `wa_id`: Mexico `+52` mobiles as `521` + 10 digits,
    /// Argentina `+54` mobiles as `549` + 10 digits. Off by default: the plain E.164 digits are
    /// what the numbering plan says, and a wrong `wa_id` only changes the card's buttons.
    public var waIDQuirks: Bool
    /// Reports numbers and countries that could not be normalised as errors instead of warnings.
    public var strict: Bool
    /// Where the card or row starts in its source (1-based line, column in UTF-8 bytes), given to
    /// every diagnostic.
    public var position: SourcePosition?

    /// Makes a context.
    /// - Parameters:
    ///   - region: the `--region` to read national numbers in first.
    ///   - environmentRegion: the region from `JELOU_CONTACTS_REGION`, used when neither `region`
    ///     nor the contact's addresses give one.
    ///   - waIDPolicy: which valid numbers get a `wa_id`.
    ///   - waIDQuirks: whether to apply Mexico's and Argentina's `wa_id` quirks.
    ///   - strict: report what could not be normalised as errors rather than warnings.
    ///   - position: where the card or row starts (1-based line, column in UTF-8 bytes).
    public init(
        region: RegionCode? = nil,
        environmentRegion: RegionCode? = nil,
        waIDPolicy: WhatsAppIDPolicy = .mobile,
        waIDQuirks: Bool = false,
        strict: Bool = false,
        position: SourcePosition? = nil
    ) {
        self.region = region
        self.environmentRegion = environmentRegion
        self.waIDPolicy = waIDPolicy
        self.waIDQuirks = waIDQuirks
        self.strict = strict
        self.position = position
    }
}
