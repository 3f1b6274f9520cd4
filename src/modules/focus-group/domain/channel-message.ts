import { impactFigure, principleTitle, type Story } from "./story";

/**
 * The Teams channel message a success story becomes. Teams renders the body as HTML, so every piece
 * of list text is escaped here (a title such as `<img src=x onerror=…>` arrives as those characters,
 * not as markup), and the only markup is ours: paragraphs, bold labels, line breaks and one link.
 */

/** Text as HTML text: the five characters that could open or close markup or an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Long fields are cut so the post stays readable (and far below Teams' message size); the link has the rest. */
export const FIELD_LIMIT = 1000;

function shorten(text: string, limit = FIELD_LIMIT): string {
  const tidy = text.trim();
  return tidy.length <= limit ? tidy : `${tidy.slice(0, limit - 1).trimEnd()}…`;
}

/** Escaped text with its line breaks kept. */
const asHtml = (text: string) => escapeHtml(shorten(text)).replace(/\r?\n/g, "<br>");

/** Only web links go in the post's one anchor: anything else (javascript:, data:) is left out. */
function safeLink(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export interface ChannelMessage {
  body: { contentType: "html"; content: string };
}

/** The message for a story, with a link back to it (a Teams deep link, or the hub's own address). */
export function storyMessage(story: Pick<Story, "title" | "whatChanged" | "dataUsed" | "impactValue" | "impactUnit" | "impactDescription" | "service" | "principleKey">, link: string): ChannelMessage {
  const parts = [`<p><strong>Success story: ${asHtml(story.title)}</strong></p>`, `<p>${asHtml(story.whatChanged)}</p>`];
  const figure = impactFigure(story);
  const impact = [figure, story.impactDescription?.trim()].filter(Boolean).join(": ");
  if (impact) parts.push(`<p><strong>Impact:</strong> ${asHtml(impact)}</p>`);
  if (story.dataUsed?.trim()) parts.push(`<p><strong>Data used:</strong> ${asHtml(story.dataUsed)}</p>`);
  const where = [story.service?.trim() ? `<strong>Service:</strong> ${asHtml(story.service)}` : null, story.principleKey ? `<strong>Principle:</strong> ${asHtml(principleTitle(story.principleKey)!)}` : null].filter(Boolean);
  if (where.length) parts.push(`<p>${where.join(" · ")}</p>`);
  const href = safeLink(link);
  if (href) parts.push(`<p><a href="${escapeHtml(href)}">Read the story in Data Hub</a></p>`);
  return { body: { contentType: "html", content: parts.join("") } };
}
