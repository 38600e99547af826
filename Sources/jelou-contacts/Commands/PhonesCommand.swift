import ContactModel
import PhoneNormalization

/// `jelou-contacts phones`: the normaliser on its own, one output line per input line.
enum PhonesCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) throws -> ExitCode {
        let regionText = arguments.value("--region")
        // `ZZ` is libphonenumber's unknown region (and the conformance files' "no region").
        let region = regionText?.uppercased() == "ZZ" ? nil : try ReadingOptions.region(regionText, option: "--region")
        let json = arguments.value("--format") == "json"
        let output = context.standardOutput
        // Typed at a terminal, each answer shows as its line is entered.
        let answersEachLine = output.isTerminal
        func emit(_ line: String) {
            let report = PhoneNumberReport(input: line, defaultRegion: region)
            output.write(json ? report.json : report.tsvLine)
            output.write([0x0A])
            if answersEachLine { output.flush() }
        }
        if !arguments.positionals.isEmpty {
            arguments.positionals.forEach(emit)
            return .success
        }
        context.hintIfTheTerminalIsInput("reading numbers from the terminal, one per line; press Ctrl-D to end")
        var input: FileByteSource
        do {
            input = try FileByteSource(path: "-")
        } catch {
            throw CommandFailure(error.description)
        }
        var pending: [UInt8] = []
        while true {
            let chunk: [UInt8]
            do {
                chunk = try input.read(maxCount: 1 << 16)
            } catch {
                throw CommandFailure("cannot read standard input: \(error.message)")
            }
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                emit(line(pending[start..<newline]))
                start = newline + 1
            }
            pending.removeSubrange(..<start)
            // A "number" longer than any line a person types is still one line: cap what is kept.
            if pending.count > 1 << 20 { pending.removeSubrange((1 << 20)...) }
        }
        if !pending.isEmpty { emit(line(pending[...])) }
        return .success
    }

    /// The text of one line, without its CR before LF; bytes that are not UTF-8 become U+FFFD.
    private static func line(_ bytes: ArraySlice<UInt8>) -> String {
        let body = bytes.last == 0x0D ? bytes.dropLast() : bytes
        return String(decoding: body, as: UTF8.self)
    }
}
