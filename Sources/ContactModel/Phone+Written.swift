extension Phone {
    /// The number the writers put out: the E.164 form when the normaliser read it, else the value
    /// as written.
    public var writtenNumber: String { normalized?.e164 ?? value }

    /// The extension the writers put out: the one the normaliser found, else the source's own.
    public var writtenExtension: String? { normalized?.extensionNumber ?? extensionNumber }
}
