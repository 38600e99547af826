import Foundation

extension Country {
    /// The answers ``Country/code(forName:)`` gave last, by the name as written: an address book
    /// spells the same few countries over and over, and a repeated name then costs one dictionary
    /// lookup instead of a fold and a table search.
    ///
    /// Shared by every thread behind a lock; holds at most `capacity` names of at most
    /// `longestName` UTF-8 bytes and starts again from empty when full, so memory stays bounded
    /// whatever the input. Answers never change, so a cached one is always the one computed.
    final class RecentAnswers: @unchecked Sendable {
        private let lock = NSLock()
        private var codes: [String: String?] = [:]
        private let capacity: Int
        private let longestName: Int

        init(capacity: Int, longestName: Int) {
            self.capacity = capacity
            self.longestName = longestName
        }

        /// The cached answer for `name`, else `resolve(name)`, which is then remembered.
        func code(forName name: String, resolve: (String) -> String?) -> String? {
            guard name.utf8.count <= longestName else { return resolve(name) }
            lock.lock()
            let cached = codes[name]
            lock.unlock()
            if let cached { return cached }
            let code = resolve(name)
            lock.lock()
            if codes.count >= capacity { codes.removeAll(keepingCapacity: true) }
            codes[name] = .some(code)
            lock.unlock()
            return code
        }

        /// How many names are remembered.
        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return codes.count
        }
    }

    static let recentAnswers = RecentAnswers(capacity: 512, longestName: 64)
}
