import ContactModel

/// The `TYPE` tokens the writers give each kind, in lower-case vCard 4.0 spelling (3.0 and 2.1
/// writers upper-case them).
///
/// Chosen for what Apple Contacts, Google Contacts and Android import as the right label
/// (RFC 6350 §6.4.1 and RFC 2426 §3.3.1 tokens where one exists):
/// - mobile → `cell`; iPhone → `iphone,cell` (Apple shows "iPhone", others fall back to mobile);
/// - main → `main` (Apple and Google both export and import `TYPE=MAIN`; Android imports it as a
///   custom "MAIN" label, which still reads right);
/// - faxes → `home,fax` / `work,fax` / `fax` (Android maps a bare `FAX` to "other fax");
/// - the rest of Apple's, Android's and Outlook's slots use their own token (`pager`, `car`,
///   `isdn`, `radio`, `callback`, `assistant`, `textphone`, `text`, `video`, `voice`, `other`).
extension Phone.Kind {
    var vCardTypeTokens: [String] {
        switch self {
        case .unspecified: []
        case .mobile: ["cell"]
        case .iPhone: ["iphone", "cell"]
        case .home: ["home"]
        case .work: ["work"]
        case .main: ["main"]
        case .homeFax: ["home", "fax"]
        case .workFax: ["work", "fax"]
        case .otherFax: ["fax"]
        case .pager: ["pager"]
        case .car: ["car"]
        case .isdn: ["isdn"]
        case .radio: ["radio"]
        case .callback: ["callback"]
        case .assistant: ["assistant"]
        case .textphone: ["textphone"]
        case .text: ["text"]
        case .video: ["video"]
        case .voice: ["voice"]
        case .other: ["other"]
        }
    }
}

extension Phone {
    /// The TYPE tokens of ``Phone/kind`` followed by those of ``Phone/additionalKinds`` not
    /// already among them (`CELL,WORK`; `HOME,FAX,WORK`).
    var vCardTypeTokens: [String] {
        var tokens = kind.vCardTypeTokens
        for other in additionalKinds {
            for token in other.vCardTypeTokens where !tokens.contains(token) { tokens.append(token) }
        }
        return tokens
    }
}

extension EntryKind {
    /// `home`, `work` (RFC 6350 §5.6) or `other`; none for an unspecified kind.
    var vCardTypeTokens: [String] {
        switch self {
        case .unspecified: []
        case .home: ["home"]
        case .work: ["work"]
        case .other: ["other"]
        }
    }
}
