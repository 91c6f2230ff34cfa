import { describe, expect, it } from "vitest";
import { describeMyMove } from "../../../src/domain/applications/my-history";
import {
  fillPlaceholders,
  MissingPlaceholderValue,
  placeholderProblem,
  UnknownPlaceholder,
} from "../../../src/domain/mail-templates/placeholders";
import { mailTemplateFormSchema } from "../../../src/domain/mail-templates/templates";
import { applicantMessageEmail } from "../../../src/server/mail/templates/applicant-message";

const form = (subject: string, body: string) => ({
  organisationId: "00000000-0000-4000-8000-000000000001",
  templateKey: "introduction_invitation",
  subject,
  body,
});

describe("the placeholder renderer", () => {
  it("fills in every placeholder, spaces inside the braces allowed", () => {
    expect(
      fillPlaceholders("Beste {{voornaam}}, tot {{ datum }} bij {{organisatie}}.", {
        voornaam: "Sam",
        datum: "dinsdag 12 januari",
        organisatie: "Pleegzorg A",
      }),
    ).toBe("Beste Sam, tot dinsdag 12 januari bij Pleegzorg A.");
  });

  it("does not expand a value that looks like a placeholder itself", () => {
    expect(fillPlaceholders("Beste {{voornaam}}", { voornaam: "{{achternaam}}", achternaam: "X" })).toBe(
      "Beste {{achternaam}}",
    );
  });

  it("refuses an unknown placeholder, naming it", () => {
    expect(() => fillPlaceholders("Beste {{naam}}", { voornaam: "Sam" })).toThrow(UnknownPlaceholder);
    expect(() => fillPlaceholders("Beste {{naam}}", {})).toThrow("{{naam}}");
  });

  it("refuses a placeholder without a value rather than mailing an empty gap", () => {
    expect(() => fillPlaceholders("Op {{datum}}", { datum: "  " })).toThrow(MissingPlaceholderValue);
  });

  it("names unknown placeholders in Dutch, and loose braces", () => {
    expect(placeholderProblem("Hoi {{voornaam}} van {{bedrijf}}")).toMatch(
      /^De placeholder \{\{bedrijf\}\} bestaat niet/,
    );
    expect(placeholderProblem("{{a}} en {{b}}")).toMatch(
      /^De placeholders \{\{a\}\}, \{\{b\}\} bestaan niet/,
    );
    expect(placeholderProblem("Hoi {{voornaam")).toMatch(/losse \{\{ of \}\}/);
    expect(placeholderProblem("Hoi {{voornaam}}, tot {{datum}}")).toBeUndefined();
  });

  it("the template form puts the message at the field and refuses an empty subject or an overlong text", () => {
    const unknown = mailTemplateFormSchema.safeParse(form("Hallo", "Beste {{voornaam}} {{bedrijf}}"));
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["body", expect.stringContaining("{{bedrijf}}")],
    ]);
    const empty = mailTemplateFormSchema.safeParse(form("   ", "Beste {{voornaam}}"));
    expect(empty.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["subject", "Vul een onderwerp in."],
    ]);
    const long = mailTemplateFormSchema.safeParse(form("Hallo", "x".repeat(4001)));
    expect(long.error?.issues.map((issue) => issue.path[0])).toEqual(["body"]);
  });
});

describe("a recruiter's mail", () => {
  it("escapes HTML in the filled-in values, and keeps the text part as typed", () => {
    const body = fillPlaceholders("Beste {{voornaam}},\n\nTot ziens,\n{{werver}}", {
      voornaam: '<script>alert("x")</script>',
      werver: "werver@openhuis.test",
    });
    const mail = applicantMessageEmail("aanmelder@voorbeeld.test", "Hallo & welkom", body);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&#60;script&#62;");
    expect(mail.html).toContain("Hallo &#38; welkom");
    expect(mail.html).toContain("Tot ziens,<br>werver@openhuis.test");
    expect(mail.text).toContain('Beste <script>alert("x")</script>,');
    expect(mail.text).not.toContain("Openhuis\n");
  });
});

describe("the applicant's history at /mijn", () => {
  const at = new Date("2026-12-01T10:00:00Z");
  it("tells every kind of move in plain words, never the reason code of an exit", () => {
    const move = (
      fromStage: string | null,
      toStage: string,
      toStatus: string | null,
      reasonCode: string | null = null,
    ) =>
      describeMyMove({ fromStage, toStage, toStatus, reasonCode, at } as Parameters<
        typeof describeMyMove
      >[0]);
    expect(move("application", "screening", "submitted")).toBe("Je bent door naar de fase Screening.");
    expect(move("screening", "application", "submitted")).toBe(
      "Je aanmelding staat weer in de fase Aanmelding.",
    );
    expect(move("screening", "screening", "parked", "life_event")).toBe(
      "Je aanmelding staat even in de wacht (in de fase Screening).",
    );
    expect(move("screening", "screening", "submitted")).toBe(
      "Je aanmelding loopt weer, in de fase Screening.",
    );
    expect(move("screening", "screening", "rejected", "vgb_objection")).not.toMatch(/vgb|bezwaar/i);
    expect(move("screening", "screening", "withdrawn", "applicant_withdrew")).toBe(
      "Je hebt je aanmelding ingetrokken.",
    );
    expect(move("screening", "interest", "draft")).toBe("Je bent opnieuw begonnen met je aanmelding.");
  });
});
