import type { EligibilityAnswers, EligibilityQuestion } from "../../eligibility/eligibility-answers";
import { nlApplication, nlSignInCode } from "./nl-application";
import { nlEveningPages } from "./nl-evenings";
import { nlFormMessages } from "./nl-form-messages";
import { nlSite } from "./nl-site";

type EligibilityQuestionStrings = {
  [Question in EligibilityQuestion]: {
    legend: string;
    hint?: string;
    error: string;
    options: Record<EligibilityAnswers[Question], string>;
  };
};

const eligibilityQuestions: EligibilityQuestionStrings = {
  age: {
    legend: "Hoe oud ben je?",
    hint: "Pleegouder, gezinshuisouder en steunouder kun je worden vanaf 21 jaar. Een maximumleeftijd is er niet.",
    error: "Kies je leeftijd.",
    options: {
      under_18: "Jonger dan 18",
      "18_to_20": "18, 19 of 20 jaar",
      "21_or_older": "21 jaar of ouder",
    },
  },
  time: {
    legend: "Hoeveel tijd heb je voor een kind?",
    hint: "Ook met een baan kun je pleegouder worden. Het gaat erom of een kind bij je kan wonen.",
    error: "Kies hoeveel tijd je hebt.",
    options: {
      every_day: "Een kind kan bij mij wonen, elke dag",
      few_days_a_month: "Een paar dagen per maand",
      weekends_only: "Alleen in het weekend",
    },
  },
  bedrooms: {
    legend: "Heb je een slaapkamer vrij voor een kind?",
    error: "Kies of je een slaapkamer vrij hebt.",
    options: { none: "Nee", one: "Ja, één slaapkamer", two_or_more: "Ja, twee of meer slaapkamers" },
  },
  vgb: {
    legend:
      "Willen jij en iedereen van 12 jaar en ouder die bij je woont een Verklaring van Geen Bezwaar (VGB) aanvragen?",
    hint: "Met de VGB kijkt de Raad voor de Kinderbescherming of een kind veilig bij jullie kan wonen. De wet vraagt hem voor pleegouders en hun huisgenoten. Je betaalt er niets voor.",
    error: "Kies of iedereen een VGB wil aanvragen.",
    options: { everyone_willing: "Ja", not_sure: "Weet ik nog niet", not_everyone: "Nee" },
  },
  careBackground: {
    legend: "Heb je een opleiding in de zorg, jeugdzorg of pedagogiek?",
    hint: "Dit is alleen nodig voor gezinshuisouders.",
    error: "Kies of je een opleiding in de zorg hebt.",
    options: {
      qualified: "Ja, een afgeronde opleiding (meestal hbo) en werkervaring",
      experience_only: "Wel ervaring, maar geen diploma",
      none: "Nee",
    },
  },
};

export const nl = {
  ...nlSite,
  readThisPageInThisLanguage: "Lees deze pagina in het Nederlands",
  otherLanguages: "Andere talen",
  paths: {
    campaignVariants: "campagne",
    eligibilityCheck: "kan-ik-helpen",
    apply: "aanmelden",
    applicationSteps: {
      about_you: "over-jou",
      household: "huishouden",
      interest: "interesse",
      address: "adres",
      availability: "beschikbaarheid",
      review: "versturen",
    },
    applicationSent: "verstuurd",
    /** Where step 1 sends a visitor to confirm their address: the sign-in code page. */
    confirmAddress: "/inloggen/code?verder=aanmelding",
    informationEvenings: "informatiebijeenkomsten",
  },
  forms: {
    errorSummary: "Er is een probleem",
    errorPrefix: "Fout: ",
    honeypot: "Laat dit veld leeg",
  },
  formMessages: nlFormMessages,
  application: nlApplication,
  signInCode: nlSignInCode,
  eveningPages: nlEveningPages,
  parentTypes: {
    foster: { title: "Pleegouder", name: "pleegouder" },
    family_home: { title: "Gezinshuisouder", name: "gezinshuisouder" },
    support: { title: "Steunouder", name: "steunouder" },
  },
  callsToAction: {
    informationEvening: "Meld je aan voor een informatiebijeenkomst",
    apply: "Direct aanmelden",
    eligibilityCheck: "Doe de check: hoe kan ik helpen?",
  },
  campaign: {
    offeredBy: "Een campagne van",
    inRegion: "in",
    whoCanDoIt: (parentName: string) => `Wie kan ${parentName} worden?`,
    timeCommitment: "Hoeveel tijd kost het?",
    steps: (parentName: string) => `Zo word je ${parentName}`,
    stepDuration: "Duur:",
    totalDuration: (duration: string) =>
      `Van de informatiebijeenkomst tot het besluit duurt het meestal ${duration}. Je kunt op elk moment stoppen.`,
    faq: "Veelgestelde vragen",
    firstStep: "Zet de eerste stap",
    firstStepText:
      "Op een informatiebijeenkomst hoor je hoe het werkt en stel je al je vragen. Je zit nergens aan vast. Weet je het al zeker? Meld je dan direct aan.",
    notSure: "Weet je nog niet wat bij je past?",
  },
  eligibility: {
    title: "Kan ik helpen?",
    description:
      "Vijf korte vragen die je eerlijk vertellen of je pleegouder, gezinshuisouder of steunouder kunt worden. We slaan je antwoorden niet op.",
    intro:
      "Vijf korte vragen. Daarna zie je op welke manier jij een kind kunt helpen, en wat er nog nodig is. We slaan je antwoorden niet op.",
    submit: "Bekijk mijn uitkomst",
    errorSummary: "Er is een probleem",
    errorPrefix: "Fout: ",
    questions: eligibilityQuestions,
    result: {
      heading: "Jouw uitkomst",
      disclaimer:
        "Dit is een eerste indruk, geen besluit. Of het past, ontdek je samen met de organisatie in de kennismaking en de screening.",
      bestFit: (parentName: string) =>
        `Op basis van je antwoorden past ${parentName} worden het best bij jou.`,
      alsoPossible: "Ook mogelijk",
      readMore: (parentName: string) => `Lees meer over ${parentName} worden`,
      fits: {
        foster:
          "Je geeft een kind een thuis in je eigen gezin, voor een paar maanden of tot het volwassen is.",
        family_home:
          "Met je opleiding en ruimte in huis kun je van je huis je werk maken: je vangt meerdere kinderen op in een gezinshuis.",
        support:
          "Je vangt een kind bijvoorbeeld één weekend per maand op. Zo krijgen het kind en zijn ouders wat lucht, en hoeft het kind vaak niet uit huis.",
      },
      notYetHeading: "Wat (nog) niet past",
      notYet: {
        needs_child_living_with_you:
          "Een kind woont elke dag bij je. Dat past niet bij de tijd die je nu hebt.",
        needs_free_bedroom: "Een kind dat bij je komt wonen heeft een eigen slaapkamer nodig.",
        needs_bedroom_per_child: "Je vangt meerdere kinderen op, elk met een eigen slaapkamer.",
        needs_vgb_for_household: "Iedereen van 12 jaar en ouder die bij je woont heeft een VGB nodig.",
        needs_care_qualification:
          "Je hebt een afgeronde opleiding in de (jeugd)zorg of pedagogiek nodig, meestal op hbo-niveau. Die kun je later ook nog halen.",
      },
      notesHeading: "Goed om te weten",
      notes: {
        discuss_vgb_at_home:
          "Bespreek de VGB thuis voordat je je aanmeldt. Zonder VGB voor iedereen van 12 jaar en ouder kun je geen pleegouder of gezinshuisouder worden.",
        support_screening_differs:
          "Voor steunouders vraagt de organisatie een Verklaring Omtrent het Gedrag (VOG) en komt ze op huisbezoek. Wat dat voor je huisgenoten betekent, bespreek je in de kennismaking.",
        support_needs_sleeping_place:
          "Een kind dat bij je logeert heeft een eigen slaapplek nodig. Of dat in jouw huis kan, bekijkt de organisatie bij het huisbezoek.",
      },
      tooYoung: {
        heading: "Nu nog niet, later misschien wel",
        text: "Pleegouder, gezinshuisouder of steunouder kun je worden vanaf 21 jaar. Fijn dat je nu al wilt helpen! Dit kun je alvast doen:",
        ways: [
          "Kom naar een informatiebijeenkomst om je te oriënteren. Je zit nergens aan vast.",
          "Doe vrijwilligerswerk met kinderen of jongeren, bijvoorbeeld als maatje, bij de sport of bij huiswerkbegeleiding.",
          "Kies je een opleiding? Met een diploma in de (jeugd)zorg of pedagogiek kun je later ook gezinshuisouder worden.",
          "Vertel anderen over pleegzorg. Veel pleegouders kwamen erop via iemand die ze kenden.",
        ],
      },
      nextStep:
        "Op een informatiebijeenkomst hoor je hoe het verder gaat en kun je al je vragen stellen. Je zit nergens aan vast.",
      changeAnswers: "Je antwoorden aanpassen",
    },
  },
};

export type UiStrings = typeof nl;
