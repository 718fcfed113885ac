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
		const link = isWebLink(m.url) ? ` ([link](${m.url.replace(/[()\s]/g, encodeURIComponent)}))` : '';
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

export function clip(text: string, max = 280): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
