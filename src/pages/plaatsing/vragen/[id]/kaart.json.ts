import type { APIRoute } from "astro";
import { parseCandidateFilters } from "../../../../domain/placement/candidate-filters";
import { getApp } from "../../../../server/app";
import { getCandidateMap } from "../../../../server/placement/get-candidate-map";

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

/** The need page's map data: non-identifying, for placement workers of the need's organisation only. */
export const GET: APIRoute = async ({ locals, params, url }) => {
  const id = params.id ?? "";
  if (!locals.claims || !/^[0-9a-f-]{36}$/i.test(id)) return notFound();
  const { db } = await getApp();
  const map = await getCandidateMap(db, locals.claims, id, parseCandidateFilters(url.searchParams).filters);
  if (!map) return notFound();
  return new Response(JSON.stringify(map), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
};
