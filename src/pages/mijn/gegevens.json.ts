import type { APIRoute } from "astro";
import { getApp } from "../../server/app";
import { exportMyData } from "../../server/applications/export-my-data";

export const GET: APIRoute = async ({ locals }) => {
  if (!locals.claims) return new Response("Log eerst in.", { status: 401 });
  const { db } = await getApp();
  const data = await exportMyData(db, locals.claims);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="openhuis-mijn-gegevens.json"',
      "Cache-Control": "private, no-store",
    },
  });
};
