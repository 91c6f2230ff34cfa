import { renderEmail } from "../layout";

export function applicationReceivedEmail(to: string, firstName: string, myApplicationUrl: string) {
  return renderEmail({
    kind: "application_received",
    to,
    subject: "We hebben je aanmelding ontvangen",
    heading: firstName ? `Bedankt voor je aanmelding, ${firstName}` : "Bedankt voor je aanmelding",
    paragraphs: [
      "We hebben je aanmelding goed ontvangen. Een medewerker bekijkt hem en neemt binnen twee weken contact met je op voor een kennismakingsgesprek.",
      "In Mijn aanmelding zie je waar je staat, wat de volgende stap is en wat je nog moet aanleveren. Je logt in met dit e-mailadres; je krijgt dan een code per e-mail.",
    ],
    action: { label: "Naar Mijn aanmelding", url: myApplicationUrl },
  });
}
