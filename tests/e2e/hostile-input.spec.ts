import { type APIRequestContext, type APIResponse, expect, type Page, test } from "@playwright/test";
import { confirmAddress } from "./support";

/*
 * What an attacker, a bot or an unlucky keyboard sends to every public form. Whatever arrives, the
 * answer is the value stored as typed and shown as text, or a clear Dutch message next to the field;
 * never a server error, never markup that runs.
 */

/** Markup that, if it ever reached a page unescaped, would leave a trace the checks below find. */
const injections = [
  `<script>window.pwned = 1; alert("pwned")</script>`,
  `"><img src=x onerror="window.pwned = 1; alert('pwned')" data-pwned>`,
];

/** Text in every Unicode plane people (and attackers) type; each is stored and shown exactly as sent. */
const scripts = {
  emoji: "Anna 👩‍👧‍👦 🏳️‍🌈",
  cjk: "李小龍",
  astral: "𝔄𝔫𝔫𝔞 𠀀 𰀀", // planes 1, 2 and 3
  rtl: "מרים مريم",
  combining: "Zoë A\u030Angstro\u0308m",
  variation: "葛\u{E0100}", // plane 14: an ideographic variation selector
  privateUse: "\u{F0001}\u{10FFFD}", // planes 15 and 16
};
const sqlLooking = "'; drop table applications; --";
const quotes = `O'Brien "de Boer" \` onmouseover=alert(1) x="`;
const entities = "&lt;script&gt;alert(1)&lt;/script&gt; &amp;";

/** C0 control characters, NUL included: refused with a message, never stored, never a 500 (issue 6.14). */
const controls = { nul: "An\u0000na", bell: "An\u0007na", escape: "Anna\u001b[31m", backspace: "Ann\u0008a" };

let counter = 0;
const someone = (name: string) => `${name}.${Date.now()}.${++counter}@voorbeeld.test`;

const stackTrace = /\bat \S+\.(m?js|ts):\d+:\d+/;

/** Fails on anything an attacker would notice: a dialog, an injected element, a server error. */
function watch(page: Page): { expectNothingRan(): Promise<void> } {
  const noticed: string[] = [];
  page.on("dialog", (dialog) => {
    noticed.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("response", (response) => {
    if (response.status() >= 500) noticed.push(`${response.status()} for ${response.url()}`);
  });
  return {
    async expectNothingRan() {
      expect(await page.locator("[data-pwned]").count()).toBe(0);
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
      expect(noticed).toEqual([]);
    },
  };
}

/**
 * The answer to a hostile request: anything but a server error, no stack trace, and rendered in the
 * browser, no markup of ours that runs or shows up as an element.
 */
async function expectCalmAnswer(page: Page, response: APIResponse): Promise<string> {
  const body = await response.text();
  expect(response.status(), body.slice(0, 300)).toBeLessThan(500);
  expect(body).not.toMatch(stackTrace);
  await page.setContent(body);
  expect(await page.locator("[data-pwned]").count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  return body;
}

/** A hostile form post and the field whose message should answer it. */
interface HostilePost {
  path: string;
  action: string;
  fields: Record<string, string | string[]>;
  /** The field the Dutch message must stand next to. */
  field: string;
}

/**
 * Sends every post and lists each answer that is not a message next to its field: a server error, a
 * stack trace, markup that ran, or no message. One run shows every open case, not just the first.
 */
async function wrongAnswers(page: Page, origin: string, posts: HostilePost[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const post of posts) {
    const label = `${post.action} ${JSON.stringify(post.fields).slice(0, 90)}`;
    const response = await postAction(page.request, origin, post.path, post.action, form(post.fields));
    const body = await response.text();
    await page.setContent(body);
    const ran =
      (await page.locator("[data-pwned]").count()) > 0 ||
      (await page.evaluate(() => (window as { pwned?: number }).pwned)) !== undefined;
    if (response.status() >= 500) wrong.push(`${label}: ${response.status()}`);
    else if (stackTrace.test(body)) wrong.push(`${label}: a stack trace`);
    else if (ran) wrong.push(`${label}: the markup ran`);
    else if (!fieldError(post.field).test(body)) wrong.push(`${label}: no message next to ${post.field}`);
  }
  return wrong;
}

/** The message next to a field, as the no-JavaScript page renders it. */
const fieldError = (field: string) =>
  new RegExp(`id="field-${field}-error"[^>]*>(?:<span[^>]*>Fout: </span>)?[^<]*[a-z]`);

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  }
  return body.toString();
};

/** Posts a form to an Astro action the way a browser without JavaScript does (same-origin). */
function postAction(
  request: APIRequestContext,
  baseURL: string,
  path: string,
  action: string,
  body: string | Buffer,
  contentType = "application/x-www-form-urlencoded",
): Promise<APIResponse> {
  return request.post(`${path}?_action=${action}`, {
    data: body,
    headers: { Origin: baseURL, "Content-Type": contentType },
    maxRedirects: 0,
  });
}

const validAboutYou = (email: string) => ({
  firstName: "Sanne",
  lastName: "de Vries",
  email,
  phone: "",
  dateOfBirth: "01-06-1984",
});

/** Starts an application in this browser context the way a person does: step 1, then the mailed code. */
async function startApplication(page: Page, baseURL: string, email = someone("start")): Promise<void> {
  const response = await postAction(
    page.request,
    baseURL,
    "/aanmelden/over-jou",
    "application.aboutYou",
    form(validAboutYou(email)),
  );
  expect(response.status()).toBe(302);
  await page.goto(response.headers().location ?? "/");
  await confirmAddress(page, email);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
}

async function firstUpcomingEvening(page: Page): Promise<string> {
  await page.goto("/informatiebijeenkomsten");
  const paths = await page
    .locator('main a[href^="/informatiebijeenkomsten/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const path = paths.find((candidate) => /^\/informatiebijeenkomsten\/[0-9a-f-]{36}$/.test(candidate));
  if (!path) throw new Error("the demo data has no upcoming evening");
  return path;
}

test.describe("the application form", () => {
  test("names in every script, SQL-looking text, quotes and entities are stored as typed and read back as text, up to Mijn aanmelding", async ({
    page,
  }) => {
    const watcher = watch(page);
    const email = someone("verbatim");
    const firstName = `${scripts.emoji} ${scripts.cjk} ${scripts.variation}`;
    const lastName = `${sqlLooking} ${quotes}`;
    const availability = [
      "Ik kijk ernaar uit <3 (en ik ben > 2 dagen per week vrij)",
      ...injections,
      scripts.astral,
      scripts.rtl,
      scripts.combining,
      scripts.privateUse,
      entities,
      "Regel twee\tmet een tab",
    ].join("\n");

    await page.goto("/aanmelden");
    await page.getByLabel("Voornaam").fill(firstName);
    await page.getByLabel("Achternaam").fill(lastName);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Geboortedatum").fill("02-05-1979");
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await confirmAddress(page, email);
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await page.getByLabel("Pleegouder", { exact: true }).check();
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await page.getByLabel("Postcode").fill("3512 JK");
    await page.getByLabel("Huisnummer en toevoeging").fill("12");
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await page.getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?").fill(availability);
    await page.getByLabel("Anders", { exact: true }).check();
    await page.getByRole("button", { name: "Opslaan en verder" }).click();

    await expect(page.getByRole("heading", { level: 2, name: "Controleren en versturen" })).toBeVisible();
    const review = (await page.locator("main").textContent()) ?? "";
    expect(review).toContain(`${firstName} ${lastName}`);
    for (const line of availability.split("\n")) expect(review).toContain(line);
    await watcher.expectNothingRan();

    await page.getByLabel(/privacyverklaring gelezen/).check();
    await page.getByRole("button", { name: "Aanmelding versturen" }).click();
    await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();

    await page.goto("/mijn");
    await expect(page.getByLabel("Voornaam")).toHaveValue(firstName);
    await expect(page.getByLabel("Achternaam")).toHaveValue(lastName);
    const exported = await (await page.request.get("/mijn/gegevens.json")).text();
    expect(exported).toContain(JSON.stringify(firstName).slice(1, -1));
    await watcher.expectNothingRan();
  });

  test("markup in any text field of step 1 is taken as text in the names, kept as typed, and never runs", async ({
    page,
  }) => {
    const watcher = watch(page);
    for (const injection of injections) {
      await page.goto("/aanmelden");
      await page.getByLabel("Voornaam").fill(injection);
      await page.getByLabel("Achternaam").fill(injection);
      await page.getByLabel("E-mailadres").fill(someone("markup"));
      await page.getByLabel("Telefoonnummer").fill(injection);
      await page.getByLabel("Geboortedatum").fill(injection);
      await page.getByRole("button", { name: "Opslaan en verder" }).click();

      await expect(page.getByLabel("Voornaam")).toHaveAccessibleDescription("");
      await expect(page.getByLabel("Achternaam")).toHaveAccessibleDescription("");
      await expect(page.getByLabel("Telefoonnummer")).toHaveAccessibleDescription(/telefoonnummer/);
      await expect(page.getByLabel("Geboortedatum")).toHaveAccessibleDescription(/geboortedatum/i);
      await expect(page.getByLabel("Voornaam")).toHaveValue(injection);
      await watcher.expectNothingRan();
    }
  });

  test("control characters, NUL included, get a Dutch message next to the field in every step-1 field (issue 6.14)", async ({
    page,
    baseURL,
  }) => {
    const posts = Object.entries(controls).flatMap(([name, value]) =>
      ["firstName", "lastName"].map((field) => ({
        path: "/aanmelden/over-jou",
        action: "application.aboutYou",
        fields: { ...validAboutYou(someone(name)), [field]: value },
        field,
      })),
    );
    expect.soft(await wrongAnswers(page, baseURL ?? "", posts)).toEqual([]);
  });

  test("oversized values get a message next to the field; a body over 1 MB is refused unread (issue 6.10)", async ({
    page,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    const longName = "A".repeat(10_000);
    const tooLong = await postAction(
      page.request,
      origin,
      "/aanmelden/over-jou",
      "application.aboutYou",
      form({ ...validAboutYou(someone("lang")), firstName: longName, lastName: longName }),
    );
    const body = await expectCalmAnswer(page, tooLong);
    expect(body).toMatch(fieldError("firstName"));
    expect(body).toContain("hoogstens 100 tekens");

    const huge = await postAction(
      page.request,
      origin,
      "/aanmelden/over-jou",
      "application.aboutYou",
      form({ ...validAboutYou(someone("enorm")), firstName: "B".repeat(2 * 1024 * 1024) }),
    );
    await expectCalmAnswer(page, huge);
    expect(huge.status()).toBe(413);
    expect((await huge.text()).includes("B".repeat(1000))).toBe(false);
  });

  test("steps 2 to 6 refuse anything outside their choices with a message next to the field", async ({
    page,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    await startApplication(page, origin);
    const choices = (injection: string): HostilePost[] => [
      {
        path: "/aanmelden/huishouden",
        action: "application.household",
        fields: { relation: "child", birthYear: injection },
        field: "member-0",
      },
      {
        path: "/aanmelden/huishouden",
        action: "application.household",
        fields: { relation: injection, birthYear: "2012" },
        field: "member-0",
      },
      {
        path: "/aanmelden/interesse",
        action: "application.interest",
        fields: { parentTypes: injection },
        field: "parentTypes",
      },
      {
        path: "/aanmelden/adres",
        action: "application.address",
        fields: { postcode: injection, houseNumber: "12" },
        field: "postcode",
      },
      {
        path: "/aanmelden/adres",
        action: "application.address",
        fields: { postcode: "3512JK", houseNumber: injection },
        field: "houseNumber",
      },
      {
        path: "/aanmelden/beschikbaarheid",
        action: "application.availability",
        fields: { availability: "Vanaf maart", heardVia: injection },
        field: "heardVia",
      },
      {
        path: "/aanmelden/versturen",
        action: "application.submit",
        fields: { privacyConsent: injection },
        field: "privacyConsent",
      },
    ];
    const freeText = (injection: string): HostilePost => ({
      path: "/aanmelden/beschikbaarheid",
      action: "application.availability",
      fields: { availability: injection, heardVia: "Anders" },
      field: "availability",
    });
    const posts = [
      ...[...injections, sqlLooking, controls.nul, "𝟚𝟘𝟙𝟚"].flatMap(choices),
      ...Object.values(controls).map(freeText),
    ];
    expect.soft(await wrongAnswers(page, origin, posts)).toEqual([]);
  });
});

test.describe("information evenings", () => {
  test("a name in any script is registered as typed and greets its owner as text on the cancel page", async ({
    page,
  }) => {
    const watcher = watch(page);
    const eveningPath = await firstUpcomingEvening(page);
    const email = someone("avond");
    const firstName = `${scripts.cjk} ${scripts.emoji} ${sqlLooking.slice(0, 20)} <img src=x onerror=alert(1)>`;
    await page.goto(eveningPath);
    await page.getByLabel("Voornaam").fill(firstName);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: /^(Aanmelden|Op de wachtlijst)$/ }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /Je bent aangemeld|Je staat op de wachtlijst/ }),
    ).toBeVisible();

    const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
    const mailPath = /href="(\/dev\/outbox\/[^"]+)"/.exec(outbox)?.[1];
    const mail = await (await page.request.get(mailPath ?? "/dev/outbox")).text();
    const cancelUrl = /(https?:\/\/[^\s"<]+\/informatiebijeenkomsten\/afmelden\?token=[\w-]+)/.exec(
      mail,
    )?.[1];
    expect(cancelUrl).toBeDefined();
    await page.goto(new URL(cancelUrl ?? "").pathname + new URL(cancelUrl ?? "").search);
    await expect(page.locator("main")).toContainText(`Hoi ${firstName},`);
    await watcher.expectNothingRan();
  });

  test("the registration form refuses control characters and junk next to the field", async ({
    page,
    baseURL,
  }) => {
    const eveningPath = await firstUpcomingEvening(page);
    const eveningId = eveningPath.split("/").at(-1) ?? "";
    const register = (fields: Record<string, string>, field: string): HostilePost => ({
      path: eveningPath,
      action: "evenings.register",
      fields: { eveningId, firstName: "Gijs", email: someone("junk"), ...fields },
      field,
    });
    const posts = [
      ...injections.flatMap((injection) => [
        register({ email: injection }, "email"),
        register({ phone: injection }, "phone"),
        register({ interest: injection }, "interest"),
      ]),
      ...Object.values(controls).map((control) => register({ firstName: control }, "firstName")),
      register({ firstName: "G".repeat(5000) }, "firstName"),
      register({ email: `${"a".repeat(300)}@voorbeeld.test` }, "email"),
    ];
    expect.soft(await wrongAnswers(page, baseURL ?? "", posts)).toEqual([]);

    for (const junk of ["not-a-uuid", `${eveningId}'--`, "00000000-0000-0000-0000-000000000000"]) {
      await expectCalmAnswer(
        page,
        await postAction(
          page.request,
          baseURL ?? "",
          eveningPath,
          "evenings.register",
          form({ eveningId: junk, firstName: "Gijs", email: someone("id") }),
        ),
      );
    }
  });

  test("a forged, garbled or oversized cancel link says the link is wrong, never more", async ({
    page,
    baseURL,
  }) => {
    const watcher = watch(page);
    const answers: string[] = [];
    for (const token of [
      encodeURIComponent(injections[0]),
      encodeURIComponent(injections[1]),
      "A".repeat(43),
      "A".repeat(10_000),
      `${"A".repeat(40)}%00`,
      "%E0%A4%A",
      "%ZZ",
      "%C3%28",
    ]) {
      const response = await page.goto(`/informatiebijeenkomsten/afmelden?token=${token}`);
      const status = response?.status() ?? 0;
      // Percent-encoding that does not decode is refused before any page is built.
      if (status >= 400 && status < 500) continue;
      const heading = await page.locator("h1").first().textContent({ timeout: 2000 });
      answers.push(
        `${token.slice(0, 20)}: ${/Deze afmeldlink klopt niet/.test(heading ?? "") ? "wrong link" : `${status} ${heading}`}`,
      );
    }
    expect(answers.filter((answer) => !answer.endsWith(": wrong link"))).toEqual([]);
    await watcher.expectNothingRan();
    for (const token of [...injections, controls.nul, "A".repeat(10_000)]) {
      const body = await expectCalmAnswer(
        page,
        await postAction(
          page.request,
          baseURL ?? "",
          "/informatiebijeenkomsten/afmelden",
          "evenings.cancelRegistration",
          form({ token }),
        ),
      );
      expect(body).toContain("Deze afmeldlink klopt niet");
    }
  });
});

test.describe("signing in", () => {
  test("the email and code fields refuse markup, control characters and look-alike digits with a message", async ({
    page,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    const emails = [
      ...injections,
      ...Object.values(controls).map((control) => `an${control}@voorbeeld.test`),
      `${scripts.cjk}@例子.测试`,
      `${"a".repeat(300)}@voorbeeld.test`,
      sqlLooking,
    ];
    const requestCode = (email: string): HostilePost => ({
      path: "/inloggen",
      action: "signIn.requestCode",
      fields: { email, next: "/mijn" },
      field: "email",
    });
    expect.soft(await wrongAnswers(page, origin, emails.map(requestCode))).toEqual([]);

    const email = someone("code");
    expect(
      (await postAction(page.request, origin, "/inloggen", "signIn.requestCode", form({ email }))).status(),
    ).toBe(302);
    const codes = [
      ...injections,
      `12345${controls.nul}`,
      "١٢٣٤٥٦",
      "１２３４５６",
      sqlLooking,
      "9".repeat(10_000),
    ];
    const verify = (code: string): HostilePost => ({
      path: "/inloggen/code",
      action: "signIn.verifyCode",
      fields: { email, code, next: "/mijn" },
      field: "code",
    });
    expect.soft(await wrongAnswers(page, origin, codes.map(verify))).toEqual([]);
  });

  test("a hostile next parameter never leaves the site or reaches the page as markup", async ({ page }) => {
    const watcher = watch(page);
    for (const next of [
      `/mijn"><script>window.pwned=1</script>`,
      "javascript:alert(1)",
      "/%00",
      "//evil.example",
      "/\u0000/evil.example",
    ]) {
      const response = await page.goto(`/inloggen?next=${encodeURIComponent(next)}`);
      expect(response?.status() ?? 0).toBeLessThan(500);
      await expect(page.getByLabel("E-mailadres")).toBeVisible();
    }
    await watcher.expectNothingRan();
  });
});

test("the eligibility check (/kan-ik-helpen) treats unknown, broken and enormous answers as unanswered", async ({
  page,
}) => {
  const watcher = watch(page);
  for (const query of [
    `ingevuld=1&leeftijd=${encodeURIComponent(injections[1])}`,
    `ingevuld=1&${encodeURIComponent(injections[0])}=ja`,
    "ingevuld=1&leeftijd=%ZZ&ruimte=%E0%A4%A",
    "ingevuld=1&leeftijd=%00",
    `ingevuld=1&leeftijd=${"x".repeat(20_000)}`,
    `ingevuld=1&leeftijd=${encodeURIComponent(sqlLooking)}`,
  ]) {
    // Read as a request: Chromium does not render a page for a URL the server refuses as too long.
    const response = await page.request.get(`/kan-ik-helpen?${query}`);
    const body = await expectCalmAnswer(page, response);
    if (response.status() < 400) expect(body, query.slice(0, 60)).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  }
  await watcher.expectNothingRan();
});

test.describe("Mijn aanmelding", () => {
  async function signInApplicant(page: Page, baseURL: string): Promise<string> {
    const email = someone("mijn");
    await startApplication(page, baseURL, email);
    return email;
  }

  test("contact details keep any script and markup as typed, refuse control characters next to the field", async ({
    page,
    baseURL,
  }) => {
    const watcher = watch(page);
    await signInApplicant(page, baseURL ?? "");
    await page.goto("/mijn");
    const firstName = `${scripts.rtl} ${scripts.combining}`;
    const lastName = `${scripts.astral} ${quotes}`;
    await page.getByLabel("Voornaam").fill(firstName);
    await page.getByLabel("Achternaam").fill(lastName);
    await page.getByRole("button", { name: "Contactgegevens opslaan" }).click();
    await page.goto("/mijn");
    await expect(page.getByLabel("Voornaam")).toHaveValue(firstName);
    await expect(page.getByLabel("Achternaam")).toHaveValue(lastName);

    for (const injection of injections) {
      await page.getByLabel("Voornaam").fill(injection);
      await page.getByRole("button", { name: "Contactgegevens opslaan" }).click();
      await page.goto("/mijn");
      await expect(page.getByLabel("Voornaam")).toHaveValue(injection);
    }
    await watcher.expectNothingRan();

    const controlPosts = Object.values(controls).map((control) => ({
      path: "/mijn",
      action: "application.updateContactDetails",
      fields: { firstName: control, lastName: "de Vries", phone: "" },
      field: "firstName",
    }));
    expect.soft(await wrongAnswers(page, baseURL ?? "", controlPosts)).toEqual([]);
  });

  test("a withdrawal reason in any script, SQL-looking, with entities or markup, is kept as typed", async ({
    page,
    baseURL,
  }) => {
    await signInApplicant(page, baseURL ?? "");
    const reason = `${scripts.cjk} ${sqlLooking} ${entities} ${scripts.privateUse} ${injections.join(" ")}`;
    await page.goto("/mijn");
    await page.getByLabel("Waarom stop je? (niet verplicht)").fill(reason);
    await page.getByLabel("Ja, ik wil mijn aanmelding intrekken").check();
    await page.getByRole("button", { name: "Aanmelding intrekken" }).click();
    const exported = await (await page.request.get("/mijn/gegevens.json")).text();
    expect(exported).toContain(JSON.stringify(reason).slice(1, -1));
  });

  test("control characters in a withdrawal reason get a message next to it (issue 6.14)", async ({
    page,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    await signInApplicant(page, origin);
    const refusals = Object.values(controls).map((reason) => ({
      path: "/mijn",
      action: "application.withdraw",
      fields: { reason, confirm: "ja" },
      field: "reason",
    }));
    expect(await wrongAnswers(page, origin, refusals)).toEqual([]);
  });
});

test.describe("malformed requests", () => {
  const endpoints = [
    ["/aanmelden/over-jou", "application.aboutYou"],
    ["/inloggen", "signIn.requestCode"],
    ["/inloggen/code", "signIn.verifyCode"],
    ["/informatiebijeenkomsten/afmelden", "evenings.cancelRegistration"],
  ] as const;

  const malformed: [string, string | Buffer, string][] = [
    ["invalid percent-encoding", "firstName=%E0%A4%A&email=%ZZ&code=%", "application/x-www-form-urlencoded"],
    [
      "invalid UTF-8",
      Buffer.from([0x66, 0x69, 0x72, 0x73, 0x74, 0x4e, 0x61, 0x6d, 0x65, 0x3d, 0xc3, 0x28, 0xff]),
      "application/x-www-form-urlencoded",
    ],
    [
      "multipart without its boundary",
      '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.nl\r\n--x--\r\n',
      "multipart/form-data",
    ],
    [
      "multipart cut off mid-part",
      '--grens\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.n',
      "multipart/form-data; boundary=grens",
    ],
    [
      "JSON sent to a form",
      JSON.stringify({ email: "a@b.nl", firstName: injections[0] }),
      "application/json",
    ],
    ["XML", `<?xml version="1.0"?><email>${injections[0]}</email>`, "application/xml"],
    ["an unknown charset", "email=a%40b.nl", "application/x-www-form-urlencoded; charset=utf-7"],
    ["no content type at all", "email=a%40b.nl", ""],
  ];

  test("unreadable bodies, wrong content types and broken multipart get a 4xx or the form again, never a 500 (issue 6.14)", async ({
    page,
    baseURL,
  }) => {
    const failures: string[] = [];
    for (const [path, action] of endpoints) {
      for (const [what, body, contentType] of malformed) {
        const response = await postAction(page.request, baseURL ?? "", path, action, body, contentType);
        const text = await response.text();
        await page.setContent(text);
        const injected =
          (await page.locator("[data-pwned]").count()) > 0 ||
          (await page.evaluate(() => (window as { pwned?: number }).pwned)) !== undefined;
        if (response.status() >= 500 || stackTrace.test(text) || injected) {
          failures.push(`${what} to ${action}: ${response.status()}${injected ? ", markup ran" : ""}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

test.describe("forged and garbled cookies", () => {
  const garbage = [
    "",
    "%",
    "%ZZ",
    "x".repeat(3000),
    // A token with alg "none", and one claiming service_role with a made-up signature.
    "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYXV0aGVudGljYXRlZCJ9.",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    encodeURIComponent(JSON.stringify({ source: injections[1], utm: { utm_source: injections[0] } })),
    encodeURIComponent(
      JSON.stringify({ firstName: injections[1], lastName: controls.nul, email: injections[0] }),
    ),
    encodeURIComponent(JSON.stringify({ email: injections[1], next: "//evil.example" })),
    "{not-json",
    encodeURIComponent(sqlLooking),
  ];
  /** Each cookie, with the pages that read it. */
  const readers: Record<string, string[]> = {
    openhuis_session: ["/", "/mijn", "/werving", "/aanmelden/over-jou"],
    openhuis_application: ["/aanmelden/over-jou", "/aanmelden/versturen"],
    openhuis_source: ["/aanmelden/over-jou"],
    openhuis_about_you: ["/aanmelden/over-jou"],
    openhuis_sign_in: ["/inloggen/code"],
  };

  test("every page that reads one answers as for a visitor without it: no 500, nothing runs, nobody signed in", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const watcher = watch(page);
    const host = new URL(baseURL ?? "http://127.0.0.1").hostname;
    for (const [name, paths] of Object.entries(readers)) {
      for (const value of garbage) {
        await page.context().clearCookies();
        await page.context().addCookies([{ name, value, domain: host, path: "/" }]);
        for (const path of paths) {
          const response = await page.goto(path);
          expect(response?.status() ?? 0, `${name}=${value.slice(0, 30)} on ${path}`).toBeLessThan(500);
          if (path === "/mijn" || path === "/werving") await expect(page).toHaveURL(/\/inloggen\?next=/);
        }
      }
    }
    await watcher.expectNothingRan();
  });

  test("starting an application with a garbled source or draft cookie stores nothing of the cookie's markup", async ({
    page,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    const host = new URL(origin || "http://127.0.0.1").hostname;
    for (const [name, value] of [
      ["openhuis_source", garbage[6]],
      ["openhuis_source", "{not-json"],
      ["openhuis_application", "A".repeat(43)],
      ["openhuis_application", garbage[3]],
    ] as const) {
      await page.context().clearCookies();
      await page.context().addCookies([{ name, value, domain: host, path: "/" }]);
      const response = await postAction(
        page.request,
        origin,
        "/aanmelden/over-jou",
        "application.aboutYou",
        form(validAboutYou(someone("koekje"))),
      );
      expect(response.status(), `${name}=${value.slice(0, 30)}`).toBe(302);
      await expectCalmAnswer(page, await page.request.get("/aanmelden/versturen"));
    }
  });
});

test.describe("bots and other sites", () => {
  test("a form post from another site is refused before any action runs", async ({ page, baseURL }) => {
    const email = someone("csrf");
    for (const origin of ["https://evil.example", "null"]) {
      const response = await postAction(
        page.request,
        origin,
        "/aanmelden/over-jou",
        "application.aboutYou",
        form(validAboutYou(email)),
      );
      expect(response.status(), origin).toBe(403);
    }
    const signIn = await postAction(
      page.request,
      baseURL ?? "",
      "/inloggen",
      "signIn.requestCode",
      form({ email }),
    );
    expect(signIn.status()).toBe(302);
    const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
    expect(outbox.match(/Je inlogcode voor Openhuis/g) ?? []).toHaveLength(1);
  });

  test("a bot that fills in the hidden field gets the answer a person gets, and nothing is stored or mailed", async ({
    page,
    browser,
    baseURL,
  }) => {
    const origin = baseURL ?? "";
    const person = await browser.newContext({ baseURL: origin });
    const personAnswer = await postAction(
      person.request,
      origin,
      "/aanmelden/over-jou",
      "application.aboutYou",
      form(validAboutYou(someone("mens"))),
    );
    await person.close();
    const bot = someone("bot");
    const botAnswer = await postAction(
      page.request,
      origin,
      "/aanmelden/over-jou",
      "application.aboutYou",
      form({ ...validAboutYou(bot), website: "https://spam.example" }),
    );
    expect(botAnswer.status()).toBe(personAnswer.status());
    expect(botAnswer.headers().location).toBe(personAnswer.headers().location);
    await page.goto("/aanmelden/huishouden");
    await expect(page).toHaveURL(/\/aanmelden\/over-jou$/);
    const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(bot)}`)).text();
    expect(outbox).not.toMatch(/Je inlogcode voor Openhuis/);
  });
});
