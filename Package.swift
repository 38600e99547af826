// swift-tools-version: 6.0
import PackageDescription

// Stages depend only on the stages before them:
// ContactModel ← JSONCoding ← VCardFormat, CSVFormat ← PhoneNormalization ← ContactNormalization
// ← JelouPayload ← ContactPreview, JelouSend, JelouSandbox ← jelou-contacts (CLI).
let package = Package(
    name: "jelou-contacts",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jelou-contacts", targets: ["jelou-contacts"]),
        .library(name: "ContactModel", targets: ["ContactModel"]),
        .library(name: "VCardFormat", targets: ["VCardFormat"]),
        .library(name: "CSVFormat", targets: ["CSVFormat"]),
        .library(name: "PhoneNormalization", targets: ["PhoneNormalization"]),
        .library(name: "ContactNormalization", targets: ["ContactNormalization"]),
        .library(name: "JelouPayload", targets: ["JelouPayload"]),
        .library(name: "JelouSend", targets: ["JelouSend"]),
    ],
    targets: [
        // The model every format meets through, plus byte streams, text decoding and diagnostics.
        .target(name: "ContactModel"),
        // Byte-level JSON reading and writing (RFC 8259), shared by jCard and the Jelou payloads.
        .target(name: "JSONCoding", dependencies: ["ContactModel"]),
        .target(name: "VCardFormat", dependencies: ["ContactModel", "JSONCoding"]),
        .target(name: "CSVFormat", dependencies: ["ContactModel"]),

        // libphonenumber's numbering plan, generated from PhoneNumberMetadata.xml.
        .target(name: "NumberingPlan"),
        .target(name: "PhoneNormalization", dependencies: ["NumberingPlan"]),
        .target(name: "NumberingPlanGeneration"),
        .executableTarget(name: "generate-numbering-plan", dependencies: ["NumberingPlanGeneration"]),

        .target(name: "ContactNormalization", dependencies: ["ContactModel", "PhoneNormalization"]),
        .target(name: "JelouPayload", dependencies: ["ContactModel", "JSONCoding", "CSVFormat", "VCardFormat"]),
        // What the recipient will see: cards for the terminal and a self-contained HTML page.
        .target(name: "ContactPreview", dependencies: ["ContactModel", "JSONCoding", "JelouPayload"]),
        .target(name: "JelouSend", dependencies: ["ContactModel", "JelouPayload", "JSONCoding"]),
        .target(name: "JelouSandbox", dependencies: ["JelouPayload", "JSONCoding"]),

        .executableTarget(
            name: "jelou-contacts",
            dependencies: [
                "ContactModel", "JSONCoding", "VCardFormat", "CSVFormat", "PhoneNormalization",
                "ContactNormalization", "JelouPayload", "ContactPreview", "JelouSend", "JelouSandbox",
            ]
        ),

        // Generates deterministic corpora and times every stage (release build).
        .executableTarget(
            name: "jelou-contacts-bench",
            dependencies: ["ContactModel", "VCardFormat", "CSVFormat", "PhoneNormalization", "ContactNormalization", "JelouPayload"]
        ),

        .target(name: "_ContactsTestSupport", dependencies: ["ContactModel"], path: "Tests/_ContactsTestSupport"),
        .testTarget(name: "ContactModelTests", dependencies: ["ContactModel", "_ContactsTestSupport"]),
        .testTarget(name: "JSONCodingTests", dependencies: ["JSONCoding", "_ContactsTestSupport"]),
        .testTarget(name: "VCardFormatTests", dependencies: ["VCardFormat", "_ContactsTestSupport"]),
        .testTarget(name: "CSVFormatTests", dependencies: ["CSVFormat", "_ContactsTestSupport"]),
        .testTarget(
            name: "PhoneNormalizationTests",
            dependencies: ["PhoneNormalization", "NumberingPlan", "NumberingPlanGeneration", "_ContactsTestSupport"]
        ),
        .testTarget(
            name: "ContactNormalizationTests", dependencies: ["ContactNormalization", "PhoneNormalization", "_ContactsTestSupport"]
        ),
        .testTarget(name: "JelouPayloadTests", dependencies: ["JelouPayload", "_ContactsTestSupport"]),
        .testTarget(
            name: "ContactPreviewTests", dependencies: ["ContactPreview", "ContactModel", "JSONCoding", "JelouPayload"]
        ),
        .testTarget(name: "JelouSendTests", dependencies: ["JelouSend", "JelouSandbox", "_ContactsTestSupport"]),
        .testTarget(name: "JelouContactsCLITests", dependencies: ["jelou-contacts", "_ContactsTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
