@testable import ContactPreview
import JSONCoding
import Testing

@Suite struct TerminalCardRendererTests {
    let plain = TerminalCardRenderer(usesColor: false)
    let coloured = TerminalCardRenderer(usesColor: true)

    /// A card with only a name and the given phones (`type`, `phone`, `wa_id`).
    static func card(_ name: String, phones: [(type: String?, phone: String, waID: String?)]) -> PreviewCard {
        let objects: [JSONValue] = phones.map { phone in
            var members = [JSONMember("phone", .string(phone.phone))]
            if let type = phone.type { members.append(JSONMember("type", .string(type))) }
            if let waID = phone.waID { members.append(JSONMember("wa_id", .string(waID))) }
            return .object(members)
        }
        return PreviewCard(contactObject: ["name": ["formatted_name": .string(name)], "phones": .array(objects)])
    }

    @Test func drawsAFullCardWithLabelsInOneColumn() {
        #expect(plain.render(PreviewCard(contactObject: PreviewContacts.camille)) == """
            ┌ Camille Dubois-Hénault
            │ Analyste · Société Générale
            │ Mobile    +33655550100  (WhatsApp)
            │ Work      +33155550101 ext. 204
            │ Mobile    +33655550103  (WhatsApp)
            │ Work      camille@example.fr
            │ Home      c.dubois@exemple.fr
            │ Home      12 rue de la Paix, Paris, 75002, France
            │ Work      Quai d'Orsay 37, Périgueux, Dordogne, 24000, France
            │ Work      https://exemple.fr/camille
            │ Birthday  1990-03-12
            └ [Message] [Save contact]

            """)
    }

    @Test func aCardWithoutWhatsAppInvites() {
        #expect(plain.render(PreviewCard(contactObject: PreviewContacts.anaVera)) == """
            ┌ Ana Vera
            │ Phone  +59322128988
            │ Email  ana.vera@example.ec
            └ [Invite to WhatsApp] [Save contact]

            """)
    }

    /// Bold title, dim subtitle and labels, green WhatsApp marks and *Message*, yellow *Invite*;
    /// each styled run closes with a reset.
    @Test func colourStylesTheParts() {
        let card = PreviewCard(contactObject: [
            "name": ["formatted_name": "John Smith"],
            "phones": [["phone": "+12125550123", "type": "Mobile", "wa_id": "12125550123"]],
            "org": ["company": "Acme", "title": "Engineer"],
        ])
        #expect(coloured.render(card) == """
            ┌ \u{1B}[1mJohn Smith\u{1B}[0m
            │ \u{1B}[2mEngineer · Acme\u{1B}[0m
            │ \u{1B}[2mMobile  \u{1B}[0m+12125550123  \u{1B}[32m(WhatsApp)\u{1B}[0m
            └ \u{1B}[32m[Message]\u{1B}[0m [Save contact]

            """)
        #expect(coloured.render(PreviewCard(contactObject: PreviewContacts.anaVera)) == """
            ┌ \u{1B}[1mAna Vera\u{1B}[0m
            │ \u{1B}[2mPhone  \u{1B}[0m+59322128988
            │ \u{1B}[2mEmail  \u{1B}[0mana.vera@example.ec
            └ \u{1B}[33m[Invite to WhatsApp]\u{1B}[0m [Save contact]

            """)
    }

    /// Without colour (not a terminal, or `NO_COLOR`) the output holds no escape at all, and is
    /// the coloured output with its escapes taken out.
    @Test(arguments: [PreviewContacts.camille, PreviewContacts.anaVera, [:]])
    func withoutColourThereIsNoEscape(contact: JSONValue) {
        let card = PreviewCard(contactObject: contact)
        let text = plain.render(card)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        let stripped = coloured.render(card)
            .replacing("\u{1B}[0m", with: "").replacing("\u{1B}[1m", with: "").replacing("\u{1B}[2m", with: "")
            .replacing("\u{1B}[32m", with: "").replacing("\u{1B}[33m", with: "")
        #expect(stripped == text)
    }

    /// The label column is as wide as the longest label plus two spaces, but no wider than 12: a
    /// longer custom label keeps one space and pushes only its own value.
    @Test func labelColumnIsCappedAtTwelve() {
        let card = Self.card("Mariana Pazmiño", phones: [
            ("Mobile", "+593991234567", "593991234567"),
            ("Google Voice", "+12125550123", nil),
            ("Oficina de Guayaquil", "+59342681234", nil),
            (nil, "+59322128988", nil),
        ])
        #expect(plain.render(card) == """
            ┌ Mariana Pazmiño
            │ Mobile      +593991234567  (WhatsApp)
            │ Google Voice +12125550123
            │ Oficina de Guayaquil +59342681234
            │ Phone       +59322128988
            └ [Message] [Save contact]

            """)
    }

    /// Labels are measured in characters as a reader sees them, so an accent typed as a combining
    /// mark (as macOS file names and some exports write it) lines up like a precomposed one.
    @Test(arguments: ["Móvil", "Mo\u{301}vil", "Teléfono", "Tele\u{301}fono"])
    func accentedLabelsLineUp(label: String) {
        let card = Self.card("Iñaki Úbeda", phones: [(label, "+34612345678", nil), ("Casa", "+34912345678", nil)])
        let lines = plain.render(card).split(separator: "\n").map(String.init)
        let width = label.count + 2
        #expect(lines[1] == "│ " + label + "  +34612345678")
        #expect(lines[2] == "│ Casa" + String(repeating: " ", count: width - 4) + "+34912345678")
    }

    /// Labels are measured in the columns a terminal gives them, so a Chinese, Japanese or
    /// Korean label (two columns a character) or an emoji lines up with Latin ones.
    @Test(arguments: [("手机", 4), ("携帯", 4), ("휴대폰", 6), ("📱", 2), ("☎️", 2), ("Ｍｏｂｉｌｅ", 12)] as [(String, Int)])
    func wideLabelsLineUp(label: String, columns: Int) {
        #expect(TerminalCardRenderer.columns(label) == columns)
        let card = Self.card("王小明", phones: [(label, "+8613800138000", nil), ("Casa", "+8610123456789", nil)])
        let lines = plain.render(card).split(separator: "\n").map(String.init)
        let width = min(12, max(columns, 4) + 2)
        #expect(lines[1] == "│ " + label + String(repeating: " ", count: max(1, width - columns)) + "+8613800138000")
        #expect(lines[2] == "│ Casa" + String(repeating: " ", count: width - 4) + "+8610123456789")
    }

    @Test(arguments: [("Móvil", 5), ("Mo\u{301}vil", 5), ("Zoë", 3), ("👩🏽‍💻", 2), ("ab", 2), ("", 0)] as [(String, Int)])
    func narrowTextIsOneColumnACharacter(text: String, columns: Int) {
        #expect(TerminalCardRenderer.columns(text) == columns)
    }

    @Test(arguments: [
        ("محمد عبد الله", "┌ محمد عبد الله\n"),
        ("דוד כהן", "┌ דוד כהן\n"),
        ("Zoë 🦊 Ölçer", "┌ Zoë 🦊 Ölçer\n"),
        ("👩🏽‍💻", "┌ 👩🏽‍💻\n"),
        ("李小龍", "┌ 李小龍\n"),
    ])
    func namesInAnyScriptAreDrawnAsWritten(name: String, firstLine: String) {
        let text = plain.render(Self.card(name, phones: [("Mobile", "+966501234567", "966501234567")]))
        #expect(text == firstLine + "│ Mobile  +966501234567  (WhatsApp)\n└ [Message] [Save contact]\n")
    }

    @Test func anEmptyCardStillHasItsFrameAndButtons() {
        #expect(plain.render(PreviewCard(contactObject: [:])) == "┌ \n└ [Invite to WhatsApp] [Save contact]\n")
    }

    @Test func veryLongValuesAreNotCutOrWrapped() {
        let street = String(repeating: "Av. de los Shyris N35-17 y Portugal, ", count: 2_000)
        let name = String(repeating: "Hernández ", count: 5_000) + "Jr."
        let card = PreviewCard(contactObject: ["name": ["formatted_name": .string(name)], "addresses": [["street": .string(street), "type": "Home"]]])
        #expect(plain.render(card) == "┌ \(name)\n│ Home  \(street)\n└ [Invite to WhatsApp] [Save contact]\n")
    }

    /// A street typed on two lines (the encoder keeps its break as `\n`) stays inside the frame,
    /// its second line under the value column, whichever line break the source wrote.
    @Test(arguments: ["\n", "\r\n", "\r", "\u{2028}", "\u{85}"])
    func aValueOnSeveralLinesStaysInsideTheFrame(lineBreak: String) {
        let card = PreviewCard(contactObject: [
            "name": ["formatted_name": "Ana Vera"],
            "phones": [["phone": "+593991234567", "type": "Mobile", "wa_id": "593991234567"]],
            "addresses": [["street": .string("Av. Amazonas N24-03" + lineBreak + "Edificio Cóndor, Dpto. 4B"), "city": "Quito", "country": "Ecuador", "type": "Home"]],
        ])
        #expect(plain.render(card) == """
            ┌ Ana Vera
            │ Mobile  +593991234567  (WhatsApp)
            │ Home    Av. Amazonas N24-03
            │         Edificio Cóndor, Dpto. 4B, Quito, Ecuador
            └ [Message] [Save contact]

            """)
    }

    @Test func aNameOrSubtitleOnSeveralLinesStaysInsideTheFrame() {
        let card = PreviewCard(contactObject: [
            "name": ["formatted_name": "Ana\nVera"], "org": ["company": "Banco del\r\nAustro"],
            "phones": [["phone": "+593991234567", "type": "Mobile"]],
        ])
        #expect(coloured.render(card) == """
            ┌ \u{1B}[1mAna\u{1B}[0m
            │ \u{1B}[1mVera\u{1B}[0m
            │ \u{1B}[2mBanco del\u{1B}[0m
            │ \u{1B}[2mAustro\u{1B}[0m
            │ \u{1B}[2mMobile  \u{1B}[0m+593991234567
            └ \u{1B}[33m[Invite to WhatsApp]\u{1B}[0m [Save contact]

            """)
    }

    /// A contact file is not the terminal's to command: escape sequences that would clear the
    /// screen, set the window title or hide the phone number after a label are drawn as U+FFFD.
    @Test func controlCharactersFromTheContactAreShownNotObeyed() {
        let card = PreviewCard(contactObject: [
            "name": ["formatted_name": "Eve\u{1B}]0;owned\u{07}\u{1B}[2J"],
            "phones": [["phone": "+593991234567", "type": "Mobile\u{1B}[8m", "wa_id": "593991234567"]],
            "emails": [["email": "eve@example.com\u{08}\u{08}\u{08}net\u{7F}\u{9B}31m", "type": "Work\tHome"]],
        ])
        #expect(plain.render(card) == """
            ┌ Eve\u{FFFD}]0;owned\u{FFFD}\u{FFFD}[2J
            │ Mobile\u{FFFD}[8m  +593991234567  (WhatsApp)
            │ Work Home   eve@example.com\u{FFFD}\u{FFFD}\u{FFFD}net\u{FFFD}\u{FFFD}31m
            └ [Message] [Save contact]

            """)
        // With colour, the only escapes are the renderer's own.
        let text = coloured.render(card)
        let escapes = text.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst()
        #expect(escapes.count == 10)
        #expect(escapes.allSatisfy { ["[0m", "[1m", "[2m", "[32m", "[33m"].contains(where: $0.hasPrefix) })
    }

    @Test(arguments: [
        ("Quito", ["Quito"]),
        ("", [""]),
        ("a\nb", ["a", "b"]),
        ("a\r\nb", ["a", "b"]),
        ("a\r\rb", ["a", "", "b"]),
        ("a\n", ["a", ""]),
        ("a\u{0B}b\u{0C}c", ["a", "b", "c"]),
        ("a\u{2029}b", ["a", "b"]),
        ("a\tb", ["a b"]),
        ("\u{0}\u{1B}\u{7F}\u{80}\u{9F}", ["\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"]),
        ("Zoë 🦊 محمد · Ölçer – “quoted” …", ["Zoë 🦊 محمد · Ölçer – “quoted” …"]),
        ("\u{A0}\u{202E}LTR", ["\u{A0}\u{FFFD}LTR"]),
        ("a\u{2066}b\u{2069}\u{200F}", ["a\u{FFFD}b\u{FFFD}\u{200F}"]),
    ] as [(String, [String])])
    func displayLinesSplitsAtBreaksAndReplacesControls(text: String, lines: [String]) {
        #expect(TerminalCardRenderer.displayLines(text) == lines)
    }

    /// The same card always draws the same text.
    @Test func renderingIsStable() {
        let card = PreviewCard(contactObject: PreviewContacts.camille)
        let first = coloured.render(card)
        for _ in 0..<5 { #expect(coloured.render(card) == first) }
        #expect(coloured.render(PreviewCard(contactObject: PreviewContacts.camille)) == first)
    }
}
