import {
  type CareFormChoice,
  careFormDescriptions,
  type HeardVia,
  type HouseholdRelation,
  heardViaOptions,
  householdRelationLabels,
} from "../../applications/options";
import type { StepKey } from "../../applications/steps";

/** The application form's pages in Dutch: the six steps, the code step and the page after sending. */
export const nlApplication = {
  heading: "Aanmelden",
  description: "Meld je aan als pleegouder, gezinshuisouder of steunouder bij de organisatie in jouw regio.",
  pageTitle: (stepTitle: string) => `${stepTitle} - Aanmelden`,
  steps: {
    about_you: "Over jou",
    household: "Je huishouden",
    interest: "Wat wil je doen",
    address: "Je adres",
    availability: "Beschikbaarheid",
    review: "Controleren en versturen",
  } satisfies Record<StepKey, string>,
  progress: {
    label: "Voortgang van je aanmelding",
    step: (number: number, total: number, title: string) => `Stap ${number} van ${total}: ${title}`,
    done: " (ingevuld)",
  },
  saveAndContinue: "Opslaan en verder",
  backTo: (stepTitle: string) => `Terug naar: ${stepTitle.toLowerCase()}`,
  /** The fields by name, as the error summary names them. */
  labels: {
    firstName: "Voornaam",
    lastName: "Achternaam",
    email: "E-mailadres",
    phone: "Telefoonnummer",
    dateOfBirth: "Geboortedatum",
    parentTypes: "Hoe wil je helpen",
    careForms: "Vormen van zorg",
    postcode: "Postcode",
    houseNumber: "Huisnummer",
    availability: "Beschikbaarheid",
    heardVia: "Hoe je van ons hoorde",
    heardViaOther: "Anders, namelijk",
    privacyConsent: "Privacy",
  },
  optionalPhone: "Telefoonnummer (niet verplicht)",
  aboutYou: {
    emailHint: "Hiermee log je later in om je aanmelding te volgen.",
    signedInWith: "(je bent ingelogd met dit adres)",
    dateOfBirthHint: "Bijvoorbeeld 15-03-1985",
  },
  household: {
    intro:
      'Wie wonen er naast jou in huis? Vul ze een voor een in; met "Nog een huisgenoot toevoegen" krijg je een regel erbij. Woon je alleen, ga dan verder zonder iets in te vullen. Iedereen van 12 jaar en ouder vraagt later een Verklaring van Geen Bezwaar aan.',
    member: (number: number) => `Huisgenoot ${number}`,
    relation: "Wie is dit",
    nobody: "Niemand",
    birthYear: "Geboortejaar",
    addHousemate: "Nog een huisgenoot toevoegen",
    relations: householdRelationLabels as Record<HouseholdRelation, string>,
  },
  interest: {
    legend: "Hoe wil je helpen?",
    hint: "Je kunt meer dan één kiezen.",
    parentTypeHints: {
      foster: "Een kind een tijdje of langdurig een thuis geven in je gezin. Vanaf 21 jaar.",
      family_home: "Als beroep meerdere kinderen opvangen in je huis. Vanaf 21 jaar, met een zorgopleiding.",
      support: "Een kind bijvoorbeeld één weekend per maand opvangen. Vanaf 21 jaar.",
    },
    careFormsLegend: "Welke vormen van zorg spreken je aan? (niet verplicht)",
    careFormsHint: "Weet je het nog niet? Dan bespreken we het in het kennismakingsgesprek.",
    careForms: careFormDescriptions as Record<CareFormChoice, string>,
  },
  address: {
    intro:
      "Met je postcode zoeken we de organisatie in jouw regio die je aanmelding behandelt. Je adres is alleen zichtbaar voor de medewerkers die je aanmelding behandelen.",
    postcodeHint: "Bijvoorbeeld 3511 AB",
    houseNumber: "Huisnummer en toevoeging",
    houseNumberHint: "Bijvoorbeeld 12 of 12A",
    unknownHeading: "Klopt je postcode?",
    unknownPostcode: (postcode: string) =>
      `Postcode ${postcode} kunnen we niet vinden. Kijk of je hem goed hebt getypt. Klopt hij toch? Kies dan nog een keer "Opslaan en verder": je aanmelding komt gewoon aan, een medewerker zoekt je regio dan zelf op.`,
  },
  availability: {
    label: "Wanneer en hoeveel tijd ben je beschikbaar?",
    hint: 'Bijvoorbeeld: "Vanaf maart, ik werk 3 dagen per week" of "Eén weekend per maand".',
    heardViaLegend: "Hoe heb je van ons gehoord?",
    heardViaOtherLabel: "Anders, namelijk (niet verplicht)",
    heardViaOtherHint: "Alleen bij Anders: bijvoorbeeld een podcast of een poster in de bibliotheek.",
    /** The answers are stored in Dutch whatever the page's language; this is what each language shows. */
    heardVia: Object.fromEntries(heardViaOptions.map((option) => [option, option])) as Record<
      HeardVia,
      string
    >,
  },
  review: {
    incompleteHeading: "Nog niet compleet",
    incompleteText: "Vul deze stappen nog in voordat je je aanmelding verstuurt:",
    notFilledIn: "Niet ingevuld",
    edit: {
      about_you: "Wijzig je gegevens",
      household: "Wijzig je huishouden",
      interest: "Wijzig wat je wilt doen",
      address: "Wijzig je adres",
      availability: "Wijzig je beschikbaarheid",
    },
    name: "Naam",
    housemates: "Huisgenoten",
    livesAlone: "Geen: ik woon alleen",
    parentTypes: "Hoe je wilt helpen",
    careForms: "Vormen van zorg",
    noCareForms: "Nog niet gekozen",
    address: "Adres",
    addressIn: (address: string, place: string) => `${address}, ${place}`,
    postcodeUnknown: "deze postcode kunnen we niet vinden: controleer hem",
    available: "Beschikbaar",
    heardVia: "Van ons gehoord via",
    consent:
      "Ik heb de privacyverklaring gelezen en ga ermee akkoord dat Openhuis en de organisatie in mijn regio mijn gegevens gebruiken om mijn aanmelding te behandelen.",
    readPrivacy: "Lees de privacyverklaring",
    privacyVersion: (version: string) => `(versie ${version}).`,
    submit: "Aanmelding versturen",
  },
  confirmAddressLead:
    "Om verder te gaan met je aanmelding bevestig je eerst je e-mailadres met de code uit je e-mail. Wat je net invulde, bewaren we zolang.",
  sent: {
    title: "Aanmelding verstuurd",
    heading: "Bedankt, je aanmelding is verstuurd",
    received: "We hebben je aanmelding ontvangen en je een bevestiging gemaild.",
    whatNext: "Wat gebeurt er nu?",
    next: [
      "Een medewerker van de organisatie in jouw regio bekijkt je aanmelding.",
      "Binnen twee weken nemen we contact met je op voor een kennismakingsgesprek.",
      "Daarna volgen de screening, een voorbereidingstraining en een gezinsonderzoek. Alles samen duurt meestal 3 tot 6 maanden.",
    ],
    myApplicationBefore: "In ",
    myApplication: "Mijn aanmelding",
    myApplicationAfter:
      " zie je waar je staat en wat je nog moet doen. Je logt in met je e-mailadres; je krijgt dan een code per e-mail.",
  },
};

export type ApplicationStrings = typeof nlApplication;

/** The page where a visitor types the emailed code: signing in, or confirming the address in step 1. */
export const nlSignInCode = {
  title: "Vul je inlogcode in",
  /** Around the address (in bold): the code went out if the address may have one. */
  sent: {
    before: "Als ",
    after:
      " bij ons bekend is of je je wilt aanmelden, hebben we een e-mail gestuurd met een code van 6 cijfers. De code is 15 minuten geldig.",
  },
  /** No new code went out: "We hebben <geen nieuwe code> gestuurd naar <address>: …". */
  limited: {
    before: "We hebben ",
    noNewCode: "geen nieuwe code",
    sentTo: " gestuurd naar ",
    after:
      ": er zijn de laatste tijd te veel codes aangevraagd. Gebruik de code uit de laatste e-mail die je van ons kreeg; die is 15 minuten geldig. Is die verlopen, vraag dan over een kwartier een nieuwe aan.",
  },
  label: "Inlogcode",
  hint: "6 cijfers, uit de e-mail die we je stuurden.",
  submit: "Inloggen",
  noMail: "Geen e-mail gekregen? Kijk in je spam-map of ",
  askNew: "vraag een nieuwe code aan",
  otherAddress: ". Ander e-mailadres? ",
  startAgain: "Begin opnieuw",
};
