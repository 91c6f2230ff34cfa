import type { APIRoute } from "astro";
import { getApp } from "../../server/app";
import { exportSupplyAndDemand } from "../../server/placement/export-supply-and-demand";

/** The overview's table as a download (a form post, so it works without JavaScript); the middleware admits placement workers and admins only. */
export const POST: APIRoute = async ({ locals, request, redirect }) => {
  const claims = locals.claims;
  if (!claims) return redirect("/inloggen?next=/plaatsing", 303);
  const form = await request.formData();
  const region = form.get("regio");
  const regionId = typeof region === "string" && /^[0-9a-f-]{36}$/i.test(region) ? region : null;
  const { db } = await getApp();
  const exported = await exportSupplyAndDemand(db, claims, regionId);
  if (!exported) {
    return redirect(
      `/plaatsing?${new URLSearchParams({ ...(regionId ? { regio: regionId } : {}), export: "leeg" })}#export`,
      303,
    );
  }
  const day = new Date().toISOString().slice(0, 10);
  // The byte order mark makes spreadsheet programs read the file as UTF-8.
  return new Response(`\uFEFF${exported.csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="vrije-plekken-en-vragen-${day}.csv"`,
    },
  });
};
