/// A streaming reader of one address-book format: it yields contacts one at a time from a
/// ``ByteSource``, so memory does not grow with the file.
///
/// Readers are lenient: what they cannot read becomes a ``Diagnostic`` (with `file` left `nil`
/// for the caller to fill in) and reading goes on with the next card or row.
public protocol ContactReader {
    /// Reads the next contact.
    /// - Parameter diagnostics: receives every problem found since the previous call, including
    ///   those about input skipped before this contact and, on the last call, after it.
    /// - Returns: the next contact, or `nil` at the end of the input.
    /// - Throws: ``InputError`` only when the source itself cannot be read.
    mutating func next(diagnostics: inout [Diagnostic]) throws(InputError) -> ContactRecord?
}
