/// An ISO 3166-1 alpha-2 region code as libphonenumber uses it (`US`, `EC`), or `001` for
/// non-geographic entities such as +800.
public struct RegionCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code as the numbering plan spells it: upper-case ISO 3166-1 alpha-2 (`EC`), or `001`.
    public let rawValue: String
    /// The row of the numbering plan, `nil` for ``nonGeographic``.
    let territory: Int?

    /// Accepts any case; `nil` unless the numbering plan knows the region.
    public init?(rawValue: String) {
        if rawValue == Self.nonGeographic.rawValue {
            self = .nonGeographic
            return
        }
        guard let territory = NumberingPlanIndex.shared.territory(forRegion: rawValue) else { return nil }
        self.init(territory: territory)
    }

    init(territory: Int) {
        let id = NumberingPlanIndex.shared.regionID(territory)
        self.rawValue = id
        self.territory = id == "001" ? nil : territory
    }

    private init(uncheckedRawValue: String) {
        self.rawValue = uncheckedRawValue
        self.territory = NumberingPlanIndex.shared.territory(forRegion: uncheckedRawValue)
    }

    /// `001`, the region of numbers such as +800 and +882 that belong to no country.
    public static let nonGeographic = RegionCode(uncheckedRawValue: "001")

    /// Every geographic region of the numbering plan, sorted.
    public static var allRegions: [RegionCode] {
        let index = NumberingPlanIndex.shared
        return (0..<index.territoryCount).compactMap { territory in
            let id = index.regionID(territory)
            return id == nonGeographic.rawValue ? nil : RegionCode(uncheckedRawValue: id)
        }.sorted { $0.rawValue < $1.rawValue }
    }

    /// The country calling code of the region (`1` for `US`), `nil` for ``nonGeographic``.
    public var countryCode: Int? {
        guard let territory = territory else { return nil }
        return NumberingPlanIndex.shared.countryCode(territory)
    }

    /// The code (`EC`, `001`).
    public var description: String { rawValue }
}
