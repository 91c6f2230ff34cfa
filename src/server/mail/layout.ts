import type { OutgoingMail } from "../sql/with-user";

export interface EmailContent {
  kind: string;
  to: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  /** A highlighted value such as a sign-in code. */
  highlight?: { label: string; value: string };
  action?: { label: string; url: string };
  /** The sign-off; null when the text brings its own (a recruiter's template). */
  closing?: string | null;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The one way to render an email: plain, accessible HTML (lang, one column, real text) plus a text part. */
export function renderEmail(content: EmailContent): OutgoingMail {
  const closing = content.closing === undefined ? "Met vriendelijke groet,\nOpenhuis" : content.closing;
  const withLineBreaks = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:560px;margin:0 auto">
<h1 style="font-size:22px;color:#1a1a1a">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((paragraph) => `<p>${withLineBreaks(paragraph)}</p>`).join("\n")}
${
  content.highlight
    ? `<p>${escapeHtml(content.highlight.label)}</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px" aria-label="${escapeHtml(content.highlight.value.split("").join(" "))}">${escapeHtml(content.highlight.value)}</p>`
    : ""
}
${
  content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#0b5394;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`
    : ""
}
${closing === null ? "" : `<p>${withLineBreaks(closing)}</p>`}
</main>
</body>
</html>`;
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(content.highlight ? [`${content.highlight.label} ${content.highlight.value}`, ""] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    ...(closing === null ? [] : [closing]),
  ]
    .join("\n")
    .trimEnd();
  return { kind: content.kind, to: content.to, subject: content.subject, html, text };
}
