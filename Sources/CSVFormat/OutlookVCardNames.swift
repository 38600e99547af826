/// The vCard properties Outlook's own vCard 2.1 export writes for fields the contact model has no
/// place for; the CSV reader keeps those Outlook columns under these names, so a vCard written
/// from an Outlook CSV holds them as Outlook would have (``RelatedEntries`` reads them back for
/// the CSV writers).
enum OutlookVCardNames {
    static let anniversary = "X-MS-ANNIVERSARY"
    static let spouse = "X-MS-SPOUSE"
    static let manager = "X-MS-MANAGER"
    static let assistant = "X-MS-ASSISTANT"
    static let imAddress = "X-MS-IMADDRESS"
}
