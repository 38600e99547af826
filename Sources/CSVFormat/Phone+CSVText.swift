import ContactModel

extension Phone {
    /// The number as the CSV writers put it in a cell: the E.164 form when the normaliser read
    /// it (as the vCard writer does), else the value as written; an extension follows as
    /// ` ext. 12`, the form Google Contacts and Outlook read back.
    var csvText: String {
        writtenExtension.map { writtenNumber + " ext. " + $0 } ?? writtenNumber
    }
}
