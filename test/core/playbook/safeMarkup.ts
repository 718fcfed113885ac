import type {
	ChatPayload,
	EmailPayload,
	TicketPayload,
} from '../../../nodes/core/playbook/rendering/payloads/Payloads';

/**
 * Checks that rendered output carries no markup, mention or hidden character a poster could have
 * injected, and fits its target. Each checker knows the markup our own renderers legitimately write and
 * fails on anything else that would be live. They are written apart from the code under test (no shared
 * helpers), so a bug there cannot hide itself here.
 */

/** What each target accepts, as documented by the target (see README, Security). */
export const LIMITS = {
	slackSection: 3_000,
	slackText: 40_000,
	slackBlocks: 50,
	ticketTitle: 255,
	ticketDescription: 32_767,
	ticketLabel: 50,
	emailSubject: 200,
	emailBody: 50_000,
	plainText: 10_000,
};

/** CommonMark backslash escapes (a backslash before ASCII punctuation), read back as the plain character. */
export function unescapeMarkdown(markdown: string): string {
	return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Every mrkdwn string of a chat payload: the message text, then each block's text and context elements. */
export function chatTexts(chat: ChatPayload): string[] {
	const texts = [chat.text];
	for (const block of chat.blocks) {
		const text = block.text as { text?: string } | undefined;
		if (text?.text !== undefined) texts.push(text.text);
		for (const element of (block.elements as Array<{ text?: string }> | undefined) ?? [])
			if (element.text !== undefined) texts.push(element.text);
	}
	return texts;
}

const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;

/**
 * No control character but tab and line feed, no bidi control, no zero-width or other invisible format
 * character, no lone surrogate. A zero-width joiner between two emoji (👨‍👩‍👧) and the tag characters of a
 * subdivision flag (🏴 England) are part of the emoji and allowed.
 */
export function expectNoInvisible(text: string): void {
	const points = [...text];
	points.forEach((ch, i) => {
		const code = ch.codePointAt(0) as number;
		const bad =
			(code < 0x20 && ch !== '\t' && ch !== '\n') ||
			(code >= 0x7f && code <= 0x9f) ||
			[
				0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x2028, 0x2029, 0x3164, 0xfeff,
				0xffa0,
			].includes(code) ||
			(code >= 0x200b &&
				code <= 0x200f &&
				!(
					code === 0x200d &&
					PICTOGRAPH.test(points[i - 1] ?? '') &&
					/\p{Extended_Pictographic}/u.test(points[i + 1] ?? '')
				)) ||
			(code >= 0x202a && code <= 0x202e) ||
			(code >= 0x2060 && code <= 0x206f) ||
			(code >= 0xfff9 && code <= 0xfffb) ||
			(code >= 0xd800 && code <= 0xdfff) ||
			(code >= 0xe0000 && code <= 0xe007f && !isFlagTag(points, i));
		if (bad)
			expect({
				at: i,
				codePoint: `U+${code.toString(16).toUpperCase()}`,
				near: points.slice(Math.max(0, i - 10), i + 10).join(''),
			}).toBeUndefined();
	});
}

function isFlagTag(points: string[], i: number): boolean {
	let start = i;
	while (start > 0 && /[\u{E0020}-\u{E007F}]/u.test(points[start - 1])) start--;
	return points[start - 1] === '\u{1F3F4}';
}

/** No @user or @org/team that GitHub, Slack (with link_names) or Jira would turn into a notification. */
export function expectNoMentions(text: string): void {
	const mention = /(^|[^A-Za-z0-9_])@[\p{L}\p{N}_]/u.exec(text);
	expect(
		mention ? text.slice(Math.max(0, mention.index - 20), mention.index + 30) : null,
	).toBeNull();
}

/** HTML: only the listed tags (without attributes); no other tag, quote or bare ampersand; nothing hidden. */
export function expectSafeHtml(html: string, allowedTags: string[], max = LIMITS.emailBody): void {
	const allowed = new RegExp(`</?(${allowedTags.join('|') || '(?!)'})>`, 'g');
	const rest = html.replace(allowed, '');
	expect(rest).not.toMatch(/[<>"']/);
	expect(rest.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
	expectNoInvisible(html);
	expect(html.length).toBeLessThanOrEqual(max);
}

/**
 * Slack mrkdwn: every `<…>` is one of our links `<https://…|label>` with a label we chose; no mention
 * (@here, @channel, @user) survives; ampersands only start the three Slack entities; nothing hidden.
 */
export function expectSafeSlack(text: string, allowedLabels: string[]): void {
	for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
		const link = /<https?:\/\/[^|<>\s]+\|([^<>|]*)>/y;
		link.lastIndex = at;
		const match = link.exec(text);
		expect({ at, sequence: text.slice(at, at + 60), link: match !== null }).toEqual({
			at,
			sequence: text.slice(at, at + 60),
			link: true,
		});
		expect(allowedLabels).toContain((match as RegExpExecArray)[1]);
	}
	expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
	expectNoInvisible(text);
	// As Slack shows it: our link targets set aside, entities decoded.
	const shown = text
		.replace(/<https?:\/\/[^|<>\s]+\|/g, '<')
		.replace(/&(lt|gt|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e] as string);
	expectNoMentions(shown);
}

/** A whole chat payload: every string safe, every block within Slack's limits. */
export function expectSafeChat(chat: ChatPayload, allowedLabels: string[]): void {
	const [text, ...blockTexts] = chatTexts(chat);
	for (const mrkdwn of [text, ...blockTexts]) expectSafeSlack(mrkdwn, allowedLabels);
	expect(text.length).toBeLessThanOrEqual(LIMITS.slackText);
	for (const mrkdwn of blockTexts) expect(mrkdwn.length).toBeLessThanOrEqual(LIMITS.slackSection);
	expect(chat.blocks.length).toBeLessThanOrEqual(LIMITS.slackBlocks);
}

/**
 * Markdown: no raw HTML or autolink, no image, no link except our own `[label](http…)` ones, no mention
 * outside them, nothing hidden, within Jira's description limit. Escaped characters are set aside
 * first: they render as plain text.
 */
export function expectSafeMarkdown(
	markdown: string,
	ownLinkLabels: string[],
	max = LIMITS.ticketDescription,
): void {
	const withoutOwnLinks = ownLinkLabels.reduce(
		(text, label) =>
			text.split(new RegExp(`\\[${label}\\]\\(https?://[^\\s()<>\\\\]*\\)`)).join(''),
		markdown,
	);
	expect(withoutOwnLinks.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[<[\]]/);
	// As the tracker shows it: escapes read back as the plain character.
	expectNoMentions(unescapeMarkdown(withoutOwnLinks));
	expectNoInvisible(markdown);
	expect(markdown.length).toBeLessThanOrEqual(max);
}

/** One line of plain text (a title, a subject): no line break of any kind, no mention, nothing hidden, capped. */
export function expectSafeLine(text: string, max: number): void {
	expect(text).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
	expectNoInvisible(text);
	expectNoMentions(text);
	expect(text.length).toBeLessThanOrEqual(max);
}

/** Plain text (a reply, an e-mail body): nothing hidden, capped. */
export function expectSafePlain(text: string, max = LIMITS.plainText): void {
	expectNoInvisible(text);
	expect(text.length).toBeLessThanOrEqual(max);
}

export function expectSafeTicket(ticket: TicketPayload, ownLinkLabels: string[]): void {
	expectSafeLine(ticket.title, LIMITS.ticketTitle);
	expectSafeMarkdown(ticket.description, ownLinkLabels);
	for (const label of ticket.labels)
		expect(label).toMatch(new RegExp(`^[a-z0-9._-]{1,${LIMITS.ticketLabel}}$`));
}

export function expectSafeEmail(email: EmailPayload): void {
	expect(email.to).not.toMatch(/[\s,;<>]/);
	expectSafeLine(email.subject, LIMITS.emailSubject);
	expectSafePlain(email.text, LIMITS.emailBody);
	expectSafeHtml(email.html, ['p']);
}
