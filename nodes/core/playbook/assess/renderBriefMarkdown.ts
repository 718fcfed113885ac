import { channelName } from '../channels';
import { escapeMarkdown } from '../escapeMarkdown';
import type { BriefLabels } from '../templates/MessageTemplates';
import type { SituationBrief } from './SituationBrief';
import { briefLines } from './briefLines';

/** The brief as Markdown (tickets, GitHub issues, e-mail bodies); user text is escaped. */
export function renderBriefMarkdown(brief: SituationBrief, labels: BriefLabels): string {
	const lines = briefLines(brief, labels, escapeMarkdown);
	const out = [`## ${lines.title}`, ''];
	for (const [label, value] of lines.facts) out.push(`**${label}:** ${value}  `);
	if (brief.what.reasons.length > 0) out.push('', ...brief.what.reasons.map((r) => `> ${escapeMarkdown(r)}`));
	out.push('', `### ${labels.representative}`, '');
	brief.representative.forEach((m, i) => {
		const link = isWebLink(m.url) ? ` ([link](${linkDestination(m.url)}))` : '';
		out.push(`${i + 1}. **${escapeMarkdown(m.author)}** · ${escapeMarkdown(channelName(m.source))} · risk ${m.risk}${link}`);
		out.push(`   > ${escapeMarkdown(clip(m.text))}`);
	});
	out.push('', `### ${labels.openQuestions}`, '', ...brief.openQuestions.map((q) => `- ${escapeMarkdown(q)}`));
	return out.join('\n');
}

/** Only http(s) links become links; a javascript: or data: URL from a post stays out of rendered markup. */
export function isWebLink(url: string): boolean {
	return /^https?:\/\/[^\s]+$/i.test(url);
}

/**
 * A URL as a Markdown link destination. Parentheses, backslashes and angle brackets are percent-encoded:
 * a post URL like `https://a.example/x)[Bank](https://evil.example` would otherwise close our link and
 * open a second one whose label the poster chose (encodeURIComponent leaves parentheses as they are).
 */
function linkDestination(url: string): string {
	return url.replace(/[()\\<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function clip(text: string, max = 280): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
