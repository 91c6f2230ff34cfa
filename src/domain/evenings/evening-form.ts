import { z } from "zod";
import { calendarDate } from "../calendar-date";
import { multilineText, textLine } from "../text";
import { amsterdamToUtc } from "./amsterdam-time";

const optionalText = (max: number, tooLong: string) => textLine().max(max, tooLong).optional();

const clockTime = (missing: string) =>
  textLine({ error: missing }).transform((value, ctx) => {
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(value);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
      ctx.addIssue({ code: "custom", message: "Vul een tijd in als 19:30." });
      return z.NEVER;
    }
    return `${match[1].padStart(2, "0")}:${match[2]}`;
  });

const eveningFields = {
  title: textLine({ error: "Vul een titel in." })
    .min(3, "Gebruik voor de titel minstens 3 tekens.")
    .max(120, "De titel mag hoogstens 120 tekens hebben."),
  description: multilineText().max(4000, "De beschrijving mag hoogstens 4000 tekens hebben.").optional(),
  date: calendarDate,
  startTime: clockTime("Vul de begintijd in."),
  endTime: clockTime("Vul de eindtijd in."),
  format: z.enum(["location", "online"], { error: "Kies of de bijeenkomst op locatie of online is." }),
  locationName: optionalText(120, "De naam van de locatie mag hoogstens 120 tekens hebben."),
  locationAddress: optionalText(200, "Het adres mag hoogstens 200 tekens hebben."),
  locationCity: optionalText(80, "De plaats mag hoogstens 80 tekens hebben."),
  joinUrl: optionalText(500, "De link mag hoogstens 500 tekens hebben."),
  capacity: z
    .number({ error: "Vul het aantal plaatsen in als getal." })
    .int("Vul een heel aantal plaatsen in.")
    .min(1, "Er moet minstens 1 plaats zijn.")
    .max(1000, "Er kunnen hoogstens 1000 plaatsen zijn."),
};

type EveningFields = z.output<z.ZodObject<typeof eveningFields>>;

/** The evening as the database stores it: moments in UTC, a place or a join link. */
export interface EveningDetails {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  location: { name: string; address: string | null; city: string } | null;
  joinUrl: string | null;
  capacity: number;
}

const isHttpsUrl = (value: string) => {
  try {
    return new URL(value).protocol === "https:" && !/\s/.test(value);
  } catch {
    return false;
  }
};

const fieldsValid = (names: (keyof typeof eveningFields)[]) => (payload: { value: unknown }) =>
  z.object(Object.fromEntries(names.map((name) => [name, eveningFields[name]]))).safeParse(payload.value)
    .success;

// Rules across fields run as soon as the fields they read are valid, so they show next to the other errors.
const scheduleRule = {
  check(value: EveningFields, ctx: z.RefinementCtx<EveningFields>) {
    if (amsterdamToUtc(value.date, value.startTime).getTime() <= Date.now()) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: "Kies een datum en begintijd in de toekomst.",
      });
    }
    if (value.endTime <= value.startTime) {
      ctx.addIssue({
        code: "custom",
        path: ["endTime"],
        message: "De eindtijd moet na de begintijd liggen.",
      });
    }
  },
  when: fieldsValid(["date", "startTime", "endTime"]),
};

const placeRule = {
  check(value: EveningFields, ctx: z.RefinementCtx<EveningFields>) {
    if (value.format === "online") {
      if (!value.joinUrl) {
        ctx.addIssue({
          code: "custom",
          path: ["joinUrl"],
          message: "Vul de link naar de online bijeenkomst in.",
        });
      } else if (!isHttpsUrl(value.joinUrl)) {
        ctx.addIssue({
          code: "custom",
          path: ["joinUrl"],
          message: "Vul een volledige link in die begint met https://.",
        });
      }
      return;
    }
    if (!value.locationName) {
      ctx.addIssue({ code: "custom", path: ["locationName"], message: "Vul de naam van de locatie in." });
    }
    if (!value.locationCity) {
      ctx.addIssue({ code: "custom", path: ["locationCity"], message: "Vul de plaats in." });
    }
  },
  when: fieldsValid(["format", "locationName", "locationCity", "joinUrl"]),
};

function toEveningDetails(value: EveningFields): EveningDetails {
  const online = value.format === "online";
  return {
    title: value.title,
    description: value.description ?? "",
    startsAt: amsterdamToUtc(value.date, value.startTime),
    endsAt: amsterdamToUtc(value.date, value.endTime),
    online,
    location:
      online || !value.locationName || !value.locationCity
        ? null
        : { name: value.locationName, address: value.locationAddress || null, city: value.locationCity },
    joinUrl: online ? (value.joinUrl ?? null) : null,
    capacity: value.capacity,
  };
}

/** The staff form for a new evening. `id` is made when the form is shown, so a double submit creates one evening. */
export const createEveningSchema = z
  .object({
    ...eveningFields,
    id: z.uuid("Dit formulier is verlopen. Laad de pagina opnieuw."),
    organisationId: z.uuid("Kies een organisatie."),
  })
  .superRefine(scheduleRule.check, { when: scheduleRule.when })
  .superRefine(placeRule.check, { when: placeRule.when })
  .transform(({ id, organisationId, ...fields }) => ({ id, organisationId, ...toEveningDetails(fields) }));

export const updateEveningSchema = z
  .object({ ...eveningFields, id: z.uuid("Deze bijeenkomst bestaat niet.") })
  .superRefine(scheduleRule.check, { when: scheduleRule.when })
  .superRefine(placeRule.check, { when: placeRule.when })
  .transform(({ id, ...fields }) => ({ id, ...toEveningDetails(fields) }));

export type EveningFormField = keyof typeof eveningFields;

export const eveningFieldLabels: Record<EveningFormField | "organisationId", string> = {
  title: "Titel",
  description: "Beschrijving",
  date: "Datum",
  startTime: "Begintijd",
  endTime: "Eindtijd",
  format: "Vorm",
  locationName: "Naam van de locatie",
  locationAddress: "Adres",
  locationCity: "Plaats",
  joinUrl: "Link naar de online bijeenkomst",
  capacity: "Aantal plaatsen",
  organisationId: "Organisatie",
};
