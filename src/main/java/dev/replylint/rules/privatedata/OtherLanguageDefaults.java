package dev.replylint.rules.privatedata;

import dev.replylint.rules.privatedata.OtherLanguageRequests.LanguageCues;
import java.util.List;
import java.util.Map;

/**
 * The shipped word lists for public requests written in languages other than English, keyed by
 * ISO 639-1 code. Words are matched lower-case and without accents, with hyphens and apostrophes
 * read as spaces ("envoyez-nous" is "envoyez nous", "dell'ordine" is "dell ordine"); a word ending
 * in {@code *} matches any word it begins, one starting with {@code *} any word it ends (German
 * compounds: "*nummer"). A request cue ending in {@code $} is a verb that closes its sentence, with
 * the data before it (German and Dutch questions: "… Ihre Kundennummer nennen?", "… je postcode
 * sturen?"), or the please that closes a verbless list ("Deine Kundennummer, bitte."). A policy's {@code languages:} entry replaces these lists one by one.
 */
final class OtherLanguageDefaults {
  private OtherLanguageDefaults() {}

  private static Map<String, List<String>> data(
      List<String> email, List<String> phone, List<String> card, List<String> bank, List<String> account,
      List<String> identity, List<String> address, List<String> reference) {
    java.util.LinkedHashMap<String, List<String>> kinds = new java.util.LinkedHashMap<>();
    kinds.put("card", card);
    kinds.put("bank", bank);
    kinds.put("account", account);
    kinds.put("identity", identity);
    kinds.put("email", email);
    kinds.put("phone", phone);
    kinds.put("address", address);
    kinds.put("reference", reference);
    return java.util.Collections.unmodifiableMap(kinds);
  }

  static final Map<String, LanguageCues> LANGUAGES =
      Map.of(
          "es",
          new LanguageCues(
              List.of("envianos", "por favor$", "enviadnos", "envienos", "mandanos", "pasanos", "indicanos", "dinos", "dejanos",
                  "facilitanos", "compartenos", "confirmanos", "escribenos", "proporcionanos", "danos", "comentanos", "cuentanos",
                  "contadnos",
                  "enviarnos", "mandarnos", "pasarnos", "indicarnos", "decirnos", "dejarnos", "facilitarnos",
                  "compartirnos", "confirmarnos", "escribirnos", "proporcionarnos", "darnos", "nos indica*",
                  "nos pasa*", "nos envia*", "nos envie*", "nos manda*", "nos mande*", "nos das", "nos da", "nos dice*",
                  "nos facilita*", "nos facilite*", "nos confirma*", "nos confirme*", "nos comparte*", "nos deja*",
                  "nos escribe*", "nos proporciona*", "nos puede*", "nos podri*", "nos podei*", "me puede*",
                  "me podri*", "me pasas", "me das", "me dices", "me indicas", "me envias", "me mandas", "puedes indicar*", "podrias indicar*", "puede indicar*", "podria indicar*", "cual es tu", "cual es su", "cual es el", "cual es la",
                  "cuales son tus", "cuales son sus", "necesitamos", "nos hace falta", "nos haria falta",
                  "indica tu", "indica el", "indica la", "confirma tu", "confirma el", "confirma la", "comparte tu",
                  "responde con", "respondenos con", "responde aqui", "responde por aqui", "respondenos aqui", "contesta aqui", "responde a este", "responde a esta", "contesta con", "contesta a este", "contestanos con", "deja tu", "deja aqui", "escribe aqui", "pon aqui", "pon tu", "escribe tu", "manda tu", "envia tu", "pasa tu", "indica aqui", "comenta tu", "puedes pasarnos", "podrias pasarnos", "puedes enviarnos", "podrias enviarnos", "puedes decirnos", "podrias decirnos", "puedes indicarnos", "podrias indicarnos", "puedes confirmar*", "podrias confirmar*", "nos podes", "nos pasas", "nos envias", "nos mandas", "nos dices", "nos confirmas", "nos indicas", "me confirmas", "me compartes", "me escribes", "me facilitas", "me dejas", "que telefono", "que movil", "que correo", "que direccion", "necesitariamos", "necesitaria", "tienes un", "tienes una", "tiene un", "tiene una", "tendrias un", "tendria un"),
              data(
                  List.of("correo electronico", "tu correo", "su correo", "el correo", "correo asociado", "correo vinculado", "correo registrado", "correo de tu cuenta", "correo de la cuenta", "que correo", "email", "e mail", "mail"),
                  List.of("telefono", "movil", "celular", "numero de contacto", "tu numero", "su numero", "un numero"),
                  List.of("tarjeta", "cvv", "cvc", "fecha de caducidad", "ultimos 4", "ultimos cuatro", "ultimas 4",
                      "ultimas cuatro"),
                  List.of("iban", "cuenta bancaria", "numero de cuenta", "datos bancarios", "cuenta corriente"),
                  List.of("contrasena", "clave", "pin", "codigo de verificacion", "codigo de seguridad",
                      "codigo de acceso", "numero de cliente", "numero de socio", "usuario y contrasena"),
                  List.of("fecha de nacimiento", "dni", "nie", "pasaporte", "nombre completo", "apellidos",
                      "documento de identidad", "nif", "cedula", "curp", "rfc"),
                  List.of("direccion", "domicilio", "codigo postal", "cp"),
                  List.of("numero de pedido", "n de pedido", "numero del pedido", "numero de reserva", "localizador",
                      "numero de contrato", "numero de factura", "numero de seguimiento", "numero de incidencia",
                      "numero de ticket", "datos personales", "tus datos", "sus datos")),
              List.of("md", "dm", "mensaje privado", "mensajes privados", "mensaje directo", "mensajes directos",
                  "por privado", "en privado", "privado", "inbox", "whatsapp", "chat", "formulario", "enlace",
                  "por correo", "por email", "por e mail", "por telefono", "llamanos", "llamarnos", "area de clientes",
                  "en la app"),
              List.of("aqui", "por aqui", "en los comentarios", "en comentarios", "en este hilo", "publicamente",
                  "en respuesta", "en este tweet", "debajo"),
              List.of("nunca", "jamas", "no", "ni", "tampoco", "nadie"),
              List.of("si", "que", "cuando", "como", "donde", "porque", "para", "cual", "cuales", "quien"),
              List.of("para", "a fin de", "antes de")),
          "fr",
          new LanguageCues(
              List.of("envoyez nous", "s il vous plait$", "s il te plait$", "envoie nous", "envoyez moi", "donnez nous", "donne nous", "indiquez nous",
                  "indique nous", "communiquez nous", "communique nous", "transmettez nous", "transmets nous",
                  "precisez nous", "precise nous", "confirmez nous", "confirme nous", "dites nous", "dis nous",
                  "ecrivez nous", "ecris nous", "pourriez vous nous", "pouvez vous nous", "peux tu nous",
                  "pourrais tu nous", "pourriez vous confirmer", "pouvez vous confirmer", "merci de nous",
                  "merci d indiquer", "merci de preciser", "merci de confirmer", "quel est votre", "quelle est votre",
                  "quel est ton", "quelle est ta", "quels sont vos", "quelles sont vos", "nous avons besoin",
                  "il nous faut", "il nous faudrait", "nous faudrait", "laissez nous", "laissez votre", "laisse ton",
                  "indiquez votre", "indiquez le", "indiquez la", "confirmez votre", "repondez avec", "repondez nous", "repondez ici", "reponds ici", "repondez directement", "reponds avec", "merci de repondre", "repondre a ce tweet avec", "repondre avec", "en reponse", "en commentaire", "envoyez votre", "envoie ton", "donnez votre", "donne ton", "communiquez votre", "transmettez votre", "precisez votre", "indique ton", "confirme ton", "vous pouvez nous", "tu peux nous", "pourriez vous indiquer", "pouvez vous indiquer", "pourriez vous preciser", "pouvez vous preciser", "merci d envoyer", "merci de renseigner", "merci de communiquer", "merci de transmettre", "nous communiquer", "nous transmettre", "nous indiquer", "nous envoyer", "nous donner", "nous preciser", "quelle adresse", "quel e mail", "quel mail", "quel email", "vous avez un", "vous avez une", "avez vous un", "avez vous une", "as tu un", "as tu une", "tu as un", "tu as une", "quelle est l", "quel est l"),
              data(
                  List.of("adresse e mail", "adresse mail", "adresse email", "e mail", "email", "mail", "courriel"),
                  List.of("numero de telephone", "telephone", "portable", "numero de portable", "votre numero",
                      "ton numero", "numero de mobile", "mobile", "un numero"),
                  List.of("numero de carte", "carte bancaire", "carte de credit", "cryptogramme", "cvv",
                      "date d expiration", "4 derniers chiffres", "quatre derniers chiffres"),
                  List.of("iban", "rib", "coordonnees bancaires", "numero de compte"),
                  List.of("mot de passe", "code pin", "pin", "code de verification", "code secret", "code confidentiel",
                      "identifiant", "identifiants", "numero client", "numero de client", "numero d abonne"),
                  List.of("date de naissance", "nom complet", "numero de securite sociale", "passeport",
                      "piece d identite", "nom et prenom"),
                  List.of("adresse postale", "adresse", "code postal"),
                  List.of("numero de commande", "numero de dossier", "numero de reservation", "reference de commande",
                      "numero de contrat", "numero de suivi", "numero de facture", "reference de dossier",
                      "coordonnees", "informations personnelles")),
              List.of("mp", "dm", "message prive", "messages prives", "en prive", "prive", "message direct",
                  "messages directs", "messagerie", "formulaire", "lien", "par mail", "par e mail", "par email",
                  "par telephone", "appelez nous", "chat", "espace client", "whatsapp"),
              List.of("ici", "en commentaire", "en commentaires", "en reponse", "dans ce fil", "publiquement",
                  "sous ce tweet", "ci dessous"),
              List.of("jamais", "ne", "n", "pas", "aucun", "aucune", "personne"),
              List.of("si", "que", "qu", "quand", "comment", "pourquoi", "pour", "afin", "lorsque"),
              List.of("pour", "afin de", "avant de")),
          "de",
          new LanguageCues(
              List.of("schick uns", "bitte$", "schicke uns", "schickt uns", "schicken sie uns", "sende uns", "senden sie uns",
                  "teile uns", "teilt uns", "teilen sie uns", "gib uns", "geben sie uns", "nenne uns", "nenn uns",
                  "nennen sie uns", "sag uns", "sagen sie uns", "bestatige uns", "bestatigen sie uns",
                  "bestatige bitte", "bestatigen sie bitte", "kannst du uns", "konntest du uns", "konnen sie uns",
                  "konnten sie uns", "wie lautet", "wie lauten", "was ist deine", "was ist ihre", "was ist dein",
                  "was ist ihr", "wir benotigen", "wir brauchen", "wir bräuchten", "wir brauchten",
                  "schreib uns", "schreiben sie uns", "poste", "antworte mit", "antworten sie mit", "antworte hier", "antworten sie hier", "antworte einfach", "antworten sie einfach", "schick mir", "sende mir", "gib mir", "nenn mir", "nenne mir", "sag mir", "bitten wir um", "bitten um", "bitte um", "kannst du hier", "konnen sie hier", "konntest du hier", "konnten sie hier", "schick bitte", "sende bitte", "nenne bitte", "nennen sie bitte", "teile bitte", "teilen sie bitte", "gib bitte", "geben sie bitte", "zukommen lassen", "schicken$", "senden$", "nennen$", "mitteilen$", "durchgeben$", "zusenden$", "zuschicken$", "angeben$", "posten$", "geben$", "bestatigen$", "welche telefonnummer", "welche handynummer", "welche e mail", "welche adresse", "welcher adresse", "haben sie eine", "haben sie einen", "hast du eine", "hast du einen", "habt ihr eine"),
              data(
                  List.of("e mail adresse", "e mail", "email", "emailadresse", "mailadresse"),
                  List.of("telefonnummer", "handynummer", "rufnummer", "mobilnummer", "festnetznummer", "eine nummer"),
                  List.of("kartennummer", "kreditkartennummer", "kreditkarte", "kreditkartendaten", "prufnummer",
                      "ablaufdatum", "letzten vier ziffern", "letzten 4 ziffern"),
                  List.of("iban", "bankverbindung", "kontonummer", "bankdaten", "kontodaten", "bic"),
                  List.of("passwort", "kennwort", "pin", "zugangsdaten", "kundennummer", "benutzername", "tan",
                      "bestatigungscode", "sicherheitscode", "logindaten"),
                  List.of("geburtsdatum", "ausweisnummer", "vollstandigen namen", "vor und nachname",
                      "personalausweis", "steuer id", "steuernummer", "sozialversicherungsnummer"),
                  List.of("adresse", "anschrift", "postleitzahl", "plz", "lieferadresse", "rechnungsadresse", "wohnort"),
                  List.of("bestellnummer", "auftragsnummer", "vertragsnummer", "buchungsnummer", "rechnungsnummer",
                      "sendungsnummer", "vorgangsnummer", "*nummer", "personliche daten", "deine daten",
                      "ihre daten")),
              List.of("dm", "pn", "direktnachricht", "direktnachrichten", "privatnachricht", "private nachricht",
                  "privat", "per mail", "per e mail", "per email", "formular", "link", "chat", "telefonisch",
                  "rufen sie uns", "ruf uns", "kontaktformular", "kundenkonto", "whatsapp"),
              List.of("hier", "offentlich", "in den kommentaren", "als antwort", "unter diesem tweet", "im thread"),
              List.of("nie", "niemals", "nicht", "kein", "keine", "keinesfalls", "niemand"),
              List.of("ob", "wann", "wie", "was", "dass", "um", "warum", "wo", "weil", "damit", "falls", "wenn"),
              List.of("zur", "zum", "fur", "um", "damit", "bevor")),
          "pt",
          new LanguageCues(
              List.of("nos envie", "por favor$", "enviar nos", "mandar nos", "passar nos", "dizer nos", "indicar nos", "confirmar nos", "envie nos", "nos mande", "mande nos", "manda pra gente", "mande pra gente",
                  "envie pra gente", "nos passe", "passe nos", "nos informe", "informe nos", "nos diga", "diga nos",
                  "nos fale", "nos confirme", "confirme nos", "nos forneca", "qual e o seu", "qual e a sua",
                  "qual o seu", "qual a sua", "qual e o teu", "qual e a tua", "quais sao os seus", "poderia nos",
                  "pode nos", "podes nos", "consegue nos", "precisamos do seu", "precisamos da sua", "precisamos",
                  "informe o seu", "informe a sua", "informe seu", "informe sua", "confirme o seu", "confirme a sua",
                  "confirme seu", "confirme sua", "responda com", "responda aqui", "responde aqui", "responder aqui", "responder com", "responde com", "deixe aqui", "deixe seu", "deixe o seu", "me passa",
                  "me passe", "me envia", "me envie", "me manda", "me mande", "me informa", "me informe", "me diga",
                  "me fala", "envie seu", "envie o seu", "envie sua", "envie a sua", "mande seu", "mande sua", "passe seu", "passe sua", "informa o teu", "informa a tua", "indique o seu", "indique a sua", "pode informar", "poderia informar", "pode enviar", "poderia enviar", "pode passar", "poderia passar", "pode confirmar", "poderia confirmar", "nos informar", "nos enviar", "nos passar", "nos mandar", "nos confirmar", "manda o teu", "manda a tua", "manda o seu", "manda a sua", "manda seu", "manda sua", "mande o seu", "mande a sua", "mande seu", "mande sua", "qual telefone", "qual e mail", "qual email", "qual endereco", "preciso do", "preciso da", "precisaria do", "precisaria da", "tem um", "tem uma", "tens um", "tens uma", "voce tem um", "voce tem uma", "qual e o", "qual e a"),
              data(
                  List.of("e mail", "email", "endereco de e mail", "endereco de email"),
                  List.of("telefone", "celular", "numero de telefone", "telemovel", "numero de contato", "um numero"),
                  List.of("numero do cartao", "cartao", "cvv", "data de validade", "ultimos 4", "ultimos quatro"),
                  List.of("iban", "dados bancarios", "conta bancaria", "numero da conta", "agencia e conta", "pix"),
                  List.of("senha", "pin", "codigo de verificacao", "codigo de seguranca", "login e senha"),
                  List.of("cpf", "data de nascimento", "rg", "nome completo", "nif", "passaporte", "cnpj"),
                  List.of("endereco", "cep", "codigo postal", "morada"),
                  List.of("numero do pedido", "numero da encomenda", "numero de pedido", "numero de encomenda", "numero de cliente", "protocolo", "numero da reserva",
                      "numero do contrato", "numero da fatura", "codigo de rastreio", "dados pessoais", "seus dados")),
              List.of("dm", "md", "mensagem privada", "mensagens privadas", "mensagem direta", "mensagens diretas",
                  "inbox", "privado", "direct", "chat", "formulario", "link", "whatsapp", "por e mail", "por email",
                  "por telefone", "ligue", "area do cliente"),
              List.of("aqui", "nos comentarios", "publicamente", "neste tweet", "nesta thread", "por aqui", "abaixo"),
              List.of("nunca", "jamais", "nao", "nem", "ninguem"),
              List.of("se", "quando", "que", "como", "porque", "para", "onde"),
              List.of("para", "a fim de", "antes de")),
          "it",
          new LanguageCues(
              List.of("mandaci", "per favore$", "per piacere$", "inviaci", "scrivici", "dicci", "indicaci", "comunicaci", "forniscici", "confermaci",
                  "lasciaci", "darci", "inviarci", "mandarci", "comunicarci", "indicarci", "fornirci", "confermarci",
                  "dirci", "scriverci", "ci invii", "ci mandi", "ci scriva", "ci comunichi", "ci indichi", "ci fornisca",
                  "ci confermi", "ci dica", "ci dai", "ci dici", "ci lasci", "qual e il tuo", "qual e la tua",
                  "qual e il suo", "qual e la sua", "quali sono i tuoi", "ci serve", "ci servono", "ci servirebbe",
                  "abbiamo bisogno", "indica il", "indica la", "indica il tuo", "conferma il", "conferma la",
                  "rispondi con", "rispondi qui", "rispondere qui", "rispondere con", "ci rispondi con", "lascia qui", "scrivi qui", "puoi lasciarci", "potresti lasciarci", "lasciaci", "scrivici", "qui sotto", "nei commenti", "puoi indicare", "potresti indicare", "puoi inviare", "potresti inviare", "puoi mandare", "potresti mandare", "puoi confermare", "potresti confermare", "ci puoi", "ci potresti", "ci puo", "ci potrebbe", "mi puoi", "mi potresti", "mi dai", "mi dici", "mi mandi", "mi invii", "mi indichi", "invia il", "invia la", "manda il", "manda la", "scrivi il", "scrivi la", "indicare il", "indicare la", "quale indirizzo", "quale email", "quale mail", "hai un", "hai una", "ha un", "ha una", "avete un", "avete una", "qual e l"),
              data(
                  List.of("email", "e mail", "indirizzo email", "indirizzo e mail", "mail", "posta elettronica"),
                  List.of("numero di telefono", "cellulare", "telefono", "numero di cellulare", "recapito telefonico",
                      "il tuo numero", "il suo numero", "un numero"),
                  List.of("numero della carta", "carta di credito", "cvv", "data di scadenza", "ultime 4",
                      "ultime quattro"),
                  List.of("iban", "coordinate bancarie", "numero di conto", "conto corrente"),
                  List.of("password", "pin", "codice cliente", "codice di verifica", "codice di sicurezza", "otp",
                      "credenziali"),
                  List.of("data di nascita", "codice fiscale", "nome completo", "nome e cognome", "documento di identita",
                      "passaporto"),
                  List.of("indirizzo", "cap", "codice postale", "indirizzo di spedizione"),
                  List.of("numero dell ordine", "numero d ordine", "numero ordine", "numero di ordine", "numero della pratica",
                      "numero di prenotazione", "numero di contratto", "numero di tracking", "numero cliente",
                      "dati personali", "tuoi dati")),
              List.of("dm", "messaggio privato", "messaggi privati", "messaggio diretto", "messaggi diretti", "in privato",
                  "privato", "in direct", "direct", "chat", "modulo", "link", "via email", "per email", "via mail",
                  "per mail", "whatsapp", "telefonicamente", "area clienti", "chiamaci"),
              List.of("qui", "nei commenti", "pubblicamente", "in risposta", "sotto questo tweet", "qui sotto"),
              List.of("mai", "non", "ne", "nessuno"),
              List.of("se", "quando", "che", "come", "perche", "dove"),
              List.of("per", "al fine di", "prima di")),
          "nl",
          new LanguageCues(
              List.of("stuur ons", "graag$", "alstublieft$", "alsjeblieft$", "stuur je", "stuurt u", "stuur uw", "geef ons", "geef je", "geeft u", "laat ons",
                  "laat je ons", "laat u ons", "kun je ons", "kunt u ons", "kan je ons", "wil je ons", "wilt u ons",
                  "wat is je", "wat is jouw", "wat is uw", "we hebben je", "we hebben jouw", "wij hebben uw",
                  "we hebben uw", "we hebben nog", "deel je", "deel uw", "deelt u", "vermeld je", "vermeld uw",
                  "bevestig je", "bevestig uw", "reageer met", "reageer hier", "reageer even", "reageert u hier", "reageer hieronder", "zet je", "zet hier", "kun je hier", "kunt u hier", "kan je hier", "wil je hier", "wilt u hier", "zou je hier", "zou u hier", "stuur even", "stuur me", "geef me", "geef even", "laat me", "mag ik je", "mag ik uw", "mogen we je", "mogen wij uw", "mogen we uw", "graag je", "graag uw", "doorgeven$", "doorsturen$", "sturen$", "delen$", "geven$", "opgeven$", "vermelden$", "bevestigen$", "laten weten$", "posten$", "zetten$", "plaatsen$", "invullen$", "noemen$", "toesturen$", "welk telefoonnummer", "welk e mailadres", "welk emailadres", "welk mailadres", "welk adres", "welke postcode", "heb je een", "hebt u een", "heeft u een", "hebben jullie een", "wat is het", "wat is de"),
              data(
                  List.of("e mailadres", "emailadres", "mailadres", "e mail", "email"),
                  List.of("telefoonnummer", "mobiele nummer", "mobiel nummer", "gsm nummer", "06 nummer", "een nummer"),
                  List.of("kaartnummer", "creditcard", "creditcardnummer", "pasnummer", "vervaldatum", "laatste 4 cijfers",
                      "laatste vier cijfers"),
                  List.of("iban", "rekeningnummer", "bankrekening", "bankgegevens"),
                  List.of("wachtwoord", "pincode", "pin", "klantnummer", "inlognaam", "verificatiecode", "inloggegevens",
                      "beveiligingscode"),
                  List.of("geboortedatum", "bsn", "volledige naam", "paspoort", "id nummer", "burgerservicenummer"),
                  List.of("adres", "postcode", "huisnummer", "postcode en huisnummer", "afleveradres"),
                  List.of("ordernummer", "bestelnummer", "zendingnummer", "boekingsnummer", "dossiernummer",
                      "referentienummer", "factuurnummer", "contractnummer", "*nummer", "gegevens", "persoonsgegevens")),
              List.of("dm", "pb", "privebericht", "priveberichtje", "prive bericht", "prive", "direct message",
                  "direct bericht", "chat", "formulier", "link", "per mail", "per e mail", "whatsapp", "bel ons",
                  "telefonisch", "mijn omgeving", "inbox"),
              List.of("hier", "in de reacties", "openbaar", "in deze tweet", "onder deze tweet", "hieronder"),
              List.of("nooit", "niet", "geen", "niemand"),
              List.of("of", "wanneer", "wat", "hoe", "dat", "om", "waarom", "waar", "zodat", "als"),
              List.of("om", "voor", "ter", "zodat")));
}
