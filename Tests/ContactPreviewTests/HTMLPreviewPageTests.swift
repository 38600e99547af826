@testable import ContactPreview
import JSONCoding
import Testing

@Suite struct HTMLPreviewPageTests {
    /// The page after its style sheet: what varies with the cards.
    static func body(of page: HTMLPreviewPage) throws -> Substring {
        let html = page.render()
        let end = try #require(html.range(of: "</style>\n</head>\n"))
        return html[end.upperBound...]
    }

    /// The page for one payload with one card, its problems and its JSON.
    static func page(title: String = "jelou-contacts preview: ana.vcf", _ cards: [PreviewCard], problems: [[String]], json: String) -> HTMLPreviewPage {
        var page = HTMLPreviewPage(title: title)
        page.summary = "1 contact, 1 payload, 1 phone normalised / 0 kept as written, 1 warning"
        page.messages = [HTMLPreviewPage.Message(cards: cards, problems: problems, json: json)]
        return page
    }

    /// Every tag of a page: its name and the names of its attributes. Escaped text holds no `<`,
    /// so every `<` starts a tag the page itself wrote.
    static func tags(in html: String) -> [(name: String, attributes: [String])] {
        var tags: [(String, [String])] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                tags.append(("<unclosed>", []))
                break
            }
            var inside = rest[rest.index(after: open)..<close]
            let name = String(inside.prefix { $0 != " " })
            inside = inside.dropFirst(name.count)
            var attributes: [String] = []
            while let start = inside.firstIndex(where: { $0 != " " }) {
                inside = inside[start...]
                let attribute = inside.prefix { $0 != "=" && $0 != " " }
                attributes.append(String(attribute))
                inside = inside.dropFirst(attribute.count)
                guard inside.first == "=" else { continue }
                inside = inside.dropFirst()
                if inside.first == "\"", let end = inside.dropFirst().firstIndex(of: "\"") {
                    inside = inside[inside.index(after: end)...]
                } else {
                    inside = inside.drop { $0 != " " }
                }
            }
            tags.append((name, attributes))
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    @Test func writesTheHeadOnceWithTheTitleEscaped() {
        let html = HTMLPreviewPage(title: "jelou-contacts preview: R&D.vcf").render()
        #expect(html.hasPrefix("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>jelou-contacts preview: R&amp;D.vcf</title>
            <style>

            """))
        #expect(html.hasSuffix("</head>\n<body>\n<header><h1>jelou-contacts preview: R&amp;D.vcf</h1><p class=\"summary\"></p></header>\n</body>\n</html>\n"))
    }

    @Test func drawsEachCardWithItsProblemsBesideThePayload() throws {
        let page = Self.page(
            [PreviewCard(contactObject: PreviewContacts.anaVera)],
            problems: [[#"ana.vcf:3:1: contact "Ana Vera": not in the Jelou contact object: note"#]],
            json: "{\n  \"type\": \"contacts\",\n  \"userId\": \"15551112222\"\n}")
        #expect(try Self.body(of: page) == """
            <body>
            <header><h1>jelou-contacts preview: ana.vcf</h1><p class="summary">1 contact, 1 payload, 1 phone normalised / 0 kept as written, 1 warning</p></header>
            <section class="message">
            <h2>Message 1 · 1 contact</h2>
            <div class="chat">
            <article class="contact-card">
            <div class="head"><div class="avatar">A</div><div><div class="name" dir="auto">Ana Vera</div></div></div>
            <ul>
            <li class="phone"><span class="label" dir="auto">Phone</span><span class="value" dir="auto">+59322128988</span></li>
            <li class="email"><span class="label" dir="auto">Email</span><span class="value" dir="auto">ana.vera@example.ec</span></li>
            </ul>
            <div class="actions"><span class="primary">Invite to WhatsApp</span><span>Save contact</span></div>
            <ul class="problems">
            <li>ana.vcf:3:1: contact &quot;Ana Vera&quot;: not in the Jelou contact object: note</li>
            </ul>
            </article>
            </div>
            <pre class="json">{
              &quot;type&quot;: &quot;contacts&quot;,
              &quot;userId&quot;: &quot;15551112222&quot;
            }</pre>
            </section>
            </body>
            </html>

            """)
    }

    @Test func aFullCardShowsEveryLineTheSubtitleAndTheWhatsAppMarks() throws {
        let page = Self.page([PreviewCard(contactObject: PreviewContacts.camille)], problems: [], json: "{}")
        let body = try Self.body(of: page)
        let card = try #require(body.range(of: "<article class=\"contact-card\">\n").map { body[$0.lowerBound...] })
        #expect(card.hasPrefix("""
            <article class="contact-card">
            <div class="head"><div class="avatar">C</div><div><div class="name" dir="auto">Camille Dubois-Hénault</div><div class="sub" dir="auto">Analyste · Société Générale</div></div></div>
            <ul>
            <li class="phone"><span class="label" dir="auto">Mobile</span><span class="value" dir="auto">+33655550100</span><span class="wa">WhatsApp</span></li>
            <li class="phone"><span class="label" dir="auto">Work</span><span class="value" dir="auto">+33155550101 ext. 204</span></li>
            <li class="phone"><span class="label" dir="auto">Mobile</span><span class="value" dir="auto">+33655550103</span><span class="wa">WhatsApp</span></li>
            <li class="email"><span class="label" dir="auto">Work</span><span class="value" dir="auto">camille@example.fr</span></li>
            <li class="email"><span class="label" dir="auto">Home</span><span class="value" dir="auto">c.dubois@exemple.fr</span></li>
            <li class="address"><span class="label" dir="auto">Home</span><span class="value" dir="auto">12 rue de la Paix, Paris, 75002, France</span></li>
            <li class="address"><span class="label" dir="auto">Work</span><span class="value" dir="auto">Quai d&#39;Orsay 37, Périgueux, Dordogne, 24000, France</span></li>
            <li class="url"><span class="label" dir="auto">Work</span><span class="value" dir="auto">https://exemple.fr/camille</span></li>
            <li class="birthday"><span class="label" dir="auto">Birthday</span><span class="value" dir="auto">1990-03-12</span></li>
            </ul>
            <div class="actions"><span class="primary">Message</span><span>Save contact</span></div>
            </article>

            """))
    }

    /// Text from a contact file can hold markup; none of it may become markup on the page. Every
    /// tag on the page is one the page writes, with only its own attributes, and the hostile text
    /// shows escaped where it belongs.
    @Test func hostileValuesStayText() throws {
        let contact: JSONValue = [
            "name": ["formatted_name": #""><img src=x onerror=alert(1)>"#],
            "phones": [["phone": "+12125550123", "type": #"<b onmouseover="steal()">Mobile</b>"#, "wa_id": "12125550123"]],
            "emails": [["email": #"a@b.co"><svg/onload=alert(1)>"#, "type": "Work"]],
            "addresses": [["street": "</textarea><textarea>", "city": "Tom & Jerry's", "type": "Home"]],
            "org": ["company": "AT&T <Labs>", "title": "</div></article><script>x()</script>"],
            "urls": [["url": "javascript:alert(document.cookie)", "type": "Work"], ["url": "data:text/html,<script>alert(1)</script>"]],
        ]
        let page = Self.page(
            title: #"jelou-contacts preview: <script>alert("x")</script> & 'more'.vcf"#,
            [PreviewCard(contactObject: contact)],
            problems: [[#"<iframe src="javascript:alert(1)"></iframe>"#]],
            json: #"{"formatted_name": "</pre><script>alert(1)</script><!--"}"#)
        let html = page.render()
        let allowed: [String: Set<String>] = [
            "!DOCTYPE": ["html"], "html": ["lang"], "/html": [], "head": [], "/head": [], "meta": ["charset", "name", "content"],
            "title": [], "/title": [], "style": [], "/style": [], "body": [], "/body": [], "header": [], "/header": [],
            "h1": [], "/h1": [], "p": ["class"], "/p": [], "section": ["class"], "/section": [], "h2": [], "/h2": [],
            "div": ["class", "dir"], "/div": [], "article": ["class"], "/article": [], "ul": ["class"], "/ul": [],
            "li": ["class"], "/li": [], "span": ["class", "dir"], "/span": [], "pre": ["class"], "/pre": [],
        ]
        for tag in Self.tags(in: html) {
            #expect(allowed[tag.name] != nil, "unexpected tag <\(tag.name)>")
            #expect(Set(tag.attributes).isSubset(of: allowed[tag.name] ?? []), "<\(tag.name)> has \(tag.attributes)")
        }
        #expect(Self.tags(in: html).count == 83)
        #expect(html.contains(#"<title>jelou-contacts preview: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;.vcf</title>"#))
        #expect(html.contains(#"<div class="avatar">&quot;</div><div><div class="name" dir="auto">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</div><div class="sub" dir="auto">&lt;/div&gt;&lt;/article&gt;&lt;script&gt;x()&lt;/script&gt; · AT&amp;T &lt;Labs&gt;</div>"#))
        #expect(html.contains(#"<span class="label" dir="auto">&lt;b onmouseover=&quot;steal()&quot;&gt;Mobile&lt;/b&gt;</span>"#))
        #expect(html.contains(#"<span class="value" dir="auto">a@b.co&quot;&gt;&lt;svg/onload=alert(1)&gt;</span>"#))
        #expect(html.contains(#"<span class="value" dir="auto">&lt;/textarea&gt;&lt;textarea&gt;, Tom &amp; Jerry&#39;s</span>"#))
        // URLs are shown, never linked: a javascript: or data: URL is only text.
        #expect(html.contains(#"<span class="value" dir="auto">javascript:alert(document.cookie)</span>"#))
        #expect(html.contains(#"<span class="value" dir="auto">data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</span>"#))
        #expect(html.contains(#"<li>&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;&lt;/iframe&gt;</li>"#))
        #expect(html.contains(#"<pre class="json">{&quot;formatted_name&quot;: &quot;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--&quot;}</pre>"#))
    }

    @Test(arguments: [
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("<script>", "&lt;script&gt;"),
        (#"say "hi""#, "say &quot;hi&quot;"),
        ("O'Neil", "O&#39;Neil"),
        ("&amp;", "&amp;amp;"),
        ("</textarea>", "&lt;/textarea&gt;"),
        ("Zoë 🦊 محمد", "Zoë 🦊 محمد"),
        ("", ""),
    ])
    func escapesTheFiveMarkupCharacters(text: String, escaped: String) {
        #expect(HTMLPreviewPage.escape(text) == escaped)
    }

    /// The avatar is the name's first character, upper-cased: a whole emoji (with its skin tone
    /// and joiners), a letter of any script, escaped like the rest.
    @Test(arguments: [
        ("élodie Martin", "É"),
        ("ana vera", "A"),
        ("🦊 Zorro", "🦊"),
        ("👩🏽‍💻 Dev Team", "👩🏽‍💻"),
        ("محمد عبد الله", "م"),
        ("דוד כהן", "ד"),
        ("李小龍", "李"),
        ("<b>Ana</b>", "&lt;"),
        ("&Co", "&amp;"),
        ("", ""),
    ])
    func avatarIsTheFirstCharacter(name: String, avatar: String) throws {
        let page = Self.page([PreviewCard(contactObject: ["name": ["formatted_name": .string(name)]])], problems: [], json: "{}")
        let body = try Self.body(of: page)
        #expect(body.contains("<div class=\"avatar\">\(avatar)</div><div><div class=\"name\" dir=\"auto\">\(HTMLPreviewPage.escape(name))</div></div></div>"))
    }

    @Test(arguments: [(0, "Message 1 · 0 contacts"), (1, "Message 1 · 1 contact"), (5, "Message 1 · 5 contacts")])
    func headingCountsTheContacts(count: Int, heading: String) throws {
        let cards = Array(repeating: PreviewCard(contactObject: PreviewContacts.anaVera), count: count)
        let body = try Self.body(of: Self.page(cards, problems: [], json: "{}"))
        #expect(body.contains("<h2>\(heading)</h2>"))
        #expect(body.components(separatedBy: "<article class=\"contact-card\">").count - 1 == count)
    }

    @Test func messagesAreNumberedInOrder() throws {
        var page = HTMLPreviewPage(title: "t")
        for name in ["Ana Vera", "Camille Dubois", "John Smith"] {
            page.messages.append(HTMLPreviewPage.Message(
                cards: [PreviewCard(contactObject: ["name": ["formatted_name": .string(name)]])], problems: [[]], json: "{}"))
        }
        let body = try Self.body(of: page)
        let headings = body.split(separator: "\n").filter { $0.hasPrefix("<h2>") || $0.contains("class=\"name\"") }
        #expect(headings.map { String($0) } == [
            "<h2>Message 1 · 1 contact</h2>", #"<div class="head"><div class="avatar">A</div><div><div class="name" dir="auto">Ana Vera</div></div></div>"#,
            "<h2>Message 2 · 1 contact</h2>", #"<div class="head"><div class="avatar">C</div><div><div class="name" dir="auto">Camille Dubois</div></div></div>"#,
            "<h2>Message 3 · 1 contact</h2>", #"<div class="head"><div class="avatar">J</div><div><div class="name" dir="auto">John Smith</div></div></div>"#,
        ])
    }

    /// Problems go with the card at the same index; a card without an entry, or with an empty one,
    /// has no problem list, and entries past the last card are not shown.
    @Test(arguments: [
        ([] as [[String]], [false, false]),
        ([["first"]], [true, false]),
        ([[], ["second"]], [false, true]),
        ([["first a", "first b"], ["second"], ["no such card"]], [true, true]),
    ])
    func problemsGoUnderTheirOwnCard(problems: [[String]], listed: [Bool]) throws {
        let cards = [PreviewCard(contactObject: PreviewContacts.anaVera), PreviewCard(contactObject: PreviewContacts.camille)]
        let body = try Self.body(of: Self.page(cards, problems: problems, json: "{}"))
        let articles = body.components(separatedBy: "<article class=\"contact-card\">").dropFirst()
        #expect(articles.map { $0.contains("<ul class=\"problems\">") } == listed)
        for (index, article) in articles.enumerated() where index < problems.count {
            let items = problems[index].map { "<li>\($0)</li>\n" }.joined()
            #expect(problems[index].isEmpty || article.contains("<ul class=\"problems\">\n\(items)</ul>\n</article>"))
        }
        #expect(!body.contains("no such card"))
    }

    /// Self-contained: nothing is fetched and nothing runs when the page opens.
    @Test func loadsNothingAndRunsNothing() {
        var page = Self.page([PreviewCard(contactObject: PreviewContacts.anaVera)], problems: [["a problem"]], json: "{}")
        page.messages.append(page.messages[0])
        let html = page.render().lowercased()
        for needle in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "href=", "url(", "@import", "http-equiv", " on", "http:", "https:"] {
            #expect(!html.contains(needle), "page contains \(needle)")
        }
    }

    @Test func veryLongValuesAreEscapedWhole() throws {
        let value = String(repeating: "Tom & Jerry <ltd> ", count: 20_000)
        let page = Self.page(
            [PreviewCard(contactObject: ["name": ["formatted_name": .string(value)], "addresses": [["street": .string(value)]]])],
            problems: [[value]], json: value)
        let escaped = String(repeating: "Tom &amp; Jerry &lt;ltd&gt; ", count: 20_000)
        let body = try Self.body(of: page)
        #expect(body.components(separatedBy: escaped).count - 1 == 4)
        #expect(!body.contains("<ltd>"))
    }

    @Test func renderingIsStable() {
        let page = Self.page(
            [PreviewCard(contactObject: PreviewContacts.camille), PreviewCard(contactObject: PreviewContacts.anaVera)],
            problems: [["one"], ["two"]], json: "{}")
        let first = page.render()
        #expect(page.render() == first)
    }
}
