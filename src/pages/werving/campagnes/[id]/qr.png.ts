import type { APIRoute } from "astro";
import { qrPng } from "../../../../server/images/qr-code";
import { campaignQrFor } from "../../../../server/recruiter-campaigns/campaign-qr";

/** Pixels per QR module: a version 7 code is then about 530 pixels wide, sharp on an A4 flyer. */
const modulePixels = 10;

export const GET: APIRoute = async ({ params, locals }) => {
  const qr = locals.claims ? await campaignQrFor(locals.claims, params.id ?? "") : undefined;
  if (!qr) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(qrPng(qr.matrix, modulePixels)), {
    headers: { "Content-Type": "image/png" },
  });
};
