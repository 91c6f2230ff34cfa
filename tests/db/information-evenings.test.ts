import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, amsterdamDate, amsterdamToUtc } from "../../src/domain/evenings/amsterdam-time";
import type { EveningDetails } from "../../src/domain/evenings/evening-form";
import { UserFacingError } from "../../src/server/errors";
import { cancelEveningRegistration } from "../../src/server/evenings/cancel-evening-registration";
import { cancelInformationEvening } from "../../src/server/evenings/cancel-information-evening";
import { cancelRegistrationAsStaff } from "../../src/server/evenings/cancel-registration-as-staff";
import { createInformationEvening } from "../../src/server/evenings/create-information-evening";
import { getRegistrationByToken } from "../../src/server/evenings/get-registration-by-token";
import { listEveningRegistrations } from "../../src/server/evenings/list-evening-registrations";
import { listMyEveningRegistrations } from "../../src/server/evenings/list-my-evening-registrations";
import { listUpcomingEvenings } from "../../src/server/evenings/list-upcoming-evenings";
import { notifyPromotedRegistrations } from "../../src/server/evenings/notify-promoted-registrations";
import { recordEveningAttendance } from "../../src/server/evenings/record-evening-attendance";
import { registerForEvening } from "../../src/server/evenings/register-for-evening";
import { sendEveningReminders } from "../../src/server/evenings/send-evening-reminders";
import { updateInformationEvening } from "../../src/server/evenings/update-information-evening";
import { seedDemoEvenings } from "../../src/server/seed/demo-evenings";
import { seedDemoData } from "../../src/server/seed/seed-demo";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  type Caller,
  createPersonas,
  createUser,
  insufficientPrivilege,
  type Personas,
  queryAs,
} from "./personas";

const site = "https://openhuis.test";
const day = 24 * 60 * 60 * 1000;
const noData = { code: "P0002" };
const invalidParameter = { code: "22023" };

let counter = 0;
/** A fresh address per registration, so tests never share an applicant by accident. */
const someone = (name: string) => `${name}.${++counter}@voorbeeld.test`;
const newToken = () => randomBytes(32).toString("base64url");
/** The .ics attachment's text with folded lines joined again. */
const calendarText = (content: string) =>
  Buffer.from(content, "base64")
    .toString("utf8")
    .replace(/\r\n[ \t]/g, "");

function eveningDetails(overrides: Partial<EveningDetails> = {}): EveningDetails {
  const startsAt = new Date(Date.now() + 7 * day);
  return {
    title: "Informatieavond pleegzorg",
    description: "Alles over pleegouder worden.",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
    online: false,
    location: { name: "Buurthuis De Pijler", address: "Voorbeeldstraat 12", city: "Utrecht" },
    joinUrl: null,
    capacity: 20,
    ...overrides,
  };
}

const onlineDetails = (overrides: Partial<EveningDetails> = {}) =>
  eveningDetails({
    online: true,
    location: null,
    joinUrl: "https://meet.voorbeeld.test/avond-123",
    ...overrides,
  });

/** Tomorrow at 19:30 on a Dutch clock. */
function tomorrowEvening(): Pick<EveningDetails, "startsAt" | "endsAt"> {
  const tomorrow = addCalendarDays(amsterdamDate(new Date()), 1);
  return { startsAt: amsterdamToUtc(tomorrow, "19:30"), endsAt: amsterdamToUtc(tomorrow, "21:30") };
}

/** Registers through the function itself, with a token the test keeps. */
async function register(
  db: Database,
  evening: string,
  email: string,
  token = newToken(),
  caller: Caller = null,
) {
  const [row] = await queryAs<{ outcome: string }>(
    db,
    caller,
    "select app.register_for_evening($1, $2, $3, null, '{}', $4, $5) as outcome",
    [evening, email, "Sam", token, newToken()],
  );
  return row.outcome;
}

const registrations = (db: Database, evening: string) =>
  withService(db, (tx) =>
    tx.query<{ email: string; status: string }>(
      "select email, status from public.evening_registrations where evening_id = $1 order by registered_at, id",
      [evening],
    ),
  );

const placesTaken = async (db: Database, evening: string) => {
  const [row] = await withService(db, (tx) =>
    tx.query<{ places_taken: number }>("select places_taken from public.information_evenings where id = $1", [
      evening,
    ]),
  );
  return Number(row.places_taken);
};

const outbox = (db: Database, to: string) =>
  withService(db, (tx) =>
    tx.query<{
      kind: string;
      text: string;
      attachments: { filename: string; content: string; contentType: string }[];
    }>("select kind, text, attachments from private.mail_outbox where to_address = $1 order by created_at", [
      to,
    ]),
  );

describe.each(testEngines)("information evenings on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let people: Personas;

  const planEvening = async (details: EveningDetails = eveningDetails()) =>
    createInformationEvening(db, people.recruiterA.claims, {
      id: crypto.randomUUID(),
      organisationId: people.organisations.a,
      ...details,
    });

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    people = await createPersonas(db);
  });
  afterAll(() => dispose());

  describe("booking", () => {
    it("books the last free place once when two people register at the same moment", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 2 }));
      expect(await register(db, evening, someone("eerste"))).toBe("registered");

      const outcomes = await Promise.all([
        register(db, evening, someone("tweede")),
        register(db, evening, someone("derde")),
      ]);

      expect(outcomes.sort()).toEqual(["registered", "waitlisted"]);
      expect(await placesTaken(db, evening)).toBe(2);
    });

    it("never books more places than there are, however many register at once", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 3 }));

      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) => register(db, evening, someone(`druk${i}`))),
      );

      expect(outcomes.filter((outcome) => outcome === "registered")).toHaveLength(3);
      expect(outcomes.filter((outcome) => outcome === "waitlisted")).toHaveLength(5);
      expect(await placesTaken(db, evening)).toBe(3);
    });

    it("answers a second registration for the same evening like the first, keeping one and creating no application", async () => {
      const evening = await planEvening();
      const email = someone("dubbelklik");

      const outcomes = await Promise.all([
        register(db, evening, email),
        register(db, evening, ` ${email.toUpperCase()} `),
      ]);

      expect(outcomes).toEqual(["registered", "registered"]);
      expect(await registrations(db, evening)).toEqual([{ email, status: "registered" }]);
      const applications = await withService(db, (tx) =>
        tx.query("select id from public.applications where email = $1", [email]),
      );
      expect(applications).toEqual([]);
    });

    it("answers an address already on the list exactly as a new one, and mails only that address its own confirmation", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const email = someone("al-op-de-lijst");
      const registration = { eveningId: evening, firstName: "Sam", email, siteUrl: site };

      expect(await registerForEvening(db, null, registration, newToken())).toBe("registered");
      // Full now: a newcomer would be waitlisted, and so is the answer to a second try.
      const again = await registerForEvening(
        db,
        null,
        { ...registration, firstName: "Indringer", phone: "0600000000" },
        newToken(),
      );
      const newcomer = await registerForEvening(
        db,
        null,
        { ...registration, email: someone("nieuwkomer") },
        newToken(),
      );
      expect(again).toBe(newcomer);

      const mails = await outbox(db, email);
      expect(mails.map((mail) => mail.kind)).toEqual(["evening_confirmation", "evening_confirmation"]);
      expect(mails[1].text).toContain("Hoi Sam");
      const [registrant] = (await listEveningRegistrations(db, people.recruiterA.claims, evening)).filter(
        (row) => row.email === email,
      );
      expect(registrant).toMatchObject({ firstName: "Sam", phone: null, status: "registered" });
    });

    it("counts registrations per visitor in the database and answers too_many past 30 an hour", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 100 }));
      const visitor = newToken();
      const outcomes: string[] = [];
      for (let i = 0; i < 31; i++) {
        const [row] = await queryAs<{ outcome: string }>(
          db,
          null,
          "select app.register_for_evening($1, $2, 'Sam', null, '{}', $3, $4) as outcome",
          [evening, someone("bot"), newToken(), visitor],
        );
        outcomes.push(row.outcome);
      }
      expect(outcomes.slice(0, 30).every((outcome) => outcome === "registered")).toBe(true);
      expect(outcomes[30]).toBe("too_many");
      expect(await registrations(db, evening)).toHaveLength(30);
    });

    it("refuses registration for an evening that was cancelled", async () => {
      const evening = await planEvening();
      await cancelInformationEvening(db, people.recruiterA.claims, evening, site);

      await expect(register(db, evening, someone("te-laat"))).rejects.toMatchObject(noData);
      await expect(
        registerForEvening(
          db,
          null,
          {
            eveningId: evening,
            firstName: "Sam",
            email: someone("te-laat"),
            siteUrl: site,
          },
          newToken(),
        ),
      ).rejects.toBeInstanceOf(UserFacingError);
    });

    it("refuses a registration without a valid address or cancel token", async () => {
      const evening = await planEvening();
      await expect(register(db, evening, "geen-adres")).rejects.toMatchObject(invalidParameter);
      await expect(register(db, evening, someone("kort"), "kort")).rejects.toMatchObject(invalidParameter);
    });
  });

  describe("registrations and applications", () => {
    const applicationOf = async (email: string) => {
      const [row] = await withService(db, (tx) =>
        tx.query<{
          id: string;
          first_name: string | null;
          phone: string | null;
          stage: string;
          organisation_id: string | null;
          parent_types: string;
        }>(
          "select id, first_name, phone, stage, organisation_id, parent_types::text from public.applications where email = $1",
          [email],
        ),
      );
      return row;
    };

    it("registering never changes another person's application, and keeps its own details", async () => {
      const evening = await planEvening();
      const email = someone("bestaand");
      await withService(db, (tx) =>
        tx.query(
          `insert into public.applications (email, first_name, phone, parent_types, stage)
           values ($1, 'Samira', '0612345678', '{support}', 'interest')`,
          [email],
        ),
      );

      await queryAs(
        db,
        null,
        "select app.register_for_evening($1, $2, 'Sam', '0699999999', '{foster}', $3, $4)",
        [evening, email, newToken(), newToken()],
      );

      expect(await applicationOf(email)).toMatchObject({
        first_name: "Samira",
        phone: "0612345678",
        stage: "interest",
        organisation_id: null,
        parent_types: "{support}",
      });
      const [registration] = await withService(db, (tx) =>
        tx.query(
          "select application_id, first_name, phone, interested_in::text from public.evening_registrations where email = $1",
          [email],
        ),
      );
      expect(registration).toEqual({
        application_id: null,
        first_name: "Sam",
        phone: "0699999999",
        interested_in: "{foster}",
      });
    });

    it("is linked to the application once its owner signs in with the address, which then moves on", async () => {
      const evening = await planEvening();
      const email = someone("later-ingelogd");
      await withService(db, (tx) =>
        tx.query("insert into public.applications (email, stage) values ($1, 'interest')", [email]),
      );
      await register(db, evening, email);
      const owner = await createUser(db, email);
      expect(await listMyEveningRegistrations(db, owner.claims)).toHaveLength(1);

      await queryAs(db, owner, "select app.claim_my_application()");

      const application = await applicationOf(email);
      expect(application.stage).toBe("information_evening");
      const [registration] = await withService(db, (tx) =>
        tx.query<{ application_id: string }>(
          "select application_id from public.evening_registrations where email = $1",
          [email],
        ),
      );
      expect(registration.application_id).toBe(application.id);
    });

    it("a signed-in applicant registering with their own address is linked at once; a later stage stays", async () => {
      const evening = await planEvening();
      const email = someone("verder");
      const owner = await createUser(db, email);
      await withService(db, (tx) =>
        tx.query("insert into public.applications (email, user_id, stage) values ($1, $2, 'screening')", [
          email,
          owner.id,
        ]),
      );
      await register(db, evening, email, newToken(), owner);
      const application = await applicationOf(email);
      expect(application.stage).toBe("screening");
      const [registration] = await withService(db, (tx) =>
        tx.query<{ application_id: string }>(
          "select application_id from public.evening_registrations where email = $1",
          [email],
        ),
      );
      expect(registration.application_id).toBe(application.id);
    });

    it("someone else's registration with my address shows neither of us the other's", async () => {
      const evening = await planEvening();
      const email = someone("anders");
      const stranger = await createUser(db, someone("vreemde"));
      await register(db, evening, email, newToken(), stranger);
      expect(await listMyEveningRegistrations(db, stranger.claims)).toEqual([]);
    });
  });

  describe("the waiting list", () => {
    it("gives a place freed by a cancel link to the first person waiting, who is mailed once", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [first, second, third] = [someone("plek"), someone("wacht1"), someone("wacht2")];
      const firstToken = newToken();
      await register(db, evening, first, firstToken);
      await register(db, evening, second);
      await register(db, evening, third);

      const [{ outcome }] = await queryAs<{ outcome: string }>(
        db,
        null,
        "select app.cancel_evening_registration($1) as outcome",
        [firstToken],
      );

      expect(outcome).toBe("cancelled");
      expect(await registrations(db, evening)).toEqual([
        { email: first, status: "cancelled" },
        { email: second, status: "registered" },
        { email: third, status: "waitlisted" },
      ]);
      expect(await placesTaken(db, evening)).toBe(1);

      await notifyPromotedRegistrations(db, site);
      await notifyPromotedRegistrations(db, site);
      const mails = await outbox(db, second);
      expect(mails.map((mail) => mail.kind)).toEqual(["evening_place_available"]);
      expect(mails[0].attachments[0].filename).toBe("informatiebijeenkomst.ics");
    });

    it("lets the person cancel with the link from their confirmation mail, once", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [first, second] = [someone("afmelder"), someone("opvolger")];
      await registerForEvening(
        db,
        null,
        {
          eveningId: evening,
          firstName: "Sam",
          email: first,
          siteUrl: site,
        },
        newToken(),
      );
      await registerForEvening(
        db,
        null,
        {
          eveningId: evening,
          firstName: "Kim",
          email: second,
          siteUrl: site,
        },
        newToken(),
      );
      const [confirmation] = await outbox(db, first);
      const token = new URL(
        /https:\/\/openhuis\.test\/informatiebijeenkomsten\/afmelden\?token=\S+/.exec(
          confirmation.text,
        )?.[0] ?? "",
      ).searchParams.get("token") as string;

      expect(await cancelEveningRegistration(db, null, token, site)).toBe("cancelled");
      expect(await cancelEveningRegistration(db, null, token, site)).toBe("already_cancelled");

      expect((await outbox(db, first)).map((mail) => mail.kind)).toEqual([
        "evening_confirmation",
        "evening_registration_cancelled",
      ]);
      expect((await outbox(db, second)).map((mail) => mail.kind)).toEqual([
        "evening_waitlisted",
        "evening_place_available",
      ]);
      await expect(cancelEveningRegistration(db, null, newToken(), site)).rejects.toBeInstanceOf(
        UserFacingError,
      );
    });

    it("tells each person on the waiting list their place in line, by mail only", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [guest, second, third] = [someone("plek"), someone("tweede"), someone("derde")];
      for (const email of [guest, second, third]) {
        await registerForEvening(
          db,
          null,
          { eveningId: evening, firstName: "Kim", email, siteUrl: site },
          newToken(),
        );
      }
      expect((await outbox(db, second))[0].text).toContain("Je staat op de wachtlijst, op plek 1.");
      expect((await outbox(db, third))[0].text).toContain("Je staat op de wachtlijst, op plek 2.");
    });

    it("shows the holder of a cancel link their place in line, which moves up when someone ahead leaves", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [guest, second, third] = [someone("gast"), someone("wacht-een"), someone("wacht-twee")];
      for (const email of [guest, second, third]) {
        await registerForEvening(
          db,
          null,
          { eveningId: evening, firstName: "Kim", email, siteUrl: site },
          newToken(),
        );
      }
      const tokenOf = async (email: string) =>
        /afmelden\?token=([A-Za-z0-9_-]+)/.exec((await outbox(db, email))[0].text)?.[1] ?? "";
      const [guestToken, secondToken, thirdToken] = await Promise.all([guest, second, third].map(tokenOf));

      expect(await getRegistrationByToken(db, null, guestToken)).toMatchObject({
        status: "registered",
        waitingListPlace: null,
      });
      expect(await getRegistrationByToken(db, null, thirdToken)).toMatchObject({
        status: "waitlisted",
        waitingListPlace: 2,
      });
      await cancelEveningRegistration(db, null, secondToken, site);
      expect(await getRegistrationByToken(db, null, thirdToken)).toMatchObject({ waitingListPlace: 1 });
    });

    it("tells someone who cancels from the waiting list that they left it, and moves nobody up", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [guest, waiting] = [someone("met-plek"), someone("wachtend")];
      for (const email of [guest, waiting]) {
        await registerForEvening(
          db,
          null,
          { eveningId: evening, firstName: "Kim", email, siteUrl: site },
          newToken(),
        );
      }
      const [waitlisted] = await outbox(db, waiting);
      const token = /afmelden\?token=([A-Za-z0-9_-]+)/.exec(waitlisted.text)?.[1] ?? "";

      expect(await cancelEveningRegistration(db, null, token, site)).toBe("left_waiting_list");
      expect((await outbox(db, guest)).map((mail) => mail.kind)).toEqual(["evening_confirmation"]);
      expect((await outbox(db, waiting)).map((mail) => mail.kind)).toEqual([
        "evening_waitlisted",
        "evening_registration_cancelled",
      ]);
    });

    it("gives extra places to the waiting list when staff raise the capacity", async () => {
      const details = eveningDetails({ capacity: 1 });
      const evening = await planEvening(details);
      const [first, second] = [someone("eerst"), someone("daarna")];
      await register(db, evening, first);
      await register(db, evening, second);

      await updateInformationEvening(
        db,
        people.recruiterA.claims,
        { ...details, id: evening, capacity: 2 },
        site,
      );

      expect(await registrations(db, evening)).toEqual([
        { email: first, status: "registered" },
        { email: second, status: "registered" },
      ]);
      expect((await outbox(db, second)).map((mail) => mail.kind)).toEqual(["evening_place_available"]);
    });

    it("lets the organisation's staff cancel someone's registration, and promotes the next", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [first, second] = [someone("belde"), someone("volgende")];
      await register(db, evening, first);
      await register(db, evening, second);
      const [registrant] = await listEveningRegistrations(db, people.adminA.claims, evening);

      expect(await cancelRegistrationAsStaff(db, people.adminA.claims, registrant.id, site)).toBe(
        "cancelled",
      );

      expect(await registrations(db, evening)).toEqual([
        { email: first, status: "cancelled" },
        { email: second, status: "registered" },
      ]);
    });
  });

  describe("reminders", () => {
    it("reminds everyone with a place the day before, once, however often the job runs", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1, ...tomorrowEvening() }));
      const later = await planEvening(
        eveningDetails({
          startsAt: new Date(Date.now() + 3 * day),
          endsAt: new Date(Date.now() + 3 * day + 3_600_000),
        }),
      );
      const [guest, waiting, laterGuest] = [someone("morgen"), someone("wachtend"), someone("overmorgen")];
      await register(db, evening, guest);
      await register(db, evening, waiting);
      await register(db, later, laterGuest);

      await Promise.all([sendEveningReminders(db, site), sendEveningReminders(db, site)]);
      await sendEveningReminders(db, site);

      expect((await outbox(db, guest)).map((mail) => mail.kind)).toEqual(["evening_reminder"]);
      expect(await outbox(db, waiting)).toEqual([]);
      expect(await outbox(db, laterGuest)).toEqual([]);
    });

    it("gives the reminder an online evening's join link and a cancel link that works", async () => {
      const evening = await planEvening(onlineDetails(tomorrowEvening()));
      const guest = someone("online");
      await register(db, evening, guest);

      await sendEveningReminders(db, site);

      const [reminder] = await outbox(db, guest);
      expect(reminder.text).toContain("https://meet.voorbeeld.test/avond-123");
      const token = /afmelden\?token=([A-Za-z0-9_-]+)/.exec(reminder.text)?.[1] ?? "";
      expect(await cancelEveningRegistration(db, null, token, site)).toBe("cancelled");
    });
  });

  describe("mail", () => {
    it("attaches the evening as a calendar file with the join link for people with a place", async () => {
      const evening = await planEvening(onlineDetails({ capacity: 1 }));
      const [guest, waiting] = [someone("agenda"), someone("zonder-agenda")];
      await registerForEvening(
        db,
        null,
        {
          eveningId: evening,
          firstName: "Sam",
          email: guest,
          siteUrl: site,
        },
        newToken(),
      );
      await registerForEvening(
        db,
        null,
        {
          eveningId: evening,
          firstName: "Kim",
          email: waiting,
          siteUrl: site,
        },
        newToken(),
      );

      const [confirmation] = await outbox(db, guest);
      const [attachment] = confirmation.attachments;
      expect(attachment).toMatchObject({ filename: "informatiebijeenkomst.ics" });
      const ics = calendarText(attachment.content);
      expect(ics).toContain(`UID:informatiebijeenkomst-${evening}@openhuis.test`);
      expect(ics).toContain("URL:https://meet.voorbeeld.test/avond-123");

      const [waitlisted] = await outbox(db, waiting);
      expect(waitlisted.kind).toBe("evening_waitlisted");
      expect(waitlisted.attachments).toEqual([]);
      expect(waitlisted.text).not.toContain("meet.voorbeeld.test");
    });

    it("tells everyone registered or waiting when the evening is cancelled", async () => {
      const evening = await planEvening(eveningDetails({ capacity: 1 }));
      const [guest, waiting] = [someone("geannuleerd"), someone("ook-geannuleerd")];
      await register(db, evening, guest);
      await register(db, evening, waiting);

      expect(await cancelInformationEvening(db, people.recruiterA.claims, evening, site)).toBe(2);
      expect(await cancelInformationEvening(db, people.recruiterA.claims, evening, site)).toBe(0);

      expect((await outbox(db, guest)).map((mail) => mail.kind)).toEqual(["evening_cancelled"]);
      expect(await registrations(db, evening)).toEqual([
        { email: guest, status: "cancelled" },
        { email: waiting, status: "cancelled" },
      ]);
    });

    it("tells people with a place about a new time, with an updated calendar entry", async () => {
      const details = eveningDetails();
      const evening = await planEvening(details);
      const guest = someone("verzet");
      await register(db, evening, guest);

      const moved = {
        startsAt: new Date(details.startsAt.getTime() + day),
        endsAt: new Date(details.endsAt.getTime() + day),
      };
      await updateInformationEvening(
        db,
        people.recruiterA.claims,
        { ...details, ...moved, id: evening },
        site,
      );
      await updateInformationEvening(
        db,
        people.recruiterA.claims,
        { ...details, ...moved, id: evening, title: "Nieuwe titel" },
        site,
      );

      const mails = await outbox(db, guest);
      expect(mails.map((mail) => mail.kind)).toEqual(["evening_changed"]);
      expect(calendarText(mails[0].attachments[0].content)).toContain("SEQUENCE:1");
    });
  });

  describe("who may see and do what", () => {
    it("shows visitors the evening but not the join link, and no registrations", async () => {
      const evening = await planEvening(onlineDetails());
      await register(db, evening, someone("geheim"));

      expect(
        await queryAs(db, null, "select id, title from public.information_evenings where id = $1", [evening]),
      ).toHaveLength(1);
      await expect(
        queryAs(db, null, "select join_url from public.information_evenings where id = $1", [evening]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(queryAs(db, null, "select * from public.information_evenings")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(queryAs(db, null, "select id from public.evening_registrations")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(
        queryAs(db, null, "select app.information_evening_join_url($1)", [evening]),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("shows a signed-in applicant neither the join link nor other people's registrations", async () => {
      const evening = await planEvening(onlineDetails());
      await register(db, evening, someone("ander"));

      await expect(
        queryAs(db, people.applicant, "select join_url from public.information_evenings where id = $1", [
          evening,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        queryAs(db, people.applicant, "select app.information_evening_join_url($1)", [evening]),
      ).rejects.toMatchObject(insufficientPrivilege);
      expect(
        await queryAs(
          db,
          people.applicant,
          "select id from public.evening_registrations where evening_id = $1",
          [evening],
        ),
      ).toEqual([]);
    });

    it("shows the join link to the holder of a cancel token only while they have a place", async () => {
      const evening = await planEvening(onlineDetails({ capacity: 1 }));
      const [placed, waiting] = [newToken(), newToken()];
      await register(db, evening, someone("binnen"), placed);
      await register(db, evening, someone("buiten"), waiting);

      const joinUrlFor = async (token: string) =>
        (
          await queryAs<{ join_url: string | null }>(
            db,
            null,
            "select join_url from app.evening_registration_by_token($1)",
            [token],
          )
        )[0].join_url;
      expect(await joinUrlFor(placed)).toBe("https://meet.voorbeeld.test/avond-123");
      expect(await joinUrlFor(waiting)).toBeNull();
      expect(
        await queryAs(db, null, "select * from app.evening_registration_by_token($1)", [newToken()]),
      ).toEqual([]);
    });

    it("lets the organisation's recruiters and admins see registrations and the join link", async () => {
      const evening = await planEvening(onlineDetails());
      const email = someone("zichtbaar");
      await register(db, evening, email);

      for (const staff of [people.recruiterA, people.adminA]) {
        expect((await listEveningRegistrations(db, staff.claims, evening)).map((r) => r.email)).toEqual([
          email,
        ]);
        const [{ join_url }] = await queryAs<{ join_url: string }>(
          db,
          staff,
          "select app.information_evening_join_url($1) as join_url",
          [evening],
        );
        expect(join_url).toBe("https://meet.voorbeeld.test/avond-123");
      }
    });

    it("keeps a recruiter of another organisation from editing, cancelling or reading the evening's registrations", async () => {
      const details = eveningDetails();
      const evening = await planEvening(details);
      await register(db, evening, someone("andere-org"));
      const outsider = people.recruiterB;

      const changed = await queryAs(
        db,
        outsider,
        "update public.information_evenings set title = 'Overgenomen' where id = $1 returning id",
        [evening],
      );
      expect(changed).toEqual([]);
      await expect(
        updateInformationEvening(
          db,
          outsider.claims,
          { ...details, id: evening, title: "Overgenomen" },
          site,
        ),
      ).rejects.toBeInstanceOf(UserFacingError);
      await expect(
        queryAs(db, outsider, "select * from app.cancel_information_evening($1)", [evening]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(cancelInformationEvening(db, outsider.claims, evening, site)).rejects.toBeInstanceOf(
        UserFacingError,
      );
      expect(await listEveningRegistrations(db, outsider.claims, evening)).toEqual([]);
      const [registrant] = await listEveningRegistrations(db, people.recruiterA.claims, evening);
      await expect(
        queryAs(db, outsider, "select app.cancel_evening_registration_as_staff($1)", [registrant.id]),
      ).rejects.toMatchObject(insufficientPrivilege);

      const [row] = await withService(db, (tx) =>
        tx.query<{ title: string; status: string }>(
          "select title, status from public.information_evenings where id = $1",
          [evening],
        ),
      );
      expect(row).toEqual({ title: details.title, status: "scheduled" });
    });

    it("keeps people without a recruiter or admin role from planning evenings", async () => {
      for (const caller of [people.recruiterB, people.placementWorkerA, people.applicant]) {
        await expect(
          createInformationEvening(db, caller.claims, {
            id: crypto.randomUUID(),
            organisationId: people.organisations.a,
            ...eveningDetails(),
          }),
        ).rejects.toBeInstanceOf(UserFacingError);
      }
      await expect(
        queryAs(
          db,
          null,
          `insert into public.information_evenings (organisation_id, region_id, title, starts_at, ends_at, online, join_url, capacity)
           values ($1, $2, 'Nep', now() + interval '2 days', now() + interval '2 days 2 hours', true, 'https://x.test', 10)`,
          [people.organisations.a, people.regions.utrecht],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("lets staff record attendance once the evening has begun, and not before", async () => {
      const evening = await planEvening();
      await register(db, evening, someone("aanwezig"));
      const [registrant] = await listEveningRegistrations(db, people.recruiterA.claims, evening);
      await expect(
        recordEveningAttendance(db, people.recruiterA.claims, registrant.id, true),
      ).rejects.toBeInstanceOf(UserFacingError);

      await withService(db, (tx) =>
        tx.query(
          "update public.information_evenings set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = $1",
          [evening],
        ),
      );
      await recordEveningAttendance(db, people.recruiterA.claims, registrant.id, true);
      await expect(
        recordEveningAttendance(db, people.recruiterB.claims, registrant.id, false),
      ).rejects.toBeInstanceOf(UserFacingError);

      expect((await listEveningRegistrations(db, people.recruiterA.claims, evening))[0].status).toBe(
        "attended",
      );
    });

    it("lets visitors execute only registering, reading their own registration and cancelling it", async () => {
      const executable = await db.query<{ name: string }>(
        `select p.proname as name from pg_catalog.pg_proc p
         join pg_catalog.pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ('public', 'private', 'app') and p.proname ~ 'evening'
           and pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
         order by 1`,
      );
      expect(executable.map((row) => row.name)).toEqual([
        "cancel_evening_registration",
        "evening_registration_by_token",
        "register_for_evening",
      ]);
    });
  });

  describe("demo data", () => {
    it("plans the demo region's evenings once, however often the seed runs", async () => {
      await seedDemoData(db);
      await withService(db, (tx) => seedDemoEvenings(tx, new Date()));
      await withService(db, (tx) => seedDemoEvenings(tx, new Date(Date.now() + day)));

      const { regions, evenings } = await listUpcomingEvenings(db, null, "midden-nederland");
      expect(regions.map((region) => region.slug)).toContain("midden-nederland");
      expect(evenings.map((evening) => evening.title).sort()).toEqual([
        "Informatieavond gezinshuisouder worden",
        "Informatieavond pleegzorg Utrecht",
        "Informatieavond steunouder worden in Amersfoort",
        "Informatiemiddag steunouder worden",
        "Online informatieavond: pleegouder worden",
      ]);
    });
  });
});
