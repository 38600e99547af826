/// Where a value sits inside a JSON value: the object keys and array indices that lead to it
/// from the top (`entry[0].changes[0].value.messages[1].contacts[1]`). ``JSONLocator`` finds its
/// line and column in the text.
public struct JSONPath: Sendable, Hashable {
    /// One step down: into an object's member, or an array's element.
    public enum Component: Sendable, Hashable {
        /// The member of that name; of duplicate names, the first, as a lookup by name finds it.
        case key(String)
        /// The member at that place (0-based), as a reader taking the members in order meets it:
        /// exact among duplicate names.
        case member(Int)
        /// The 0-based element.
        case index(Int)
    }

    /// The steps from the top value down, outermost first; empty for ``root``.
    public var components: [Component]

    /// The value itself.
    public static let root = JSONPath(components: [])

    /// Makes a path from its steps, outermost first.
    public init(components: [Component]) {
        self.components = components
    }

    /// The path of the member named `key` of the object here.
    public func appending(key: String) -> JSONPath {
        var path = self
        path.components.append(.key(key))
        return path
    }

    /// The path of the member at `index` (0-based) of the object here.
    public func appending(member index: Int) -> JSONPath {
        var path = self
        path.components.append(.member(index))
        return path
    }

    /// The path of the element at `index` of the array here.
    public func appending(index: Int) -> JSONPath {
        var path = self
        path.components.append(.index(index))
        return path
    }
}
