/** The public information evening pages in Dutch: the list, an evening and its registration form. */
export const nlEveningPages = {
  title: "Informatiebijeenkomsten",
  description:
    "Kom naar een informatiebijeenkomst over pleegzorg, gezinshuizen en steunouders bij jou in de regio. Je zit nergens aan vast.",
  lead: "Op een informatiebijeenkomst hoor je wat pleegouder, gezinshuisouder of steunouder zijn inhoudt, en stel je al je vragen. Je zit nergens aan vast.",
  region: "Regio",
  allRegions: "Alle regio's",
  showEvenings: "Toon bijeenkomsten",
  noneScheduled: "Er staan op dit moment geen bijeenkomsten gepland. Kijk binnenkort nog eens.",
  alreadySure: "Weet je al dat je wilt helpen?",
  applyDirectly: "Meld je dan direct aan",
  or: "of",
  checkFirst: "kijk eerst of het bij je past",
  allEvenings: "Alle informatiebijeenkomsten",
  notFound: {
    title: "Bijeenkomst niet gevonden",
    heading: "Deze bijeenkomst is niet (meer) te vinden",
    text: "Misschien is ze al geweest of gaat ze niet door. Bekijk de andere bijeenkomsten.",
  },
  metaDescription: (title: string, organisation: string) =>
    `${title}: informatiebijeenkomst van ${organisation}.`,
  confirmations: {
    registered: {
      heading: "Je bent aangemeld",
      text: "We hebben je een bevestiging gemaild, met de bijeenkomst voor je agenda. De dag ervoor krijg je een herinnering.",
    },
    waitlisted: {
      heading: "Je staat op de wachtlijst",
      text: "De bijeenkomst is vol. In de e-mail die we je stuurden staat op welke plek van de wachtlijst je staat. Komt er een plek vrij, dan krijg je die automatisch en hoor je het meteen per e-mail.",
    },
  },
  alsoApplyBefore: "Weet je het al zeker? Je kunt je ook ",
  alsoApplyLink: "meteen aanmelden als pleegouder, gezinshuisouder of steunouder",
  signUp: "Aanmelden",
  full: "Deze bijeenkomst is vol. Meld je aan voor de wachtlijst: komt er een plek vrij, dan krijg je die automatisch.",
  /** The fields by name, as the form and its error summary name them. */
  labels: {
    firstName: "Voornaam",
    email: "E-mailadres",
    phone: "Telefoonnummer",
    interest: "Wat spreekt je aan",
  },
  emailHint: "Hier sturen we de bevestiging en de dag ervoor een herinnering naartoe.",
  phoneLabel: "Telefoonnummer (niet verplicht)",
  interestLegend: "Wat spreekt je aan? (niet verplicht)",
  unsure: "Weet ik nog niet",
  privacyNote:
    "We gebruiken je gegevens alleen voor deze bijeenkomst: je meldt je hiermee nog niet aan als pleegouder, gezinshuisouder of steunouder. Meld je je later aan met hetzelfde e-mailadres, dan zie je de bijeenkomst ook in Mijn aanmelding. Lees de",
  privacyLink: "privacyverklaring",
  submit: "Aanmelden",
  joinWaitingList: "Op de wachtlijst",
  facts: { when: "Wanneer", where: "Waar", by: "Door", places: "Plaatsen" },
};

export type EveningPageStrings = typeof nlEveningPages;
