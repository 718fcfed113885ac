import { assign, type AssignOptions } from '../../../../nodes/core/playbook/steps/assign';
import { FieldError } from '../../../../nodes/core/errors/FieldError';
import { incident, mention } from '../fixtures';

const NOW_MONDAY_10_IST = '2025-03-03T07:00:00Z';

const options: AssignOptions = {
	rules: [
		{
			name: 'legal first',
			categories: 'legal, privacy',
			team: 'legal',
			owner: 'deniz',
			escalationChain: 'deniz, cem, ceo',
		},
		{
			name: 'critical anything',
			levels: ['critical'],
			team: 'crisis',
			escalationChain: ['cem', 'ceo'],
			authority: 'approval',
		},
		{
			name: 'turkish social',
			languages: ['tr'],
			sources: 'x, mastodon',
			team: 'social-tr',
			escalationChain: ['selin'],
		},
	],
	defaultRoute: { team: 'care', owner: 'ali', escalationChain: ['selin'] },
	rota: [
		{
			person: 'night-owl',
			team: 'crisis',
			days: 'mon,tue,wed,thu,fri',
			from: '18:00',
			to: '09:00',
		},
		{ person: 'ayse', team: 'crisis', days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' },
		{ person: 'weekend', days: 'sat, sun', from: '00:00', to: '24:00' },
		{ person: 'mert', team: 'social-tr', days: [1, 2, 3, 4, 5, 6, 7], from: '08:00', to: '20:00' },
	],
	people: [
		{ id: 'mert', email: 'mert@acme.example', authority: 'publish' },
		{ id: 'ali', authority: 'publish' },
	],
};

describe('assign: routing precedence', () => {
	it('takes the first matching rule, even when a later one also matches', () => {
		const item = mention(
			{ id: 'x:1', language: 'tr' },
			{ level: 'critical', categories: ['privacy'] },
		);
		const result = assign(item, options, NOW_MONDAY_10_IST);
		expect(result.assignment).toMatchObject({
			rule: 'legal first',
			team: 'legal',
			owner: 'deniz',
			ownerFrom: 'rule',
		});
		expect(result.assignment.escalationChain).toEqual(['cem', 'ceo']);
	});

	it('needs all non-empty conditions of a rule to match', () => {
		const englishOnX = mention({ id: 'x:2', source: 'x', language: 'en' }, { level: 'medium' });
		expect(assign(englishOnX, options, NOW_MONDAY_10_IST).assignment.rule).toBe('default');
		const turkishOnX = mention({ id: 'x:3', source: 'x', language: 'tr' }, { level: 'medium' });
		expect(assign(turkishOnX, options, NOW_MONDAY_10_IST).assignment.rule).toBe('turkish social');
		const turkishOnReddit = mention(
			{ id: 'r:1', source: 'reddit', language: 'tr' },
			{ level: 'medium' },
		);
		expect(assign(turkishOnReddit, options, NOW_MONDAY_10_IST).assignment.rule).toBe('default');
	});

	it('falls back to the default route', () => {
		const result = assign(mention({ id: 'x:4' }, { level: 'low' }), options, NOW_MONDAY_10_IST);
		expect(result.assignment).toMatchObject({
			rule: 'default',
			team: 'care',
			owner: 'ali',
			authority: 'publish',
			needsApproval: false,
		});
	});

	it('routes an incident by level (it has no language or source)', () => {
		expect(
			assign(incident({ level: 'critical' }), options, NOW_MONDAY_10_IST).assignment.rule,
		).toBe('critical anything');
		expect(assign(incident({ level: 'high' }), options, NOW_MONDAY_10_IST).assignment.rule).toBe(
			'default',
		);
	});
});

describe('assign: on-call rota', () => {
	const critical = incident({ level: 'critical' });
	it.each([
		['Monday 10:00', '2025-03-03T07:00:00Z', 'ayse'],
		['Monday 17:59', '2025-03-03T14:59:00Z', 'ayse'],
		['Monday 18:00', '2025-03-03T15:00:00Z', 'night-owl'],
		['Tuesday 03:00 (shift that started Monday)', '2025-03-04T00:00:00Z', 'night-owl'],
		['Saturday 03:00 (Friday night shift)', '2025-03-08T00:00:00Z', 'night-owl'],
		['Saturday 12:00 (all-team weekend entry)', '2025-03-08T09:00:00Z', 'weekend'],
		['Monday 03:00 (no Sunday night shift)', '2025-03-03T00:00:00Z', undefined],
	])('%s → %s', (_when, now, person) => {
		const result = assign(critical, options, now);
		expect(result.assignment.owner).toBe(person);
		expect(result.assignment.ownerFrom).toBe(person ? 'rota' : 'none');
	});

	it('reads the rota in the configured time zone', () => {
		// Tuesday 07:00Z is 10:00 in Istanbul (day shift) but 02:00 in New York (Monday's night shift).
		expect(assign(critical, options, '2025-03-04T07:00:00Z').assignment.owner).toBe('ayse');
		const result = assign(
			critical,
			{ ...options, timeZone: 'America/New_York' },
			'2025-03-04T07:00:00Z',
		);
		expect(result.assignment.owner).toBe('night-owl');
	});

	it('keeps the owner of an already assigned case (rerun is idempotent), unless told to reassign', () => {
		const first = assign(critical, options, '2025-03-03T07:00:00Z');
		const later = assign({ case: first.case }, options, '2025-03-03T16:00:00Z');
		expect(later.assignment.owner).toBe('ayse');
		expect(later.case).toEqual(first.case);
		expect(later.chat).toEqual(first.chat);
		const reassigned = assign(
			{ case: first.case },
			{ ...options, reassign: true },
			'2025-03-03T16:00:00Z',
		);
		expect(reassigned.assignment.owner).toBe('night-owl');
		expect(reassigned.case.timeline.filter((e) => e.step === 'assign')).toHaveLength(2);
	});
});

describe('assign: authority', () => {
	it("uses the owner's own authority when the rule says nothing", () => {
		const item = mention({ id: 'x:5', source: 'x', language: 'tr' }, { level: 'medium' });
		const result = assign(item, options, NOW_MONDAY_10_IST);
		expect(result.assignment).toMatchObject({
			owner: 'mert',
			authority: 'publish',
			needsApproval: false,
		});
		expect(result.case.authority).toBe('publish');
		expect(result.email).toMatchObject({ to: 'mert@acme.example' });
	});

	it('lets the rule override the person', () => {
		const result = assign(
			incident({ level: 'critical' }),
			{ ...options, people: [{ id: 'ayse', authority: 'publish' }] },
			NOW_MONDAY_10_IST,
		);
		expect(result.assignment).toMatchObject({
			owner: 'ayse',
			authority: 'approval',
			needsApproval: true,
			approver: 'cem',
		});
	});

	it('requires approval from a level up whatever else says', () => {
		const item = mention({ id: 'x:6' }, { level: 'high' });
		const result = assign(item, { ...options, approvalFrom: 'high' }, NOW_MONDAY_10_IST);
		expect(result.assignment).toMatchObject({
			owner: 'ali',
			authority: 'approval',
			approver: 'selin',
		});
		expect(result.assignment.reason).toMatch(/approval required from high/);
	});

	it('defaults to approval and says why when nothing is configured', () => {
		const result = assign(
			mention({ id: 'x:7' }),
			{ defaultRoute: { team: 'care', owner: 'zeynep' } },
			NOW_MONDAY_10_IST,
		);
		expect(result.assignment).toMatchObject({ authority: 'approval', needsApproval: true });
		expect(result.assignment.reason).toMatch(/no authority configured for zeynep.*no approver/);
	});
});

describe('assign: payloads and errors', () => {
	it('escapes user-given names in chat and ticket', () => {
		const result = assign(
			mention({ id: 'x:8' }),
			{ defaultRoute: { team: '<!channel>', owner: '@here *boss*' } },
			NOW_MONDAY_10_IST,
		);
		expect(result.chat.text).not.toMatch(/<!channel>|@here/);
		expect(JSON.stringify(result.chat.blocks)).not.toMatch(/<!channel>|@here/);
		expect(result.ticket.description).toContain('\\<\\!channel\\>');
		expect(result.ticket).toMatchObject({
			priority: 'Low',
			priorityNumber: 4,
			assignee: '@here *boss*',
		});
	});

	it.each([
		[{ defaultRoute: undefined }, 'defaultRoute'],
		[{ rules: [{ team: '' }] }, 'rules[0].team'],
		[{ rules: [{ team: 't', levels: 'urgent' }] }, 'rules[0].levels'],
		[{ rota: [{ person: 'a', days: 'mon', from: '25:00', to: '09:00' }] }, 'rota[0].from'],
		[{ people: [{ id: 'a', authority: 'god' }] }, 'people[0].authority'],
		[{ timeZone: 'Nowhere/City' }, 'timeZone'],
	])('names the bad option %j', (patch, field) => {
		try {
			assign(mention({ id: 'x:9' }), { ...options, ...patch } as AssignOptions, NOW_MONDAY_10_IST);
			throw new Error('expected an error');
		} catch (error) {
			expect(error).toBeInstanceOf(FieldError);
			expect((error as FieldError).field).toBe(field);
		}
	});
});
