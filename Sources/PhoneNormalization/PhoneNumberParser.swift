import NumberingPlan

/// libphonenumber's `parse`, followed by its validity, possibility and type checks.
///
/// Normalises in this order: text and `tel:` URI, viability, extension, country code, national
/// prefix, length.
enum PhoneNumberParser {
    /// libphonenumber's MAX_INPUT_STRING_LENGTH, in Unicode scalars: the Python port (the
    /// oracle of the conformance files) counts code points, so an emoji counts once, whereas
    /// Java counts it as two UTF-16 units.
    static let maximumInputLength = 250
    static let minimumNationalLength = 2
    static let maximumNationalLength = 17

    static func parse(
        _ raw: String, defaultRegion: RegionCode?, tolerance: PhoneNumber.Tolerance
    ) throws(PhoneNumberError) -> PhoneNumber {
        try withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: maximumInputLength) {
            buffer throws(PhoneNumberError) -> PhoneNumber in
            let ascii = copiedASCII(raw, into: buffer)
            var count = ascii?.count ?? 0
            if ascii == nil {
                for scalar in raw.unicodeScalars {
                    if count == maximumInputLength {
                        throw PhoneNumberError(.tooLong, "input longer than 250 characters")
                    }
                    buffer[count] = scalar
                    count += 1
                }
            }
            if tolerance == .addressBook { count = AddressBookLabels.clean(buffer, count: count, isASCII: ascii != nil) }
            let rawText = UnsafeBufferPointer(rebasing: buffer[0..<count])
            switch NumberExtraction.candidate(rawText, marks: ascii?.marks ?? .unknown) {
            case nil:
                throw PhoneNumberError(.notANumber, "malformed phone-context parameter")
            case .slice(let range):
                return try parse(candidate: UnsafeBufferPointer(rebasing: rawText[range]), defaultRegion: defaultRegion)
            case .assembled(let scalars):
                return try scalars.withUnsafeBufferPointer { text throws(PhoneNumberError) in
                    try parse(candidate: text, defaultRegion: defaultRegion)
                }
            }
        }
    }

    /// Copies `raw` into `buffer` byte by byte when it is ASCII and fits, which is how almost
    /// every address-book number is written, noting whether it may hold a `;` or a letter.
    /// - Returns: the number of scalars copied and what was seen, or `nil` when `raw` is not
    ///   ASCII, is longer than the buffer, or has no contiguous UTF-8 storage.
    private static func copiedASCII(
        _ raw: String, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>
    ) -> (count: Int, marks: NumberExtraction.Marks)? {
        let copied = raw.utf8.withContiguousStorageIfAvailable { utf8 -> (count: Int, marks: NumberExtraction.Marks)? in
            guard utf8.count <= buffer.count else { return nil }
            // Without a branch per byte: the bytes or-ed together (ASCII when below 0x80), and
            // one bit per pair of byte values seen (bit n for bytes 2n and 2n + 1).
            var combined: UInt8 = 0
            var pairs: UInt64 = 0
            for index in utf8.indices {
                let byte = utf8[index]
                combined |= byte
                pairs |= 1 &<< UInt64(byte >> 1)
                buffer[index] = Unicode.Scalar(byte)
            }
            guard combined < 0x80 else { return nil }
            // `:;` are pair 29; `@A`…`Z[` pairs 32-45 and `` `a ``…`z{` pairs 48-61.
            let letterPairs: UInt64 = 0x3FFF << 32 | 0x3FFF << 48
            let marks = NumberExtraction.Marks(parameters: pairs & 1 << 29 != 0, letters: pairs & letterPairs != 0)
            return (utf8.count, marks)
        }
        return copied ?? nil
    }

    /// The text of `scalars`; ASCII, as nearly every extension's digits are, is copied byte by
    /// byte.
    private static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy(\.isASCII) else {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            return String(text)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count) { bytes in
            for index in scalars.indices { bytes[index] = UInt8(truncatingIfNeeded: scalars[index].value) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func parse(
        candidate: UnsafeBufferPointer<Unicode.Scalar>, defaultRegion: RegionCode?
    ) throws(PhoneNumberError) -> PhoneNumber {
        guard NumberExtraction.isViable(candidate) else {
            throw PhoneNumberError(.notANumber, "no phone number in the text")
        }
        let defaultTerritory = defaultRegion?.territory
        if defaultTerritory == nil, !(candidate.first.map(PhoneCharacters.isPlus) ?? false) {
            throw PhoneNumberError(.invalidForRegion, "a number without + needs a default region")
        }

        var text = candidate
        var extensionNumber: String?
        if let found = ExtensionParsing.find(text),
           NumberExtraction.isViable(UnsafeBufferPointer(rebasing: text[0..<found.start]))
        {
            extensionNumber = string(UnsafeBufferPointer(rebasing: text[found.digits]))
            text = UnsafeBufferPointer(rebasing: text[0..<found.start])
        }

        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DigitArena.capacity) {
            storage throws(PhoneNumberError) -> PhoneNumber in
            var arena = DigitArena(storage)
            return try parse(text: text, defaultTerritory: defaultTerritory, extensionNumber: extensionNumber, arena: &arena)
        }
    }

    private static func parse(
        text: UnsafeBufferPointer<Unicode.Scalar>, defaultTerritory: Int?, extensionNumber: String?,
        arena: inout DigitArena
    ) throws(PhoneNumberError) -> PhoneNumber {
        let plan = NumberingPlanIndex.shared
        var extracted: CountryCodeExtraction.Result
        do {
            extracted = try CountryCodeExtraction.extract(text, defaultTerritory: defaultTerritory, arena: &arena)
        } catch where error.code == .invalidCountryCode && PhoneCharacters.isPlus(text[0]) {
            var plusEnd = 0
            while plusEnd < text.count, PhoneCharacters.isPlus(text[plusEnd]) { plusEnd += 1 }
            arena.reset()
            extracted = try CountryCodeExtraction.extract(
                UnsafeBufferPointer(rebasing: text[plusEnd...]), defaultTerritory: defaultTerritory, arena: &arena
            )
            guard extracted.countryCode != 0 else { throw error }
        }

        var countryCode = extracted.countryCode
        let territory: Int
        if countryCode != 0 {
            territory = Int(plan.territories(forCountryCode: countryCode).first!)
        } else {
            guard let defaultTerritory else {
                throw PhoneNumberError(.invalidCountryCode, "unknown country calling code")
            }
            territory = defaultTerritory
            countryCode = plan.countryCode(defaultTerritory)
        }
        var national = extracted.nationalNumber
        guard national.count >= minimumNationalLength else {
            throw PhoneNumberError(.tooShort, "too few digits for a national number")
        }
        let stripped = NationalPrefix.stripped(national, territory: territory, arena: &arena)
        switch plan.checkLength(stripped.count, territory: territory) {
        case .tooShort, .possibleLocalOnly, .invalidLength: break
        case .possible, .tooLong: national = stripped
        }
        guard national.count >= minimumNationalLength else {
            throw PhoneNumberError(.tooShort, "too few digits for a national number")
        }
        guard national.count <= maximumNationalLength else {
            throw PhoneNumberError(.tooLong, "more than 17 digits in the national number")
        }

        let digits = national
        let found = NumberType.territory(countryCode: countryCode, number: digits)
        let numberTerritory = found?.territory
        let type = found.map { $0.type ?? NumberType.type(of: digits, territory: $0.territory) } ?? .unknown
        let isValid = type != .unknown
        var isLocalOnly = false
        if !isValid {
            let mainTerritory = Int(plan.territories(forCountryCode: countryCode).first!)
            switch plan.checkLength(digits.count, territory: mainTerritory) {
            case .possible: isLocalOnly = plan.isShorterThanFixedLinesAndMobiles(digits.count, territory: mainTerritory)
            case .possibleLocalOnly: isLocalOnly = true
            case .tooShort: throw PhoneNumberError(.tooShort, "too few digits for +\(countryCode)")
            case .tooLong: throw PhoneNumberError(.tooLong, "too many digits for +\(countryCode)")
            case .invalidLength: throw PhoneNumberError(.invalidLength, "no +\(countryCode) number has \(digits.count) digits")
            }
        }
        let nationalNumber = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digits.count) { ascii in
            for index in digits.indices { ascii[index] = digits[index] &+ 0x30 }
            return String(decoding: ascii, as: UTF8.self)
        }
        return PhoneNumber(
            countryCode: countryCode,
            nationalNumber: nationalNumber,
            extensionNumber: extensionNumber,
            region: numberTerritory.map(RegionCode.init(territory:)),
            type: type,
            isValid: isValid,
            isLocalOnly: isLocalOnly
        )
    }
}
