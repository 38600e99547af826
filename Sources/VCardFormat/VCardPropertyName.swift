/// The property names the reader treats specially, recognised case-insensitively
/// (RFC 6350 §6, RFC 2426 §3, vCard 2.1 §2, and Apple's `X-ABLabel` / `X-ABADR`).
enum VCardPropertyName: Equatable {
    case begin, end, version
    case formattedName, name, nickname
    case telephone, email, address, deliveryLabel
    case organization, title, role, url, birthday, note
    case agent, appleLabel, appleAddressCountry
    case other

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        switch bytes.count {
        case 1: self = VCardByte.equalsIgnoringCase(bytes, "N") ? .name : .other
        case 2: self = VCardByte.equalsIgnoringCase(bytes, "FN") ? .formattedName : .other
        case 3:
            if VCardByte.equalsIgnoringCase(bytes, "TEL") {
                self = .telephone
            } else if VCardByte.equalsIgnoringCase(bytes, "ADR") {
                self = .address
            } else if VCardByte.equalsIgnoringCase(bytes, "ORG") {
                self = .organization
            } else if VCardByte.equalsIgnoringCase(bytes, "URL") {
                self = .url
            } else if VCardByte.equalsIgnoringCase(bytes, "END") {
                self = .end
            } else {
                self = .other
            }
        case 4:
            if VCardByte.equalsIgnoringCase(bytes, "NOTE") {
                self = .note
            } else if VCardByte.equalsIgnoringCase(bytes, "BDAY") {
                self = .birthday
            } else if VCardByte.equalsIgnoringCase(bytes, "ROLE") {
                self = .role
            } else {
                self = .other
            }
        case 5:
            if VCardByte.equalsIgnoringCase(bytes, "EMAIL") {
                self = .email
            } else if VCardByte.equalsIgnoringCase(bytes, "TITLE") {
                self = .title
            } else if VCardByte.equalsIgnoringCase(bytes, "BEGIN") {
                self = .begin
            } else if VCardByte.equalsIgnoringCase(bytes, "LABEL") {
                self = .deliveryLabel
            } else if VCardByte.equalsIgnoringCase(bytes, "AGENT") {
                self = .agent
            } else {
                self = .other
            }
        case 7:
            if VCardByte.equalsIgnoringCase(bytes, "VERSION") {
                self = .version
            } else if VCardByte.equalsIgnoringCase(bytes, "X-ABADR") {
                self = .appleAddressCountry
            } else {
                self = .other
            }
        case 8: self = VCardByte.equalsIgnoringCase(bytes, "NICKNAME") ? .nickname : .other
        case 9: self = VCardByte.equalsIgnoringCase(bytes, "X-ABLABEL") ? .appleLabel : .other
        default: self = .other
        }
    }
}
