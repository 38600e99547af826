import ContactModel

extension String {
    /// `pieces` one after another, copied into a string of exactly their length.
    ///
    /// For the text of a warning written for many phones: an interpolation grows its buffer and
    /// checks each piece as it appends it, several times the work of one copy.
    /// - Complexity: O(*n*) in the UTF-8 length of the result.
    // Inlined, so that the array of pieces is built on the caller's stack, not on the heap.
    @inline(__always)
    init(concatenating pieces: String...) {
        var length = 0
        for piece in pieces { length += piece.utf8.count }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for piece in pieces {
                piece.withUTF8Bytes { utf8 in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(fromContentsOf: utf8)
                    offset += utf8.count
                }
            }
            return offset
        }
    }
}
