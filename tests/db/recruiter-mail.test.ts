import { describe, expect, it } from "vitest";
import { parsePipelineFilters } from "../../src/domain/applications/pipeline-filters";
import { listPipeline } from "../../src/server/applications/list-pipeline";
import { notAllowedMessage } from "../../src/server/errors";
import { sendDraftReminders } from "../../src/server/follow-ups/send-draft-reminders";
import { setQuietAfterDays } from "../../src/server/follow-ups/set-quiet-after-days";
import { listApplicantMails } from "../../src/server/mail-templates/list-applicant-mails";
import { listMailTemplates } from "../../src/server/mail-templates/list-mail-templates";
import { previewApplicantMail } from "../../src/server/mail-templates/preview-applicant-mail";
import { saveMailTemplate } from "../../src/server/mail-templates/save-mail-template";
import { sendApplicantMail } from "../../src/server/mail-templates/send-applicant-mail";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { createUser, insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

let serial = 0;

/** An application as the service writes it; `startedDaysAgo` sets created_at. */
async function insertApplication(
  db: Database,
  people: Personas,
  options: {
    status: "draft" | "submitted";
    startedDaysAgo?: number;
    ownerId?: string | null;
    organisation?: "a" | "b";
  },
): Promise<{ id: string; email: string }> {
  serial += 1;
  const email = `volg.${serial}@voorbeeld.test`;
  const ownerId = options.ownerId === undefined ? (await createUser(db, email)).id : options.ownerId;
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.applications
         (email, status, stage, organisation_id, region_id, first_name, last_name, submitted_at, user_id, created_at)
       values ($1, $2::public.application_status, 'application', $3, $4, 'Sam', 'Voorbeeld',
               case when $2 = 'submitted' then now() end, $5, now() - make_interval(days => $6))
       returning id`,
      [
        email,
        options.status,
        options.organisation === "b" ? people.organisations.b : people.organisations.a,
        people.regions.utrecht,
        ownerId,
        options.startedDaysAgo ?? 0,
      ],
    ),
  );
  return { id: row.id, email };
}

const mailsTo = (db: Database, email: string) =>
  withService(db, (tx) =>
    tx.query<{ kind: string }>(
      "select kind from private.mail_outbox where to_address = $1 order by created_at",
      [email],
    ),
  ).then((rows) => rows.map((row) => row.kind));

describe.each(testEngines)("follow-ups and mail on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("mail templates", () => {
    it("an organisation's own text is its own: another organisation's recruiter neither reads nor edits it", async () => {
      await saveMailTemplate(db, people.recruiterA.claims, {
        organisationId: people.organisations.a,
        templateKey: "training_invitation",
        subject: "Training bij {{organisatie}}",
        body: "Beste {{voornaam}}, de training begint op {{datum}}.",
      });
      const ownText = await listMailTemplates(db, people.recruiterA.claims, people.organisations.a);
      expect(ownText.find((template) => template.key === "training_invitation")).toMatchObject({
        subject: "Training bij {{organisatie}}",
        customised: true,
      });

      const seenByB = await queryAs<{ subject: string }>(
        db,
        people.recruiterB,
        "select subject from public.mail_templates where organisation_id = $1",
        [people.organisations.a],
      );
      expect(seenByB).toEqual([]);
      const listedForB = await listMailTemplates(db, people.recruiterB.claims, people.organisations.a);
      expect(listedForB.find((template) => template.key === "training_invitation")?.customised).toBe(false);

      await expect(
        queryAs(
          db,
          people.recruiterB,
          "select app.save_mail_template($1, 'training_invitation', 'Gekaapt', 'Gekaapt')",
          [people.organisations.a],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        saveMailTemplate(db, people.recruiterB.claims, {
          organisationId: people.organisations.a,
          templateKey: "training_invitation",
          subject: "Gekaapt",
          body: "Gekaapt",
        }),
      ).rejects.toThrow(notAllowedMessage);
      await expect(
        queryAs(
          db,
          people.placementWorkerA,
          "select app.save_mail_template($1, 'training_invitation', 'X', 'X')",
          [people.organisations.a],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
      const stored = await withService(db, (tx) =>
        tx.query<{ subject: string }>(
          "select subject from public.mail_templates where organisation_id = $1 and template_key = 'training_invitation'",
          [people.organisations.a],
        ),
      );
      expect(stored).toEqual([{ subject: "Training bij {{organisatie}}" }]);
    });

    it("the database refuses an unknown placeholder too, and saves nothing", async () => {
      await expect(
        queryAs(
          db,
          people.recruiterA,
          "select app.save_mail_template($1, 'general_message', 'Hallo {{bedrijf}}', 'Beste {{voornaam}}')",
          [people.organisations.a],
        ),
      ).rejects.toMatchObject({ code: "22023" });
      const [row] = await withService(db, (tx) =>
        tx.query<{ count: number }>(
          "select count(*)::int as count from public.mail_templates where organisation_id = $1 and template_key = 'general_message'",
          [people.organisations.a],
        ),
      );
      expect(row.count).toBe(0);
    });
  });

  describe("mail to an applicant", () => {
    it("is previewed with the applicant's real values, sent through the outbox and listed for recruiter and applicant", async () => {
      const applicant = await insertApplication(db, people, { status: "submitted" });
      const choice = {
        applicationId: applicant.id,
        templateKey: "introduction_invitation" as const,
        date: "dinsdag 12 januari om 19.30 uur",
        message: null,
      };
      const preview = await previewApplicantMail(db, people.recruiterA.claims, choice);
      expect(preview?.subject).toBe("Uitnodiging voor een kennismakingsgesprek");
      expect(preview?.body).toContain("Beste Sam,");
      expect(preview?.body).toContain("op dinsdag 12 januari om 19.30 uur");
      expect(preview?.body).toContain(people.recruiterA.email);
      expect(await mailsTo(db, applicant.email)).toEqual([]);

      const { outboxId } = await sendApplicantMail(db, people.recruiterA.claims, choice);
      const [outbox] = await withService(db, (tx) =>
        tx.query<{ id: string; html: string }>("select id, html from private.mail_outbox where id = $1", [
          outboxId,
        ]),
      );
      expect(outbox.html).toContain("dinsdag 12 januari om 19.30 uur");
      const listed = await listApplicantMails(db, people.recruiterA.claims, applicant.id);
      expect(listed).toMatchObject([{ subject: preview?.subject, outboxId, sentBy: people.recruiterA.id }]);

      const owner = await withService(db, (tx) =>
        tx.query<{ user_id: string }>("select user_id from public.applications where id = $1", [
          applicant.id,
        ]),
      );
      const ownerClaims = { sub: owner[0].user_id, email: applicant.email, role: "authenticated" as const };
      expect(await listApplicantMails(db, ownerClaims, applicant.id)).toHaveLength(1);
      expect(await listApplicantMails(db, people.recruiterB.claims, applicant.id)).toEqual([]);
      expect(await listApplicantMails(db, people.applicant.claims, applicant.id)).toEqual([]);
    });

    it("asks for the date a template names, and another organisation's recruiter can neither preview nor send", async () => {
      const applicant = await insertApplication(db, people, { status: "submitted" });
      const withoutDate = {
        applicationId: applicant.id,
        templateKey: "training_invitation" as const,
        date: null,
        message: null,
      };
      await expect(previewApplicantMail(db, people.recruiterA.claims, withoutDate)).rejects.toMatchObject({
        field: "date",
      });
      await expect(
        previewApplicantMail(db, people.recruiterA.claims, {
          ...withoutDate,
          templateKey: "decision_suitable",
        }),
      ).rejects.toMatchObject({ field: "templateKey", message: expect.stringContaining("{{reden}}") });
      const choice = { ...withoutDate, date: "maandag 4 januari" };
      expect(await previewApplicantMail(db, people.recruiterB.claims, choice)).toBeUndefined();
      await expect(sendApplicantMail(db, people.recruiterB.claims, choice)).rejects.toThrow(
        notAllowedMessage,
      );
      await expect(
        queryAs(
          db,
          people.recruiterB,
          "select app.record_applicant_mail($1, 'general_message', 'X', gen_random_uuid())",
          [applicant.id],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
      expect(await mailsTo(db, applicant.email)).toEqual([]);
    });
    it("sends a free message only with the text the recruiter typed in it", async () => {
      const applicant = await insertApplication(db, people, { status: "submitted" });
      const free = { applicationId: applicant.id, templateKey: "general_message" as const, date: null };
      await expect(
        previewApplicantMail(db, people.recruiterA.claims, { ...free, message: null }),
      ).rejects.toMatchObject({ field: "message" });
      await expect(
        sendApplicantMail(db, people.recruiterA.claims, { ...free, message: null }),
      ).rejects.toMatchObject({
        field: "message",
      });
      expect(await mailsTo(db, applicant.email)).toEqual([]);
      const preview = await previewApplicantMail(db, people.recruiterA.claims, {
        ...free,
        message: "Kun je vrijdag bellen?",
      });
      expect(preview?.body).toMatch(/^Beste Sam,\n\nKun je vrijdag bellen\?\n\nMet vriendelijke groet,/);
    });
  });

  describe("quiet applicants on the board", () => {
    it("are flagged after the organisation's own number of days, which only its admin changes", async () => {
      const quietFor = async (days: number, organisation: "a" | "b") => {
        const { id } = await insertApplication(db, people, { status: "submitted", organisation });
        await withService(db, (tx) =>
          tx.query(
            "update public.applications set submitted_at = now() - make_interval(days => $2) where id = $1",
            [id, days],
          ),
        );
        return id;
      };
      const twentyDaysAtA = await quietFor(20, "a");
      const twentyDaysAtB = await quietFor(20, "b");
      const flagged = async (caller: "recruiterA" | "recruiterB", id: string) => {
        const board = await listPipeline(
          db,
          people[caller].claims,
          parsePipelineFilters(new URLSearchParams()).filters,
        );
        return { quiet: board.items.find((item) => item.id === id)?.quiet, limits: board.quietAfterDays };
      };
      expect(await flagged("recruiterA", twentyDaysAtA)).toEqual({ quiet: true, limits: [14] });

      await expect(
        setQuietAfterDays(db, people.recruiterA.claims, people.organisations.a, 30),
      ).rejects.toThrow(notAllowedMessage);
      await setQuietAfterDays(db, people.adminA.claims, people.organisations.a, 30);
      expect(await flagged("recruiterA", twentyDaysAtA)).toEqual({ quiet: false, limits: [30] });
      expect(await flagged("recruiterB", twentyDaysAtB)).toEqual({ quiet: true, limits: [14] });
      await expect(
        queryAs(db, people.adminA, "select app.set_quiet_after_days($1, 0)", [people.organisations.a]),
      ).rejects.toMatchObject({ code: "22023" });
    });
  });

  describe("reminders for applications never sent", () => {
    it("sends the first after 3 days and the second after 10, each once however often the job runs", async () => {
      const threeDays = await insertApplication(db, people, { status: "draft", startedDaysAgo: 4 });
      const elevenDays = await insertApplication(db, people, { status: "draft", startedDaysAgo: 11 });
      const fresh = await insertApplication(db, people, { status: "draft", startedDaysAgo: 1 });
      const submitted = await insertApplication(db, people, { status: "submitted", startedDaysAgo: 12 });
      const unconfirmed = await insertApplication(db, people, {
        status: "draft",
        startedDaysAgo: 5,
        ownerId: null,
      });

      await sendDraftReminders(db, "http://localhost");
      await sendDraftReminders(db, "http://localhost");
      expect(await mailsTo(db, threeDays.email)).toEqual(["draft_reminder_1"]);
      // Found late: only the later reminder, not both at once.
      expect(await mailsTo(db, elevenDays.email)).toEqual(["draft_reminder_2"]);
      expect(await mailsTo(db, fresh.email)).toEqual([]);
      expect(await mailsTo(db, submitted.email)).toEqual([]);
      expect(await mailsTo(db, unconfirmed.email)).toEqual([]);

      const weekLater = new Date(Date.now() + 7 * 86_400_000);
      await sendDraftReminders(db, "http://localhost", weekLater);
      await sendDraftReminders(db, "http://localhost", weekLater);
      expect(await mailsTo(db, threeDays.email)).toEqual(["draft_reminder_1", "draft_reminder_2"]);
      expect(await mailsTo(db, elevenDays.email)).toEqual(["draft_reminder_2"]);
    });

    it("sends each reminder once when several servers run the job at the same moment", async () => {
      const drafts = await Promise.all(
        Array.from({ length: 6 }, () =>
          insertApplication(db, people, { status: "draft", startedDaysAgo: 5 }),
        ),
      );
      const counts = await Promise.all(
        Array.from({ length: 4 }, () => sendDraftReminders(db, "http://localhost")),
      );
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(6);
      for (const draft of drafts) expect(await mailsTo(db, draft.email)).toEqual(["draft_reminder_1"]);
    });
  });
});
