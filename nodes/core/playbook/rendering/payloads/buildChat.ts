import { capSlack, SLACK_LIMITS } from '../escaping/escapeSlack';
import type { ChatPayload, SlackBlock } from './Payloads';

/**
 * A chat message from parts that are already Slack-safe (callers escape untrusted text with escapeSlack):
 * a header line, mrkdwn sections and an optional context footer. `text` carries the same content for
 * notifications and for Teams/Mattermost, which read it as plain markdown. Every field is capped to what
 * Slack accepts, with a visible marker.
 */
export function buildChat(header: string, sections: string[], context?: string): ChatPayload {
	const parts = [`*${header}*`, ...sections.filter((s) => s.trim() !== '')];
	const blocks: SlackBlock[] = parts.map((part) => ({
		type: 'section',
		text: { type: 'mrkdwn', text: capSlack(part, SLACK_LIMITS.textObject) },
	}));
	if (context)
		blocks.push({
			type: 'context',
			elements: [{ type: 'mrkdwn', text: capSlack(context, SLACK_LIMITS.textObject) }],
		});
	const text = capSlack(
		[...parts, ...(context ? [context] : [])].join('\n\n'),
		SLACK_LIMITS.messageText,
	);
	return { text, blocks };
}
