import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

const forbiddenKeys =
  /"(email|phone|name|displayName|display_name|contact|address|postcode|houseNumber|street|approxLat|approxLng)"/i;

async function openGoodNeed(page: Page, query = ""): Promise<string> {
  await page.goto("/plaatsing/vragen");
  await page.getByRole("link", { name: "PV-DEMO-GOED" }).click();
  const needUrl = page.url().replace(/\?.*$/, "");
  if (query) await page.goto(`${needUrl}${query}`);
  await expect(page.locator(".candidate-map .leaflet-marker-icon").first()).toBeVisible();
  return needUrl;
}

const candidateItems = (page: Page) => page.locator("#kandidaten-lijst > li[data-household-id]");
const candidateMarkers = (page: Page) => page.locator(".candidate-map .map-marker.leaflet-marker-icon");
const clusterMarkers = (page: Page) => page.locator(".candidate-map .map-cluster.leaflet-marker-icon");

test("the need's map shows its candidates in clusters around the need's point, in step with the list", async ({
  page,
}) => {
  const violations = watchPolicyViolations(page);
  await signIn(page, demo.placementWorker);
  await openGoodNeed(page);

  const markersAndClusters = (await candidateMarkers(page).count()) + (await clusterMarkers(page).count());
  expect(markersAndClusters).toBeGreaterThan(0);
  await expect(page.locator(".candidate-map path.map-radius")).toHaveCount(1);
  await expect(page.locator(".candidate-map .leaflet-marker-icon.map-need")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Legenda" })).toContainText("Gezinshuis");
  await expect(page.getByRole("link", { name: "Kaart overslaan" })).toHaveAttribute(
    "href",
    "#kandidaten-lijst",
  );

  // Pointing at a list item highlights its marker, or the cluster that holds it; leaving it clears that.
  const first = candidateItems(page).first();
  await first.hover();
  await expect(page.locator(".candidate-map .leaflet-marker-icon.is-highlighted")).toHaveCount(1);
  await expect(first).toHaveClass(/is-highlighted/);
  await page.getByRole("heading", { level: 1 }).hover();
  await expect(page.locator(".candidate-map .is-highlighted")).toHaveCount(0);

  // Focus does the same, from the list to the map and from a marker back to the list.
  await first.getByRole("button").first().focus();
  await expect(page.locator(".candidate-map .leaflet-marker-icon.is-highlighted")).toHaveCount(1);
  // At the first zoom every household may sit in a cluster (it depends on the map's size): open one.
  if ((await candidateMarkers(page).count()) === 0) await clusterMarkers(page).first().click();
  const marker = candidateMarkers(page).first();
  await marker.focus();
  const householdId = await marker.locator("[data-household-id]").getAttribute("data-household-id");
  await expect(page.locator(`#kandidaten-lijst > li[data-household-id="${householdId}"]`)).toHaveClass(
    /is-highlighted/,
  );

  await expectNoAxeViolations(page);
  expect(violations).toEqual([]);
});

test("clusters open with the keyboard and the map is no keyboard trap", async ({ page }) => {
  await signIn(page, demo.placementWorker);
  await openGoodNeed(page);
  // The demo need's nearest households share a cluster at the first view.
  const cluster = clusterMarkers(page).first();
  await expect(cluster).toBeVisible();
  const before = await candidateMarkers(page).count();
  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => candidateMarkers(page).count()).toBeGreaterThan(before);
  // Tab from the last marker passes the zoom buttons and leaves the map for the list after it.
  const icons = page.locator(".candidate-map .leaflet-marker-icon[tabindex='0']");
  await icons.last().focus();
  const inMap = () => page.evaluate(() => Boolean(document.activeElement?.closest(".leaflet-container")));
  for (let presses = 0; presses < 5 && (await inMap()); presses++) await page.keyboard.press("Tab");
  expect(await inMap()).toBe(false);
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#kandidaten-lijst")))).toBe(true);
  // Enter on a marker leads to the household in the list.
  // At the first zoom every household may sit in a cluster (it depends on the map's size): open one.
  if ((await candidateMarkers(page).count()) === 0) await clusterMarkers(page).first().click();
  const marker = candidateMarkers(page).first();
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#kandidaten-lijst h3:focus")).toHaveCount(1);
});

test("filtering by kind narrows the list and the map alike, with the filters in the URL", async ({
  page,
}) => {
  const violations = watchPolicyViolations(page);
  await signIn(page, demo.placementWorker);
  const needUrl = await openGoodNeed(page);
  const allItems = await candidateItems(page).count();

  await page.getByLabel("Soort gezin").selectOption("family_home");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/soort=family_home/);
  await expect(page.locator(".candidate-map .leaflet-marker-icon").first()).toBeVisible();
  const items = await candidateItems(page).count();
  expect(items).toBeGreaterThan(0);
  expect(items).toBeLessThanOrEqual(allItems);
  for (const kind of await page.locator("#kandidaten-lijst .candidate__kind").allTextContents()) {
    expect(kind).toMatch(/^Gezinshuis,/);
  }
  await expect(
    page.locator(
      ".leaflet-marker-icon.map-marker--foster_family, .leaflet-marker-icon.map-marker--support_family",
    ),
  ).toHaveCount(0);

  const data = await (await page.request.get(`${needUrl}/kaart.json?soort=family_home`)).json();
  expect(data.candidates.length).toBe(items);
  expect(new Set(data.candidates.map((candidate: { kind: string }) => candidate.kind))).toEqual(
    new Set(["family_home"]),
  );

  // A malformed value: a Dutch message at the field, the other filters still apply.
  await page.goto(`${needUrl}?soort=family_home&straal=ver`);
  await expect(page.getByText("Vul bij ‘binnen’ een heel aantal kilometers in").first()).toBeVisible();
  await expect(page.getByLabel("Binnen (km)")).toHaveValue("ver");
  expect(await candidateItems(page).count()).toBe(items);
  expect(violations).toEqual([]);
});

test("the map's data is for the need's organisation only and holds nothing identifying", async ({
  page,
  browser,
}) => {
  await signIn(page, demo.placementWorker);
  const needUrl = await openGoodNeed(page);
  const own = await page.request.get(`${needUrl}/kaart.json`);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toBe("no-store");
  const body = await own.text();
  expect(body).not.toMatch(forbiddenKeys);
  expect(body).not.toMatch(/Familie|@voorbeeld\.test/);
  for (const candidate of JSON.parse(body).candidates) {
    for (const degrees of [candidate.lat, candidate.lng])
      expect(String(degrees)).toMatch(/^\d+(\.\d{1,3})?$/);
  }

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "plaatser.eemland@openhuis.test");
  const refused = await other.request.get(`${needUrl}/kaart.json`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toMatch(forbiddenKeys);
  await other.context().close();
});

test("the map's script loads on the need page only: public pages ship none", async ({ page }) => {
  for (const path of ["/", "/pleegouder-worden", "/informatiebijeenkomsten"]) {
    await page.goto(path);
    await expect(page.locator("script[src], script:not([type='application/ld+json'])")).toHaveCount(0);
  }
  await signIn(page, demo.placementWorker);
  await page.goto("/plaatsing/vragen");
  await expect(page.locator("astro-island")).toHaveCount(0);
  await openGoodNeed(page);
  await expect(page.locator("astro-island")).toHaveCount(1);
});

test("the need page with its map fits a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.placementWorker);
  await openGoodNeed(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});
