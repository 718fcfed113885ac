import fc from 'fast-check';
import { acknowledge } from '../../../../../nodes/core/playbook/steps/acknowledge';
import { assess } from '../../../../../nodes/core/playbook/steps/assess/assess';
import { assign } from '../../../../../nodes/core/playbook/steps/assign';
import type { CaseRecord } from '../../../../../nodes/core/playbook/case/CaseRecord';
import { channelName } from '../../../../../nodes/core/playbook/rendering/payloads/channels';
import { checkDeadlines } from '../../../../../nodes/core/playbook/steps/checkDeadlines/checkDeadlines';
import { capHtml, escapeHtml } from '../../../../../nodes/core/playbook/rendering/escaping/escapeHtml';
import { capMarkdown, escapeMarkdown } from '../../../../../nodes/core/playbook/rendering/escaping/escapeMarkdown';
import { escapePlainText, escapeReplyValue, escapeTitle } from '../../../../../nodes/core/playbook/rendering/escaping/escapePlainText';
import { capSlack, escapeSlack } from '../../../../../nodes/core/playbook/rendering/escaping/escapeSlack';
import type { ChatPayload, EmailPayload, TicketPayload } from '../../../../../nodes/core/playbook/rendering/payloads/Payloads';
import { FieldError } from '../../../../../nodes/core/errors/FieldError';
import { renderTemplate } from '../../../../../nodes/core/playbook/rendering/templates/renderTemplate';
import { respondToEvery } from '../../../../../nodes/core/playbook/steps/respondToEvery';
import { setDeadline } from '../../../../../nodes/core/playbook/steps/setDeadline';
import { takePrivate } from '../../../../../nodes/core/playbook/steps/takePrivate';
import { watch } from '../../../../../nodes/core/playbook/steps/watch/watch';
import { hostileText, INJECTIONS, megabyteOf, textWithInjection } from '../../../property/hostileInput';
import { forgedCaseFields, hostileIncident, hostileMention, hostileRouting, messageOptions } from '../../hostilePlaybookInput';
import {
	expectNoInvisible,
	expectSafeChat,
	expectSafeEmail,
	expectSafeHtml,
	expectSafeLine,
	expectSafeMarkdown,
	expectSafePlain,
	expectSafeSlack,
	expectSafeTicket,
	LIMITS,
	unescapeMarkdown,
} from '../../safeMarkup';

/**
 * One property per output channel. Each first proves that its checker fails on known-unsafe output (a
 * checker that never fails proves nothing), then runs every payload builder on hostile input and checks
 * every field of that channel.
 */

const NOW = new Date('2025-03-03T07:20:00Z');
/** A week later: every clock of the cases below has run out, so Check Deadlines writes its alerts. */
const LATE = '2025-03-10T07:20:00Z';
const anyText = fc.oneof(hostileText, textWithInjection);
const HIDDEN = ['\u202E', '\u2066', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u001B', '\u0085', '\u2028', '\u{E0041}', '\uD800'];

interface Produced {
	chats: Array<{ chat: ChatPayload; labels: string[] }>;
	markdown: string[];
	tickets: TicketPayload[];
	emails: EmailPayload[];
	/** Public replies, direct messages and drafts. */
	plain: string[];
}

/** A step either succeeds or fails with a FieldError naming a field; anything else is a bug. */
function attempt<T>(step: () => T): T | undefined {
	try {
		return step();
	} catch (error) {
		expect(error).toBeInstanceOf(FieldError);
		return undefined;
	}
}

const scenario = fc.record({
	mention: hostileMention,
	others: fc.array(hostileMention, { maxLength: 2 }),
	incident: hostileIncident,
	options: messageOptions,
	routing: hostileRouting,
	forged: forgedCaseFields,
	via: fc.constantFrom<'dm' | 'email' | 'phone'>('dm', 'email', 'phone'),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Every payload every step builds from one hostile scenario, grouped by output channel. */
function produceAll(s: Scenario): Produced {
	const out: Produced = { chats: [], markdown: [], tickets: [], emails: [], plain: [] };
	const chat = (payload: ChatPayload | undefined, labels: string[] = []) => payload && out.chats.push({ chat: payload, labels });
	const batch = [s.incident, s.mention, ...s.others];

	for (const subject of [s.mention, s.incident]) {
		const drafted = attempt(() => acknowledge(subject, s.options, NOW));
		chat(drafted?.chat);
		out.plain.push(...(drafted ? [drafted.drafts.apology, drafted.drafts.holdingStatement, drafted.reply?.text ?? ''] : []));
	}
	const moved = attempt(() => takePrivate(s.mention, { ...s.options, via: s.via, notifyEmail: 'crisis@acme.example' }, NOW));
	if (moved) {
		chat(moved.chat);
		out.tickets.push(moved.ticket);
		if (moved.email) out.emails.push(moved.email);
		out.plain.push(moved.reply.text, moved.contactRequest.text);
	}
	const brief = attempt(() => assess(batch, { samples: 3 }, NOW));
	if (brief) {
		chat(brief.chat, brief.brief.representative.map((m) => escapeSlack(channelName(m.source)).replace(/\|/g, '¦')));
		out.markdown.push(brief.markdown);
		out.tickets.push(brief.ticket);
	}
	const assigned = attempt(() => assign(s.mention, s.routing, NOW));
	if (assigned) {
		chat(assigned.chat);
		out.tickets.push(assigned.ticket);
		if (assigned.email) out.emails.push(assigned.email);
	}
	const tasks = attempt(() => respondToEvery(batch, s.options, NOW));
	for (const task of tasks?.tasks ?? []) {
		out.tickets.push(task.ticket);
		out.plain.push(task.reply.text);
	}
	chat(attempt(() => watch(batch, {}, NOW))?.chat);
	chat(attempt(() => setDeadline(s.mention, {}, NOW))?.chat);

	// Cases as the steps stored them, and one forged in a Data Table, read back by later steps.
	const stored = [tasks?.tasks[0]?.case, assigned?.case].filter((c): c is CaseRecord => c !== undefined);
	const cases = assigned ? [...stored, { ...assigned.case, ...s.forged }] : stored;
	for (const alert of attempt(() => checkDeadlines(cases.map((c) => ({ case: c })), {}, LATE))?.alerts ?? []) chat(alert.chat);
	for (const record of cases) {
		chat(attempt(() => setDeadline({ case: record }, {}, NOW))?.chat);
		chat(attempt(() => acknowledge({ case: record }, s.options, NOW))?.chat);
		const reassigned = attempt(() => assign({ case: record }, s.routing, NOW));
		chat(reassigned?.chat);
		if (reassigned) out.tickets.push(reassigned.ticket);
	}
	return out;
}

const RUNS = { numRuns: 120 };

describe('Slack channel (chat payloads)', () => {
	it.each([...INJECTIONS.filter((i) => /[<@]/.test(i)), '@ayla', '@acme/team', 'x &co', ...HIDDEN.map((h) => `a${h}b`)])('the checker flags %j', (unsafe) => {
		expect(() => expectSafeSlack(`x ${unsafe} y`, [])).toThrow();
	});

	it('the checker flags a section over 3,000 characters and a message over 40,000', () => {
		const section = (text: string): ChatPayload => ({ text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });
		expect(() => expectSafeChat(section('x'.repeat(LIMITS.slackSection + 1)), [])).toThrow();
		expect(() => expectSafeChat({ text: 'x'.repeat(LIMITS.slackText + 1), blocks: [] }, [])).toThrow();
		expect(() => expectSafeChat(section('x'.repeat(LIMITS.slackSection)), [])).not.toThrow();
	});

	it('escapeSlack leaves nothing live, and reads back as the text without hidden characters and with ＠ for @', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeSlack(text);
				expectSafeSlack(escaped, []);
				const decoded = escaped.replace(/&(lt|gt|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e] as string);
				expect(decoded.replace(/＠/g, '@')).toBe(withoutHidden(text).replace(/＠/g, '@'));
			}),
			{ numRuns: 300 },
		);
	});

	it('capSlack never cuts an entity or one of our links in half, and says it cut', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 20, max: 200 }), (text, max) => {
				const mrkdwn = `${escapeSlack(text)} <https://ok.example/a|Link> ${escapeSlack(text)}`;
				const capped = capSlack(mrkdwn, max);
				expect(capped.length).toBeLessThanOrEqual(max);
				expectSafeSlack(capped, ['Link']);
				if (capped !== mrkdwn) expect(capped.endsWith('… (truncated)')).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('every chat payload of every step is safe and within Slack limits', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				for (const { chat, labels } of produceAll(s).chats) expectSafeChat(chat, labels);
			}),
			RUNS,
		);
	});
});

describe('Markdown channel (ticket descriptions, the Assess brief)', () => {
	it.each([
		'<script>alert(1)</script>',
		'[Acme Bank](https://evil.example)',
		'![x](https://evil.example/x.png)',
		'<https://evil.example>',
		'@octocat',
		'@acme/security-team',
		'\\@octocat',
		'[~admin]',
		...HIDDEN.map((h) => `a${h}b`),
	])('the checker flags %j', (unsafe) => {
		expect(() => expectSafeMarkdown(`x ${unsafe} y`, ['link'])).toThrow();
	});

	it('the checker flags a second link smuggled after our own, and a description over 32,767 characters', () => {
		expect(() => expectSafeMarkdown('([link](https://ok.example/a)[Acme Bank](https://evil.example))', ['link'])).toThrow();
		expect(() => expectSafeMarkdown('x'.repeat(LIMITS.ticketDescription + 1), [])).toThrow();
	});

	it('escapeMarkdown leaves nothing live, and CommonMark reads it back as the text without hidden characters and with ＠ for @', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeMarkdown(text);
				expectSafeMarkdown(escaped, []);
				expect(unescapeMarkdown(escaped).replace(/＠/g, '@')).toBe(withoutHidden(text).replace(/＠/g, '@'));
			}),
			{ numRuns: 300 },
		);
	});

	it('escapeMarkdown escapes block markers on every line, whatever the line ending', () => {
		const marker = fc.constantFrom('- ', '+ ', '= ', '> ', '1. ', '12) ', '# ', '    - ');
		fc.assert(
			fc.property(fc.array(fc.tuple(marker, hostileText), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u0085'), (lines, end) => {
				const escaped = escapeMarkdown(lines.map(([m, t]) => `${m}${t.replace(/[\r\n\u0085\u2028\u2029]/g, ' ')}`).join(end));
				for (const line of escaped.split('\n')) expect(line).not.toMatch(/^\s*([-+=>#]|\d+[.)])(\s|$)/);
			}),
		);
	});

	it('capMarkdown never leaves a lone backslash or half of our link, and says it cut', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 20, max: 200 }), (text, max) => {
				const markdown = `${escapeMarkdown(text)} ([link](https://ok.example/a%29)) ${escapeMarkdown(text)}`;
				const capped = capMarkdown(markdown, max);
				expect(capped.length).toBeLessThanOrEqual(max);
				expectSafeMarkdown(capped, ['link']);
				if (capped !== markdown) expect(capped.endsWith('… (truncated)')).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('every ticket and brief of every step is safe and within Jira limits', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const produced = produceAll(s);
				for (const markdown of produced.markdown) expectSafeMarkdown(markdown, ['link']);
				for (const ticket of produced.tickets) expectSafeTicket(ticket, ['link']);
			}),
			RUNS,
		);
	});
});

describe('E-mail channel (HTML body, text body, subject)', () => {
	it.each(['<script>', '<img src=x onerror=alert(1)>', 'a & b', '"quoted"', ...HIDDEN.map((h) => `a${h}b`)])('the HTML checker flags %j', (unsafe) => {
		expect(() => expectSafeHtml(`<p>${unsafe}</p>`, ['p'])).toThrow();
	});

	it.each(['a\r\nBcc: evil@evil.example', 'a\nb', 'a\u2028b', 'a\u0085b', 'cc @octocat', 'x'.repeat(LIMITS.emailSubject + 1), 'a\u202Eb'])('the subject checker flags %j', (unsafe) => {
		expect(() => expectSafeLine(unsafe, LIMITS.emailSubject)).toThrow();
	});

	it('escapeHtml leaves nothing live and reads back as the text without hidden characters', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const escaped = escapeHtml(text);
				expectSafeHtml(escaped, []);
				const decoded = escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);
				expect(decoded).toBe(withoutHidden(text));
			}),
			{ numRuns: 300 },
		);
	});

	it('capHtml never cuts an entity or a tag, closes the paragraph it cut, and says it cut', () => {
		fc.assert(
			fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 30, max: 200 }), (lines, max) => {
				const html = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
				const capped = capHtml(html, max);
				expectSafeHtml(capped, ['p'], max);
				expect(capped.split('<p>').length).toBe(capped.split('</p>').length);
				if (capped !== html) expect(capped).toContain('… (truncated)');
			}),
			{ numRuns: 300 },
		);
	});

	it('every e-mail of every step is safe: one-line subject, escaped HTML, bodies within 50,000 characters', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				for (const email of produceAll(s).emails) expectSafeEmail(email);
			}),
			RUNS,
		);
	});
});

describe('Plain-text channels (ticket titles, public replies, direct messages, drafts)', () => {
	it.each(['a\nb', 'a\r\nb', 'cc @octocat', 'x'.repeat(LIMITS.ticketTitle + 1), ...HIDDEN.map((h) => `a${h}b`)])('the title checker flags %j', (unsafe) => {
		expect(() => expectSafeLine(unsafe, LIMITS.ticketTitle)).toThrow();
	});

	it.each(HIDDEN.map((h) => `a${h}b`))('the reply checker flags %j', (unsafe) => {
		expect(() => expectSafePlain(unsafe)).toThrow();
	});

	it('escapeTitle gives one line with no mention and nothing hidden; escapeReplyValue one line with nothing hidden; escapePlainText nothing hidden', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 20, max: 300 }), (text, max) => {
				expectSafeLine(escapeTitle(text, max), max);
				const value = escapeReplyValue(text);
				expect(value).not.toMatch(/[\r\n]/);
				expectNoInvisible(value);
				expectSafePlain(escapePlainText(text, max), max);
			}),
			{ numRuns: 300 },
		);
	});

	it('every title, reply and draft of every step is safe and within its limit', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const produced = produceAll(s);
				for (const ticket of produced.tickets) expectSafeLine(ticket.title, LIMITS.ticketTitle);
				for (const text of produced.plain) expectSafePlain(text);
			}),
			RUNS,
		);
	});
});

describe('renderTemplate: properties', () => {
	const known = ['author', 'brand', 'caseId', 'issue'];
	const name = fc.constantFrom(...known);
	// Template text is the team's own; it may hold HTML, but these tests keep it plain to see the values alone.
	const literal = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => withoutHidden(s).replace(/[{}<>&"']/g, ''));
	const template = fc.array(fc.oneof(literal, name.map((n) => `{{${n}}}`), name.map((n) => `{{ ${n} }}`)), { maxLength: 10 }).map((parts) => parts.join(''));
	const values = fc.record({ author: anyText, brand: anyText, caseId: anyText, issue: anyText }).map((v) =>
		Object.fromEntries(Object.entries(v).map(([k, t]) => [k, t === '' ? 'x' : t])),
	);

	it('fills each placeholder with its escaped value and nothing else; values are never expanded again', () => {
		fc.assert(
			fc.property(template, values, (tpl, vals) => {
				const rendered = renderTemplate(tpl, vals, { name: 't', known, escape: escapeHtml });
				const expected = tpl.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, n: string) => escapeHtml(vals[n]));
				expect(rendered).toBe(expected);
				expectSafeHtml(rendered, []);
			}),
			{ numRuns: 300 },
		);
	});

	it('is deterministic and leaves text without placeholders untouched', () => {
		fc.assert(
			fc.property(literal, values, (text, vals) => {
				expect(renderTemplate(text, vals, { name: 't', known })).toBe(text);
				expect(renderTemplate(text, vals, { name: 't', known })).toBe(renderTemplate(text, vals, { name: 't', known }));
			}),
		);
	});

	it('names the template and the placeholder when a value is missing or a placeholder is unknown', () => {
		fc.assert(
			fc.property(fc.constantFrom('autor', 'Brand', 'x.y', ''), name, (unknown, missing) => {
				expect(() => renderTemplate(`Hi {{${unknown}}}`, {}, { name: 'templates.apologyReply.warm', known })).toThrow(
					new RegExp(`templates\\.apologyReply\\.warm: unknown placeholder \\{\\{${unknown.replace('.', '\\.')}\\}\\}`),
				);
				let thrown: unknown;
				try {
					renderTemplate(`Hi {{${missing}}}`, { [missing]: '' }, { name: 'templates.holdingStatement.formal', known });
				} catch (error) {
					thrown = error;
				}
				expect(thrown).toBeInstanceOf(FieldError);
				expect((thrown as FieldError).message).toContain(`{{${missing}}}`);
			}),
		);
	});

	it('escapes a 1 MB value whole', () => {
		const rendered = renderTemplate('<p>{{author}}</p>', { author: megabyteOf('<script>@here ') }, { name: 't', known, escape: escapeHtml });
		expectSafeHtml(rendered, ['p'], Infinity);
	});
});

/** What every channel does to text before escaping it, written out independently of the code under test. */
function withoutHidden(text: string): string {
	let out = '';
	const points = [...text.replace(/\r\n|\r|\u0085|\u2028|\u2029/g, '\n')];
	points.forEach((ch, i) => {
		const code = ch.codePointAt(0) as number;
		const zwjInEmoji = code === 0x200d && /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u.test(points[i - 1] ?? '') && /\p{Extended_Pictographic}/u.test(points[i + 1] ?? '');
		const hidden =
			(code < 0x20 && ch !== '\t' && ch !== '\n') ||
			(code >= 0x7f && code <= 0x9f) ||
			[0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0].includes(code) ||
			(code >= 0x200b && code <= 0x200f && !zwjInEmoji) ||
			(code >= 0x202a && code <= 0x202e) ||
			(code >= 0x2060 && code <= 0x206f) ||
			(code >= 0xfff9 && code <= 0xfffb) ||
			(code >= 0xe0000 && code <= 0xe007f);
		if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
		else if (!hidden) out += ch;
	});
	return out;
}
