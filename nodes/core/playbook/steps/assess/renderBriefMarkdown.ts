import { channelName } from '../../rendering/payloads/channels';
import { clip } from '../../rendering/escaping/clip';
import { capMarkdown, escapeMarkdown, markdownLink } from '../../rendering/escaping/escapeMarkdown';
import type { BriefLabels } from '../../rendering/templates/MessageTemplates';
import type { SituationBrief } from './SituationBrief';
import { briefLines } from './briefLines';

/** The brief as Markdown (tickets, GitHub issues, e-mail bodies); user text is escaped, the whole capped. */
export function renderBriefMarkdown(brief: SituationBrief, labels: BriefLabels): string {
	const lines = briefLines(brief, labels, escapeMarkdown);
	const out = [`## ${lines.title}`, ''];
	for (const [label, value] of lines.facts) out.push(`**${label}:** ${value}  `);
	if (brief.what.reasons.length > 0)
		out.push('', ...brief.what.reasons.map((r) => `> ${escapeMarkdown(clip(r))}`));
	out.push('', `### ${labels.representative}`, '');
	brief.representative.forEach((m, i) => {
		const link = m.url ? ` (${markdownLink(m.url, 'link')})` : '';
		out.push(
			`${i + 1}. **${escapeMarkdown(m.author)}** · ${escapeMarkdown(channelName(m.source))} · risk ${m.risk}${link}`,
		);
		out.push(`   > ${escapeMarkdown(clip(m.text))}`);
	});
	out.push(
		'',
		`### ${labels.openQuestions}`,
		'',
		...brief.openQuestions.map((q) => `- ${escapeMarkdown(q)}`),
	);
	return capMarkdown(out.join('\n'));
}
