import ContactModel
import Testing
@testable import VCardFormat

/// Photos, logos, sounds and keys held in the card, written in each version's own form.
@Suite struct VCardInlineBinaryTests {
    static let jpeg = "/9j/4AAQSkZJRgABAQEASABIAAD"
    static let png = "iVBORw0KGgoAAAANSUhEUgAAAAE"

    static let forms: [(read: RawProperty, v21: RawProperty, v30: RawProperty, v40: RawProperty)] = [
        // A 3.0 photo with its format.
        (
            RawProperty(name: "PHOTO", parameters: [.init(name: "ENCODING", values: ["b"]), .init(name: "TYPE", values: ["JPEG"])], value: jpeg),
            RawProperty(name: "PHOTO", parameters: [.init(name: "ENCODING", values: ["BASE64"]), .init(name: "TYPE", values: ["JPEG"])], value: jpeg),
            RawProperty(name: "PHOTO", parameters: [.init(name: "ENCODING", values: ["b"]), .init(name: "TYPE", values: ["JPEG"])], value: jpeg),
            RawProperty(name: "PHOTO", value: "data:image/jpeg;base64," + jpeg)
        ),
        // A 4.0 data URI (the comma escaped, as some writers do), in an item group.
        (
            RawProperty(group: "item1", name: "LOGO", value: "data:image/png;base64\\," + png),
            RawProperty(group: "item1", name: "LOGO", parameters: [.init(name: "ENCODING", values: ["BASE64"]), .init(name: "TYPE", values: ["PNG"])], value: png),
            RawProperty(group: "item1", name: "LOGO", parameters: [.init(name: "ENCODING", values: ["b"]), .init(name: "TYPE", values: ["PNG"])], value: png),
            RawProperty(group: "item1", name: "LOGO", value: "data:image/png;base64," + png)
        ),
        // A 2.1 photo with no TYPE, folded base64: the format comes from the data.
        (
            RawProperty(name: "PHOTO", parameters: [.init(name: "ENCODING", values: ["BASE64"])], value: png + " \r\n AAAA"),
            RawProperty(name: "PHOTO", parameters: [.init(name: "ENCODING", values: ["BASE64"]), .init(name: "TYPE", values: ["PNG"])], value: png + "AAAA"),
            RawProperty(name: "PHOTO", parameters: [.init(name: "ENCODING", values: ["b"]), .init(name: "TYPE", values: ["PNG"])], value: png + "AAAA"),
            RawProperty(name: "PHOTO", value: "data:image/png;base64," + png + "AAAA")
        ),
        // A key of unknown bytes, with a parameter of its own kept.
        (
            RawProperty(name: "KEY", parameters: [.init(name: "ENCODING", values: ["b"]), .init(name: "TYPE", values: ["PGP"]), .init(name: "PREF", values: ["1"])], value: "mQINBF"),
            RawProperty(name: "KEY", parameters: [.init(name: "ENCODING", values: ["BASE64"]), .init(name: "TYPE", values: ["PGP"]), .init(name: "PREF", values: ["1"])], value: "mQINBF"),
            RawProperty(name: "KEY", parameters: [.init(name: "ENCODING", values: ["b"]), .init(name: "TYPE", values: ["PGP"]), .init(name: "PREF", values: ["1"])], value: "mQINBF"),
            RawProperty(name: "KEY", parameters: [.init(name: "PREF", values: ["1"])], value: "data:application/pgp-keys;base64,mQINBF")
        ),
    ]

    @Test(arguments: forms)
    func eachVersionGetsItsOwnForm(_ form: (read: RawProperty, v21: RawProperty, v30: RawProperty, v40: RawProperty)) throws {
        let binary = try #require(VCardInlineBinary(form.read))
        func written(_ version: VCardVersion) -> RawProperty {
            binary.property(named: form.read.name, group: form.read.group, for: version)
        }
        #expect(written(.v21) == form.v21)
        #expect(written(.v30) == form.v30)
        #expect(written(.v40) == form.v40)
    }

    @Test(arguments: [
        RawProperty(name: "PHOTO", parameters: [.init(name: "VALUE", values: ["uri"])], value: "https://example.com/ana.jpg"),
        RawProperty(name: "PHOTO", value: "/9j/4AAQ"),
        RawProperty(name: "NOTE", parameters: [.init(name: "ENCODING", values: ["b"])], value: "aGk="),
    ])
    func linksAndUndeclaredDataAreLeftAsTheyAre(_ property: RawProperty) {
        #expect(VCardInlineBinary(property) == nil)
    }

    @Test func aFourPointZeroPhotoIsWrittenForThreePointZeroReaders() {
        let contact = Contact(
            name: PersonName(formatted: "Ana"), unmapped: [RawProperty(name: "PHOTO", value: "data:image/jpeg;base64," + Self.jpeg)])
        var writer = VCardWriter(version: .v30)
        let text = String(decoding: writer.write([contact]).bytes, as: UTF8.self)
        #expect(text.contains("\r\nPHOTO;ENCODING=b;TYPE=JPEG:\(Self.jpeg)\r\n"))
    }
}
