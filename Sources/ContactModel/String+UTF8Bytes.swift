extension String {
    /// Calls `body` with the string's UTF-8, in place when its storage is contiguous (as a native
    /// string's always is), else from a copy: scans of phone and email text run over the bytes
    /// themselves rather than through `String.UTF8View`'s index checks.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
