import type { IConnections, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { CaseRecord } from '../../nodes/core/playbook/case/CaseRecord';
import type { ChatPayload } from '../../nodes/core/playbook/rendering/payloads/Payloads';
import type { CategoryName, CrisisScore, RiskLevel, SentimentLabel } from '../../nodes/core/scoring/CrisisScore';
import { expectSafeChat } from '../core/playbook/safeMarkup';
import { node, runWorkflow } from './harness/engine';

const STEP = 'Playbook Step';
const MINUTE = 60_000;

function ago(minutes: number): string {
	return new Date(Date.now() - minutes * MINUTE).toISOString();
}

interface MentionSpec {
	id: string;
	text?: string;
	level?: RiskLevel;
	label?: SentimentLabel;
	categories?: CategoryName[];
	language?: 'en' | 'tr';
	source?: string;
	createdAt?: string;
	handle?: string;
	followers?: number;
	scored?: boolean;
	tagged?: boolean;
}

/** A mention as Mention Fetch emits it, with `crisis` as Crisis Score adds it. */
function mention(spec: MentionSpec): IDataObject {
	const source = spec.source ?? 'x';
	const language = spec.language ?? 'en';
	const crisis: CrisisScore = {
		risk: { low: 15, medium: 40, high: 65, critical: 88 }[spec.level ?? 'medium'],
		level: spec.level ?? 'medium',
		language,
		sentiment: { score: spec.label === 'positive' ? 4 : spec.label === 'neutral' ? 0 : -6, label: spec.label ?? 'negative' },
		categories: (spec.categories ?? []).map((name) => ({ name, matches: [name === 'delivery' ? 'late' : name] })),
		reach: 42,
		reasons: ['negative wording', 'large audience'],
	};
	return {
		id: `${source}:${spec.id}`,
		source,
		url: `https://${source}.example/status/${spec.id}`,
		text: spec.text ?? 'My parcel is two weeks late and @AcmeCargo never answers. #AcmeFail',
		language,
		createdAt: spec.createdAt ?? ago(30),
		author: { id: `u-${spec.id}`, handle: spec.handle ?? `user${spec.id}`, name: 'Ayla K.', followers: spec.followers ?? 1200, verified: false },
		engagement: { likes: 40, replies: 6, shares: 12 },
		tagged: spec.tagged ?? true,
		query: 'acme',
		brand: 'Acme',
		...(spec.scored === false ? {} : { crisis: crisis as unknown as IDataObject }),
	};
}

/** An alert as Crisis Score's Detect Crisis emits it, with its riskiest mentions under `samples`. */
function incident(overrides: IDataObject = {}, samples: IDataObject[] = []): IDataObject {
	return {
		at: ago(5),
		brand: 'Acme',
		level: 'high',
		state: 'opened',
		incident: 'acme-delivery-burst',
		volume: 42,
		baseline: 3.5,
		negative: 30,
		reasons: ['42 mentions in 10 min where 3.5 are usual'],
		sampleIds: samples.map((sample) => sample.id as string),
		since: ago(40),
		samples,
		...overrides,
	};
}

function step(parameters: IDataObject, extra = {}) {
	return node(STEP, 'playbookStep', parameters as never, extra);
}

async function run(parameters: IDataObject, input: IDataObject[], extra = {}) {
	return await runWorkflow({ nodes: [step(parameters, extra)], input: input.map((json) => ({ json })) });
}

async function output(parameters: IDataObject, input: IDataObject[], outputIndex = 0, extra = {}) {
	return (await run(parameters, input, extra)).output(STEP, outputIndex);
}

function caseOf(item: INodeExecutionData): CaseRecord {
	return item.json.case as unknown as CaseRecord;
}

function chain(first: IDataObject, second: IDataObject): { nodes: ReturnType<typeof step>[]; connections: IConnections } {
	return {
		nodes: [node('First', 'playbookStep', first as never), node('Second', 'playbookStep', second as never)],
		connections: { First: { main: [[{ node: 'Second', type: 'main', index: 0 }]] } },
	};
}

const HOSTILE = '<script>alert(1)</script> <!channel> @here this is a scam, refund me';

describe('Playbook Step: Assess', () => {
	const batch = [
		mention({ id: '1', level: 'high', categories: ['delivery'], followers: 90000 }),
		mention({ id: '2', level: 'medium', categories: ['delivery', 'service'] }),
		mention({ id: '3', level: 'low', label: 'neutral', tagged: false, source: 'reddit' }),
		mention({ id: '4', level: 'critical', categories: ['billing'], text: 'They charged me twice and refuse a refund', handle: 'mert' }),
	];

	it('turns the whole batch into one brief, paired with every input item', async () => {
		const items = await output({ operation: 'assess' }, batch);
		expect(items).toHaveLength(1);
		const [brief] = items;
		expect(brief.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		const body = brief.json.brief as IDataObject;
		expect(body.howMany).toMatchObject({ mentions: 4, negative: 3 });
		expect(body.where).toMatchObject({ tagged: 3, untagged: 1 });
		expect((body.representative as unknown[]).length).toBe(3);
		expect(brief.json.markdown).toMatch(/Situation brief/);
		expect(brief.json.markdown).toMatch(/delivery \(2\)/);
		const chat = brief.json.chat as { text: string; blocks: Array<{ type: string }> };
		expect(chat.blocks[0].type).toBe('section');
		const ticket = brief.json.ticket as IDataObject;
		expect(ticket.priority).toBe('Highest');
		expect(caseOf(brief).level).toBe('critical');
		expect([...caseOf(brief).mentionIds].sort()).toEqual(['reddit:3', 'x:1', 'x:2', 'x:4']);
		expect(caseOf(brief).timeline.map((entry) => entry.step)).toEqual(['open', 'assess']);
	});

	it('escapes the posters\' markup in the brief: no live HTML, Slack broadcasts or mentions', async () => {
		const hostile = mention({ id: '6', level: 'critical', text: HOSTILE, handle: '<!channel>', categories: ['fraud'] });
		const [brief] = await output({ operation: 'assess' }, [hostile]);
		const chat = brief.json.chat as { text: string; blocks: unknown[] };
		for (const rendered of [chat.text, JSON.stringify(chat.blocks)]) expect(rendered).not.toMatch(/<script>|<!channel>|@here/);
		expect(chat.text).toContain('&lt;script&gt;');
		// Markdown (the brief, the ticket): every '<' arrives backslash-escaped, so none opens a tag.
		for (const rendered of [brief.json.markdown as string, (brief.json.ticket as { description: string }).description]) {
			expect(rendered).not.toMatch(/(^|[^\\])</);
		}
		expect(brief.json.markdown).toContain('\\<script\\>');
	});

	it('writes the brief in Turkish and quotes as many samples as asked', async () => {
		const [brief] = await output({ operation: 'assess', language: 'tr', assessOptions: { samples: 1 } }, batch);
		expect(brief.json.markdown).toMatch(/Durum/);
		expect((brief.json.brief as { representative: unknown[] }).representative).toHaveLength(1);
		expect((brief.json.brief as { language: string }).language).toBe('tr');
	});

	it('reads the sample mentions an incident from Detect Crisis carries, and lands on the incident case', async () => {
		const samples = batch.slice(0, 3);
		const [brief] = await output({ operation: 'assess' }, [incident({}, samples), samples[0]]);
		const body = brief.json.brief as { howMany: { mentions: number }; what: { reasons: string[] }; trend: { volume: number } };
		expect(body.howMany.mentions).toBe(3);
		expect(body.what.reasons).toEqual(['42 mentions in 10 min where 3.5 are usual']);
		expect(body.trend.volume).toBe(42);
		expect(caseOf(brief).origin).toEqual({ kind: 'incident', id: 'acme-delivery-burst' });
		expect(brief.pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('names the missing field and the item; with Continue On Fail the brief still comes out', async () => {
		const broken = { ...batch[1], author: { name: 'no handle' } };
		const failed = await run({ operation: 'assess' }, [batch[0], broken]);
		expect(failed.error(STEP)?.message).toMatch(/mention\.author\.handle/);
		expect((failed.error(STEP) as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);

		const items = await output({ operation: 'assess' }, [batch[0], broken], 0, { continueOnFail: true });
		expect(items).toHaveLength(2);
		expect((items[0].json.brief as { howMany: { mentions: number } }).howMany.mentions).toBe(1);
		expect(items[0].pairedItem).toEqual([{ item: 0 }]);
		expect(items[1].json.error).toMatch(/mention\.author\.handle/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('says since when in the chosen time zone, and rejects one that does not exist', async () => {
		const early = mention({ id: '5', createdAt: '2025-03-07T14:00:00Z' });
		const [istanbul] = await output({ operation: 'assess' }, [early]);
		expect((istanbul.json.brief as { since: { firstLocal: string } }).since.firstLocal).toBe('7 Mar, 17:00 GMT+3');
		const [newYork] = await output({ operation: 'assess', timeZone: 'America/New_York' }, [early]);
		expect((newYork.json.brief as { since: { firstLocal: string } }).since.firstLocal).toBe('7 Mar, 09:00 GMT-5');
		const failed = await run({ operation: 'assess', timeZone: 'Mars/Olympus' }, [early]);
		expect(failed.error(STEP)?.message).toMatch(/^Time Zone: "Mars\/Olympus" is not an IANA time zone/);
	});

	it('says why when no item is readable', async () => {
		const failed = await run({ operation: 'assess' }, [{ hello: 'world' }]);
		expect(failed.error(STEP)?.message).toMatch(/^item: expected a mention/);
	});

	it('runs on its own output without adding to the timeline twice', async () => {
		const first = await output({ operation: 'assess' }, batch);
		const again = await output({ operation: 'assess' }, batch.map((json) => ({ ...json, case: first[0].json.case })));
		expect(caseOf(again[0]).timeline).toEqual(caseOf(first[0]).timeline);
		expect(caseOf(again[0]).caseId).toBe(caseOf(first[0]).caseId);
	});
});

describe('Playbook Step: Set Deadline', () => {
	// Friday 7 March 2025, 17:00 in Istanbul (UTC+3), 09:00 in New York (EST, before US daylight saving).
	const friday = mention({ id: '10', level: 'medium', createdAt: '2025-03-07T14:00:00Z' });

	it('counts business hours in Istanbul across the weekend, and keeps the input fields', async () => {
		const [item] = await output({ operation: 'setDeadline' }, [friday]);
		expect(item.json.deadlines).toMatchObject({ firstResponseDue: '2025-03-10T09:00:00Z', timeZone: 'Europe/Istanbul', roundTheClock: false });
		expect(item.json.firstResponseLocal).toBe('10 Mar, 12:00 GMT+3');
		expect(item.json.text).toBe(friday.text);
		expect(item.json.crisis).toEqual(friday.crisis);
		expect(caseOf(item).deadlines?.firstResponseDue).toBe('2025-03-10T09:00:00Z');
		expect(item.pairedItem).toEqual({ item: 0 });
		expect((item.json.chat as { text: string }).text).toMatch(/deadlines set \(medium\)/);
	});

	it('follows the time zone, the holidays, the targets and the round-the-clock levels', async () => {
		const newYork = await output({ operation: 'setDeadline', timeZone: 'America/New_York' }, [friday]);
		expect((newYork[0].json.deadlines as IDataObject).firstResponseDue).toBe('2025-03-07T18:00:00Z');

		const holiday = await output({ operation: 'setDeadline', deadlinePolicy: { holidays: '2025-03-10' } }, [friday]);
		expect((holiday[0].json.deadlines as IDataObject).firstResponseDue).toBe('2025-03-11T09:00:00Z');

		const allHours = await output({ operation: 'setDeadline', deadlinePolicy: { roundTheClock: ['medium'], mediumFirstResponse: '2h' } }, [friday]);
		expect(allHours[0].json.deadlines).toMatchObject({ firstResponseDue: '2025-03-07T16:00:00Z', roundTheClock: true });

		const weekend = await output({ operation: 'setDeadline', deadlinePolicy: { businessDays: [1, 2, 3, 4, 5, 6], businessHoursEnd: '17:30' } }, [friday]);
		// 30 min on Friday, then 3.5 h from 09:00 on Saturday.
		expect((weekend[0].json.deadlines as IDataObject).firstResponseDue).toBe('2025-03-08T09:30:00Z');
	});

	it('is idempotent on its own output', async () => {
		const result = await runWorkflow({ ...chain({ operation: 'setDeadline' }, { operation: 'setDeadline' }), input: [{ json: friday }] });
		const first = caseOf(result.output('First')[0]);
		const second = caseOf(result.output('Second')[0]);
		expect(second.timeline).toEqual(first.timeline);
		expect(second.deadlines).toEqual(first.deadlines);
	});

	it('names a bad setting as the editor shows it', async () => {
		const failed = await run({ operation: 'setDeadline', timeZone: 'Mars/Olympus' }, [friday]);
		expect(failed.error(STEP)?.message).toMatch(/^Time Zone: "Mars\/Olympus" is not an IANA time zone/);
		expect((failed.error(STEP) as { description?: string }).description).toMatch(/Change "Time Zone"/);

		const target = await run({ operation: 'setDeadline', deadlinePolicy: { mediumFirstResponse: 'soon' } }, [friday]);
		expect(target.error(STEP)?.message).toMatch(/^Deadline Policy › Medium: First Response: "soon" is not a duration/);
	});

	it('with Continue On Fail marks the bad item and goes on', async () => {
		const items = await output({ operation: 'setDeadline' }, [{ ...friday, createdAt: 'yesterday' }, friday], 0, { continueOnFail: true });
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toMatch(/mention\.createdAt/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.deadlines).toBeDefined();
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});

const ROUTING = {
	operation: 'assign',
	routingRules: {
		rule: [
			{ name: 'Privacy to legal', categories: ['privacy'], team: 'legal', owner: 'selin', escalationChain: 'general-counsel', authority: 'approval' },
			{ name: 'Critical to duty desk', levels: ['critical'], team: 'duty-desk', owner: 'deniz', escalationChain: 'duty-lead, comms-director', authority: 'publish' },
			{ name: 'Turkish App Store', languages: 'tr', sources: 'appstore', team: 'tr-care', escalationChain: 'tr-lead' },
		],
	},
	defaultTeam: 'social-care',
	defaultEscalationChain: 'care-lead',
	onCallRota: { shift: [{ person: 'emre', team: 'tr-care', days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }] },
	teamMembers: {
		member: [
			{ id: 'deniz', name: 'Deniz', email: 'deniz@acme.example', authority: 'publish' },
			{ id: 'emre', name: 'Emre', email: 'emre@acme.example', authority: 'publish' },
		],
	},
};

describe('Playbook Step: Assign', () => {
	const critical = mention({ id: '20', level: 'critical', categories: ['delivery'] });
	const privacyCritical = mention({ id: '21', level: 'critical', categories: ['privacy'] });

	it('routes by the first matching rule and says whether the owner may publish', async () => {
		const [item] = await output(ROUTING, [critical]);
		expect(item.json.assignment).toMatchObject({
			team: 'duty-desk',
			owner: 'deniz',
			ownerFrom: 'rule',
			rule: 'Critical to duty desk',
			escalationChain: ['duty-lead', 'comms-director'],
			authority: 'publish',
			needsApproval: false,
		});
		expect(caseOf(item)).toMatchObject({ status: 'assigned', authority: 'publish', owner: { person: 'deniz', team: 'duty-desk' } });
		expect(item.json.email).toMatchObject({ to: 'deniz@acme.example' });
		expect((item.json.ticket as IDataObject).assignee).toBe('deniz@acme.example');
		expect((item.json.chat as { text: string }).text).toMatch(/may publish replies without approval/);
	});

	it('rule order decides: the privacy rule wins over the critical one above it only when listed first', async () => {
		const [legal] = await output(ROUTING, [privacyCritical]);
		expect(legal.json.assignment).toMatchObject({ team: 'legal', owner: 'selin', needsApproval: true, approver: 'general-counsel' });

		const swapped = { ...ROUTING, routingRules: { rule: [ROUTING.routingRules.rule[1], ROUTING.routingRules.rule[0]] } };
		const [duty] = await output(swapped, [privacyCritical]);
		expect(duty.json.assignment).toMatchObject({ team: 'duty-desk', owner: 'deniz' });
	});

	it('matches language and source, takes the owner from the on-call rota, and falls back to the default team', async () => {
		const review = mention({ id: '22', level: 'medium', language: 'tr', source: 'appstore', text: 'Uygulama sürekli çöküyor, rezalet' });
		const [rota] = await output(ROUTING, [review]);
		expect(rota.json.assignment).toMatchObject({ team: 'tr-care', owner: 'emre', ownerFrom: 'rota', authority: 'publish' });

		const [fallback] = await output(ROUTING, [mention({ id: '23', level: 'low' })]);
		expect(fallback.json.assignment).toMatchObject({ team: 'social-care', ownerFrom: 'none', rule: 'default', needsApproval: true });
		expect(fallback.json.email).toBeUndefined();
	});

	it('requires approval from the chosen level whatever the owner may do', async () => {
		const [item] = await output({ ...ROUTING, assignOptions: { approvalFrom: 'high' } }, [critical]);
		expect(item.json.assignment).toMatchObject({ owner: 'deniz', authority: 'approval', needsApproval: true, approver: 'duty-lead' });
	});

	it('is idempotent on its own output', async () => {
		const result = await runWorkflow({ ...chain(ROUTING, ROUTING), input: [{ json: critical }] });
		expect(caseOf(result.output('Second')[0]).timeline).toEqual(caseOf(result.output('First')[0]).timeline);
	});

	it('names the rule and field of a bad routing setting', async () => {
		const broken = { ...ROUTING, routingRules: { rule: [{ name: 'no team', levels: ['high'] }] } };
		const failed = await run(broken, [critical]);
		expect(failed.error(STEP)?.message).toMatch(/^Routing Rules › rule 1 › Team:/);
		// n8n itself refuses to run without a required parameter; a blank one reaches the step.
		await expect(run({ ...ROUTING, defaultTeam: '' }, [critical])).rejects.toThrow(/"Default Team" is required/);
		const blank = await run({ ...ROUTING, defaultTeam: '  ' }, [critical]);
		expect(blank.error(STEP)?.message).toMatch(/^Default Team:/);
	});

	it('escapes user text in the e-mail HTML and the chat message', async () => {
		const hostile = { ...ROUTING, routingRules: { rule: [{ name: '<b>x</b> <!channel>', levels: ['critical'], team: '<script>t</script>', owner: 'deniz' }] } };
		const [item] = await output(hostile, [critical]);
		const email = item.json.email as { html: string };
		expect(email.html).not.toMatch(/<script>/);
		expect(email.html).toMatch(/&lt;script&gt;t&lt;\/script&gt;/);
		const chat = item.json.chat as { text: string; blocks: Array<{ text?: { text: string } }> };
		expect(chat.text).not.toMatch(/<!channel>|<script>/);
		expect(JSON.stringify(chat.blocks)).not.toMatch(/<!channel>|<script>/);
	});
});

describe('Playbook Step: Check Deadlines', () => {
	const checkParams = { operation: 'checkDeadlines' };

	it('emits breaches with the next person of the escalation chain, and warnings on Due Soon', async () => {
		const overdue = mention({ id: '30', level: 'critical', createdAt: ago(120) });
		const closeCall = mention({ id: '31', level: 'high', createdAt: ago(50) });
		const fresh = mention({ id: '32', level: 'medium', createdAt: ago(1) });
		const result = await runWorkflow({ ...chain(ROUTING, checkParams), input: [overdue, closeCall, fresh].map((json) => ({ json })) });

		const breached = result.output('Second', 0);
		expect(breached).toHaveLength(1);
		expect(breached[0].json.alert).toMatchObject({ kind: 'firstResponse', state: 'breached', level: 'critical', notify: 'duty-lead', isNew: true });
		expect((breached[0].json.alert as { minutesLeft: number }).minutesLeft).toBeLessThan(-100);
		expect(breached[0].pairedItem).toEqual({ item: 0 });
		expect(caseOf(breached[0]).escalationIndex).toBe(1);
		expect(caseOf(breached[0]).timeline.at(-1)).toMatchObject({ step: 'checkDeadlines', escalatedTo: 'duty-lead' });
		expect((breached[0].json.chat as { text: string }).text).toMatch(/Breached: First response/);
		expect(breached[0].json.id).toBe('x:30');

		const dueSoon = result.output('Second', 1);
		expect(dueSoon).toHaveLength(1);
		expect(dueSoon[0].json.alert).toMatchObject({ kind: 'firstResponse', state: 'warning', level: 'high' });
		expect(dueSoon[0].pairedItem).toEqual({ item: 1 });
	});

	it('raises each alert once: a second run on its own output is quiet unless asked for every alert', async () => {
		const overdue = mention({ id: '33', level: 'critical', createdAt: ago(120) });
		const first = await output({ ...ROUTING }, [overdue]);
		const checked = await output(checkParams, first.map((item) => item.json));
		expect(checked).toHaveLength(1);

		const again = await run(checkParams, checked.map((item) => item.json));
		expect(again.output(STEP, 0)).toHaveLength(0);

		const repeated = await output({ ...checkParams, onlyNewAlerts: false }, checked.map((item) => item.json));
		expect(repeated).toHaveLength(1);
		expect(repeated[0].json.alert).toMatchObject({ isNew: false, notify: 'duty-lead' });
		expect(caseOf(repeated[0]).timeline).toEqual(caseOf(checked[0]).timeline);
		expect(caseOf(repeated[0]).escalationIndex).toBe(1);
	});

	it('stops the first-response clock once the item says a reply went out', async () => {
		const answered = { ...mention({ id: '34', level: 'critical', createdAt: ago(120) }), respondedAt: ago(110) };
		const result = await run(checkParams, [answered]);
		expect(result.output(STEP, 0)).toHaveLength(0);
	});

	it('warns earlier with a wider warning window, and follows the deadline policy', async () => {
		const high = mention({ id: '35', level: 'high', createdAt: ago(20) });
		expect((await run(checkParams, [high])).output(STEP, 1)).toHaveLength(0);
		expect((await run({ ...checkParams, warningWindow: '45m' }, [high])).output(STEP, 1)).toHaveLength(1);
		const tight = await run({ ...checkParams, deadlinePolicy: { highFirstResponse: '10m' } }, [high]);
		expect(tight.output(STEP, 0)).toHaveLength(1);
	});

	it('escapes a mention id built to ping the channel: the alert for its reply task is inert in Slack', async () => {
		const id = 'webhook:<!channel> <https://evil.example|Open case CD-1>';
		const hostile = { ...mention({ id: '37', level: 'critical', createdAt: ago(120) }), id };
		const result = await runWorkflow({ ...chain({ operation: 'respondToEvery' }, checkParams), input: [{ json: hostile }] });
		const alerts = result.output('Second', 0);
		const task = alerts.find((item) => (item.json.alert as { kind: string }).kind === 'task');
		expect(task?.json.alert).toMatchObject({ mentionId: id, state: 'breached' });
		for (const item of alerts) expectSafeChat(item.json.chat as unknown as ChatPayload, []);
		expect((task?.json.chat as { text: string }).text).toContain('Reply to webhook:&lt;!channel&gt; &lt;https://evil.example|Open case CD-1&gt;');
	});

	it('alerts each clock of an incident case once, though every task item from Respond to Every carries the case', async () => {
		const samples = [mention({ id: '38', level: 'critical', createdAt: ago(120) }), mention({ id: '39', level: 'critical', createdAt: ago(120) })];
		const input = [{ json: incident({ level: 'critical', at: ago(120), since: ago(130) }, samples) }];
		const result = await runWorkflow({ ...chain({ operation: 'respondToEvery' }, checkParams), input });
		const alerts = result.output('Second', 0).map((item) => item.json.alert as { kind: string; mentionId?: string });
		expect(alerts.map((alert) => [alert.kind, alert.mentionId])).toEqual([
			['firstResponse', undefined],
			['task', 'x:38'],
			['task', 'x:39'],
		]);
	});

	it('with Continue On Fail a case it cannot read comes out on Breached with the error; the rest is checked', async () => {
		const overdue = mention({ id: '36', level: 'critical', createdAt: ago(120) });
		const badCase = { case: { caseId: 'CD-1', origin: { kind: 'mention', id: 'x' }, level: 'urgent', openedAt: ago(5) } };
		const items = await output(checkParams, [badCase, overdue], 0, { continueOnFail: true });
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 0 }]);
		expect(items[1].json.error).toMatch(/^case\.level:/);
		const failed = await run(checkParams, [badCase, overdue]);
		expect(failed.error(STEP)?.message).toMatch(/^case\.level:/);
	});
});

describe('Playbook Step: Watch', () => {
	const mentions = [
		mention({ id: '40', text: 'Parcel late again #AcmeFail #kargo', handle: 'bigvoice', followers: 250000 }),
		mention({ id: '41', text: 'Three weeks and my parcel is still late #AcmeFail', tagged: false }),
		mention({ id: '42', text: 'Acme parcel lost, support silent', tagged: false }),
	];

	it('lists keywords, hashtags, authors and a poll interval for the incident', async () => {
		const [plan] = await output({ operation: 'watch' }, [incident({ level: 'critical' }), ...mentions]);
		const watch = plan.json.watch as { keywords: string[]; hashtags: string[]; authors: Array<{ handle: string }>; pollIntervalMinutes: number; untagged: number; untaggedQueries: string[] };
		expect(watch.keywords).toEqual(expect.arrayContaining(['parcel', 'late']));
		expect(watch.keywords).not.toContain('acme');
		expect(watch.hashtags[0]).toBe('#acmefail');
		expect(watch.authors[0].handle).toBe('bigvoice');
		expect(watch.pollIntervalMinutes).toBe(2);
		expect(watch.untagged).toBe(2);
		expect(watch.untaggedQueries[0]).toBe('Acme');
		expect(plan.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(caseOf(plan).origin.kind).toBe('incident');
	});

	it('follows the poll interval and limits set on the node', async () => {
		const [plan] = await output(
			{ operation: 'watch', watchOptions: { pollHigh: '3m', maxKeywords: 1, maxAuthors: 1 } },
			[incident({ level: 'high' }), ...mentions],
		);
		const watch = plan.json.watch as { keywords: string[]; authors: unknown[]; pollIntervalMinutes: number };
		expect(watch.pollIntervalMinutes).toBe(3);
		expect(watch.keywords).toHaveLength(1);
		expect(watch.authors).toHaveLength(1);

		const failed = await run({ operation: 'watch', watchOptions: { pollHigh: 'often' } }, [incident()]);
		expect(failed.error(STEP)?.message).toMatch(/^Watch Options › Poll Interval: High:/);
	});
});

describe('Playbook Step: Respond to Every Mention', () => {
	const negative = mention({ id: '50', level: 'medium', categories: ['delivery'] });
	const praise = mention({ id: '51', level: 'low', label: 'positive', text: 'Quick delivery, thank you Acme!' });
	const unscored = mention({ id: '52', scored: false, text: 'Paket nerede?' });

	it('a task with a due time and a draft reply for every mention that needs one; the others on the second output', async () => {
		const result = await run({ operation: 'respondToEvery' }, [negative, praise, unscored]);
		const tasks = result.output(STEP, 0);
		const skipped = result.output(STEP, 1);
		expect(tasks.map((item) => item.json.id)).toEqual(['x:50', 'x:52']);
		expect(tasks.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(tasks[0].json.task).toMatchObject({ mentionId: 'x:50', status: 'open', channel: 'x' });
		expect(tasks[0].json.reply).toMatchObject({ channel: 'x', inReplyTo: 'x:50' });
		expect((tasks[0].json.reply as { text: string }).text).toMatch(/^@user50, thank you for telling us/);
		expect((tasks[0].json.ticket as IDataObject).dueAt).toBe((tasks[0].json.task as IDataObject).dueAt);
		expect(tasks[1].json.reason).toMatch(/not scored/);
		expect(skipped).toHaveLength(1);
		expect(skipped[0].json).toMatchObject({ id: 'x:51', reason: 'positive sentiment, low risk' });
		expect(skipped[0].pairedItem).toEqual({ item: 1 });
	});

	it('follows tone, minimum level and unscored settings', async () => {
		const warm = await output({ operation: 'respondToEvery', tone: 'warm' }, [negative]);
		expect((warm[0].json.reply as { text: string }).text).toMatch(/thanks for letting us know/);

		const result = await run({ operation: 'respondToEvery', respondOptions: { includeUnscored: false, minLevel: 'low' } }, [praise, unscored]);
		expect(result.output(STEP, 0).map((item) => item.json.id)).toEqual(['x:51']);
		expect(result.output(STEP, 1).map((item) => item.json.id)).toEqual(['x:52']);
	});

	it('with Language auto, a Turkish rewrite is used for Turkish mentions and the all-language one for the rest', async () => {
		const turkish = mention({ id: '54', language: 'tr', level: 'medium', text: 'Kargom hâlâ gelmedi' });
		const templateOverrides = {
			template: [
				{ language: '', name: 'responseReply', tone: 'both', text: 'On it, {{author}} ({{caseId}}).' },
				{ language: 'tr', name: 'responseReply', tone: 'formal', text: 'Bakıyoruz {{author}}, dosya {{caseId}}, yanıt {{deadline}}.' },
			],
		};
		const tasks = await output({ operation: 'respondToEvery', templateOverrides }, [negative, turkish]);
		const replies = tasks.map((item) => (item.json.reply as { text: string }).text);
		expect(replies[0]).toBe(`On it, @user50 (${caseOf(tasks[0]).caseId}).`);
		expect(replies[1]).toMatch(new RegExp(`^Bakıyoruz @user54, dosya ${caseOf(tasks[1]).caseId}, yanıt \\d+ \\S+, \\d\\d:\\d\\d GMT\\+3\\.$`));
		// The Turkish rewrite is for the formal tone only; warm Turkish drafts fall back to the all-language one.
		const warm = await output({ operation: 'respondToEvery', templateOverrides, tone: 'warm' }, [turkish]);
		expect((warm[0].json.reply as { text: string }).text).toMatch(/^On it, @user54/);
	});

	it('inside an incident every task goes on the incident case, samples included', async () => {
		const second = mention({ id: '53', level: 'high', categories: ['delivery'] });
		const result = await run({ operation: 'respondToEvery' }, [incident({}, [second]), negative]);
		const tasks = result.output(STEP, 0);
		expect(tasks.map((item) => item.json.id)).toEqual(['x:50', 'x:53']);
		expect(new Set(tasks.map((item) => caseOf(item).caseId)).size).toBe(1);
		expect(caseOf(tasks[0]).tasks.map((task) => task.mentionId)).toEqual(['x:50', 'x:53']);
		expect(tasks[1].pairedItem).toEqual({ item: 0 });
	});

	it('does not add a second task or timeline entry when run again on its own output', async () => {
		const first = await output({ operation: 'respondToEvery' }, [negative]);
		const again = await output({ operation: 'respondToEvery' }, first.map((item) => item.json));
		expect(caseOf(again[0]).tasks).toHaveLength(1);
		expect(caseOf(again[0]).timeline).toEqual(caseOf(first[0]).timeline);
	});
});

describe('Playbook Step: Acknowledge', () => {
	const complaint = mention({ id: '60', level: 'high', categories: ['delivery'], handle: 'ayla' });
	const turkish = mention({ id: '61', level: 'high', categories: ['delivery'], language: 'tr', handle: 'mert', text: 'Kargom iki haftadır gelmedi, rezalet' });

	it('drafts an apology reply and a holding statement that need approval until Assign grants publishing', async () => {
		const [item] = await output({ operation: 'acknowledge', brand: 'Acme' }, [complaint]);
		const drafts = item.json.drafts as { apology: string; holdingStatement: string };
		expect(drafts.apology).toMatch(/^@ayla, you are right, and we are sorry\. We made a mistake with deliveries/);
		expect(drafts.apology).toContain(caseOf(item).caseId);
		expect(drafts.holdingStatement).toMatch(/Acme$/);
		expect(item.json.reply).toMatchObject({ text: drafts.apology, channel: 'x', inReplyTo: 'x:60' });
		expect(item.json).toMatchObject({ language: 'en', tone: 'formal', needsApproval: true });

		const result = await runWorkflow({ ...chain(ROUTING, { operation: 'acknowledge', brand: 'Acme' }), input: [{ json: mention({ id: '62', level: 'critical' }) }] });
		const [acknowledged] = result.output('Second');
		expect(acknowledged.json.needsApproval).toBe(false);
		// Assign's e-mail and ticket are not carried past the next step.
		expect(acknowledged.json.email).toBeUndefined();
		expect(acknowledged.json.ticket).toBeUndefined();
		expect(caseOf(acknowledged).timeline.map((entry) => entry.step)).toEqual(['open', 'assign', 'acknowledge']);
	});

	it('writes Turkish from the mention, in the warm tone', async () => {
		const [item] = await output({ operation: 'acknowledge', brand: 'Acme', tone: 'warm' }, [turkish]);
		expect(item.json).toMatchObject({ language: 'tr', tone: 'warm' });
		expect((item.json.drafts as { apology: string }).apology).toMatch(/^@mert/);
		expect((item.json.drafts as { apology: string }).apology).toMatch(/özür/i);
		const english = await output({ operation: 'acknowledge', brand: 'Acme', language: 'en' }, [turkish]);
		expect(english[0].json.language).toBe('en');
	});

	it('uses the rewritten template with its placeholders, and names a template with an unknown one', async () => {
		const overrides = {
			template: [{ name: 'apologyReply', tone: 'both', text: 'Sorry {{author}}: {{brand}} got {{issue}} wrong. Case {{caseId}}, news by {{deadline}}.' }],
		};
		const [item] = await output(
			{ operation: 'acknowledge', brand: 'Acme', templateOverrides: overrides, messageOptions: { issue: 'your Izmir delivery' } },
			[complaint],
		);
		expect((item.json.drafts as { apology: string }).apology).toMatch(
			new RegExp(`^Sorry @ayla: Acme got your Izmir delivery wrong\\. Case ${caseOf(item).caseId}, news by \\d+ \\w+, \\d\\d:\\d\\d GMT\\+3\\.$`),
		);

		const failed = await run(
			{ operation: 'acknowledge', templateOverrides: { template: [{ name: 'apologyReply', tone: 'warm', text: 'Hi {{customer}}' }] }, tone: 'warm' },
			[complaint],
		);
		expect(failed.error(STEP)?.message).toMatch(/^Template Overrides › apologyReply \(warm\): unknown placeholder \{\{customer\}\}/);
	});

	it('an incident gets a public statement, not a reply', async () => {
		const [item] = await output({ operation: 'acknowledge', brand: 'Acme' }, [incident()]);
		expect(item.json.reply).toBeUndefined();
		expect((item.json.drafts as { apology: string }).apology).toMatch(/at Acme/);
	});

	it('is idempotent on its own output', async () => {
		const result = await runWorkflow({ ...chain({ operation: 'acknowledge', brand: 'Acme' }, { operation: 'acknowledge', brand: 'Acme' }), input: [{ json: complaint }] });
		expect(caseOf(result.output('Second')[0]).timeline).toEqual(caseOf(result.output('First')[0]).timeline);
		expect(result.output('Second')[0].json.drafts).toEqual(result.output('First')[0].json.drafts);
	});
});

describe('Playbook Step: Take Private', () => {
	const complaint = mention({ id: '70', level: 'high', categories: ['billing'], handle: 'ayla', text: HOSTILE });

	it('asks to continue by DM with the case reference, with the contact request and a ticket', async () => {
		const [item] = await output({ operation: 'takePrivate', brand: 'Acme', messageOptions: { dmHandle: '@AcmeHelp' } }, [complaint]);
		const caseId = caseOf(item).caseId;
		expect((item.json.reply as { text: string }).text).toMatch(new RegExp(`@AcmeHelp quoting case ${caseId}`));
		expect(item.json.contactRequest).toMatchObject({ via: 'dm', to: 'ayla' });
		expect((item.json.contactRequest as { text: string }).text).toMatch(/do not send passwords/);
		expect(item.json.ticket).toMatchObject({ priority: 'High', priorityNumber: 2 });
		expect((item.json.ticket as { labels: string[] }).labels).toContain('category-billing');
		expect(caseOf(item).status).toBe('responding');
	});

	it('by e-mail needs the support address and names where to set it', async () => {
		const failed = await run({ operation: 'takePrivate', via: 'email', brand: 'Acme' }, [complaint]);
		expect(failed.error(STEP)?.message).toMatch(/^Message Options › Support E-Mail:/);
		expect((failed.error(STEP) as { description?: string }).description).toMatch(/Change "Message Options › Support E-Mail"/);

		const [item] = await output(
			{ operation: 'takePrivate', via: 'email', brand: 'Acme', tone: 'warm', messageOptions: { supportEmail: 'help@acme.example', notifyEmail: 'care@acme.example' } },
			[complaint],
		);
		expect((item.json.reply as { text: string }).text).toMatch(/drop us a line at help@acme\.example/);
		expect(item.json.email).toMatchObject({ to: 'care@acme.example' });
	});

	it('escapes the poster’s markup in the HTML e-mail and the chat message, and keeps the reply plain', async () => {
		const [item] = await output(
			{ operation: 'takePrivate', brand: 'Acme', messageOptions: { dmHandle: '@AcmeHelp', notifyEmail: 'care@acme.example' } },
			[complaint],
		);
		const email = item.json.email as { html: string; text: string };
		expect(email.html).not.toMatch(/<script>/);
		expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(email.text).toContain('<script>');
		const chat = item.json.chat as { text: string; blocks: unknown[] };
		for (const rendered of [chat.text, JSON.stringify(chat.blocks)]) {
			expect(rendered).not.toMatch(/<script>|<!channel>|@here/);
			expect(rendered).toContain('&lt;!channel&gt;');
		}
		// Mentions keep their look with a fullwidth ＠, which no chat tool reads as a mention.
		expect(chat.text).toContain('＠here');
	});

	it('needs a mention: an incident alone is an item error', async () => {
		const items = await output({ operation: 'takePrivate', messageOptions: { dmHandle: '@AcmeHelp' } }, [incident(), complaint], 0, { continueOnFail: true });
		expect(items[0].json.error).toMatch(/^item: Take Private needs a mention/);
		expect(items[1].json.reply).toBeDefined();
	});

	it('is idempotent on its own output', async () => {
		const params = { operation: 'takePrivate', messageOptions: { dmHandle: '@AcmeHelp' } };
		const result = await runWorkflow({ ...chain(params, params), input: [{ json: complaint }] });
		expect(caseOf(result.output('Second')[0]).timeline).toEqual(caseOf(result.output('First')[0]).timeline);
	});
});

describe('Playbook Step: Record Response', () => {
	it('stops the clocks a reply answers, so Check Deadlines goes quiet; resolving closes the case', async () => {
		const overdue = mention({ id: '90', level: 'critical', createdAt: ago(120) });
		const tasks = await output({ operation: 'respondToEvery' }, [overdue]);
		const before = await run({ operation: 'checkDeadlines' }, tasks.map((item) => item.json));
		expect(before.output(STEP, 0).map((item) => (item.json.alert as { kind: string }).kind).sort()).toEqual(['firstResponse', 'task']);

		const respondedAt = ago(100);
		const recorded = await output({ operation: 'recordResponse', respondedAt }, tasks.map((item) => item.json));
		expect(caseOf(recorded[0]).status).toBe('responding');
		expect(Date.parse(caseOf(recorded[0]).firstResponseAt as string)).toBe(Date.parse(respondedAt));
		expect(caseOf(recorded[0]).tasks[0]).toMatchObject({ mentionId: 'x:90', status: 'done' });
		expect(recorded[0].pairedItem).toEqual({ item: 0 });
		const after = await run({ operation: 'checkDeadlines' }, recorded.map((item) => item.json));
		expect(after.output(STEP, 0)).toHaveLength(0);

		const again = await output({ operation: 'recordResponse' }, recorded.map((item) => item.json));
		expect(caseOf(again[0]).timeline).toEqual(caseOf(recorded[0]).timeline);
		expect(caseOf(again[0]).firstResponseAt).toBe(caseOf(recorded[0]).firstResponseAt);

		const [closed] = await output({ operation: 'recordResponse', resolveCase: true }, recorded.map((item) => item.json));
		expect(caseOf(closed)).toMatchObject({ status: 'resolved' });
	});

	it('names a mention the case has no task for', async () => {
		const tasks = await output({ operation: 'respondToEvery' }, [mention({ id: '91', level: 'high' })]);
		const failed = await run({ operation: 'recordResponse', responseMentionId: 'x:999' }, tasks.map((item) => item.json));
		expect(failed.error(STEP)?.message).toMatch(/^Mention ID: case CD-\w+ has no response task for x:999/);
	});
});

describe('Playbook Step after Crisis Score, in one workflow', () => {
	it('scores real text and opens response tasks for the complaints', async () => {
		const raw = (id: string, text: string) => {
			const json = mention({ id, text, scored: false });
			delete json.language;
			return { json };
		};
		const result = await runWorkflow({
			nodes: [node('Crisis Score', 'crisisScore', { operation: 'score', routing: 'single' }), step({ operation: 'respondToEvery' })],
			connections: { 'Crisis Score': { main: [[{ node: STEP, type: 'main', index: 0 }]] } },
			input: [
				raw('80', 'This is a SCAM. They charged me twice and refuse to refund, reporting them!!!'),
				raw('81', 'Lovely service today, thank you so much for the quick help!'),
			],
		});
		expect(result.output(STEP, 0).map((item) => item.json.id)).toEqual(['x:80']);
		expect(result.output(STEP, 1).map((item) => item.json.id)).toEqual(['x:81']);
	});
});
