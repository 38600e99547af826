import Foundation
import NumberingPlanGeneration

// Usage: generate-numbering-plan <PhoneNumberMetadata.xml> <output.swift> [data-version]
let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: generate-numbering-plan <PhoneNumberMetadata.xml> <output.swift> [data-version]\n".utf8))
    exit(64)
}
do {
    let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
    let territories = try MetadataReader.territories(from: data)
    let version = arguments.count == 4 ? arguments[3] : NumberingPlanRenderer.defaultDataVersion
    let source = try NumberingPlanRenderer.render(territories, dataVersion: version)
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]))
    print("wrote \(arguments[2]): \(territories.count) territories, metadata \(version)")
} catch {
    FileHandle.standardError.write(Data("generate-numbering-plan: error: \(error)\n".utf8))
    exit(1)
}
