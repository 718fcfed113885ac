import { caseIdFor } from '../../../../nodes/core/playbook/case/caseIdFor';
import { openCase } from '../../../../nodes/core/playbook/case/openCase';
import { FieldError } from '../../../../nodes/core/errors/FieldError';
import { readSubject } from '../../../../nodes/core/playbook/reading/readSubject';
import { recordResponse } from '../../../../nodes/core/playbook/steps/recordResponse';
import { incident, mention } from '../fixtures';

describe('case identity', () => {
	it('derives a stable, short id from the incident id', () => {
		const id = caseIdFor('incident', 'acme-1');
		expect(id).toMatch(/^CD-[0-9A-HJKMNP-TV-Z]{8}$/);
		expect(caseIdFor('incident', 'acme-1')).toBe(id);
		expect(caseIdFor('incident', 'acme-2')).not.toBe(id);
		expect(caseIdFor('mention', 'acme-1')).not.toBe(id);
	});

	it('gives every event of the same incident the same case', () => {
		const opened = openCase(readSubject(incident()));
		const escalatedAlone = openCase(
			readSubject(incident({ state: 'escalated', level: 'critical', at: '2025-03-03T07:20:00Z' })),
		);
		expect(escalatedAlone.caseId).toBe(opened.caseId);
	});

	it('follows an incident through escalation and resolution', () => {
		const opened = openCase(readSubject(incident()));
		const escalated = openCase(
			readSubject({
				...incident({ state: 'escalated', level: 'critical', at: '2025-03-03T07:20:00Z' }),
				case: opened,
			}),
		);
		expect(escalated).toMatchObject({
			level: 'critical',
			levelSince: '2025-03-03T07:20:00Z',
			status: 'open',
		});
		const resolved = openCase(
			readSubject({
				...incident({ state: 'resolved', level: 'critical', at: '2025-03-03T09:00:00Z' }),
				case: escalated,
			}),
		);
		expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: '2025-03-03T09:00:00Z' });
		expect(resolved.timeline.map((e) => e.key)).toEqual([
			'open',
			'incident:opened:high',
			'incident:escalated:critical',
			'incident:resolved:critical',
		]);
		const again = openCase(
			readSubject({
				...incident({ state: 'resolved', level: 'critical', at: '2025-03-03T09:00:00Z' }),
				case: resolved,
			}),
		);
		expect(again).toEqual(resolved);
	});

	it('never lowers a case level', () => {
		const critical = openCase(readSubject(mention({ id: 'x:1' }, { level: 'critical' })));
		const after = openCase(
			readSubject({ ...mention({ id: 'x:2' }, { level: 'low' }), case: critical }),
		);
		expect(after.level).toBe('critical');
		expect(after.mentionIds).toEqual(['x:1', 'x:2']);
	});
});

describe('readSubject', () => {
	it('reads a case record given on its own (e.g. from a Data Table)', () => {
		const record = openCase(readSubject(incident()));
		const subject = readSubject(JSON.parse(JSON.stringify(record)));
		expect(subject).toEqual({ kind: 'case', case: record });
	});

	it.each([
		[null, 'item'],
		[{ hello: 1 }, 'item'],
		[
			{ id: 'x:1', source: 'x', text: 'hi', createdAt: 'soon', author: { handle: 'a' } },
			'mention.createdAt',
		],
		[{ id: 'x:1', source: 'x', text: 'hi', createdAt: '2025-03-03T07:00:00Z' }, 'mention.author'],
		[{ ...mention({ id: 'x:1' }), crisis: { level: 'severe' } }, 'mention.crisis.level'],
		[incident({ level: 'extreme' }), 'incident event.level'],
		[incident({ at: 12 }), 'incident event.at'],
		[{ ...incident(), case: { caseId: 'CD-1' } }, 'case.origin'],
	])('names the bad field of %j', (item, field) => {
		try {
			readSubject(item);
			throw new Error('expected an error');
		} catch (error) {
			expect(error).toBeInstanceOf(FieldError);
			expect((error as FieldError).field).toBe(field);
		}
	});
});

describe('recordResponse', () => {
	it('stops the first-response clock once and keeps the first time on reruns', () => {
		const item = mention({ id: 'x:1' }, { level: 'high' });
		const first = recordResponse(
			item,
			{ respondedAt: '2025-03-03T07:10:00Z' },
			'2025-03-03T07:11:00Z',
		);
		expect(first.case).toMatchObject({
			firstResponseAt: '2025-03-03T07:10:00Z',
			status: 'responding',
		});
		const again = recordResponse({ ...item, case: first.case }, {}, '2025-03-03T08:00:00Z');
		expect(again.case).toEqual(first.case);
	});

	it('rejects a mention id the case has no task for', () => {
		expect(() =>
			recordResponse(mention({ id: 'x:1' }), { mentionId: 'x:9' }, '2025-03-03T07:11:00Z'),
		).toThrow(/mentionId/);
	});
});
