import { renderEmail } from "../layout";

/**
 * To the owner of an address someone started an application with while one exists already: the
 * page answered as for anyone, so this mail is how the owner learns of it and goes on with their own.
 */
export function applicationStartAttemptEmail(to: string, myApplicationUrl: string) {
  return renderEmail({
    kind: "application_start_attempt",
    to,
    subject: "Iemand begon een aanmelding met jouw e-mailadres",
    heading: "Je hebt al een aanmelding bij ons",
    paragraphs: [
      "Zojuist is op onze website een aanmelding begonnen met dit e-mailadres. Er hoort al een aanmelding bij dit adres; daar is niets aan veranderd.",
      "Was jij dat? Vul dan de inlogcode uit de andere e-mail in, of log in via Mijn aanmelding. Je gaat dan verder met je eigen aanmelding.",
      "Was jij het niet? Dan hoef je niets te doen. Zonder de code uit jouw e-mail kan niemand anders je aanmelding zien of wijzigen.",
    ],
    action: { label: "Naar Mijn aanmelding", url: myApplicationUrl },
  });
}
