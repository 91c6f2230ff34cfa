import type { APIRoute } from "astro";
import { qrSvg } from "../../../../server/images/qr-code";
import { campaignQrFor } from "../../../../server/recruiter-campaigns/campaign-qr";

export const GET: APIRoute = async ({ params, locals }) => {
  const qr = locals.claims ? await campaignQrFor(locals.claims, params.id ?? "") : undefined;
  if (!qr) return new Response(null, { status: 404 });
  return new Response(qrSvg(qr.matrix, `QR-code naar ${qr.link}`), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
