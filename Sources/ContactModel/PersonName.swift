/// The parts of a person's name.
///
/// Corresponds to RFC 6350 §6.2.1 (FN), §6.2.2 (N: family; given; additional; prefixes; suffixes)
/// and §6.2.3 (NICKNAME). Multiple values of one N component are joined with a single space.
public struct PersonName: Sendable, Hashable, Codable {
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// The display name, as written (FN).
    public var formatted: Optional<String>
    /// Given names, N's second component (RFC 6350 §6.2.2, RFC 2426 §3.1.2). Jelou `name.first_name`.
    public var given: Optional<String>
    /// Family names, N's first component (RFC 6350 §6.2.2, RFC 2426 §3.1.2). Jelou `name.last_name`.
    public var family: Optional<String>
    /// Additional (middle) names.
    public var middle: Optional<String>
    /// Honorific prefixes ("Dr.", "Sra.").
    public var prefix: Optional<String>
    /// Honorific suffixes ("Jr.", "PhD").
    public var suffix: Optional<String>
    /// The nickname, as written (NICKNAME, RFC 6350 §6.2.3, RFC 2426 §3.1.3). The Jelou object has
    /// no field for it: it is used as `formatted_name` only when no FN or N part is set.
    public var nickname: Optional<String>
    /// The parameters of the source's FN that no field holds (`LANGUAGE`, `ALTID`, `PID`, `X-…`),
    /// as read, for the vCard and jCard writers to write back (RFC 6350 §5).
    public var formattedNameParameters: [RawParameter]
    /// The parameters of the source's N that no field holds (`SORT-AS`, `LANGUAGE`, `ALTID`,
    /// `X-…`), as read, for the vCard and jCard writers to write back (RFC 6350 §5).
    public var nameParameters: [RawParameter]

    /// Makes a name from its parts.
    public init(
        formatted: String? = nil,
        given: String? = nil,
        family: String? = nil,
        middle: String? = nil,
        prefix: String? = nil,
        suffix: String? = nil,
        nickname: String? = nil,
        formattedNameParameters: [RawParameter] = [],
        nameParameters: [RawParameter] = []
    ) {
        self.formatted = formatted
        self.given = given
        self.family = family
        self.middle = middle
        self.prefix = prefix
        self.suffix = suffix
        self.nickname = nickname
        self.formattedNameParameters = formattedNameParameters
        self.nameParameters = nameParameters
    }

    /// True when no part holds any text.
    public var isEmpty: Bool {
        [formatted, given, family, middle, prefix, suffix, nickname].allSatisfy { $0 == nil }
    }

    /// The structured parts joined in Western order: prefix, given, middle, family, suffix.
    /// `nil` when none is set.
    public var joinedParts: String? {
        let parts = [prefix, given, middle, family, suffix].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
