import { describe, expect, it } from "vitest";
import { aboutYouSchema, contactDetailsSchema } from "../../../src/domain/applications/schemas";
import { registrationSchema } from "../../../src/domain/evenings/registration-form";
import { phoneMessage } from "../../../src/domain/phone";

const phoneError = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.find((issue) => issue.path[0] === "phone")?.message;

/** Every form with a phone field, filled in validly apart from the phone number. */
const forms = {
  "application step 1": (phone: string) =>
    aboutYouSchema.safeParse({
      firstName: "Sanne",
      lastName: "de Vries",
      email: "sanne@example.nl",
      dateOfBirth: "15-03-1985",
      phone,
    }),
  "contact details at /mijn": (phone: string) =>
    contactDetailsSchema.safeParse({ firstName: "Sanne", lastName: "de Vries", phone }),
  "evening registration": (phone: string) =>
    registrationSchema.safeParse({
      eveningId: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
      firstName: "Samira",
      email: "samira@example.nl",
      phone,
    }),
};

describe.each(Object.entries(forms))("the phone number in %s", (_form, parse) => {
  it.each([
    "+31 6 87654321",
    "06 87654321",
    "0687654321",
    "06-87 65 43 21",
    "+31 (0)6 87654321",
    "0031 6 87654321",
    "030 123 45 67",
    "(030) 1234567",
    "+32 470 12 34 56",
    "",
  ])("accepts %j", (phone) => {
    expect(phoneError(parse(phone))).toBeUndefined();
  });

  it.each(["bel me", "06 1234", "06 123456789", "12345678", "+31 06 87654321 2", "0031 0 87654321"])(
    "refuses %j with an example of a number it accepts",
    (phone) => {
      expect(phoneError(parse(phone))).toBe(phoneMessage);
    },
  );
});
