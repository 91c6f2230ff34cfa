import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  aboutYouSchema,
  addressSchema,
  availabilitySchema,
  contactDetailsSchema,
  withdrawSchema,
} from "../../../src/domain/applications/schemas";
import { requestCodeSchema, verifyCodeSchema } from "../../../src/domain/auth/sign-in";
import { addCalendarDays, amsterdamDate } from "../../../src/domain/evenings/amsterdam-time";
import { createEveningSchema, updateEveningSchema } from "../../../src/domain/evenings/evening-form";
import { cancelTokenSchema, registrationSchema } from "../../../src/domain/evenings/registration-form";
import { staffInviteSchema } from "../../../src/domain/staff/invite";
import { unstorableCharactersMessage } from "../../../src/domain/text";

const nextWeek = addCalendarDays(amsterdamDate(new Date()), 7);
const evening = {
  title: "Informatieavond pleegzorg",
  description: "Koffie en vragen",
  date: nextWeek,
  startTime: "19:30",
  endTime: "21:30",
  format: "location",
  locationName: "Bibliotheek",
  locationAddress: "Oudegracht 1",
  locationCity: "Utrecht",
  joinUrl: undefined,
  capacity: 20,
};

/** Every public form: its schema, a valid submission, and the text fields a person types into. */
const forms: { name: string; schema: z.ZodType; valid: Record<string, unknown>; fields: string[] }[] = [
  {
    name: "application: about you",
    schema: aboutYouSchema,
    valid: {
      firstName: "Sanne",
      lastName: "de Vries",
      email: "sanne@example.nl",
      phone: "06 12345678",
      dateOfBirth: "15-03-1985",
    },
    fields: ["firstName", "lastName", "email", "phone", "dateOfBirth"],
  },
  {
    name: "application: address",
    schema: addressSchema,
    valid: { postcode: "3511 AB", houseNumber: "12" },
    fields: ["postcode", "houseNumber"],
  },
  {
    name: "application: availability",
    schema: availabilitySchema,
    valid: { availability: "Weekenden", heardVia: "Zoekmachine" },
    fields: ["availability"],
  },
  {
    name: "contact details",
    schema: contactDetailsSchema,
    valid: { firstName: "Sanne", lastName: "de Vries", phone: "06 12345678" },
    fields: ["firstName", "lastName", "phone"],
  },
  {
    name: "withdrawal",
    schema: withdrawSchema,
    valid: { reason: "Verhuisd", confirm: "ja" },
    fields: ["reason"],
  },
  {
    name: "evening registration",
    schema: registrationSchema,
    valid: {
      eveningId: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
      firstName: "Sanne",
      email: "sanne@example.nl",
      phone: "06 12345678",
    },
    fields: ["firstName", "email", "phone"],
  },
  {
    name: "sign-in: request a code",
    schema: requestCodeSchema,
    valid: { email: "sanne@example.nl" },
    fields: ["email"],
  },
  {
    name: "sign-in: enter the code",
    schema: verifyCodeSchema,
    valid: { email: "sanne@example.nl", code: "123456" },
    fields: ["email", "code"],
  },
  {
    name: "staff invite",
    schema: staffInviteSchema,
    valid: {
      organisationId: "0b7c9a8e-1d2f-4e3a-8b5c-6d7e8f9a0b1c",
      email: "werver@example.nl",
      role: "recruiter",
    },
    fields: ["email"],
  },
  {
    name: "new evening",
    schema: createEveningSchema,
    valid: {
      ...evening,
      id: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
      organisationId: "0b7c9a8e-1d2f-4e3a-8b5c-6d7e8f9a0b1c",
    },
    fields: [
      "title",
      "description",
      "date",
      "startTime",
      "endTime",
      "locationName",
      "locationAddress",
      "locationCity",
    ],
  },
  {
    name: "edit evening",
    schema: updateEveningSchema,
    valid: { ...evening, id: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d" },
    fields: ["title", "description", "locationName"],
  },
];

const firstMessageFor = (schema: z.ZodType, input: unknown, field: string) => {
  const result = schema.safeParse(input);
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
};

describe("control characters in form fields", () => {
  for (const form of forms) {
    it(`${form.name}: accepts the valid submission`, () => {
      expect(form.schema.safeParse(form.valid).error?.issues).toBeUndefined();
    });
    for (const field of form.fields) {
      for (const [label, character] of [
        ["NUL", "\u0000"],
        ["escape", "\u001B"],
        ["DEL", "\u007F"],
        ["C1 next line", "\u0085"],
        ["right-to-left override", "\u202E"],
        ["first strong isolate", "\u2068"],
      ]) {
        it(`${form.name}: a ${label} in ${field} gets the Dutch field message`, () => {
          const typed = String(form.valid[field]);
          const input = { ...form.valid, [field]: `${typed.slice(0, 1)}${character}${typed.slice(1)}` };
          expect(firstMessageFor(form.schema, input, field)).toBe(unstorableCharactersMessage);
        });
      }
    }
  }

  it("the cancel link's token refuses a NUL with a message, not a database error", () => {
    expect(cancelTokenSchema.safeParse(`${"a".repeat(40)}\u0000`).success).toBe(false);
  });

  it("textareas keep tabs and line breaks as browsers send them (CR LF)", () => {
    expect(
      availabilitySchema.parse({ availability: "Maandag\r\n\tDinsdag", heardVia: "Zoekmachine" })
        .availability,
    ).toBe("Maandag\r\n\tDinsdag");
    expect(withdrawSchema.parse({ reason: "Eerst\r\nDan", confirm: "ja" }).reason).toBe("Eerst\r\nDan");
    expect(
      firstMessageFor(
        availabilitySchema,
        { availability: "Maandag\u0000", heardVia: "Zoekmachine" },
        "availability",
      ),
    ).toBe(unstorableCharactersMessage);
  });

  it("single-line fields refuse a line break inside, a Unicode line separator too", () => {
    for (const firstName of ["San\nne", "San\u2028ne", "San\u2029ne"]) {
      expect(firstMessageFor(aboutYouSchema, { ...forms[0].valid, firstName }, "firstName")).toBe(
        unstorableCharactersMessage,
      );
    }
  });

  it("names typed right to left keep their direction marks", () => {
    const firstName = "מרים\u200F مريم\u061C";
    expect(aboutYouSchema.parse({ ...forms[0].valid, firstName }).firstName).toBe(firstName);
  });
});
