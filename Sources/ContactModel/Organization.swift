/// Where a contact works.
///
/// Corresponds to RFC 6350 §6.6.4 (ORG: organisation name; unit names…), §6.6.1 (TITLE) and
/// §6.6.2 (ROLE).
public struct Organization: Sendable, Hashable, Codable {
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// The organisation's name, ORG's first component (RFC 6350 §6.6.4, RFC 2426 §3.5.5). Jelou
    /// `org.company`.
    public var company: Optional<String>
    /// Organisational units, outermost first (ORG components after the first).
    public var units: [String]
    /// Job title (TITLE).
    public var title: Optional<String>
    /// Role or occupation (ROLE).
    public var role: Optional<String>
    /// The parameters of the source's ORG that no field holds (`SORT-AS`, `LANGUAGE`, `ALTID`,
    /// `X-…`), as read, for the vCard and jCard writers to write back (RFC 6350 §5).
    public var otherParameters: [RawParameter]

    /// Makes an organisation from its parts.
    public init(
        company: String? = nil, units: [String] = [], title: String? = nil, role: String? = nil,
        otherParameters: [RawParameter] = []
    ) {
        self.company = company
        self.units = units
        self.title = title
        self.role = role
        self.otherParameters = otherParameters
    }

    /// The units as one department name, joined with ", "; `nil` when there is none.
    public var department: String? {
        units.isEmpty ? nil : units.joined(separator: ", ")
    }

    /// True when nothing is set.
    public var isEmpty: Bool {
        company == nil && units.isEmpty && title == nil && role == nil
    }
}
