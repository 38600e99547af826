import ContactModel

/// Thunderbird's address-book CSV export columns (all versions; older ones end the header with
/// a comma, an empty last column).
enum ThunderbirdHeaders {
    /// The columns in Thunderbird's order, which is also the layout of a header-less file.
    static let columns: [(String, FieldMeaning)] = [
        ("First Name", .name(.given)), ("Last Name", .name(.family)), ("Display Name", .name(.formatted)),
        ("Nickname", .name(.nickname)), ("Primary Email", .email(.unspecified, label: nil)),
        ("Secondary Email", .email(.unspecified, label: nil)), ("Screen Name", .known),
        ("Work Phone", .phone(.work, label: nil, preference: nil)),
        ("Home Phone", .phone(.home, label: nil, preference: nil)),
        ("Fax Number", .phone(.otherFax, label: nil, preference: nil)),
        ("Pager Number", .phone(.pager, label: nil, preference: nil)),
        ("Mobile Number", .phone(.mobile, label: nil, preference: nil)),
        ("Home Address", .address(.home, nil, .street)), ("Home Address 2", .address(.home, nil, .extended)),
        ("Home City", .address(.home, nil, .city)), ("Home State", .address(.home, nil, .region)),
        ("Home ZipCode", .address(.home, nil, .postalCode)), ("Home Country", .address(.home, nil, .country)),
        ("Work Address", .address(.work, nil, .street)), ("Work Address 2", .address(.work, nil, .extended)),
        ("Work City", .address(.work, nil, .city)), ("Work State", .address(.work, nil, .region)),
        ("Work ZipCode", .address(.work, nil, .postalCode)), ("Work Country", .address(.work, nil, .country)),
        ("Job Title", .organization(.title)), ("Department", .organization(.department)),
        ("Organization", .organization(.company)), ("Web Page 1", .url(.work, label: nil)),
        ("Web Page 2", .url(.home, label: nil)), ("Birth Year", .birthdayPart(.year)),
        ("Birth Month", .birthdayPart(.month)), ("Birth Day", .birthdayPart(.day)),
        // Kept under the names Thunderbird's own vCard export gives them.
        ("Custom 1", .raw("X-CUSTOM1", isDate: false)), ("Custom 2", .raw("X-CUSTOM2", isDate: false)),
        ("Custom 3", .raw("X-CUSTOM3", isDate: false)), ("Custom 4", .raw("X-CUSTOM4", isDate: false)), ("Notes", .note),
    ]

    static let table: [String: FieldMeaning] = HeaderKey.table(columns)

    /// Names only Thunderbird writes; two of them identify its layout.
    static let signature: Set<String> = [
        "primary email", "secondary email", "screen name", "mobile number", "fax number", "pager number",
        "home zipcode", "work zipcode", "birth year", "web page 1",
    ]
}
