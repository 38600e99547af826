/// A command line parsed against a ``CommandSpec``: the positionals in order, and each option's
/// values (flags have one empty value per occurrence).
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    private(set) var values: [String: [String]] = [:]

    /// Parses `arguments` (without the command name).
    /// - Throws: ``UsageError`` for an unknown option, a missing value, a value outside the
    ///   option's choices, or a repeated option that may appear only once.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.option(named: name) else {
                throw UsageError(
                    "unknown option '\(name)'" + SpellingSuggestion.hint(for: name, among: spec.options.map(\.long)))
            }
            var value = ""
            if option.takesValue {
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError("missing value for '\(option.long)'")
                }
                if !option.choices.isEmpty, !option.choices.contains(value) {
                    throw UsageError(
                        "'\(value)' is not a valid value for '\(option.long)'; choose from \(option.choices.joined(separator: ", "))"
                    )
                }
            } else if inlineValue != nil {
                throw UsageError("'\(option.long)' takes no value")
            }
            if !option.repeatable, values[option.long] != nil {
                throw UsageError("'\(option.long)' may be given only once")
            }
            values[option.long, default: []].append(value)
        }
    }

    /// Whether the flag or option was given.
    func has(_ long: String) -> Bool { values[long] != nil }

    /// The option's value, if given.
    func value(_ long: String) -> String? { values[long]?.last }

    /// Every value of a repeatable option, in order.
    func all(_ long: String) -> [String] { values[long] ?? [] }

    /// The option's value as an integer within `range`.
    /// - Throws: ``UsageError`` when it is not a whole number in range.
    func integer(_ long: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(long) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("'\(long)' takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// The option's value as a number within `range`.
    /// - Throws: ``UsageError`` when it is not a number in range.
    func number(_ long: String, in range: ClosedRange<Double>) throws(UsageError) -> Double? {
        guard let text = value(long) else { return nil }
        guard let number = Double(text), range.contains(number) else {
            throw UsageError("'\(long)' takes a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }
}
