import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads libphonenumber's PhoneNumberMetadata.xml into ``MetadataTerritory`` values.
///
/// Build-time only: it uses Foundation's `XMLParser`. Whitespace is removed from every pattern,
/// `nationalPrefixForParsing` falls back to `nationalPrefix`, and `generalDesc` lengths are the
/// union of the type lengths, as in libphonenumber's `BuildMetadataFromXml`.
public enum MetadataReader {
    /// Why the metadata could not be read.
    public struct Failure: Error, CustomStringConvertible {
        /// What was wrong: the XML parser's error, a malformed `possibleLengths` value, or a territory
        /// without id or country code.
        public var description: String
    }

    /// Parses the XML document.
    /// - Parameter data: the bytes of PhoneNumberMetadata.xml.
    /// - Returns: the territories in document order.
    /// - Throws: ``Failure`` when the XML is malformed or a territory lacks a required field.
    public static func territories(from data: Data) throws(Failure) -> [MetadataTerritory] {
        let parser = XMLParser(data: withoutDocumentTypeDeclaration(data))
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse() else {
            throw Failure(description: "XML error: \(parser.parserError.map { "\($0)" } ?? "unknown")")
        }
        if let failure = delegate.failure { throw failure }
        return delegate.territories
    }

    /// The document without its `<!DOCTYPE … [ … ]>` internal subset. The DTD only declares
    /// elements and `#IMPLIED` attributes, and swift-corelibs-foundation's XMLParser crashes on
    /// the attribute-list declarations.
    static func withoutDocumentTypeDeclaration(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        guard let start = bytes.firstRange(of: Array("<!DOCTYPE".utf8))?.lowerBound,
              let end = bytes[start...].firstRange(of: Array("]>".utf8))?.upperBound
        else { return data }
        return Data(bytes[..<start] + bytes[end...])
    }

    /// Parses a `possibleLengths` list such as `[6-8],10`.
    static func lengths(_ text: String?) throws(Failure) -> Set<Int> {
        guard let text, !text.isEmpty else { return [] }
        var result = Set<Int>()
        for item in text.split(separator: ",") {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                let bounds = trimmed.dropFirst().dropLast().split(separator: "-").compactMap { Int($0) }
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    throw Failure(description: "bad length range \(trimmed)")
                }
                result.formUnion(bounds[0]...bounds[1])
            } else if let value = Int(trimmed) {
                result.insert(value)
            } else {
                throw Failure(description: "bad length \(trimmed)")
            }
        }
        return result
    }

    static func withoutWhitespace(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var territories: [MetadataTerritory] = []
        var failure: Failure?
        private var attributes: [String: String] = [:]
        private var descriptions: [String: (pattern: String, national: Set<Int>, localOnly: Set<Int>)] = [:]
        private var currentDescription: String?
        private var text = ""
        private var inPattern = false

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            switch name {
            case "territory":
                self.attributes = attributes
                descriptions = [:]
            case "generalDesc", "noInternationalDialling":
                currentDescription = name
                descriptions[name] = ("", [], [])
            case _ where MetadataTerritory.typeElementNames.contains(name):
                currentDescription = name
                descriptions[name] = ("", [], [])
            case "nationalNumberPattern" where currentDescription != nil:
                inPattern = true
                text = ""
            case "possibleLengths":
                guard let current = currentDescription else { return }
                do {
                    descriptions[current]?.national = try MetadataReader.lengths(attributes["national"])
                    descriptions[current]?.localOnly = try MetadataReader.lengths(attributes["localOnly"])
                } catch {
                    failure = error
                }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inPattern { text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            switch name {
            case "nationalNumberPattern" where inPattern:
                inPattern = false
                if let current = currentDescription {
                    descriptions[current]?.pattern = MetadataReader.withoutWhitespace(text)
                }
            case "generalDesc", "noInternationalDialling":
                currentDescription = nil
            case _ where MetadataTerritory.typeElementNames.contains(name):
                currentDescription = nil
            case "territory":
                finishTerritory()
            default:
                break
            }
        }

        private func finishTerritory() {
            guard let id = attributes["id"], let code = attributes["countryCode"].flatMap({ Int($0) }) else {
                failure = Failure(description: "territory without id or countryCode")
                return
            }
            var types: [String: MetadataTerritory.NumberDescription] = [:]
            var national = Set<Int>()
            var localOnly = Set<Int>()
            for name in MetadataTerritory.typeElementNames {
                guard let found = descriptions[name] else { continue }
                types[name] = .init(pattern: found.pattern, nationalLengths: found.national, localOnlyLengths: found.localOnly)
                national.formUnion(found.national)
                localOnly.formUnion(found.localOnly)
            }
            let clean = { (key: String) in self.attributes[key].map(MetadataReader.withoutWhitespace) }
            let general = MetadataTerritory.NumberDescription(
                pattern: descriptions["generalDesc"]?.pattern ?? "",
                nationalLengths: national,
                localOnlyLengths: localOnly.subtracting(national)
            )
            territories.append(
                MetadataTerritory(
                    id: id,
                    countryCode: code,
                    isMainCountryForCode: attributes["mainCountryForCode"] == "true",
                    leadingDigits: clean("leadingDigits"),
                    internationalPrefix: clean("internationalPrefix"),
                    nationalPrefixForParsing: clean("nationalPrefixForParsing") ?? clean("nationalPrefix"),
                    nationalPrefixTransformRule: clean("nationalPrefixTransformRule"),
                    general: general,
                    types: types
                )
            )
        }
    }
}
