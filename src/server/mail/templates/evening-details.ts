import type { InformationEvening } from "../../../domain/evenings/evening";
import { formatEveningPlace, formatEveningWhen } from "../../../domain/evenings/format";
import { buildEveningIcs } from "../../../domain/evenings/ics";
import { calendarUid, eveningPageUrl } from "../../evenings/links";
import type { OutgoingMail } from "../../sql/with-user";

type Attachment = NonNullable<OutgoingMail["attachments"]>[number];

/** When and where, as lines for any evening mail. The join link only goes to people with a place. */
export function eveningFacts(evening: InformationEvening, joinUrl: string | null): string[] {
  return [
    `Wanneer: ${formatEveningWhen(evening)}`,
    evening.online
      ? joinUrl
        ? `Online. Je doet mee via deze link: ${joinUrl}`
        : "Online. De link om mee te doen krijg je zodra je een plek hebt."
      : `Waar: ${formatEveningPlace(evening)}`,
    `Organisatie: ${evening.organisationName}`,
  ];
}

/** The evening as an .ics file that calendars can add (and later update: same UID, higher SEQUENCE). */
export function eveningCalendarAttachment(
  evening: InformationEvening,
  joinUrl: string | null,
  siteUrl: string,
  stamp: Date,
): Attachment {
  const pageUrl = eveningPageUrl(siteUrl, evening.id);
  const ics = buildEveningIcs({
    uid: calendarUid(siteUrl, evening.id),
    title: evening.title,
    description: [evening.description, evening.online && joinUrl ? `Meedoen: ${joinUrl}` : "", pageUrl]
      .filter(Boolean)
      .join("\n\n"),
    startsAt: evening.startsAt,
    endsAt: evening.endsAt,
    stamp,
    location: evening.online ? "Online" : formatEveningPlace(evening),
    url: evening.online && joinUrl ? joinUrl : pageUrl,
    sequence: evening.revision,
  });
  return {
    filename: "informatiebijeenkomst.ics",
    content: Buffer.from(ics, "utf8").toString("base64"),
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
}
