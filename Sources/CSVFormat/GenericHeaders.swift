import Foundation
import ContactModel

/// Recognises hand-made headers (`Nombre`, `Apellido`, `Celular`, `Correo`, `Ciudad`, `WhatsApp`,
/// `Telefon geschäftlich`, `Мобильный телефон`, …) in English, Spanish, Portuguese, French,
/// German, Italian and Russian, first as whole names, then by the words they contain.
enum GenericHeaders {
    /// The meaning of a header, given as written and folded (``HeaderKey/fold(_:)``); a name in
    /// camel case (`firstName`, `MobilePhone`, as APIs and CRM exports name fields) is read as
    /// its words when it is not recognised whole (`WhatsApp` is).
    static func meaning(ofHeader name: String, key: String) -> FieldMeaning? {
        if let meaning = meaning(of: key) { return meaning }
        let words = HeaderKey.splittingCamelCase(name)
        return words == name ? nil : meaning(of: HeaderKey.fold(words))
    }

    /// The phone kind a header that is only a home, work or other word stands for (`Büro`,
    /// `Privat`, `Casa`, `Work`); `nil` for any other header.
    static func bareKind(of key: String) -> Phone.Kind? {
        let words = Set(key.split(separator: " ").map(String.init))
        guard !words.isEmpty else { return nil }
        if words.isSubset(of: homeWords) { return .home }
        if words.isSubset(of: workWords) { return .work }
        if words.isSubset(of: otherWords) { return .other }
        // `Fijo trabajo` (Nokia Suite): a landline at work.
        if words.isSubset(of: homeWords.union(workWords)), !words.isDisjoint(with: workWords) { return .work }
        return nil
    }

    /// The meaning of a folded header key, or `nil` when nothing in it is recognised.
    private static func meaning(of key: String) -> FieldMeaning? {
        if let meaning = phrases[key] { return meaning }
        var words = key.split(separator: " ").map(String.init)
        // `Telefone1`, `Phone2`: a number written onto the word is a number all the same.
        if let last = words.last, let firstDigit = last.firstIndex(where: \.isNumber), firstDigit != last.startIndex,
            last[firstDigit...].allSatisfy(\.isNumber)
        {
            words[words.count - 1] = String(last[..<firstDigit])
            words.append(String(last[firstDigit...]))
        }
        var numbered = false
        var number = 1
        if let last = words.last, last.allSatisfy(\.isNumber), words.count > 1 {
            words.removeLast()
            numbered = true
            number = Int(last) ?? 1
            if let meaning = phrases[words.joined(separator: " ")] {
                // One company: `Organisation 2` is a second one, kept as a custom field.
                return meaning == .organization(.company) && number > 1 ? nil : meaning
            }
        }
        let set = Set(words)
        let joined = " " + words.joined(separator: " ") + " "
        let kind: EntryKind =
            !set.isDisjoint(with: homeWords) ? .home : !set.isDisjoint(with: workWords) ? .work
            : !set.isDisjoint(with: otherWords) ? .other : .unspecified

        // `Número Documento`, `Cédula`, `CPF`: an identity number, however many digits it has.
        if !set.isDisjoint(with: identityWords) { return nil }
        // `e-mail opiekuna prawnego`, `Teléfono del padre`: someone else's email or phone.
        if !set.isDisjoint(with: otherPersonWords) { return nil }
        // `Fecha Nacimiento`, `Data de nascimento`; `Municipio Nacimiento` is a birthplace, no address.
        // `Día/Mes/Año de nacimiento`: the parts of a birthday in columns of their own.
        if !set.isDisjoint(with: birthWords) {
            if !set.isDisjoint(with: yearWords) { return .birthdayPart(.year) }
            if !set.isDisjoint(with: monthWords) { return .birthdayPart(.month) }
            if !set.isDisjoint(with: dayWords) { return .birthdayPart(.day) }
            return set.isDisjoint(with: dateWords) ? nil : .birthday
        }
        // `Phone Ext`, `Mum-phone-ext`, `Anexo`: the extension of the phone before it.
        if !set.isDisjoint(with: extensionWords), set.isSubset(of: extensionWords.union(phoneWords).union(mobileWords)) {
            return .phoneExtension
        }
        // `HasOptedOutOfEmail`, `Email Bounced`, `Phone Verified`: a flag about a field, not one.
        if !set.isDisjoint(with: flagWords) { return nil }
        if !set.isDisjoint(with: emailWords) || joined.contains(" e mail ") || joined.contains(" posta elettronica ")
            || joined.contains(" correo electronico ") || joined.contains(" correio eletronico ")
            || joined.contains(" correio electronico ")
        {
            // `Tipo de correio electrónico`, `Nome visualizzato posta elettronica`: about the address.
            if !set.isDisjoint(with: typeWords) { return .emailType }
            if !set.isDisjoint(with: displayWords) || !set.isDisjoint(with: nameWords) { return .emailDisplayName }
            return .email(kind, label: nil)
        }
        if !set.isDisjoint(with: faxWords) {
            let faxKind: Phone.Kind = kind == .home ? .homeFax : kind == .work ? .workFax : .otherFax
            return .phone(faxKind, label: nil, preference: nil)
        }
        if !set.isDisjoint(with: mobileWords) {
            return .phone(.mobile, label: set.contains("whatsapp") ? "WhatsApp" : nil, preference: nil)
        }
        if !set.isDisjoint(with: pagerWords) { return .phone(.pager, label: nil, preference: nil) }
        if !set.isDisjoint(with: phoneWords) {
            let phoneKind: Phone.Kind =
                !set.isDisjoint(with: mainWords) ? .main
                : kind == .home ? .home : kind == .work ? .work : kind == .other ? .other : .unspecified
            return .phone(phoneKind, label: nil, preference: nil)
        }
        // `ip_address`, `Customer Address ID`, `Default address`, `Address Validity Date`: about an
        // address, not one.
        if !set.isDisjoint(with: notAddressWords) { return nil }
        if !set.isDisjoint(with: postalWords) || joined.contains(" codigo postal ") || joined.contains(" code postal ") {
            return .address(kind, nil, .postalCode)
        }
        if !set.isDisjoint(with: cityWords) { return .address(kind, nil, .city) }
        // Before the region: Outlook's "Country/Region" is `País o región`, `Land/Region`.
        if !set.isDisjoint(with: countryWords) { return .address(kind, nil, .country) }
        if !set.isDisjoint(with: regionWords) { return .address(kind, nil, .region) }
        if !set.isDisjoint(with: streetWords) { return .address(kind, nil, numbered ? .extended : .street) }
        if !set.isDisjoint(with: websiteWords) { return .url(kind, label: nil) }
        if !set.isDisjoint(with: companyWords) { return number > 1 ? nil : .organization(.company) }
        // A name column says only whose name it is (`Nombre del cliente`, `Apellido Paterno`); a
        // word beyond that names someone or something else (`Maiden Name`, `Screen Name`,
        // `Nombre de usuario`), which stays a custom field rather than joining the person's name.
        guard set.isSubset(of: nameQualifiers.union(familyWords).union(nameWords)) else { return nil }
        if !set.isDisjoint(with: familyWords) || (set.contains("last") && !set.isDisjoint(with: nameWords)) {
            return .name(.family)
        }
        guard !set.isDisjoint(with: nameWords) else { return nil }
        // `contact_first_name`, `Primer nombre del cliente`: a given name, whoever's.
        return set.isDisjoint(with: givenQualifiers) ? .givenOrFormatted : .name(.given)
    }

    /// Words that make a name column's header a given name.
    private static let givenQualifiers: Set<String> = ["first", "given", "primer", "primeiro"]

    /// Words a name column's header may hold beside the name word itself.
    private static let nameQualifiers: Set<String> = [
        "first", "given", "last", "full", "complete", "completo", "completa", "contact", "contacto", "contato", "contatto",
        "client", "cliente", "customer", "person", "persona", "pessoa", "primer", "primeiro", "segundo", "paterno",
        "materno", "de", "del", "do", "da", "la", "el", "the", "of", "s",
    ]

    private static let phrases: [String: FieldMeaning] = HeaderKey.table([
        ("Name", .name(.formatted)), ("Full Name", .name(.formatted)), ("Display Name", .name(.formatted)),
        ("Contact", .name(.formatted)), ("Contact Name", .name(.formatted)), ("Nombre completo", .name(.formatted)),
        ("Contacto", .name(.formatted)), ("Nome completo", .name(.formatted)), ("Contato", .name(.formatted)),
        ("Nom complet", .name(.formatted)), ("Nom à afficher", .name(.formatted)),
        ("Vollständiger Name", .name(.formatted)), ("Anzeigename", .name(.formatted)),
        ("Nome visualizzato", .name(.formatted)), ("Contatto", .name(.formatted)),
        ("Nombre", .givenOrFormatted), ("Nombres", .name(.given)), ("Nome", .givenOrFormatted),
        ("First Name", .name(.given)), ("Firstname", .name(.given)), ("Given Name", .name(.given)), ("First", .name(.given)),
        ("Primer nombre", .name(.given)), ("Primeiro nome", .name(.given)), ("Prénom", .name(.given)),
        ("Vorname", .name(.given)), ("Nome proprio", .name(.given)),
        ("Last Name", .name(.family)), ("Lastname", .name(.family)), ("Surname", .name(.family)), ("Last", .name(.family)),
        ("Family Name", .name(.family)), ("Apellido", .name(.family)), ("Apellidos", .name(.family)),
        ("Sobrenome", .name(.family)), ("Nom de famille", .name(.family)), ("Nom", .familyOrFormatted),
        ("Nachname", .name(.family)), ("Familienname", .name(.family)), ("Cognome", .name(.family)),
        ("Middle Name", .name(.middle)), ("Middle", .name(.middle)), ("Segundo nombre", .name(.middle)), ("Segundo nome", .name(.middle)),
        ("Deuxième prénom", .name(.middle)), ("Secondo nome", .name(.middle)),
        ("Prefix", .name(.prefix)), ("Name Prefix", .name(.prefix)), ("Tratamiento", .name(.prefix)),
        ("Anrede", .name(.prefix)), ("Suffix", .name(.suffix)), ("Name Suffix", .name(.suffix)),
        ("Nickname", .name(.nickname)), ("Apodo", .name(.nickname)), ("Alias", .name(.nickname)),
        ("Surnom", .name(.nickname)), ("Spitzname", .name(.nickname)), ("Soprannome", .name(.nickname)),
        ("Note", .note), ("Notes", .note), ("Bemerkung", .note), ("Nota", .note), ("Notas", .note), ("Notizen", .note),
        ("Notiz", .note), ("Observaciones", .note), ("Comentarios", .note), ("Comments", .note),
        ("Remarques", .note), ("Commentaires", .note), ("Bemerkungen", .note), ("Anotações", .note),
        ("Observações", .note), ("Note personali", .note),
        ("Birthday", .birthday), ("Birthdate", .birthday), ("Date of Birth", .birthday), ("Birth Date", .birthday), ("DOB", .birthday),
        ("Cumpleaños", .birthday), ("Fecha de nacimiento", .birthday), ("Data de nascimento", .birthday),
        ("Aniversário", .birthday), ("Geburtstag", .birthday), ("Geburtsdatum", .birthday),
        ("Anniversaire", .birthday), ("Date de naissance", .birthday), ("Compleanno", .birthday),
        ("Data di nascita", .birthday),
        ("Company", .organization(.company)), ("Organization", .organization(.company)),
        ("Organisation", .organization(.company)), ("Empresa", .organization(.company)),
        ("Compañía", .organization(.company)), ("Organización", .organization(.company)),
        ("Organização", .organization(.company)), ("Société", .organization(.company)),
        ("Entreprise", .organization(.company)), ("Firma", .organization(.company)),
        ("Unternehmen", .organization(.company)), ("Azienda", .organization(.company)),
        ("Società", .organization(.company)), ("Organizzazione", .organization(.company)),
        ("Razón social", .organization(.company)), ("Razão social", .organization(.company)),
        ("Nombre comercial", .organization(.company)), ("Nome fantasia", .organization(.company)),
        ("Raison sociale", .organization(.company)), ("Business Name", .organization(.company)),
        ("Account Name", .organization(.company)), ("Org", .organization(.company)),
        ("Salutation", .name(.prefix)), ("Titel", .name(.prefix)),
        ("Cep Telefonu", .phone(.mobile, label: nil, preference: nil)), ("Voornaam", .name(.given)),
        ("Achternaam", .name(.family)), ("Arbeitstitel", .organization(.title)), ("Sur name", .name(.family)), ("P Code", .address(.unspecified, nil, .postalCode)),
        ("wa_id", .whatsAppID), ("WhatsApp ID", .whatsAppID), ("wuid", .whatsAppID), ("Primary", .primaryPhone),
        // `CP` alone: lx-office's `cp_givenname` is its contact person's given name, no postcode.
        ("CP", .address(.unspecified, nil, .postalCode)), ("C.P.", .address(.unspecified, nil, .postalCode)),
        ("Job Title", .organization(.title)), ("Jobtitle", .organization(.title)), ("Title", .organization(.title)), ("Position", .organization(.title)), ("Cargo", .organization(.title)),
        ("Puesto", .organization(.title)), ("Fonction", .organization(.title)), ("Poste", .organization(.title)),
        ("Beruf", .organization(.title)), ("Qualifica", .organization(.title)), ("Mansione", .organization(.title)),
        ("Department", .organization(.department)), ("Departamento", .organization(.department)),
        ("Abteilung", .organization(.department)), ("Service", .organization(.department)),
        ("Reparto", .organization(.department)),
        ("Calling code", .callingCode), ("Country calling code", .callingCode), ("Dial code", .callingCode),
        ("Dialing code", .callingCode), ("Dialling code", .callingCode), ("Phone country code", .callingCode),
        ("DDI", .callingCode), ("Código DDI", .callingCode), ("Indicativo", .callingCode),
        ("Indicativo de país", .callingCode), ("Indicativo país", .callingCode),
        ("Prefijo internacional", .callingCode), ("Prefijo de país", .callingCode), ("Prefijo país", .callingCode),
        ("Lada internacional", .callingCode),
        ("Categories", .categories), ("Categorías", .categories), ("Categorias", .categories),
        ("Catégories", .categories), ("Kategorien", .categories), ("Categorie", .categories),
        ("Groups", .categories), ("Grupos", .categories),
        ("ФИО", .name(.formatted)), ("Полное имя", .name(.formatted)), ("Контакт", .name(.formatted)),
        ("Имя", .givenOrFormatted), ("Фамилия", .name(.family)), ("Отчество", .name(.middle)),
        ("Организация", .organization(.company)), ("Компания", .organization(.company)),
        ("Должность", .organization(.title)), ("Отдел", .organization(.department)),
        ("День рождения", .birthday), ("Дата рождения", .birthday),
        ("Заметки", .note), ("Примечание", .note), ("Примечания", .note), ("Комментарий", .note),
        ("Категории", .categories), ("Группы", .categories),
    ])

    /// Russian words, folded as headers are (``HeaderKey/fold(_:)`` drops the breve of `й`).
    private static func russian(_ words: [String]) -> Set<String> { Set(words.map(HeaderKey.fold)) }

    private static let emailWords: Set<String> = Set([
        "email", "mail", "emails", "correo", "courriel", "mel", "epost", "emailadresse", "emailadres",
    ]).union(russian(["почта", "почты", "емейл", "имейл"]))
    private static let faxWords: Set<String> = Set(["fax", "telefax", "telecopie"]).union(russian(["факс"]))
    private static let mobileWords: Set<String> = Set([
        "mobile", "mobil", "movil", "cell", "cellphone", "cellular", "celular", "celulares", "moviles", "cel",
        "cellulare", "portable",
        "handy", "telemovel", "whatsapp", "mobiltelefon", "smartphone", "mobilephone", "cellphonenumber",
        // Dutch, and Indonesian's `HP` (handphone) and `ponsel`.
        "mobiel", "mobiele", "hp", "handphone", "ponsel",
    ]).union(russian(["мобильный", "сотовый", "переносной"]))
    private static let pagerWords: Set<String> = ["pager", "beeper", "buscapersonas", "cercapersone"]
    private static let phoneWords: Set<String> = Set([
        "phone", "telephone", "tel", "tlf", "telefono", "telefone", "telefon", "fon", "fono", "numero",
        "number", "phones", "telefonnummer", "rufnummer",
        // Dutch, Turkish (`Cep Telefonu` is a mobile: a phrase), Indonesian.
        "telefoon", "telefoonnummer", "telefonu", "telepon", "telp", "nomor",
    ]).union(russian(["телефон", "тел", "номер"]))
    private static let mainWords: Set<String> = ["main", "principal", "haupt", "principale"]
    private static let homeWords: Set<String> = Set([
        "home", "casa", "hogar", "domicilio", "domicile", "privat", "privado", "personal", "residencial",
        "particular", "abitazione", "ab", "residencia", "residenza", "fijo", "fixo", "maison",
    ]).union(russian(["домашний", "личный", "дом"]))
    private static let workWords: Set<String> = Set([
        "work", "business", "office", "trabajo", "oficina", "bureau", "buro", "arbeit", "escritorio", "geschaftlich",
        "dienstlich", "ufficio", "uff",
        "lavoro", "comercial", "trabalho", "professionnel", "empresa", "laboral",
    ]).union(russian(["рабочий", "служебный", "раб"]))
    private static let otherWords: Set<String> = Set(["other", "otro", "otra", "outro", "autre", "altro", "weitere"]).union(russian(["другой", "дополнительный"]))
    private static let streetWords: Set<String> = Set([
        "address", "direccion", "calle", "domicilio", "endereco", "rua", "adresse", "rue", "strasse", "indirizzo",
        "via", "street", "logradouro",
    ]).union(russian(["адрес", "улица"]))
    private static let cityWords: Set<String> = Set([
        "city", "ciudad", "cidade", "ville", "stadt", "citta", "localidad", "municipio", "town", "ort",
        "localidade", "comune", "poblacion",
    ]).union(russian(["город"]))
    private static let regionWords: Set<String> = Set([
        "state", "province", "provincia", "estado", "region", "bundesland", "uf", "county", "regione",
    ]).union(russian(["область", "регион", "край"]))
    /// Words that make a header an identity document's number.
    private static let identityWords: Set<String> = [
        "documento", "document", "cedula", "identificacion", "identification", "identidad", "dni", "rut", "cpf",
        "cnpj", "nit", "ruc", "curp", "rfc", "pasaporte", "passport", "passaporte",
    ]

    /// Words that make a header someone else's: a guardian's, a parent's, a spouse's, an emergency
    /// contact's, an assistant's or manager's (Zoho's `Asst Phone`). (A representative's phone is
    /// often the only number of the company a row stands for: it stays a phone.)
    private static let otherPersonWords: Set<String> = [
        "opiekuna", "guardian", "tutor", "padre", "madre", "pai", "mae", "mother", "father", "parent", "parents",
        "spouse", "esposa", "esposo", "conyuge", "emergency", "emergencia", "apoderado", "acudiente", "responsavel",
        "assistant", "asst", "asistente", "assistente", "assistent", "manager",
    ]

    /// Words of a birth (`Fecha Nacimiento`), and of a date.
    private static let birthWords: Set<String> = ["nacimiento", "nascimento", "naissance", "nascita", "birth", "geburtsort"]
    private static let dateWords: Set<String> = ["fecha", "data", "date", "datum"]
    /// Words of a date's day, month and year (`Día de nacimiento`, `Mês de nascimento`).
    private static let dayWords: Set<String> = ["dia", "day", "jour", "giorno"]
    private static let monthWords: Set<String> = ["mes", "month", "mois", "mese"]
    private static let yearWords: Set<String> = ["ano", "year", "annee", "anno"]

    /// Words that make an email header the address's type or display name.
    private static let typeWords: Set<String> = ["tipo", "type", "typ"]
    private static let displayWords: Set<String> = [
        "display", "visualizzato", "apresentar", "angezeigter", "weergavenaam", "wyswietlana", "affichage", "mostrar",
    ]

    /// Words that make a header a phone's extension.
    private static let extensionWords: Set<String> = ["ext", "extension", "anexo", "ramal", "durchwahl", "interno"]

    /// Words that make a header a flag about an email or phone rather than one.
    private static let flagWords: Set<String> = [
        "opted", "optout", "opt", "unsubscribed", "bounced", "bounce", "verified", "consent", "invalid",
    ]

    /// Words that make a header about an address rather than part of one.
    private static let notAddressWords: Set<String> = [
        "ip", "id", "mac", "uuid", "guid", "date", "validity", "default", "type", "status", "verified", "valid", "civil",
    ]
    private static let postalWords: Set<String> = Set([
        "zip", "zipcode", "postal", "postcode", "cep", "plz", "cap", "postleitzahl",
    ]).union(russian(["индекс"]))
    private static let countryWords: Set<String> = Set(["country", "pais", "pays", "land", "paese", "nacion", "nazione"]).union(russian(["страна"]))
    private static let websiteWords: Set<String> = Set(["website", "web", "url", "homepage", "site", "sitio", "webseite"]).union(russian(["сайт"]))
    private static let companyWords: Set<String> = Set([
        "company", "empresa", "organization", "organisation", "societe", "firma", "compania", "companhia",
        "organizacion", "organizacao",
    ]).union(russian(["организация", "компания"]))
    /// `Apellido Paterno`, `Apellido Materno`: family-name columns, joined with a space.
    private static let familyWords: Set<String> = Set([
        "apellido", "apellidos", "surname", "lastname", "sobrenome", "cognome", "nachname",
    ]).union(russian(["фамилия"]))
    private static let nameWords: Set<String> = Set(["nombre", "nombres", "name", "nome", "prenom", "vorname", "firstname"]).union(russian(["имя"]))
}
