import ContactModel

/// Outlook's CSV column names, in English and in the UI languages the reader recognises.
///
/// English covers the desktop export (92 columns), Outlook.com's (61) and Google's "Outlook CSV"
/// (67). The localized tables hold only the names that differ from English: Spanish and
/// Brazilian-Portuguese Outlook leave many columns in English, so a localized file is read with
/// its own table first and the English one after. Names are matched exactly after
/// ``HeaderKey/fold(_:)``, never by substring: `Ort` alone is German Outlook's *Location*, not a
/// city; `Mobiltelefon 2` is its *Radio Phone*; `Cidade`/`Estado`/`CEP` in pt-BR are the *Other
/// City*, *Home State* and *Other Postal Code*; `Apelido` in pt-PT is the last name.
enum OutlookHeaders {
    static func table(for language: OutlookLanguage) -> [String: FieldMeaning] {
        switch language {
        case .english: english
        case .german: german
        case .spanish: spanish
        case .brazilianPortuguese: brazilianPortuguese
        case .europeanPortuguese: europeanPortuguese
        case .french: french
        case .italian: italian
        }
    }

    /// The meaning of a folded header in `language`, falling back to English.
    static func meaning(of key: String, in language: OutlookLanguage) -> FieldMeaning? {
        if language != .english, let meaning = table(for: language)[key] { return meaning }
        return english[key]
    }

    private static func phone(_ kind: Phone.Kind, _ label: String? = nil, preference: Int? = nil) -> FieldMeaning {
        .phone(kind, label: label, preference: preference)
    }

    private static func address(_ kind: EntryKind, _ part: FieldMeaning.AddressPart) -> FieldMeaning {
        .address(kind, nil, part)
    }

    private static func email() -> FieldMeaning { .email(.unspecified, label: nil) }

    /// The columns kept under the names Outlook's own vCard export gives them.
    private static let anniversary = FieldMeaning.raw(OutlookVCardNames.anniversary, isDate: true)
    private static let spouse = FieldMeaning.raw(OutlookVCardNames.spouse, isDate: false)
    private static let manager = FieldMeaning.raw(OutlookVCardNames.manager, isDate: false)
    private static let assistant = FieldMeaning.raw(OutlookVCardNames.assistant, isDate: false)
    private static let imAddress = FieldMeaning.raw(OutlookVCardNames.imAddress, isDate: false)

    static let english: [String: FieldMeaning] = HeaderKey.table([
        ("Title", .name(.prefix)), ("First Name", .name(.given)), ("Middle Name", .name(.middle)),
        ("Last Name", .name(.family)), ("Suffix", .name(.suffix)), ("Nickname", .name(.nickname)),
        ("Company", .organization(.company)), ("Department", .organization(.department)),
        ("Job Title", .organization(.title)),
        ("Business Street", address(.work, .street)), ("Business Street 2", address(.work, .extended)),
        ("Business Street 3", address(.work, .extended)), ("Business City", address(.work, .city)),
        ("Business State", address(.work, .region)), ("Business Postal Code", address(.work, .postalCode)),
        ("Business Country/Region", address(.work, .country)), ("Business Country", address(.work, .country)),
        ("Business Address PO Box", address(.work, .poBox)), ("Business Address", address(.work, .formatted)),
        ("Home Street", address(.home, .street)), ("Home Street 2", address(.home, .extended)),
        ("Home Street 3", address(.home, .extended)), ("Home City", address(.home, .city)),
        ("Home State", address(.home, .region)), ("Home Postal Code", address(.home, .postalCode)),
        ("Home Country/Region", address(.home, .country)), ("Home Country", address(.home, .country)),
        ("Home Address PO Box", address(.home, .poBox)), ("Home Address", address(.home, .formatted)),
        ("Other Street", address(.other, .street)), ("Other Street 2", address(.other, .extended)),
        ("Other Street 3", address(.other, .extended)), ("Other City", address(.other, .city)),
        ("Other State", address(.other, .region)), ("Other Postal Code", address(.other, .postalCode)),
        ("Other Country/Region", address(.other, .country)), ("Other Country", address(.other, .country)),
        ("Other Address PO Box", address(.other, .poBox)), ("Other Address", address(.other, .formatted)),
        ("Assistant's Phone", phone(.assistant)), ("Business Fax", phone(.workFax)),
        ("Business Phone", phone(.work)), ("Business Phone 2", phone(.work)), ("Callback", phone(.callback)),
        ("Car Phone", phone(.car)), ("Company Main Phone", phone(.main)), ("Home Fax", phone(.homeFax)),
        ("Home Phone", phone(.home)), ("Home Phone 2", phone(.home)), ("ISDN", phone(.isdn)),
        ("Mobile Phone", phone(.mobile)), ("Other Fax", phone(.otherFax)), ("Other Phone", phone(.other)),
        ("Pager", phone(.pager)), ("Primary Phone", phone(.main, preference: 1)), ("Radio Phone", phone(.radio)),
        ("TTY/TDD Phone", phone(.textphone)), ("Telex", phone(.unspecified, "Telex")),
        ("E-mail Address", email()), ("E-mail 2 Address", email()), ("E-mail 3 Address", email()),
        ("Birthday", .birthday), ("Notes", .note), ("Web Page", .url(.unspecified, label: nil)),
        ("Personal Web Page", .url(.home, label: nil)), ("Categories", .categories),
        ("Account", .known), ("Anniversary", anniversary), ("Assistant's Name", assistant),
        ("Billing Information", .known), ("Children", .known), ("Directory Server", .known),
        ("E-mail Type", .emailType), ("E-mail Display Name", .emailDisplayName), ("E-mail 2 Type", .emailType),
        ("E-mail 2 Display Name", .emailDisplayName), ("E-mail 3 Type", .emailType), ("E-mail 3 Display Name", .emailDisplayName),
        ("Gender", .known), ("Government ID Number", .known), ("Hobby", .known), ("Initials", .known),
        ("Internet Free Busy", .known), ("Keywords", .known), ("Language", .known), ("Location", .known),
        ("Manager's Name", manager), ("Mileage", .known), ("Office Location", .known),
        ("Organizational ID Number", .known), ("Priority", .known), ("Private", .known),
        ("Profession", .organization(.role)), ("Referred By", .known), ("Sensitivity", .known), ("Spouse", spouse),
        ("User 1", .known), ("User 2", .known), ("User 3", .known), ("User 4", .known),
        ("Given Yomi", .known), ("Surname Yomi", .known), ("Company Yomi", .known), ("IMAddress", imAddress),
        ("Schools", .known),
    ])

    static let german: [String: FieldMeaning] = HeaderKey.table([
        ("Anrede", .name(.prefix)), ("Vorname", .name(.given)), ("Weitere Vornamen", .name(.middle)),
        ("Nachname", .name(.family)), ("Firma", .organization(.company)), ("Abteilung", .organization(.department)),
        ("Position", .organization(.title)),
        ("Straße geschäftlich", address(.work, .street)), ("Straße geschäftlich 2", address(.work, .extended)),
        ("Straße geschäftlich 3", address(.work, .extended)), ("Ort geschäftlich", address(.work, .city)),
        ("Region geschäftlich", address(.work, .region)), ("Postleitzahl geschäftlich", address(.work, .postalCode)),
        ("Land/Region geschäftlich", address(.work, .country)), ("Postfach geschäftlich", address(.work, .poBox)),
        ("Straße privat", address(.home, .street)), ("Straße privat 2", address(.home, .extended)),
        ("Straße privat 3", address(.home, .extended)), ("Ort privat", address(.home, .city)),
        ("Bundesland/Kanton privat", address(.home, .region)), ("Postleitzahl privat", address(.home, .postalCode)),
        ("Land/Region privat", address(.home, .country)), ("Postfach privat", address(.home, .poBox)),
        ("Weitere Straße", address(.other, .street)), ("Weitere Straße 2", address(.other, .extended)),
        ("Weitere Straße 3", address(.other, .extended)), ("Weiterer Ort", address(.other, .city)),
        ("Weiteres/r Bundesland/Kanton", address(.other, .region)),
        ("Weitere Postleitzahl", address(.other, .postalCode)),
        ("Weiteres/e Land/Region", address(.other, .country)), ("Weiteres Postfach", address(.other, .poBox)),
        ("Telefon Assistent", phone(.assistant)), ("Fax geschäftlich", phone(.workFax)),
        ("Telefon geschäftlich", phone(.work)), ("Telefon geschäftlich 2", phone(.work)),
        ("Rückmeldung", phone(.callback)), ("Autotelefon", phone(.car)), ("Telefon Firma", phone(.main)),
        ("Fax privat", phone(.homeFax)), ("Telefon (privat)", phone(.home)), ("Telefon (privat 2)", phone(.home)),
        ("Telefon privat", phone(.home)), ("Telefon privat 2", phone(.home)), ("Mobiltelefon", phone(.mobile)),
        ("Weiteres Fax", phone(.otherFax)), ("Weiteres Telefon", phone(.other)),
        ("Haupttelefon", phone(.main, preference: 1)), ("Mobiltelefon 2", phone(.radio)),
        ("Telefon für Hörbehinderte", phone(.textphone)),
        ("E-Mail-Adresse", email()), ("E-Mail 2: Adresse", email()), ("E-Mail 3: Adresse", email()),
        ("Geburtstag", .birthday), ("Notizen", .note), ("Webseite", .url(.unspecified, label: nil)),
        ("Kategorien", .categories),
        ("Ort", .known), ("Abrechnungsinformation", .known), ("Assistent(in)", assistant), ("Name Assistent", assistant),
        ("Benutzer 1", .known), ("Benutzer 2", .known), ("Benutzer 3", .known), ("Benutzer 4", .known),
        ("Beruf", .organization(.role)), ("Büro", .known), ("E-Mail-Typ", .emailType), ("E-Mail: Angezeigter Name", .emailDisplayName),
        ("E-Mail 2: Typ", .emailType), ("E-Mail 2: Angezeigter Name", .emailDisplayName), ("E-Mail 3: Typ", .emailType),
        ("E-Mail 3: Angezeigter Name", .emailDisplayName), ("Empfohlen von", .known), ("Geschlecht", .known),
        ("Initialen", .known), ("Internet Frei/Gebucht", .known), ("Internet-Frei/Gebucht", .known),
        ("Jahrestag", anniversary), ("Kinder", .known), ("Konto", .known), ("Name des/r Vorgesetzten", manager),
        ("Name des/der Vorgesetzten", manager), ("Organisationsnr.", .known), ("Partner", spouse),
        ("Priorität", .known), ("Privat", .known), ("Reisekilometer", .known), ("Sozialversicherungsnr.", .known),
        ("Regierungsnr.", .known), ("Sprache", .known), ("Stichwörter", .known), ("Vertraulichkeit", .known),
        ("Verzeichnisserver", .known),
    ])

    static let spanish: [String: FieldMeaning] = HeaderKey.table([
        ("Nombre", .name(.given)), ("Segundo nombre", .name(.middle)), ("Apellidos", .name(.family)),
        ("Organización", .organization(.company)), ("Puesto", .organization(.title)),
        ("Calle del trabajo", address(.work, .street)), ("Calle del trabajo 2", address(.work, .extended)),
        ("Calle del trabajo 3", address(.work, .extended)), ("Ciudad de trabajo", address(.work, .city)),
        ("Provincia o estado de trabajo", address(.work, .region)),
        ("Código postal del trabajo", address(.work, .postalCode)),
        ("País o región del trabajo", address(.work, .country)),
        ("Apartado postal de la dirección del trabajo", address(.work, .poBox)),
        ("País o región del domicilio", address(.home, .country)),
        ("Apartado postal de la dirección personal", address(.home, .poBox)),
        ("Otra calle", address(.other, .street)), ("Otra calle 2", address(.other, .extended)),
        ("Otra calle 3", address(.other, .extended)), ("Otra ciudad", address(.other, .city)),
        ("Otra provincia o estado", address(.other, .region)), ("Otro código postal", address(.other, .postalCode)),
        ("Otro país o región", address(.other, .country)), ("Otro apartado postal", address(.other, .poBox)),
        ("Particular", phone(.home)), ("Teléfono del trabajo", phone(.work)), ("Radioteléfono", phone(.radio)),
        ("Número de teletipo", phone(.textphone)), ("Otro teléfono", phone(.other)),
        ("Número de centralita de la organización", phone(.main)), ("Devolución de llamada", phone(.callback)),
        ("Teléfono principal", phone(.main, preference: 1)), ("Otro fax", phone(.otherFax)),
        ("Télex", phone(.unspecified, "Telex")),
        ("Dirección de correo electrónico 2", email()), ("Dirección del correo electrónico 3", email()),
        ("Dirección de correo electrónico 3", email()), ("Página web", .url(.unspecified, label: nil)),
        ("Categorías", .categories),
        ("Profesión", .organization(.role)), ("Prioridad", .known), ("Compañía Yomi", .known), ("Usuario 1", .known),
        ("Usuario 2", .known), ("Usuario 3", .known), ("Usuario 4", .known), ("Aficiones", .known),
        ("Hijos", .known), ("Facturación", .known), ("Tipo de correo electrónico 2", .emailType),
        ("Tipo de correo electrónico 3", .emailType), ("Nombre de pantalla de correo electrónico", .emailDisplayName),
        ("Nombre de pantalla de correo electrónico 2", .emailDisplayName),
        ("Nombre de pantalla de correo electrónico 3", .emailDisplayName), ("Género", .known), ("Apellido Yomi", .known),
        ("Nombre del director", manager), ("Yomi especificada", .known), ("Confidencialidad", .known),
        ("Kilometraje", .known),
    ])

    static let brazilianPortuguese: [String: FieldMeaning] = HeaderKey.table([
        ("Tratamento", .name(.prefix)), ("Primeiro nome", .name(.given)), ("Segundo nome", .name(.middle)),
        ("Sobrenome", .name(.family)), ("Sufixo", .name(.suffix)), ("Empresa", .organization(.company)),
        ("Departamento", .organization(.department)), ("Cargo", .organization(.title)),
        ("Rua do endereço comercial 2", address(.work, .extended)),
        ("Rua do endereço comercial 3", address(.work, .extended)),
        ("País/Região da Empresa", address(.work, .country)),
        ("Caixa postal do endereço comercial", address(.work, .poBox)),
        ("Endereço residencial", address(.home, .street)), ("Endereço residencial 2", address(.home, .extended)),
        ("Endereço residencial 3", address(.home, .extended)),
        ("Cidade do endereço residencial", address(.home, .city)), ("Estado", address(.home, .region)),
        ("CEP do endereço residencial", address(.home, .postalCode)),
        ("País/Região de Residência", address(.home, .country)),
        ("Caixa postal do endereço residencial", address(.home, .poBox)),
        ("Outro endereço", address(.other, .street)), ("Outro endereço 2", address(.other, .extended)),
        ("Outro endereço 3", address(.other, .extended)), ("Cidade", address(.other, .city)),
        ("Outro Estado", address(.other, .region)), ("CEP", address(.other, .postalCode)),
        ("Outro País/Região", address(.other, .country)),
        ("Caixa postal de outro endereço", address(.other, .poBox)),
        ("Telefone do assistente", phone(.assistant)), ("Fax comercial", phone(.workFax)),
        ("Telefone comercial", phone(.work)), ("Telefone comercial 2", phone(.work)),
        ("Retorno de chamada", phone(.callback)), ("Telefone do carro", phone(.car)),
        ("Telefone principal da empresa", phone(.main)), ("Fax residencial", phone(.homeFax)),
        ("Telefone residencial", phone(.home)), ("Telefone residencial 2", phone(.home)),
        ("Telefone celular", phone(.mobile)), ("Outro fax", phone(.otherFax)), ("Outro telefone", phone(.other)),
        ("Telefone principal", phone(.main, preference: 1)), ("Radiofone", phone(.radio)),
        ("Telefone TTY/TDD", phone(.textphone)),
        ("Endereço de email 2", email()), ("Endereço de email 3", email()), ("Anotações", .note),
        ("Página da Web", .url(.unspecified, label: nil)), ("Categorias", .categories),
        ("Disponibilidade da Internet", .known), ("Profissão", .organization(.role)), ("Tipo de email", .emailType),
        ("Conta", .known), ("Código do governo", .known), ("Datas especiais", anniversary), ("Tipo de email 2", .emailType),
        ("Nome para exibição do email 2", .emailDisplayName), ("Prioridade", .known), ("Iniciais", .known),
        ("Yomi (empresa)", .known), ("Personalizado 1", .known), ("Personalizado 2", .known),
        ("Personalizado 3", .known), ("Personalizado 4", .known), ("Filhos", .known), ("Local", .known),
        ("Informações para cobrança", .known), ("Tipo de email 3", .emailType), ("Nome do assistente", assistant),
        ("Sexo", .known), ("Nome para exibição do email", .emailDisplayName), ("Yomi (sobrenome)", .known),
        ("Nome do gerenciador", manager), ("Sala", .known), ("Yomi fornecido", .known),
        ("Nome para exibição do email 3", .emailDisplayName), ("Sensibilidade", .known), ("Quilometragem", .known),
    ])

    static let europeanPortuguese: [String: FieldMeaning] = HeaderKey.table([
        ("Nome próprio", .name(.given)), ("Primeiro nome", .name(.given)), ("Segundo nome", .name(.middle)),
        ("Apelido", .name(.family)), ("Sufixo", .name(.suffix)), ("Empresa", .organization(.company)),
        ("Departamento", .organization(.department)), ("Cargo", .organization(.title)),
        ("Rua da empresa", address(.work, .street)), ("Localidade da empresa", address(.work, .city)),
        ("Distrito da empresa", address(.work, .region)), ("Código postal da empresa", address(.work, .postalCode)),
        ("País/Região da Empresa", address(.work, .country)),
        ("Rua da residência", address(.home, .street)), ("Rua da residência (2)", address(.home, .extended)),
        ("Localidade da residência", address(.home, .city)), ("Distrito da residência", address(.home, .region)),
        ("Código postal da residência", address(.home, .postalCode)),
        ("Telefone da residência", phone(.home)), ("Telefone da empresa", phone(.work)),
        ("Telemóvel", phone(.mobile)), ("2º telefone da residência", phone(.home)),
        ("2º telefone da empresa", phone(.work)), ("Fax da empresa", phone(.workFax)),
        ("Fax da residência", phone(.homeFax)), ("RDIS", phone(.isdn)), ("Tel. de resposta", phone(.callback)),
        ("Telefone principal", phone(.main, preference: 1)), ("Telefone principal da empresa", phone(.main)),
        ("Outro telefone", phone(.other)), ("Radiotelefone", phone(.radio)),
        ("Endereço de correio electrónico", email()), ("Endereço do correio electrónico 2", email()),
        ("Endereço do correio electrónico 3", email()), ("Endereço de correio electrónico 2", email()),
        ("Endereço de correio electrónico 3", email()),
        ("Data de nascimento", .birthday), ("Categorias", .categories),
        ("Aniversário", anniversary), ("Cônjuge", spouse), ("Utilizador 1", .known), ("Utilizador 2", .known),
        ("Utilizador 3", .known), ("Utilizador 4", .known),
    ])

    static let french: [String: FieldMeaning] = HeaderKey.table([
        ("Titre", .name(.prefix)), ("Prénom", .name(.given)), ("Deuxième prénom", .name(.middle)),
        ("Nom", .name(.family)), ("Suffixe", .name(.suffix)), ("Surnom", .name(.nickname)),
        ("Société", .organization(.company)), ("Service", .organization(.department)),
        ("Profession", .organization(.role)), ("Fonction", .organization(.title)),
        ("Rue (bureau)", address(.work, .street)), ("Rue (bureau) 2", address(.work, .extended)),
        ("Rue (bureau) 3", address(.work, .extended)), ("Ville (bureau)", address(.work, .city)),
        ("Dép/Région (bureau)", address(.work, .region)), ("Code postal (bureau)", address(.work, .postalCode)),
        ("Pays/Région (bureau)", address(.work, .country)), ("B.P. (bureau)", address(.work, .poBox)),
        ("Rue (domicile)", address(.home, .street)), ("Rue (domicile) 2", address(.home, .extended)),
        ("Rue (domicile) 3", address(.home, .extended)), ("Ville (domicile)", address(.home, .city)),
        ("Dép/Région (domicile)", address(.home, .region)), ("Code postal (domicile)", address(.home, .postalCode)),
        ("Pays/Région (domicile)", address(.home, .country)), ("B.P. (domicile)", address(.home, .poBox)),
        ("Rue (autre)", address(.other, .street)), ("Rue (autre) 2", address(.other, .extended)),
        ("Rue (autre) 3", address(.other, .extended)), ("Ville (autre)", address(.other, .city)),
        ("Dép/Région (autre)", address(.other, .region)), ("Code postal (autre)", address(.other, .postalCode)),
        ("Pays/Région (autre)", address(.other, .country)), ("B.P. (autre)", address(.other, .poBox)),
        ("Téléphone de l'assistant(e)", phone(.assistant)), ("Télécopie (bureau)", phone(.workFax)),
        ("Téléphone (bureau)", phone(.work)), ("Téléphone 2 (bureau)", phone(.work)), ("Rappel", phone(.callback)),
        ("Téléphone (voiture)", phone(.car)), ("Téléphone société", phone(.main)),
        ("Télécopie (domicile)", phone(.homeFax)), ("Téléphone (domicile)", phone(.home)),
        ("Téléphone 2 (domicile)", phone(.home)), ("RNIS", phone(.isdn)), ("Tél. mobile", phone(.mobile)),
        ("Téléphone mobile", phone(.mobile)), ("Télécopie (autre)", phone(.otherFax)),
        ("Téléphone (autre)", phone(.other)), ("Récepteur de radiomessagerie", phone(.pager)),
        ("Téléphone principal", phone(.main, preference: 1)), ("Radiotéléphone", phone(.radio)),
        ("Téléphone TDD/TTY", phone(.textphone)), ("Télex", phone(.unspecified, "Telex")),
        ("Adresse de messagerie", email()), ("Adresse de messagerie 2", email()),
        ("Adresse de messagerie 3", email()), ("Anniversaire", .birthday), ("Page Web", .url(.unspecified, label: nil)),
        // Outlook 365 says `courrier` where older versions said `messagerie`.
        ("Adresse de courrier", email()), ("Adresse de courrier 2", email()), ("Adresse de courrier 3", email()),
        ("Type de courrier", .emailType), ("Type de courrier 2", .emailType), ("Type de courrier 3", .emailType),
        ("Nom complet de l'adresse de courrier", .emailDisplayName),
        ("Nom complet de l'adresse de courrier 2", .emailDisplayName),
        ("Nom complet de l'adresse de courrier 3", .emailDisplayName),
        ("B.P. professionnelle", address(.work, .poBox)), ("Boîte postale du domicile", address(.home, .poBox)),
        ("Autre boîte postale", address(.other, .poBox)),
        ("Catégories", .categories),
        ("Anniversaire de mariage ou fête", anniversary), ("Nom de l'assistant(e)", assistant), ("Sexe", .known),
        ("Conjoint(e)", spouse), ("Type de messagerie", .emailType), ("Nom complet de l'adresse de messagerie", .emailDisplayName),
        ("Type de messagerie 2", .emailType), ("Nom complet de l'adresse de messagerie 2", .emailDisplayName),
        ("Type de messagerie 3", .emailType), ("Nom complet de l'adresse de messagerie 3", .emailDisplayName),
        ("Enfants", .known), ("Emplacement", .known), ("Bureau", .known), ("Initiales", .known),
        ("Mots clés", .known), ("Langue", .known), ("Priorité", .known), ("Privé", .known),
        ("Critère de diffusion", .known), ("Compte", .known), ("Informations facturation", .known),
        ("Kilométrage", .known), ("Passe-temps", .known), ("Recommandé par", .known),
        ("Utilisateur 1", .known), ("Utilisateur 2", .known), ("Utilisateur 3", .known), ("Utilisateur 4", .known),
    ])

    static let italian: [String: FieldMeaning] = HeaderKey.table([
        ("Titolo", .name(.prefix)), ("Nome", .name(.given)), ("Secondo nome", .name(.middle)),
        ("Cognome", .name(.family)), ("Suffisso", .name(.suffix)), ("Soprannome", .name(.nickname)),
        ("Società", .organization(.company)), ("Reparto", .organization(.department)),
        ("Posizione", .organization(.title)), ("Qualifica", .organization(.title)),
        ("Via (uff.)", address(.work, .street)), ("Via (uff.) 2", address(.work, .extended)),
        ("Via (uff.) 3", address(.work, .extended)), ("Città (uff.)", address(.work, .city)),
        ("Provincia (uff.)", address(.work, .region)), ("CAP (uff.)", address(.work, .postalCode)),
        ("Paese (uff.)", address(.work, .country)), ("Indirizzo di lavoro", address(.work, .street)),
        ("Città di lavoro", address(.work, .city)), ("Provincia di lavoro", address(.work, .region)),
        ("CAP di lavoro", address(.work, .postalCode)), ("Nazione/Regione di lavoro", address(.work, .country)),
        ("Via (ab.)", address(.home, .street)), ("Via (ab.) 2", address(.home, .extended)),
        ("Via (ab.) 3", address(.home, .extended)), ("Città (ab.)", address(.home, .city)),
        ("Provincia (ab.)", address(.home, .region)), ("CAP (ab.)", address(.home, .postalCode)),
        ("Paese (ab.)", address(.home, .country)), ("Indirizzo di casa", address(.home, .street)),
        ("Città di residenza", address(.home, .city)), ("Provincia di residenza", address(.home, .region)),
        ("CAP di casa", address(.home, .postalCode)), ("Nazione/Regione di casa", address(.home, .country)),
        ("Altra via", address(.other, .street)), ("Altra città", address(.other, .city)),
        ("Altra provincia", address(.other, .region)), ("Altro CAP", address(.other, .postalCode)),
        ("Altro paese", address(.other, .country)),
        ("Telefono assistente", phone(.assistant)), ("Telefono dell'assistente", phone(.assistant)),
        ("Fax (uff.)", phone(.workFax)), ("Fax di lavoro", phone(.workFax)), ("Telefono ufficio", phone(.work)),
        ("Telefono ufficio 2", phone(.work)), ("Telefono di lavoro", phone(.work)),
        ("Telefono di lavoro 2", phone(.work)), ("Richiamata automatica", phone(.callback)),
        ("Telefono auto", phone(.car)), ("Telefono dell'auto", phone(.car)),
        ("Telefono principale società", phone(.main)), ("Fax (ab.)", phone(.homeFax)),
        ("Fax di casa", phone(.homeFax)), ("Telefono abitazione", phone(.home)),
        ("Telefono abitazione 2", phone(.home)), ("Telefono di casa", phone(.home)),
        ("Telefono di casa 2", phone(.home)), ("Cellulare", phone(.mobile)), ("Telefono Mobile", phone(.mobile)),
        ("Altro fax", phone(.otherFax)), ("Fax Altro", phone(.otherFax)), ("Altro telefono", phone(.other)),
        ("Cercapersone", phone(.pager)), ("Numero cercapersone", phone(.pager)),
        ("Telefono principale", phone(.main, preference: 1)), ("Radiotelefono", phone(.radio)),
        ("Telefono TTY/TDD", phone(.textphone)),
        ("Indirizzo posta elettronica", email()), ("Indirizzo posta elettronica 2", email()),
        ("Indirizzo posta elettronica 3", email()), ("Indirizzo E-mail", email()),
        ("Indirizzo E-mail 2", email()), ("Indirizzo E-mail 3", email()),
        ("Compleanno", .birthday), ("Note", .note), ("Pagina Web", .url(.unspecified, label: nil)),
        ("Categorie", .categories),
        ("Anniversario", anniversary), ("Nome assistente", assistant), ("Nome dell'assistente", assistant), ("Sesso", .known),
        ("Genere", .known), ("Coniuge", spouse), ("Figli", .known), ("Iniziali", .known), ("Ufficio", .known),
        ("Parole chiave", .known), ("Lingua", .known), ("Priorità", .known), ("Privato", .known),
        ("Riservatezza", .known), ("Account", .known), ("Hobby", .known), ("Professione", .organization(.role)),
        ("Nome del responsabile", manager), ("Utente 1", .known), ("Utente 2", .known), ("Utente 3", .known),
        ("Utente 4", .known),
    ])
}
