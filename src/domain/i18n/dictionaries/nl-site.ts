/** A link in the main menu; `hreflang` when it leads to a page in another language. */
export interface NavItem {
  label: string;
  path: string;
  hreflang?: string;
}

/** The site's chrome, home page and regional finder in Dutch. */
export const nlSite = {
  chrome: {
    skipToContent: "Naar de inhoud",
    homeLink: "Openhuis, naar de homepagina",
    tagline: "Pleegzorg, gezinshuizen en steunouders",
    mainNavigation: "Hoofdmenu",
    accountNavigation: "Account",
    nav: [
      { label: "Pleegouder", path: "/pleegouder-worden" },
      { label: "Gezinshuisouder", path: "/gezinshuisouder-worden" },
      { label: "Steunouder", path: "/steunouder-worden" },
      { label: "Informatiebijeenkomsten", path: "/informatiebijeenkomsten" },
      { label: "Aanmelden", path: "/aanmelden" },
      { label: "Voor professionals", path: "/voor-professionals" },
    ] as NavItem[],
    signIn: "Inloggen",
    signOut: "Uitloggen",
    signedInAs: "Ingelogd als ",
    myApplication: "Mijn aanmelding",
    footerOrganisations: (region: string) => `De organisaties achter ${region}`,
    footerOrganisationsNoRegion: "De organisaties achter Openhuis",
    phone: "Telefoon",
    email: "E-mail",
    website: "Website",
    footerAbout: "Over deze site",
    privacy: "Privacy",
    accessibility: "Toegankelijkheid",
    language: "Taal",
    languageName: "Nederlands",
  },
  finder: {
    path: "/waar-woon-je",
    heading: "Waar woon je?",
    intro:
      "Vul je postcode of woonplaats in. Je ziet welke organisatie bij jou in de buurt werkt en wanneer de volgende informatiebijeenkomst is.",
    label: "Postcode of woonplaats",
    hint: "Bijvoorbeeld 3511 AB of Amersfoort",
    submit: "Zoek",
  },
  stories: {
    heading: "Ervaringsverhalen",
    fictional:
      "Verzonnen voorbeeld: deze verhalen zijn bedacht om te laten zien hoe het kan gaan. Namen en personen bestaan niet.",
    by: (tellers: string, place: string) => `${tellers}, ${place}`,
    fictionalLabel: "Verzonnen voorbeeld",
    readMore: "Lees het hele verhaal",
  },
  nextEvenings: {
    heading: "Volgende informatiebijeenkomsten bij jou in de buurt",
    near: (place: string) => `In de buurt van ${place}`,
    none: "Er staat nog geen bijeenkomst gepland. Kijk binnenkort nog eens, of meld je direct aan.",
    all: "Alle informatiebijeenkomsten",
  },
  home: {
    title: "Een thuis voor kinderen die dat nodig hebben",
    heading: "Een thuis voor kinderen die dat nodig hebben",
    lead: "In Nederland wachten honderden kinderen op een pleeggezin. Je kunt op verschillende manieren helpen: als pleegouder, als gezinshuisouder of als steunouder die een weekend per maand een kind opvangt.",
    waysHeading: "Zo kun je helpen",
    ways: {
      foster: "Een kind een tijdje of langdurig een thuis geven in je eigen gezin.",
      family_home: "Van je huis je werk maken: meerdere kinderen opvangen in een gezinshuis.",
      support: "Een kind en zijn ouders ontlasten, bijvoorbeeld één weekend per maand.",
    },
    checkPrompt: "Weet je nog niet wat bij je past?",
    faqHeading: "Veelgestelde vragen",
    faq: [
      {
        question: "Moet ik getrouwd zijn of een koophuis hebben?",
        answer:
          "Nee. Alleenstaand of samen, met of zonder kinderen, in een huur- of koophuis: iedereen vanaf 21 jaar is welkom. Je hebt wel een slaapkamer nodig voor een kind dat bij je komt wonen.",
      },
      {
        question: "Kan ik pleegouder worden als ik werk?",
        answer:
          "Ja. De meeste pleegouders werken. Een pleegkind gaat naar school of de opvang; samen met de organisatie kijk je wat past.",
      },
      {
        question: "Krijg ik een vergoeding?",
        answer:
          "Pleegouders en steunouders krijgen een vergoeding voor de kosten van het kind. Gezinshuisouder is een baan met een salaris of een vergoeding per kind.",
      },
      {
        question: "Zit ik ergens aan vast als ik naar een informatiebijeenkomst kom?",
        answer: "Nee. Een bijeenkomst is vrijblijvend. Je hoort hoe het werkt en stelt al je vragen.",
      },
      {
        question: "Hoe lang duurt het voordat ik een kind opvang?",
        answer:
          "Van de informatiebijeenkomst tot het besluit duurt het meestal drie tot zes maanden. Steunouders zijn vaak sneller klaar.",
      },
    ],
    signInHeading: "Al aangemeld of werk je bij een aanbieder?",
    signInText: "Log in met je e-mailadres. Je krijgt een code per e-mail; een wachtwoord is niet nodig.",
  },
};
