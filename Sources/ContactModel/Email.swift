/// An email address.
///
/// Corresponds to RFC 6350 §6.4.2 (EMAIL).
public struct Email: Sendable, Hashable, Codable {
    /// The address as written, trimmed; it may lack an `@` (``hasAtSign``). Jelou `emails[].email`.
    public var address: String
    /// Home, work or other, from the TYPE parameter (RFC 6350 §5.6, RFC 2426 §3.3.2) or the CSV
    /// column; Jelou `emails[].type`, which ``label`` overrides.
    public var kind: EntryKind
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// A custom label as written (Apple `X-ABLabel`, a CSV label column).
    public var label: Optional<String>
    /// Preference rank, 1 (most preferred) to 100 (RFC 6350 §5.3).
    public var preference: Optional<Int>
    /// Where the reader found the address (its EMAIL line, its CSV cell), for diagnostics.
    public var readAt: ReadPosition
    /// The parameters of the source's EMAIL that no field holds (`PID`, `X-…`), as read, for the
    /// vCard and jCard writers to write back (RFC 6350 §5).
    public var otherParameters: [RawParameter]

    /// Makes an email.
    /// - Parameters:
    ///   - address: the address as written.
    ///   - kind: home, work or other.
    ///   - label: a custom label, as written.
    ///   - preference: the PREF rank, 1 (most preferred) to 100.
    ///   - readAt: where the reader found it (1-based line and column, the column in UTF-8 bytes).
    ///   - otherParameters: the EMAIL parameters no field holds.
    public init(
        address: String, kind: EntryKind = .unspecified, label: String? = nil, preference: Int? = nil,
        readAt: SourcePosition? = nil, otherParameters: [RawParameter] = []
    ) {
        self.address = address
        self.kind = kind
        self.label = label
        self.preference = preference
        self.readAt = ReadPosition(readAt)
        self.otherParameters = otherParameters
    }
}

/// Home / work / other: the TYPE vocabulary shared by emails, addresses and URLs
/// (RFC 6350 §5.6).
public enum EntryKind: String, Sendable, Hashable, Codable, CaseIterable {
    case unspecified
    case home
    case work
    case other
}

/// A web address.
///
/// Corresponds to RFC 6350 §6.7.8 (URL).
public struct WebAddress: Sendable, Hashable, Codable {
    /// The URL as written (RFC 6350 §6.7.8, RFC 2426 §3.6.8). Jelou `urls[].url`.
    public var url: String
    /// Home, work or other, from the TYPE parameter (RFC 6350 §5.6) or the CSV column; Jelou
    /// `urls[].type`, which ``label`` overrides.
    public var kind: EntryKind
    // `Optional<…>`, not `…?`, so the initialiser builds the value in place (see `Contact`).
    /// A custom label as written (Apple `X-ABLabel`, a CSV label column).
    public var label: Optional<String>
    /// Preference rank, 1 (most preferred) to 100 (RFC 6350 §5.3); `nil` when the source gave none.
    public var preference: Optional<Int>
    /// The parameters of the source's URL that no field holds (`MEDIATYPE`, `X-…`), as read, for
    /// the vCard and jCard writers to write back (RFC 6350 §5).
    public var otherParameters: [RawParameter]

    /// Makes a web address.
    /// - Parameters:
    ///   - url: the URL as written.
    ///   - kind: home, work or other.
    ///   - label: a custom label, as written.
    ///   - preference: the PREF rank, 1 (most preferred) to 100.
    ///   - otherParameters: the URL parameters no field holds.
    public init(
        url: String, kind: EntryKind = .unspecified, label: String? = nil, preference: Int? = nil,
        otherParameters: [RawParameter] = []
    ) {
        self.url = url
        self.kind = kind
        self.label = label
        self.preference = preference
        self.otherParameters = otherParameters
    }
}

extension Email {
    /// True when the address has an `@`, which a Jelou payload's `email` needs: text without one
    /// (`N/A`, `juan(at)gmail.com`) is left out of payloads and kept in vCard and CSV.
    public var hasAtSign: Bool { address.withUTF8Bytes { $0.contains(UInt8(ascii: "@")) } }
}
