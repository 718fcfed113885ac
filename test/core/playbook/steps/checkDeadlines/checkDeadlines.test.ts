import { assign } from '../../../../../nodes/core/playbook/steps/assign';
import { checkDeadlines } from '../../../../../nodes/core/playbook/steps/checkDeadlines/checkDeadlines';
import { recordResponse } from '../../../../../nodes/core/playbook/steps/recordResponse';
import { respondToEvery } from '../../../../../nodes/core/playbook/steps/respondToEvery';
import { incident, mention } from '../../fixtures';

// Critical incident at 10:00 local (07:00Z): first response due 07:15Z, resolution 11:00Z (24/7).
const criticalCase = () =>
	assign(
		incident({ level: 'critical' }),
		{ defaultRoute: { team: 'crisis', owner: 'ayse', escalationChain: ['cem', 'ceo'] } },
		'2025-03-03T07:00:00Z',
	).case;

describe('checkDeadlines', () => {
	it('says nothing while there is time', () => {
		const result = checkDeadlines([{ case: criticalCase() }], {}, '2025-03-03T07:05:00Z');
		expect(result.alerts).toEqual([]);
		expect(result.cases).toHaveLength(1);
	});

	it('warns the holder inside the warning window (25% of the allowed time by default)', () => {
		const result = checkDeadlines([{ case: criticalCase() }], {}, '2025-03-03T07:12:00Z');
		expect(result.alerts).toEqual([
			expect.objectContaining({
				kind: 'firstResponse',
				state: 'warning',
				minutesLeft: 3,
				notify: 'ayse',
				isNew: true,
				dueAt: '2025-03-03T07:15:00Z',
			}),
		]);
		expect(
			checkDeadlines([{ case: criticalCase() }], { warningWindow: '2m' }, '2025-03-03T07:12:00Z')
				.alerts,
		).toEqual([]);
	});

	it('escalates a breach to the next person of the chain, once per clock', () => {
		const first = checkDeadlines([{ case: criticalCase() }], {}, '2025-03-03T07:20:00Z');
		expect(first.alerts).toEqual([
			expect.objectContaining({
				kind: 'firstResponse',
				state: 'breached',
				minutesLeft: -5,
				notify: 'cem',
				isNew: true,
			}),
		]);
		const record = first.cases[0].case;
		expect(record.escalationIndex).toBe(1);
		expect(first.alerts[0].chat.text).toContain('Escalated to');

		const rerun = checkDeadlines([{ case: record }], {}, '2025-03-03T07:40:00Z');
		expect(rerun.alerts).toEqual([
			expect.objectContaining({ state: 'breached', notify: 'cem', isNew: false }),
		]);
		expect(rerun.cases[0].case).toEqual(record);

		// The resolution clock breaches too: one more step up.
		const later = checkDeadlines([{ case: record }], {}, '2025-03-03T11:05:00Z');
		expect(later.alerts.map((a) => [a.kind, a.notify, a.isNew])).toEqual([
			['firstResponse', 'cem', false],
			['resolution', 'ceo', true],
		]);
	});

	it('gives each alert as an escaped e-mail too, addressed only when the person to notify is one address', () => {
		const record = { ...criticalCase(), caseId: 'CD-1 <b>x</b>', brand: 'acme\u202e <img src=x>' };
		const [alert] = checkDeadlines([{ case: record }], {}, '2025-03-03T07:20:00Z').alerts;
		expect(alert.email.subject).toBe(
			'[Crisis Desk] Breached: first response · case CD-1 <b>x</b> (critical)',
		);
		expect(alert.email.html).not.toMatch(/<b>|<img/);
		expect(alert.email.html).toContain('&lt;img src=x&gt;');
		expect(alert.email.text).not.toContain('\u202e');
		expect(alert.email.to).toBe('');
		const toAddress = checkDeadlines(
			[
				{
					case: assign(
						incident({ level: 'critical' }),
						{
							defaultRoute: {
								team: 'crisis',
								owner: 'ayse',
								escalationChain: ['cem@acme.example'],
							},
						},
						'2025-03-03T07:00:00Z',
					).case,
				},
			],
			{},
			'2025-03-03T07:20:00Z',
		);
		expect(toAddress.alerts[0].email.to).toBe('cem@acme.example');
	});

	it('stops the first-response clock once a response is recorded, on the case or on the item', () => {
		const responded = recordResponse(
			{ case: criticalCase() },
			{ respondedAt: '2025-03-03T07:10:00Z' },
			'2025-03-03T07:10:00Z',
		).case;
		expect(checkDeadlines([{ case: responded }], {}, '2025-03-03T07:20:00Z').alerts).toEqual([]);
		expect(
			checkDeadlines(
				[{ case: criticalCase(), respondedAt: '2025-03-03T07:10:00Z' }],
				{},
				'2025-03-03T07:20:00Z',
			).alerts,
		).toEqual([]);
	});

	it('checks every open response task, so no negative mention is forgotten', () => {
		const batch = [
			incident({ level: 'critical' }),
			mention({ id: 'x:1' }, { level: 'medium' }),
			mention({ id: 'x:2' }, { level: 'medium' }),
		];
		const shared = respondToEvery(batch, {}, '2025-03-03T07:05:00Z').tasks[0].case;
		const done = recordResponse(
			{ case: shared },
			{ mentionId: 'x:1', respondedAt: '2025-03-03T08:00:00Z' },
			'2025-03-03T08:00:00Z',
		).case;
		// 11:30Z: medium tasks were due 11:00Z; x:1 is done, x:2 is not.
		const alerts = checkDeadlines([{ case: done }], {}, '2025-03-03T11:30:00Z').alerts.filter(
			(a) => a.kind === 'task',
		);
		expect(alerts.map((a) => [a.mentionId, a.state])).toEqual([['x:2', 'breached']]);
	});

	it('checks a case shared by several items once: case clocks on its first item, each task on its own mention', () => {
		const batch = [
			incident({ level: 'critical' }),
			mention({ id: 'x:1' }, { level: 'medium' }),
			mention({ id: 'x:2' }, { level: 'medium' }),
			mention({ id: 'x:3' }, { level: 'medium' }),
		];
		// As Respond to Every hands them on: one item per mention, each carrying the incident case.
		const items = respondToEvery(batch, {}, '2025-03-03T07:05:00Z').tasks.map((t) => ({
			...batch[t.index],
			case: t.case,
		}));
		const result = checkDeadlines(items, {}, '2025-03-03T12:00:00Z');
		expect(result.alerts.map((a) => [a.index, a.kind, a.mentionId])).toEqual([
			[0, 'firstResponse', undefined],
			[0, 'resolution', undefined],
			[0, 'task', 'x:1'],
			[1, 'task', 'x:2'],
			[2, 'task', 'x:3'],
		]);
		// Every item carries the same case afterwards, with each breach recorded once.
		expect(new Set(result.cases.map((c) => JSON.stringify(c.case))).size).toBe(1);
		expect(result.cases[0].case.timeline.filter((e) => e.step === 'checkDeadlines')).toHaveLength(
			5,
		);
	});

	it('ignores resolved cases and reports unreadable items without stopping the batch', () => {
		const resolved = {
			...incident({ level: 'critical', state: 'resolved', at: '2025-03-03T07:10:00Z' }),
			case: criticalCase(),
		};
		const other = assign(
			incident({ level: 'critical', incident: 'acme-other' }),
			{ defaultRoute: { team: 'crisis', owner: 'ayse' } },
			'2025-03-03T07:00:00Z',
		).case;
		const result = checkDeadlines(
			[resolved, { nonsense: true }, { case: other }],
			{},
			'2025-03-03T08:00:00Z',
		);
		expect(result.alerts.map((a) => a.index)).toEqual([2]);
		expect(result.errors).toEqual([{ index: 1, field: 'item', detail: expect.any(String) }]);
	});

	it('computes deadlines for a mention that has none yet', () => {
		const result = checkDeadlines(
			[mention({ id: 'x:9' }, { level: 'medium' })],
			{},
			'2025-03-03T11:01:00Z',
		);
		expect(result.alerts).toEqual([
			expect.objectContaining({
				kind: 'firstResponse',
				state: 'breached',
				dueAt: '2025-03-03T11:00:00Z',
			}),
		]);
		expect(result.alerts[0].notify).toBeUndefined();
		expect(result.alerts[0].chat.text).toContain('nobody');
	});

	it('rejects a bad warning window', () => {
		expect(() => checkDeadlines([], { warningWindow: '150%' }, '2025-03-03T08:00:00Z')).toThrow(
			/warningWindow/,
		);
		expect(() => checkDeadlines([], { warningWindow: '1bd' }, '2025-03-03T08:00:00Z')).toThrow(
			/warningWindow/,
		);
	});
});
