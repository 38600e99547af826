import ContactModel

/// Why JSON text could not be read, and where.
///
/// `position` is 1-based line and column, the column counted in UTF-8 bytes (RFC 8259 §8.1 text
/// is UTF-8), and a 0-based byte offset from the start of the input.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure; new kinds may be added.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: Hashable, Sendable {
            case syntax, invalidUTF8, tooDeep, tooLarge, unexpectedEnd
        }

        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// The text breaks RFC 8259 grammar.
        public static let syntax = Code(.syntax)
        /// Bytes that are not UTF-8 (RFC 8259 §8.1).
        public static let invalidUTF8 = Code(.invalidUTF8)
        /// Nesting beyond ``JSONLimits/maxDepth``.
        public static let tooDeep = Code(.tooDeep)
        /// A value beyond ``JSONLimits/maxValueBytes``.
        public static let tooLarge = Code(.tooLarge)
        /// The input ended inside a value.
        public static let unexpectedEnd = Code(.unexpectedEnd)

        /// The code's name (`syntax`, `invalidUTF8`, `tooDeep`, `tooLarge`, `unexpectedEnd`), for tests and
        /// logs; messages say more.
        public var description: String {
            switch kind {
            case .syntax: "syntax"
            case .invalidUTF8: "invalidUTF8"
            case .tooDeep: "tooDeep"
            case .tooLarge: "tooLarge"
            case .unexpectedEnd: "unexpectedEnd"
            }
        }
    }

    /// What kind of failure it is.
    public var code: Code
    /// What is wrong, for a person (the position is not repeated in it).
    public var message: String
    /// Where: the offending byte, or the start of the value, string or container that is too large
    /// or left unfinished (1-based line and column, the column in UTF-8 bytes; 0-based byte offset).
    public var position: SourcePosition

    /// Makes an error.
    /// - Parameters:
    ///   - code: the kind of failure.
    ///   - message: what is wrong.
    ///   - position: where (1-based line and column in UTF-8 bytes, 0-based byte offset).
    public init(code: Code, message: String, position: SourcePosition) {
        self.code = code
        self.message = message
        self.position = position
    }

    /// `line:col: message`.
    public var description: String { "\(position.line):\(position.column): \(message)" }

    /// The error as an error ``Diagnostic`` at its position, for readers that report and go on.
    public var diagnostic: Diagnostic { .error(message, at: position) }
}

/// Bounds that keep hostile or broken input from exhausting memory or time.
public struct JSONLimits: Sendable, Hashable {
    /// Deepest nesting of arrays and objects accepted (RFC 8259 §9 lets parsers limit it).
    public var maxDepth: Int
    /// Largest single value, in bytes, that ``JSONParser`` accepts and a ``JSONStreamReader``
    /// buffers before giving up on it.
    public var maxValueBytes: Int

    /// Makes limits; the defaults are 512 levels and 16 MiB.
    /// - Parameters:
    ///   - maxDepth: the deepest nesting of arrays and objects accepted.
    ///   - maxValueBytes: the largest single value, in bytes.
    public init(maxDepth: Int = 512, maxValueBytes: Int = 16 << 20) {
        self.maxDepth = maxDepth
        self.maxValueBytes = maxValueBytes
    }
}
