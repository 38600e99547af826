import ContactModel
import Foundation
import JSONCoding
import Testing
import _ContactsTestSupport
@testable import VCardFormat

/// vCard → model → vCard 2.1 / 3.0 / 4.0 / jCard → model, for every corpus `.vcf` file and every
/// fixture under `Fixtures/vcard*/`: the second model equals the first after the documented
/// normalisations in ``RoundTrip/expected(_:after:)``.
@Suite struct RoundTripCorpusTests {
    /// Paths relative to the package's parent folder (`shared/corpus/…`, `<pkg>/Fixtures/…`).
    static let files: [String] = {
        var files = TestPaths.corpusFiles(withExtension: "vcf").map { "corpus/" + $0 }
        let manager = FileManager.default
        let folders = ((try? manager.contentsOfDirectory(atPath: TestPaths.fixtures.path)) ?? [])
            .filter { $0.hasPrefix("vcard") }.sorted()
        for folder in folders {
            let names = (try? manager.contentsOfDirectory(atPath: TestPaths.fixtures.appendingPathComponent(folder).path)) ?? []
            files += names.filter { $0.hasSuffix(".vcf") }.sorted().map { "fixtures/" + folder + "/" + $0 }
        }
        return files
    }()

    private static func url(_ file: String) -> URL {
        if file.hasPrefix("corpus/") { return TestPaths.corpus.appendingPathComponent(String(file.dropFirst(7))) }
        return TestPaths.fixtures.appendingPathComponent(String(file.dropFirst(9)))
    }

    @Test func findsTheCorpusAndFixtures() throws {
        guard try TestPaths.requireCorpus() != nil else { return }
        #expect(Self.files.count >= 60)
    }

    @Test(arguments: files)
    func vCardSurvivesEveryVersion(file: String) throws {
        let original = VCardReader.readAll(try TestPaths.bytes(of: Self.url(file))).contacts.map(\.contact)
        for format in RoundTrip.Format.allCases {
            let again = RoundTrip.convert(original, through: format)
            let expected = original.map { RoundTrip.expected($0, after: format) }
            #expect(again.count == expected.count, "\(format)")
            for (index, (got, want)) in zip(again, expected).enumerated() where got != want {
                Issue.record("\(format), contact \(index + 1):\n\(RoundTrip.difference(got, want))")
            }
        }
    }
}

/// Writing and reading back, and what each format is documented not to hold.
enum RoundTrip {
    enum Format: String, CaseIterable, CustomStringConvertible {
        case vCard21 = "vCard 2.1", vCard30 = "vCard 3.0", vCard40 = "vCard 4.0", jCard
        var description: String { rawValue }
    }

    static func convert(_ contacts: [Contact], through format: Format) -> [Contact] {
        switch format {
        case .jCard:
            let (bytes, _) = JCardWriter().write(contacts)
            var reader = JCardReader(MemoryByteSource(bytes))
            var diagnostics: [Diagnostic] = []
            var out: [Contact] = []
            while let record = try? reader.next(diagnostics: &diagnostics) { out.append(record.contact) }
            return out
        case .vCard21, .vCard30, .vCard40:
            let version: VCardVersion = format == .vCard21 ? .v21 : format == .vCard30 ? .v30 : .v40
            var writer = VCardWriter(version: version)
            let (bytes, _) = writer.write(contacts)
            return VCardReader.readAll(bytes).contacts.map(\.contact)
        }
    }

    /// The contact as it reads back after `format`: the documented normalisations, and nothing else.
    /// - `FN` is synthesised when missing (``VCardWriter/displayName(for:)``);
    /// - 2.1/3.0 hold only "preferred": ranks above 1 are lost;
    /// - a phone extension with no `tel:` URI to carry it is appended to the value (` ext. N`);
    /// - 2.1 parameters cannot hold `;` `:` `,` `=` or line breaks: such parameters kept as read
    ///   are lost, and a list of values is several parameters of one value each;
    /// - jCard holds one parameter of each name: the values of a repeated one are joined;
    /// - 2.1 writes `\N` in kept values as a line break, which reads back as `\n`;
    /// - jCard carries a `VALUE` parameter as the value type: it comes back last and lower-cased;
    /// - photos, logos, sounds and keys held in the card come back in the written version's form
    ///   (``VCardInlineBinary``), and so do photos, logos and sounds given by an `http(s)` URL
    ///   (`VALUE=URL` in 2.1, `VALUE=uri` in 3.0, none in 4.0: ``GoogleFieldMapping``).
    static func expected(_ contact: Contact, after format: Format) -> Contact {
        var contact = contact
        let version: VCardVersion = format == .vCard21 ? .v21 : format == .vCard30 ? .v30 : .v40
        contact.unmapped = contact.unmapped.map { property in
            if property.mediaWebAddress != nil {
                var written = property
                written.parameters.removeAll { $0.name == "VALUE" }
                switch format {
                case .vCard21: written.parameters.insert(RawParameter(name: "VALUE", values: ["URL"]), at: 0)
                case .vCard30: written.parameters.insert(RawParameter(name: "VALUE", values: ["uri"]), at: 0)
                case .vCard40: break
                case .jCard: written.parameters.append(RawParameter(name: "VALUE", values: ["uri"]))
                }
                return written
            }
            guard let binary = VCardInlineBinary(property) else { return property }
            var written = binary.property(named: property.name, group: property.group, for: version)
            if format == .jCard { written.parameters.append(RawParameter(name: "VALUE", values: ["uri"])) }
            return written
        }
        let isLegacy = format == .vCard21 || format == .vCard30
        let usesURIs = format == .vCard40 || format == .jCard
        if contact.name.formatted == nil {
            let name = VCardWriter.displayName(for: contact)
            contact.name.formatted = name.isEmpty ? nil : name
        }
        for index in contact.phones.indices {
            if isLegacy, let rank = contact.phones[index].preference, rank > 1 { contact.phones[index].preference = nil }
            if let ext = contact.phones[index].extensionNumber,
               !(usesURIs && VCardWriter.isGlobalTelNumber(contact.phones[index].value)) {
                contact.phones[index].value += " ext. " + ext
                contact.phones[index].extensionNumber = nil
            }
        }
        if isLegacy {
            for index in contact.emails.indices where (contact.emails[index].preference ?? 1) > 1 {
                contact.emails[index].preference = nil
            }
            for index in contact.addresses.indices where (contact.addresses[index].preference ?? 1) > 1 {
                contact.addresses[index].preference = nil
            }
            for index in contact.urls.indices where (contact.urls[index].preference ?? 1) > 1 {
                contact.urls[index].preference = nil
            }
        }
        if let birthday = contact.birthday, birthday.year != nil, birthday.month == nil, birthday.day != nil {
            contact.birthday = nil
            contact.propertyParameters["BDAY"] = nil
        }
        if format == .vCard21 {
            for index in contact.unmapped.indices {
                contact.unmapped[index].value = lowercasingNewlineEscapes(contact.unmapped[index].value)
            }
            contact = keptParameters(of: contact) { parameters in
                parameters.flatMap { parameter in
                    parameter.values.count > 1 ? parameter.values.map { RawParameter(name: parameter.name, values: [$0]) } : [parameter]
                }.filter { parameter in
                    !parameter.values.contains { value in
                        value.utf8.contains { [0x3B, 0x3A, 0x2C, 0x3D, 0x0A, 0x0D].contains($0) }
                    }
                }
            }
            // The TYPE values a field keeps (an address's delivery types, the TYPE of N, FN or ORG)
            // are read back into one list, as they were read; an unmapped property's stay apart.
            let unmapped = contact.unmapped
            contact = keptParameters(of: contact) { parameters in
                var merged: [RawParameter] = []
                for parameter in parameters {
                    if parameter.name == "TYPE", let first = merged.firstIndex(where: { $0.name == "TYPE" }) {
                        merged[first].values += parameter.values
                    } else {
                        merged.append(parameter)
                    }
                }
                return merged
            }
            contact.unmapped = unmapped
        }
        if format == .jCard {
            for index in contact.unmapped.indices {
                var parameters = contact.unmapped[index].parameters
                if let at = parameters.firstIndex(where: { $0.name == "VALUE" && !$0.values.isEmpty }) {
                    let type = parameters.remove(at: at).values[0].lowercased()
                    parameters.append(RawParameter(name: "VALUE", values: [type]))
                }
                contact.unmapped[index].parameters = parameters
            }
            contact = keptParameters(of: contact, mergingByName)
        }
        return contact
    }

    /// `contact` with `change` applied to every list of parameters kept as read: an unmapped
    /// property's, and those of its name, phones, emails, addresses, URLs, organisation and
    /// single-valued properties (none kept when all are lost).
    static func keptParameters(of contact: Contact, _ change: ([RawParameter]) -> [RawParameter]) -> Contact {
        var contact = contact
        contact.name.nameParameters = change(contact.name.nameParameters)
        contact.name.formattedNameParameters = change(contact.name.formattedNameParameters)
        if let organization = contact.organization { contact.organization?.otherParameters = change(organization.otherParameters) }
        for index in contact.phones.indices { contact.phones[index].otherParameters = change(contact.phones[index].otherParameters) }
        for index in contact.emails.indices { contact.emails[index].otherParameters = change(contact.emails[index].otherParameters) }
        for index in contact.addresses.indices {
            contact.addresses[index].otherParameters = change(contact.addresses[index].otherParameters)
        }
        for index in contact.urls.indices { contact.urls[index].otherParameters = change(contact.urls[index].otherParameters) }
        for index in contact.unmapped.indices { contact.unmapped[index].parameters = change(contact.unmapped[index].parameters) }
        contact.propertyParameters = contact.propertyParameters.mapValues(change).filter { !$0.value.isEmpty }
        return contact
    }

    /// Parameters of one name as one, values in order: a jCard parameter object holds each name
    /// once (RFC 7095 §3.4).
    static func mergingByName(_ parameters: [RawParameter]) -> [RawParameter] {
        var merged: [RawParameter] = []
        for parameter in parameters {
            if let index = merged.firstIndex(where: { $0.name == parameter.name }) {
                merged[index].values += parameter.values
            } else {
                merged.append(parameter)
            }
        }
        return merged
    }

    /// `value` with each `\N` escape written `\n`, as a 2.1 round trip gives it back (both are a
    /// line break); an escaped backslash before an `N` (`\\N`) is left alone.
    static func lowercasingNewlineEscapes(_ value: String) -> String {
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                out.append(character == "N" ? "n" : character)
                escaped = false
            } else {
                out.append(character)
                escaped = character == "\\"
            }
        }
        return out
    }

    /// The fields that differ, one per line, for a readable failure.
    static func difference(_ got: Contact, _ want: Contact) -> String {
        var lines: [String] = []
        func compare<T: Equatable>(_ name: String, _ a: T, _ b: T) {
            if a != b { lines.append("  \(name):\n    got  \(a)\n    want \(b)") }
        }
        compare("name", got.name, want.name)
        compare("phones", got.phones, want.phones)
        compare("emails", got.emails, want.emails)
        compare("addresses", got.addresses, want.addresses)
        compare("organization", got.organization, want.organization)
        compare("urls", got.urls, want.urls)
        compare("birthday", got.birthday, want.birthday)
        compare("note", got.note, want.note)
        compare("propertyParameters", got.propertyParameters, want.propertyParameters)
        if got.unmapped != want.unmapped {
            for (a, b) in zip(got.unmapped, want.unmapped) where a != b { compare("unmapped", a, b) }
            compare("unmapped count", got.unmapped.count, want.unmapped.count)
        }
        return lines.joined(separator: "\n")
    }
}
