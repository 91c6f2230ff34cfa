import { describe, expect, it } from "vitest";
import { buildEveningIcs, escapeIcsText, foldIcsLine, icsUtc } from "../../../src/domain/evenings/ics";

const entry = {
  uid: "informatiebijeenkomst-1234@openhuis.nl",
  title: "Informatieavond pleegzorg",
  description: "Koffie, thee en al je vragen.",
  startsAt: new Date("2026-12-03T18:30:00Z"),
  endsAt: new Date("2026-12-03T20:30:00Z"),
  stamp: new Date("2026-11-23T09:15:07.123Z"),
  location: "Buurthuis De Pijler, Voorbeeldstraat 12, Utrecht",
  url: "https://openhuis.nl/informatiebijeenkomsten/1234",
};

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const octets = (line: string) => new TextEncoder().encode(line).length;

describe("the calendar file of an evening", () => {
  it("is one VEVENT in a VCALENDAR with the fields calendars need", () => {
    const lines = unfold(buildEveningIcs(entry)).split("\r\n");
    expect(lines.slice(0, 6)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Openhuis//Informatiebijeenkomsten//NL",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
    ]);
    expect(lines).toContain("UID:informatiebijeenkomst-1234@openhuis.nl");
    expect(lines).toContain("DTSTAMP:20261123T091507Z");
    expect(lines).toContain("DTSTART:20261203T183000Z");
    expect(lines).toContain("DTEND:20261203T203000Z");
    expect(lines).toContain("SUMMARY:Informatieavond pleegzorg");
    expect(lines).toContain("LOCATION:Buurthuis De Pijler\\, Voorbeeldstraat 12\\, Utrecht");
    expect(lines).toContain("URL:https://openhuis.nl/informatiebijeenkomsten/1234");
    expect(lines.slice(-3)).toEqual(["END:VEVENT", "END:VCALENDAR", ""]);
  });

  it("ends every line with CRLF and never has a bare line feed", () => {
    const ics = buildEveningIcs({ ...entry, description: "Regel een\nRegel twee\r\nRegel drie" });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(unfold(ics)).toContain("DESCRIPTION:Regel een\\nRegel twee\\nRegel drie");
  });

  it("counts in a new SEQUENCE when the time or place changed", () => {
    expect(buildEveningIcs(entry)).toContain("SEQUENCE:0\r\n");
    expect(buildEveningIcs({ ...entry, sequence: 3 })).toContain("SEQUENCE:3\r\n");
  });

  it("leaves out LOCATION, URL and DESCRIPTION when there is nothing to say", () => {
    const ics = buildEveningIcs({ ...entry, description: "", location: undefined, url: undefined });
    expect(ics).not.toMatch(/^(LOCATION|URL|DESCRIPTION):/m);
  });

  it("keeps a URL as it is and strips anything that would break its line", () => {
    const ics = buildEveningIcs({ ...entry, url: "https://meet.voorbeeld.nl/a,b;c\r\nX-EVIL:1" });
    expect(unfold(ics)).toContain("URL:https://meet.voorbeeld.nl/a,b;cX-EVIL:1");
    expect(unfold(ics)).not.toMatch(/^X-EVIL/m);
  });

  it("cannot be broken out of by a title with line breaks", () => {
    const ics = buildEveningIcs({ ...entry, title: "Avond\r\nEND:VEVENT\nBEGIN:VEVENT" });
    expect(unfold(ics).match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
  });
});

describe("TEXT escaping", () => {
  it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
    expect(escapeIcsText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("drops control characters", () => {
    expect(escapeIcsText("a\u0000b\u0007c\td")).toBe("abc\td");
  });
});

describe("line folding", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `SUMMARY:${"a".repeat(67)}`;
    expect(foldIcsLine(line)).toBe(line);
  });

  it("folds longer lines into lines of at most 75 octets that unfold to the original", () => {
    const line = `DESCRIPTION:${"Pleegzorg in de regio Utrecht. ".repeat(10)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never cuts a multi-octet character in two", () => {
    const line = `SUMMARY:${"Ontmoeting café ☕ 👨‍👩‍👧 ".repeat(8)}`;
    const parts = foldIcsLine(line).split("\r\n");
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(unfold(parts.join("\r\n"))).toBe(line);
  });
});

describe("UTC date-times", () => {
  it("are written as basic format with a Z", () => {
    expect(icsUtc(new Date("2026-03-29T01:05:09.999Z"))).toBe("20260329T010509Z");
  });
});
