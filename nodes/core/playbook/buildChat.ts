import type { ChatPayload, SlackBlock } from './Payloads';

// Slack rejects section text over 3000 characters.
const SLACK_SECTION_LIMIT = 3000;

/**
 * A chat message from parts that are already Slack-safe (callers escape user text with escapeSlack):
 * a header line, mrkdwn sections and an optional context footer. `text` carries the same content for
 * notifications and for Teams/Mattermost, which read it as plain markdown.
 */
export function buildChat(header: string, sections: string[], context?: string): ChatPayload {
	const blocks: SlackBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: clip(`*${header}*`) } }];
	for (const section of sections) {
		if (section.trim() !== '') blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(section) } });
	}
	if (context) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(context) }] });
	const text = [`*${header}*`, ...sections.filter((s) => s.trim() !== ''), ...(context ? [context] : [])].join('\n\n');
	return { text, blocks };
}

function clip(text: string): string {
	return text.length <= SLACK_SECTION_LIMIT ? text : `${text.slice(0, SLACK_SECTION_LIMIT - 1)}…`;
}
