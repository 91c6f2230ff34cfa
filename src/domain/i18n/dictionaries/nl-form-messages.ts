/**
 * What the public forms (application, information evening, the code that confirms an address) say
 * about a value they refuse, in Dutch. The schemas and the server's refusals take their text from a
 * dictionary of this shape, so the English pages answer in English from the same checks.
 */
export const nlFormMessages = {
  unstorable: "Dit veld bevat tekens die we niet kunnen opslaan. Haal onzichtbare of speciale tekens weg.",
  /** For a value no form can send: a forged post, a stale page. */
  forgedValue: "Deze waarde kunnen we niet gebruiken. Laad de pagina opnieuw en kies of vul het opnieuw in.",
  serverError: (requestId: string | undefined) =>
    `Er ging iets mis. Probeer het opnieuw.${requestId ? ` Foutcode: ${requestId}.` : ""}`,
  email: {
    missing: "Vul je e-mailadres in.",
    tooLong: "Dit e-mailadres is te lang.",
    invalid: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
  },
  phone: {
    tooLong: "Dit telefoonnummer is te lang.",
    invalid: "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 6 12345678.",
  },
  application: {
    firstName: { missing: "Vul je voornaam in.", tooLong: "Voornaam mag hoogstens 100 tekens lang zijn." },
    lastName: { missing: "Vul je achternaam in.", tooLong: "Achternaam mag hoogstens 100 tekens lang zijn." },
    dateOfBirth: {
      missing: "Vul je geboortedatum in.",
      invalid: "Vul een geldige geboortedatum in, bijvoorbeeld 15-03-1985.",
      inFuture:
        "Deze datum ligt in de toekomst. Vul de dag in waarop je geboren bent, bijvoorbeeld 15-03-1985.",
      implausible: (age: number) =>
        `Controleer je geboortedatum: dan ben je nu ${age} jaar. Vul hem in als dag-maand-jaar, bijvoorbeeld 15-03-1985.`,
      tooYoung: (age: number, minimum: number) =>
        `Pleegouder, gezinshuisouder of steunouder kun je worden vanaf ${minimum} jaar. Je bent nu ${age}. Meld je aan als je ${minimum} bent; tot die tijd kun je op een informatiebijeenkomst alvast kennismaken.`,
    },
    household: {
      tooMany: (rows: number) => `Vul hoogstens ${rows} huisgenoten in.`,
      chooseRelation: (row: number) => `Kies wie huisgenoot ${row} is.`,
      /** Who a housemate is, in the middle of a sentence. */
      whose: { partner: "je partner", child: "je kind", other: "je andere huisgenoot" },
      birthYearMissing: (whose: string) => `Vul het geboortejaar van ${whose} in, bijvoorbeeld 2012.`,
      birthYearFormat: (whose: string) =>
        `Vul het geboortejaar van ${whose} in als 4 cijfers, bijvoorbeeld 2012.`,
      birthYearRange: (typed: string, whose: string, lastYear: number) =>
        `${typed} is geen geldig geboortejaar voor ${whose}. Vul een jaar in van 1900 tot en met ${lastYear}.`,
    },
    parentTypes: "Kies minstens één manier waarop je wilt helpen.",
    postcode: {
      missing: "Vul je postcode in.",
      invalid: "Vul een geldige postcode in, bijvoorbeeld 3511 AB.",
    },
    houseNumber: {
      missing: "Vul je huisnummer in.",
      tooLong: "Dit huisnummer is te lang.",
      invalid: "Vul een huisnummer in, bijvoorbeeld 12 of 12A.",
    },
    availability: {
      missing: "Vertel kort wanneer en hoeveel tijd je beschikbaar bent.",
      tooLong: "Houd het kort: hoogstens 2000 tekens.",
    },
    heardVia: "Kies hoe je van ons hebt gehoord.",
    heardViaOther: "Houd het kort: hoogstens 200 tekens.",
    privacyConsent: "Je kunt je alleen aanmelden als je akkoord gaat met de privacyverklaring.",
    notStarted: "Begin je aanmelding bij de eerste stap.",
    closed: "Deze aanmelding is verstuurd of afgesloten. Je contactgegevens wijzig je in Mijn aanmelding.",
    incomplete: "Je aanmelding is nog niet compleet. Vul de stappen hieronder aan die nog open staan.",
    otherAddressSignedIn: "Je bent ingelogd met een ander e-mailadres. Gebruik dat adres of log eerst uit.",
    tooMany: "Er komen te veel aanmeldingen vanaf dit netwerk. Probeer het over een uur opnieuw.",
  },
  evening: {
    unknown: "Deze bijeenkomst bestaat niet.",
    firstName: { missing: "Vul je voornaam in.", tooLong: "Je voornaam mag hoogstens 100 tekens hebben." },
    interest: "Kies een van de mogelijkheden.",
    closed:
      "Aanmelden voor deze bijeenkomst kan niet meer: ze is al begonnen of gaat niet door. Kies een andere bijeenkomst.",
    checkDetails: "Controleer je voornaam, e-mailadres en telefoonnummer.",
    tooMany: "Er komen te veel aanmeldingen vanaf dit netwerk. Probeer het over een uur opnieuw.",
  },
  signInCode: {
    missing: "Vul de code uit de e-mail in.",
    format: "De code bestaat uit 6 cijfers.",
    invalid: "Deze code klopt niet of is al gebruikt. Controleer de code of vraag een nieuwe aan.",
    expired: "Deze code is verlopen. Vraag een nieuwe code aan.",
    too_many_attempts: "Te veel pogingen met deze code. Vraag een nieuwe code aan.",
    // Any address can get here, known or not: codes go out to every address that asks.
    locked:
      "Er is te vaak een verkeerde code ingevuld voor dit e-mailadres. Inloggen met een code kan daarom tot morgen niet; gebruik de inloglink uit een nieuwe e-mail.",
    tooManyFromVisitor:
      "Er zijn vanaf dit netwerk te veel inlogpogingen gedaan. Probeer het over een uur opnieuw.",
  },
};

export type FormMessages = typeof nlFormMessages;
