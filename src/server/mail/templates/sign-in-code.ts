import { codeLifetimeMinutes } from "../../auth/codes";
import { renderEmail } from "../layout";

export function signInCodeEmail(to: string, code: string, confirmUrl: string) {
  return renderEmail({
    kind: "sign_in_code",
    to,
    subject: `Je inlogcode voor Openhuis is ${code}`,
    heading: "Inloggen bij Openhuis",
    paragraphs: [
      `Vul deze code in op de inlogpagina. De code is ${codeLifetimeMinutes} minuten geldig en werkt één keer.`,
    ],
    highlight: { label: "Je inlogcode:", value: code },
    action: { label: "Of log in met deze link", url: confirmUrl },
    closing:
      "Heb je niet geprobeerd in te loggen? Dan kun je deze e-mail negeren.\n\nMet vriendelijke groet,\nOpenhuis",
  });
}
