/// The vCard properties Outlook's own vCard 2.1 export writes for fields the contact model has no
/// place for; the CSV reader keeps those Outlook columns under these names, so a vCard written
/// from an Outlook CSV holds them as Outlook would have, and the Outlook CSV writer fills the
/// columns back from them.
enum OutlookVCardNames {
    static let anniversary = "X-MS-ANNIVERSARY"
    static let spouse = "X-MS-SPOUSE"
    static let manager = "X-MS-MANAGER"
    static let assistant = "X-MS-ASSISTANT"
    static let imAddress = "X-MS-IMADDRESS"

    /// The Outlook CSV column each property fills, with the other exporters' names for the same
    /// field (RFC 6350 `ANNIVERSARY`, Evolution's and Android's `X-ANNIVERSARY`, `X-SPOUSE`).
    static let columns: [(column: String, properties: [String], isDate: Bool)] = [
        ("Anniversary", [anniversary, "ANNIVERSARY", "X-ANNIVERSARY"], true),
        ("Spouse", [spouse, "X-SPOUSE"], false),
        ("Manager's Name", [manager], false),
        ("Assistant's Name", [assistant], false),
    ]
}
