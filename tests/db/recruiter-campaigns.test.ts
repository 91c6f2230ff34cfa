import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CampaignDetails } from "../../src/domain/recruiter-campaigns/campaign-form";
import { UserFacingError } from "../../src/server/errors";
import { createRecruiterCampaign } from "../../src/server/recruiter-campaigns/create-recruiter-campaign";
import { getCampaignForRecruiter } from "../../src/server/recruiter-campaigns/get-campaign-for-recruiter";
import { getPublishedCampaign } from "../../src/server/recruiter-campaigns/get-published-campaign";
import { listOrganisationCampaigns } from "../../src/server/recruiter-campaigns/list-organisation-campaigns";
import { listPublishedRecruiterCampaigns } from "../../src/server/recruiter-campaigns/list-published-campaigns";
import { setCampaignPublished } from "../../src/server/recruiter-campaigns/set-campaign-published";
import { updateRecruiterCampaign } from "../../src/server/recruiter-campaigns/update-recruiter-campaign";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

/** The stories a campaign may show, in the order the form lists them (as the collection would give). */
const availableStories = ["marieke-gezinshuisouder", "ruud-steunouder", "sanne-en-joost-pleegouders"];

let counter = 0;
function details(overrides: Partial<CampaignDetails> = {}): CampaignDetails {
  counter += 1;
  return {
    slug: `pleegouder-in-houten-${counter}`,
    parentType: "foster",
    municipality: "Houten",
    title: "Pleegouder worden in Houten",
    intro: "Kinderen uit Houten zoeken een pleeggezin dicht bij school en vrienden.",
    evenings: "region",
    stories: [],
    ...overrides,
  };
}

async function createFor(
  db: Database,
  people: Personas,
  organisation: "a" | "b",
  overrides: Partial<CampaignDetails> = {},
) {
  const recruiter = organisation === "a" ? people.recruiterA : people.recruiterB;
  const campaign = {
    id: randomUUID(),
    organisationId: people.organisations[organisation],
    ...details(overrides),
  };
  await createRecruiterCampaign(db, recruiter.claims, campaign, availableStories);
  return campaign;
}

/** What the audit log says happened to a campaign, oldest first. */
const auditedActions = async (db: Database, campaignId: string) =>
  (
    await withService(db, (tx) =>
      tx.query<{ action: string }>("select action from public.audit_log where subject_id = $1 order by id", [
        campaignId,
      ]),
    )
  ).map(({ action }) => action);

const slugsVisibleTo = async (db: Database, caller: Parameters<typeof queryAs>[1]) =>
  (
    await queryAs<{ slug: string }>(db, caller, "select slug from public.recruiter_campaigns order by slug")
  ).map((row) => row.slug);

describe.each(testEngines)("recruiter campaigns ($name)", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  it("a recruiter starts a draft for their organisation, in its region, and it is in the audit log", async () => {
    const campaign = await createFor(db, people, "a", { municipality: "houten" });
    const stored = await getCampaignForRecruiter(db, people.recruiterA.claims, campaign.id);
    expect(stored).toMatchObject({
      slug: campaign.slug,
      municipality: "Houten",
      published: false,
      publishedAt: null,
      organisationId: people.organisations.a,
      regionSlug: "utrecht",
    });
    const audit = await withService(db, (tx) =>
      tx.query<{ action: string; actor_id: string }>(
        "select action, actor_id from public.audit_log where subject_id = $1 order by id",
        [campaign.id],
      ),
    );
    expect(audit).toEqual([{ action: "campaign.created", actor_id: people.recruiterA.id }]);
  });

  it("sending the same form twice makes one campaign", async () => {
    const campaign = await createFor(db, people, "a");
    await createRecruiterCampaign(db, people.recruiterA.claims, campaign, availableStories);
    const mine = await listOrganisationCampaigns(db, people.recruiterA.claims);
    expect(mine.filter((found) => found.slug === campaign.slug)).toHaveLength(1);
  });

  it("recruiter B neither sees nor edits nor publishes A's drafts", async () => {
    const draft = await createFor(db, people, "a");
    expect(await getCampaignForRecruiter(db, people.recruiterB.claims, draft.id)).toBeUndefined();
    expect((await listOrganisationCampaigns(db, people.recruiterB.claims)).map(({ id }) => id)).not.toContain(
      draft.id,
    );
    expect(await slugsVisibleTo(db, people.recruiterB)).not.toContain(draft.slug);
    await expect(
      updateRecruiterCampaign(
        db,
        people.recruiterB.claims,
        {
          id: draft.id,
          ...details({ title: "Overgenomen" }),
        },
        availableStories,
      ),
    ).rejects.toBeInstanceOf(UserFacingError);
    await expect(setCampaignPublished(db, people.recruiterB.claims, draft.id, true)).rejects.toBeInstanceOf(
      UserFacingError,
    );
    expect(await getCampaignForRecruiter(db, people.recruiterA.claims, draft.id)).toMatchObject({
      title: "Pleegouder worden in Houten",
      published: false,
    });
  });

  it("nobody starts a campaign for another organisation", async () => {
    const campaign = { id: randomUUID(), organisationId: people.organisations.b, ...details() };
    await expect(
      createRecruiterCampaign(db, people.recruiterA.claims, campaign, availableStories),
    ).rejects.toBeInstanceOf(UserFacingError);
    await expect(
      queryAs(
        db,
        people.placementWorkerA,
        `insert into public.recruiter_campaigns (organisation_id, region_id, slug, parent_type, title, intro)
         values ($1, $2, 'plaatser-campagne', 'foster', 'Een campagne', 'Een inleiding van genoeg tekens.')`,
        [people.organisations.a, people.regions.utrecht],
      ),
    ).rejects.toMatchObject(insufficientPrivilege);
  });

  it("anonymous visitors see only published campaigns, and only their public columns", async () => {
    const draft = await createFor(db, people, "a");
    const live = await createFor(db, people, "b", { municipality: null, parentType: "support" });
    await setCampaignPublished(db, people.recruiterB.claims, live.id, true);

    const visible = await slugsVisibleTo(db, null);
    expect(visible).toContain(live.slug);
    expect(visible).not.toContain(draft.slug);
    expect(await getPublishedCampaign(db, draft.slug)).toBeUndefined();
    expect(await getPublishedCampaign(db, live.slug)).toMatchObject({
      regionName: "Utrecht",
      municipality: null,
    });
    await expect(
      queryAs(db, null, "select created_by from public.recruiter_campaigns"),
    ).rejects.toMatchObject(insufficientPrivilege);
    await expect(
      queryAs(db, null, "update public.recruiter_campaigns set title = 'Gekaapt' where slug = $1", [
        live.slug,
      ]),
    ).rejects.toMatchObject(insufficientPrivilege);
    expect((await listPublishedRecruiterCampaigns(db)).map(({ slug }) => slug)).toContain(live.slug);
  });

  it("publishing stamps the moment, unpublishing takes the page offline and keeps the moment, both audited", async () => {
    const campaign = await createFor(db, people, "a");
    await setCampaignPublished(db, people.recruiterA.claims, campaign.id, true);
    const published = await getPublishedCampaign(db, campaign.slug);
    expect(published?.publishedAt).toBeInstanceOf(Date);
    await setCampaignPublished(db, people.recruiterA.claims, campaign.id, false);
    expect(await getPublishedCampaign(db, campaign.slug)).toBeUndefined();
    expect((await getCampaignForRecruiter(db, people.recruiterA.claims, campaign.id))?.publishedAt).toEqual(
      published?.publishedAt,
    );
    expect(await auditedActions(db, campaign.id)).toEqual([
      "campaign.created",
      "campaign.published",
      "campaign.unpublished",
    ]);
  });

  it("a recruiter cannot backdate publication or take the campaign to another organisation", async () => {
    const campaign = await createFor(db, people, "a");
    for (const column of [
      "published_at = now() - interval '1 year'",
      `organisation_id = '${people.organisations.b}'`,
    ]) {
      await expect(
        queryAs(db, people.recruiterA, `update public.recruiter_campaigns set ${column} where id = $1`, [
          campaign.id,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
    }
  });

  it("refuses a taken address and an unknown municipality with a message at the field, saving nothing", async () => {
    const first = await createFor(db, people, "a");
    const taken = {
      id: randomUUID(),
      organisationId: people.organisations.b,
      ...details({ slug: first.slug }),
    };
    await expect(
      createRecruiterCampaign(db, people.recruiterB.claims, taken, availableStories),
    ).rejects.toMatchObject({
      field: "slug",
      message: "Dit webadres is al in gebruik. Kies een ander webadres.",
    });
    const nowhere = {
      id: randomUUID(),
      organisationId: people.organisations.a,
      ...details({ municipality: "Atlantis" }),
    };
    await expect(
      createRecruiterCampaign(db, people.recruiterA.claims, nowhere, availableStories),
    ).rejects.toMatchObject({
      field: "municipality",
    });
    for (const id of [taken.id, nowhere.id]) {
      expect(await getCampaignForRecruiter(db, people.recruiterA.claims, id)).toBeUndefined();
      expect(await getCampaignForRecruiter(db, people.recruiterB.claims, id)).toBeUndefined();
    }
  });

  it("keeps the chosen stories in the order the form lists them, and shows them on the public page", async () => {
    const campaign = await createFor(db, people, "a", {
      stories: ["sanne-en-joost-pleegouders", "marieke-gezinshuisouder"],
    });
    expect((await getCampaignForRecruiter(db, people.recruiterA.claims, campaign.id))?.stories).toEqual([
      "marieke-gezinshuisouder",
      "sanne-en-joost-pleegouders",
    ]);
    await updateRecruiterCampaign(
      db,
      people.recruiterA.claims,
      {
        id: campaign.id,
        ...details({ slug: campaign.slug, stories: ["ruud-steunouder", "ruud-steunouder"] }),
      },
      availableStories,
    );
    await setCampaignPublished(db, people.recruiterA.claims, campaign.id, true);
    expect((await getPublishedCampaign(db, campaign.slug))?.stories).toEqual(["ruud-steunouder"]);
    expect(await auditedActions(db, campaign.id)).toEqual([
      "campaign.created",
      "campaign.updated",
      "campaign.published",
    ]);
  });

  it("refuses a story that is not in the collection with a Dutch message at the field, saving nothing", async () => {
    const unknown = {
      id: randomUUID(),
      organisationId: people.organisations.a,
      ...details({ stories: ["ruud-steunouder", "verzonnen-verhaal"] }),
    };
    await expect(
      createRecruiterCampaign(db, people.recruiterA.claims, unknown, availableStories),
    ).rejects.toMatchObject({
      field: "stories",
      message: expect.stringMatching(/^Dit ervaringsverhaal bestaat niet \(meer\)\./),
    });
    expect(await getCampaignForRecruiter(db, people.recruiterA.claims, unknown.id)).toBeUndefined();

    const saved = await createFor(db, people, "a", { stories: ["ruud-steunouder"] });
    await expect(
      updateRecruiterCampaign(
        db,
        people.recruiterA.claims,
        { id: saved.id, ...details({ slug: saved.slug, stories: ["ruud-steunouder"] }) },
        ["marieke-gezinshuisouder"],
      ),
    ).rejects.toMatchObject({ field: "stories" });
    expect((await getCampaignForRecruiter(db, people.recruiterA.claims, saved.id))?.stories).toEqual([
      "ruud-steunouder",
    ]);
  });

  it("the database keeps the list of stories short and well-formed, whoever writes it", async () => {
    const campaign = await createFor(db, people, "a");
    for (const stories of [
      ["Ruud steunouder"],
      ["../ruud"],
      [null],
      Array.from({ length: 13 }, (_, index) => `verhaal-${index}`),
    ]) {
      await expect(
        queryAs(db, people.recruiterA, "update public.recruiter_campaigns set stories = $2 where id = $1", [
          campaign.id,
          stories,
        ]),
      ).rejects.toMatchObject({ code: "23514" });
    }
    await queryAs(db, people.recruiterA, "update public.recruiter_campaigns set stories = $2 where id = $1", [
      campaign.id,
      ["ruud-steunouder", "marieke-gezinshuisouder"],
    ]);
    expect((await getCampaignForRecruiter(db, people.recruiterA.claims, campaign.id))?.stories).toEqual([
      "ruud-steunouder",
      "marieke-gezinshuisouder",
    ]);
  });
});
