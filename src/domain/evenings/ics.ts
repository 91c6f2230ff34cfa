/** One information evening as a calendar entry (RFC 5545). */
export interface EveningCalendarEntry {
  /** Globally unique and the same for every mail about this evening, e.g. "evening-<id>@openhuis.nl". */
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** When the file was made. */
  stamp: Date;
  location?: string;
  url?: string;
  /** Raised when the time or place changes, so calendars replace the earlier version. */
  sequence?: number;
}

const crlf = "\r\n";
const maxOctets = 75;
const encoder = new TextEncoder();

const isControl = (character: string) => {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/** "20261203T183000Z" */
export function icsUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .split("")
    .filter((character) => character === "\t" || !isControl(character))
    .join("");
}

/**
 * Splits a content line into lines of at most 75 octets (RFC 5545 3.1), each continuation starting
 * with a space, without cutting a UTF-8 character in two.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = lines.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${crlf} `);
}

/** A URI value is not escaped, but may never break the line it is on. */
const uriValue = (value: string) =>
  value
    .split("")
    .filter((character) => character !== " " && !isControl(character))
    .join("");

export function buildEveningIcs(entry: EveningCalendarEntry): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Openhuis//Informatiebijeenkomsten//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${uriValue(entry.uid)}`,
    `DTSTAMP:${icsUtc(entry.stamp)}`,
    `DTSTART:${icsUtc(entry.startsAt)}`,
    `DTEND:${icsUtc(entry.endsAt)}`,
    `SEQUENCE:${entry.sequence ?? 0}`,
    `SUMMARY:${escapeIcsText(entry.title)}`,
    ...(entry.description ? [`DESCRIPTION:${escapeIcsText(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeIcsText(entry.location)}`] : []),
    ...(entry.url ? [`URL:${uriValue(entry.url)}`] : []),
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldIcsLine).join(crlf) + crlf;
}
