import ContactModel
import Testing
@testable import VCardFormat

@Suite struct VCardWriterTests {
    @Test func dump() {
        var c = Contact(name: PersonName(given: "José", family: "Pérez; Gómez", nickname: "Pepe"))
        c.phones = [Phone(value: "+1 (212) 555-0123", kind: .mobile, preference: 1), Phone(value: "0311", kind: .homeFax, label: "Casa, fax", preference: 2)]
        c.emails = [Email(address: "a@b.c", kind: .work)]
        c.addresses = [PostalAddress(street: "Calle 1\nPiso 2", city: "Quito", country: "Ecuador", countryCode: "EC", formatted: "Calle 1\nPiso 2\nQuito", kind: .home)]
        c.note = "Línea uno\nLínea dos, con ñandú y más texto para que la línea sea muy larga y se doble en varias"
        c.birthday = PartialDate(month: 4, day: 12)
        c.unmapped = [RawProperty(group: "item1", name: "X-ABDATE", parameters: [RawParameter(name: "TYPE", values: ["pref"])], value: "2000-01-01")]
        for v in [VCardVersion.v21, .v30, .v40] {
            var w = VCardWriter(version: v)
            var out: [UInt8] = []
            let d = w.write(c, into: &out)
            print(String(decoding: out, as: UTF8.self))
            print(d.map(\.message))
        }
    }
}
