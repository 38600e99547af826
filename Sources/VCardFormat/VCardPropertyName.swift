/// The property names the reader treats specially, recognised case-insensitively
/// (RFC 6350 §6, RFC 2426 §3, vCard 2.1 §2, Apple's `X-ABLabel` / `X-ABADR`, and Outlook's
/// `X-MS-TEL`, the 2.1 property it writes its callback, company main, radio, assistant and
/// TTY/TDD numbers in, read as a TEL).
enum VCardPropertyName: Equatable {
    case begin, end, version
    case formattedName, name, nickname
    case telephone, email, address, deliveryLabel
    case organization, title, role, url, birthday, note
    case agent, appleLabel, appleAddressCountry
    case other

    /// True for the properties that name the contact (FN, N, NICKNAME, ORG, TITLE), where a
    /// converter's quoted-printable without its parameter is read, as the recipient would see it
    /// as the card's name; not numbers, addresses or links, whose `=` is their own.
    var holdsWrittenText: Bool {
        switch self {
        case .formattedName, .name, .nickname, .organization, .title: true
        default: false
        }
    }

    /// True for the properties whose value is text the contact holds (not a photo, a key or a
    /// sound): a base64 value of one of them is read as its text.
    var holdsText: Bool {
        switch self {
        case .formattedName, .name, .nickname, .telephone, .email, .address, .deliveryLabel, .organization, .title,
            .role, .url, .birthday, .note:
            true
        case .begin, .end, .version, .agent, .appleLabel, .appleAddressCountry, .other:
            false
        }
    }

    /// The name `bytes` stands for, compared ignoring ASCII case: the first eight bytes, upper-cased,
    /// are packed into one little-endian word and matched against the known names as integers.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0, count <= 9 else {
            self = .other
            return
        }
        var word: UInt64 = 0
        for index in 0..<min(count, 8) {
            word |= UInt64(VCardByte.upper(bytes[index])) << (index * 8)
        }
        switch (count, word) {
        case (1, 0x4E): self = .name  // N
        case (2, 0x4E46): self = .formattedName  // FN
        case (3, 0x4C_4554): self = .telephone  // TEL
        case (3, 0x52_4441): self = .address  // ADR
        case (3, 0x47_524F): self = .organization  // ORG
        case (3, 0x4C_5255): self = .url  // URL
        case (3, 0x44_4E45): self = .end  // END
        case (4, 0x4554_4F4E): self = .note  // NOTE
        case (4, 0x5941_4442): self = .birthday  // BDAY
        case (4, 0x454C_4F52): self = .role  // ROLE
        case (5, 0x4C_4941_4D45): self = .email  // EMAIL
        case (5, 0x45_4C54_4954): self = .title  // TITLE
        case (5, 0x4E_4947_4542): self = .begin  // BEGIN
        case (5, 0x4C_4542_414C): self = .deliveryLabel  // LABEL
        case (5, 0x54_4E45_4741): self = .agent  // AGENT
        case (7, 0x4E_4F49_5352_4556): self = .version  // VERSION
        case (7, 0x52_4441_4241_2D58): self = .appleAddressCountry  // X-ABADR
        case (8, 0x454D_414E_4B43_494E): self = .nickname  // NICKNAME
        case (8, 0x4C45_542D_534D_2D58): self = .telephone  // X-MS-TEL
        case (9, 0x4542_414C_4241_2D58) where VCardByte.upper(bytes[8]) == 0x4C: self = .appleLabel  // X-ABLABEL
        default: self = .other
        }
    }
}
