import { renderEmail } from "../layout";

/** Sent once when wrong codes for this address reach the daily limit; says how to get in anyway. */
export function signInLockedEmail(to: string) {
  return renderEmail({
    kind: "sign_in_locked",
    to,
    subject: "Inloggen met een code is tijdelijk geblokkeerd",
    heading: "Te veel verkeerde inlogcodes",
    paragraphs: [
      "Voor dit e-mailadres is vandaag te vaak een verkeerde inlogcode ingevuld. Om raden te voorkomen werken inlogcodes voor dit adres daarom tot 24 uur niet.",
      "Wil je nu inloggen? Vraag een nieuwe e-mail aan en gebruik de inloglink daarin; die werkt wel.",
      "Was jij dit niet? Dan probeert iemand anders met je adres in te loggen. Zonder de e-mails in jouw mailbox lukt dat niet; je hoeft niets te doen.",
    ],
  });
}
