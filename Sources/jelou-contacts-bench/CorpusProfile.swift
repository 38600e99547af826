/// The people, places and numbering habits of one region, for generating realistic contacts.
struct CorpusProfile: Sendable {
    var region: String
    var country: String
    var givenNames: [String]
    var familyNames: [String]
    var cities: [(city: String, state: String, zip: String)]
    var streets: [String]
    /// Mobile numbers as people store them: national formats, then international ones.
    /// `#` stands for a random digit.
    var mobileFormats: [String]
    var landlineFormats: [String]
    var emailDomains: [String]

    static let all: [CorpusProfile] = [
        CorpusProfile(
            region: "EC", country: "Ecuador",
            givenNames: ["José", "María", "Andrés", "Gabriela", "Darío", "Lucía", "Ñusta", "Sebastián"],
            familyNames: ["Andrade", "Pérez", "Guamán", "Zambrano", "Mendoza", "Cevallos", "Núñez"],
            cities: [("Quito", "Pichincha", "170150"), ("Guayaquil", "Guayas", "090112"), ("Cuenca", "Azuay", "010101")],
            streets: ["Av. Amazonas N34-451", "Calle Larga 7-45", "Av. 9 de Octubre 1200"],
            mobileFormats: ["099 ### ####", "09########", "+593 99 ### ####", "+59398#######", "0987-###-###"],
            landlineFormats: ["(02) 2##-####", "02 2## ####", "+593 2 2## ####", "04-2######"],
            emailDomains: ["gmail.com", "hotmail.com", "outlook.com", "empresa.ec"]),
        CorpusProfile(
            region: "MX", country: "México",
            givenNames: ["Alejandro", "Guadalupe", "Jesús", "Ximena", "Itzel", "Rodrigo", "Fernanda"],
            familyNames: ["Hernández", "García", "Martínez", "López", "Ramírez", "Cruz", "Domínguez"],
            cities: [("Ciudad de México", "CDMX", "06700"), ("Guadalajara", "Jal.", "44100"), ("Monterrey", "N.L.", "64000")],
            streets: ["Av. Insurgentes Sur 1602", "Calle Durango 263", "Paseo de la Reforma 222"],
            mobileFormats: ["55 #### ####", "+52 1 55 #### ####", "+52 33 #### ####", "044 55 #### ####", "81-####-####"],
            landlineFormats: ["(55) 5###-####", "+52 55 5### ####", "01 33 3### ####"],
            emailDomains: ["gmail.com", "yahoo.com.mx", "prodigy.net.mx"]),
        CorpusProfile(
            region: "CO", country: "Colombia",
            givenNames: ["Juan Pablo", "Valentina", "Camilo", "Daniela", "Andrés Felipe", "Mariana"],
            familyNames: ["Rodríguez", "Gómez", "Muñoz", "Restrepo", "Ospina", "Córdoba"],
            cities: [("Bogotá", "Cundinamarca", "110111"), ("Medellín", "Antioquia", "050021"), ("Cali", "Valle del Cauca", "760001")],
            streets: ["Carrera 7 # 71-21", "Calle 10 # 43E-135", "Avenida 6N # 23-50"],
            mobileFormats: ["300 ### ####", "+57 310 ### ####", "3##########", "(+57) 315-###-####"],
            landlineFormats: ["601 ### ####", "+57 601 ### ####", "(604) ### ####"],
            emailDomains: ["gmail.com", "hotmail.com", "une.net.co"]),
        CorpusProfile(
            region: "AR", country: "Argentina",
            givenNames: ["Martín", "Sofía", "Agustín", "Florencia", "Ignacio", "Micaela"],
            familyNames: ["González", "Fernández", "Sosa", "Romero", "Álvarez", "Benítez"],
            cities: [("Buenos Aires", "CABA", "C1043"), ("Córdoba", "Córdoba", "X5000"), ("Rosario", "Santa Fe", "S2000")],
            streets: ["Av. Corrientes 1234", "Av. Santa Fe 3250 5º B", "Calle Florida 537"],
            mobileFormats: ["011 15-####-####", "+54 9 11 ####-####", "15 ####-####", "+5493######## "],
            landlineFormats: ["011 4###-####", "+54 11 4### ####", "(0351) 4##-####"],
            emailDomains: ["gmail.com", "fibertel.com.ar", "hotmail.com.ar"]),
        CorpusProfile(
            region: "BR", country: "Brasil",
            givenNames: ["João", "Ana Clara", "Luíza", "Thiago", "Conceição", "Gonçalo"],
            familyNames: ["Silva", "Santos", "Oliveira", "Souza", "Araújo", "Conceição"],
            cities: [("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "20040-020"), ("Belo Horizonte", "MG", "30130-000")],
            streets: ["Av. Paulista, 1578", "Rua da Assembleia, 10", "Praça Sete de Setembro, 45"],
            mobileFormats: ["(11) 9####-####", "+55 21 9####-####", "11 9 #### ####", "0 xx 11 9####-####", "0XX21 9####-####"],
            landlineFormats: ["(11) 3###-####", "+55 31 3### ####"],
            emailDomains: ["gmail.com", "uol.com.br", "terra.com.br"]),
        CorpusProfile(
            region: "PE", country: "Perú",
            givenNames: ["Luis Alberto", "Rosa", "Renzo", "Milagros", "César"],
            familyNames: ["Quispe", "Flores", "Huamán", "Chávez", "Vargas"],
            cities: [("Lima", "Lima", "15001"), ("Arequipa", "Arequipa", "04001")],
            streets: ["Av. Javier Prado Este 4200", "Jr. de la Unión 860"],
            mobileFormats: ["9## ### ###", "+51 9## ### ###", "9########"],
            landlineFormats: ["(01) 4##-####", "+51 1 4## ####"],
            emailDomains: ["gmail.com", "hotmail.com"]),
        CorpusProfile(
            region: "CL", country: "Chile",
            givenNames: ["Benjamín", "Catalina", "Matías", "Josefa", "Vicente"],
            familyNames: ["Muñoz", "Rojas", "Díaz", "Soto", "Contreras"],
            cities: [("Santiago", "RM", "8320000"), ("Valparaíso", "Valparaíso", "2340000")],
            streets: ["Av. Libertador Bernardo O'Higgins 1449", "Calle Prat 827"],
            mobileFormats: ["+56 9 #### ####", "9 #### ####", "09-########"],
            landlineFormats: ["+56 2 2### ####", "(2) 2### ####"],
            emailDomains: ["gmail.com", "vtr.net"]),
        CorpusProfile(
            region: "US", country: "United States",
            givenNames: ["John", "Emily", "Michael", "Sarah", "D'Andre", "Zoë"],
            familyNames: ["Smith", "Johnson", "O'Brien", "Williams", "Nguyen", "Miller"],
            cities: [("New York", "NY", "10001"), ("Miami", "FL", "33131"), ("Austin", "TX", "78701")],
            streets: ["123 Main Street", "350 Fifth Avenue, Suite 5400", "1 Ocean Drive"],
            mobileFormats: ["(212) 5##-####", "+1 305-7##-####", "512.4##.####", "1-646-3##-####", "+1 (415) 6##-#### ext. ##"],
            landlineFormats: ["(212) 2##-####", "1-800-FLOWERS", "+1 713 5## ####"],
            emailDomains: ["gmail.com", "yahoo.com", "example.com"]),
        CorpusProfile(
            region: "ES", country: "España",
            givenNames: ["Javier", "Lucía", "Íñigo", "Nuria", "Álvaro", "Begoña"],
            familyNames: ["García", "Fernández", "Iglesias", "Echeverría", "Ruiz"],
            cities: [("Madrid", "Madrid", "28013"), ("Barcelona", "Barcelona", "08002"), ("Sevilla", "Sevilla", "41001")],
            streets: ["Calle de Alcalá, 45, 3º izq.", "Passeig de Gràcia 92", "Avda. de la Constitución 2"],
            mobileFormats: ["6## ## ## ##", "+34 6## ### ###", "0034 7## ######"],
            landlineFormats: ["91 ### ## ##", "+34 93 ### ## ##"],
            emailDomains: ["gmail.com", "telefonica.net", "hotmail.es"]),
        CorpusProfile(
            region: "DE", country: "Deutschland",
            givenNames: ["Jürgen", "Anneliese", "Björn", "Käthe", "Maximilian"],
            familyNames: ["Müller", "Schäfer", "Weiß", "Groß", "Köhler"],
            cities: [("Berlin", "Berlin", "10117"), ("München", "Bayern", "80331")],
            streets: ["Friedrichstraße 43", "Marienplatz 8"],
            mobileFormats: ["0151 ########", "+49 170 #######", "0049 172 ########"],
            landlineFormats: ["030 ########", "+49 89 #######", "(089) ####-###"],
            emailDomains: ["gmx.de", "web.de", "t-online.de"]),
        CorpusProfile(
            region: "IT", country: "Italia",
            givenNames: ["Giuseppe", "Francesca", "Niccolò", "Chiara"],
            familyNames: ["Rossi", "Esposito", "Bianchi", "D'Angelo"],
            cities: [("Roma", "RM", "00184"), ("Milano", "MI", "20121")],
            streets: ["Via del Corso 12", "Corso Buenos Aires 33"],
            mobileFormats: ["3## ### ####", "+39 3## #######"],
            landlineFormats: ["06 #### ####", "+39 02 ########"],
            emailDomains: ["libero.it", "gmail.com"]),
    ]
}
