import { buildChat } from '../../rendering/payloads/buildChat';
import { channelName } from '../../rendering/payloads/channels';
import { clip } from '../../rendering/escaping/clip';
import { escapeSlack, slackLink } from '../../rendering/escaping/escapeSlack';
import type { ChatPayload } from '../../rendering/payloads/Payloads';
import type { BriefLabels } from '../../rendering/templates/MessageTemplates';
import { briefLines } from './briefLines';
import type { SituationBrief } from './SituationBrief';

/** The brief as a Slack message (mrkdwn text + Block Kit); user text is escaped, links are Slack links we build. */
export function renderBriefSlack(brief: SituationBrief, labels: BriefLabels): ChatPayload {
	const lines = briefLines(brief, labels, escapeSlack);
	const facts = lines.facts.map(([label, value]) => `*${label}:* ${value}`).join('\n');
	const reasons = brief.what.reasons.map((r) => `> ${escapeSlack(clip(r))}`).join('\n');
	const samples = brief.representative
		.map(
			(m, i) =>
				`${i + 1}. *${escapeSlack(m.author)}* · ${slackLink(m.url, channelName(m.source))} · risk ${m.risk}\n> ${escapeSlack(clip(m.text, 200))}`,
		)
		.join('\n');
	const questions = brief.openQuestions.map((q) => `• ${escapeSlack(q)}`).join('\n');
	return buildChat(lines.title, [
		facts,
		reasons,
		`*${labels.representative}*\n${samples}`,
		`*${labels.openQuestions}*\n${questions}`,
	]);
}
