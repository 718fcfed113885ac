import { acknowledge } from '../../../../nodes/core/playbook/steps/acknowledge';
import { assess } from '../../../../nodes/core/playbook/steps/assess/assess';
import { assign } from '../../../../nodes/core/playbook/steps/assign';
import { readSubject } from '../../../../nodes/core/playbook/reading/readSubject';
import { respondToEvery } from '../../../../nodes/core/playbook/steps/respondToEvery';
import type { ScoredMention } from '../../../../nodes/core/playbook/reading/ScoredMention';
import { setDeadline } from '../../../../nodes/core/playbook/steps/setDeadline';
import { takePrivate } from '../../../../nodes/core/playbook/steps/takePrivate';
import { incident, mention } from '../fixtures';

const NOW = '2025-03-03T07:20:00Z';

function turkish(id: string, handle: string): ScoredMention {
	return mention(
		{
			id,
			source: 'x',
			language: 'tr',
			text: 'Kargom iki haftadır gelmedi, kimse cevap vermiyor.',
			author: { handle },
		},
		{ level: 'critical', categories: ['delivery'], language: 'tr' },
	);
}

function english(id: string, handle: string): ScoredMention {
	return mention(
		{ id, source: 'x', language: 'en', author: { handle } },
		{ level: 'critical', categories: ['delivery'] },
	);
}

/** Three Turkish posts and two English ones about the same late deliveries. */
const MIXED = [
	turkish('x:1', 'ayla'),
	english('x:2', 'emma'),
	turkish('x:3', 'mert'),
	english('x:4', 'jack'),
	turkish('x:5', 'elif'),
];
const TURKISH_APOLOGY = /hata yaptık/;
const TURKISH_REPLY = /özür dileriz|teşekkür ederiz/;

describe('one language per case', () => {
	it('is decided once from the mentions when the case opens, and every step on Auto writes it', () => {
		const assessed = assess(MIXED, { language: 'auto' }, NOW);
		expect(assessed.brief.language).toBe('tr');
		expect(assessed.case.language).toBe('tr');
		expect(assessed.markdown).toMatch(/^## Durum özeti/);

		const timed = setDeadline({ case: assessed.case }, {}, NOW);
		const owned = assign(
			{ case: timed.case },
			{ defaultRoute: { team: 'care', owner: 'ali' } },
			NOW,
		);
		expect(owned.case.language).toBe('tr');
		const drafted = acknowledge({ case: owned.case }, { language: 'auto', brand: 'Acme' }, NOW);
		expect(drafted.language).toBe('tr');
		expect(drafted.drafts.apology).toMatch(TURKISH_APOLOGY);
		expect(drafted.drafts.holdingStatement).toMatch(/farkındayız/);

		// Emma wrote in English, but her thread belongs to this Turkish case.
		const privately = takePrivate(
			{ ...english('x:2', 'emma'), case: drafted.case },
			{ dmHandle: '@AcmeHelp', brand: 'Acme' },
			NOW,
		);
		expect(privately.reply.text).toMatch(TURKISH_REPLY);
		expect(privately.case.language).toBe('tr');
	});

	it('answers every mention of an incident case in the case language', () => {
		const assessed = assess([incident({ level: 'critical' }), ...MIXED], {}, NOW);
		expect(assessed.case.origin.kind).toBe('incident');
		expect(assessed.case.language).toBe('tr');
		const result = respondToEvery(
			MIXED.map((item) => ({ ...item, case: assessed.case })),
			{},
			NOW,
		);
		expect(result.tasks).toHaveLength(5);
		expect(new Set(result.tasks.map((task) => task.case.caseId))).toEqual(
			new Set([assessed.case.caseId]),
		);
		for (const task of result.tasks) expect(task.reply.text).toMatch(TURKISH_REPLY);
	});

	it('keeps the decided language when later mentions are mostly in the other one', () => {
		const assessed = assess(MIXED, {}, NOW);
		const moreEnglish = [
			english('x:6', 'noah'),
			english('x:7', 'ava'),
			english('x:8', 'leo'),
			english('x:9', 'sam'),
		];
		const again = assess([{ case: assessed.case }, ...moreEnglish], {}, '2025-03-03T07:40:00Z');
		expect(again.case.language).toBe('tr');
		expect(again.brief.language).toBe('tr');
	});

	it('writes one step in its own Language when set, and leaves the case language as it was', () => {
		const assessed = assess(MIXED, {}, NOW);
		const english = acknowledge({ case: assessed.case }, { language: 'en', brand: 'Acme' }, NOW);
		expect(english.language).toBe('en');
		expect(english.drafts.apology).toMatch(/We made a mistake/);
		expect(english.case.language).toBe('tr');
		expect(acknowledge({ case: english.case }, { brand: 'Acme' }, NOW).language).toBe('tr');
	});

	it('takes a single mention’s language for a case of its own, English when it is neither', () => {
		expect(acknowledge(turkish('x:10', 'can'), { brand: 'Acme' }, NOW).case.language).toBe('tr');
		const german = mention({ id: 'x:11', language: 'de', text: 'Paket nicht angekommen' });
		const result = acknowledge(german, { brand: 'Acme' }, NOW);
		expect(result.language).toBe('en');
		expect(result.case.language).toBe('en');
	});

	it('travels with the case through JSON (a Data Table) and refuses a language it cannot write', () => {
		const { case: record } = assess(MIXED, {}, NOW);
		const stored = JSON.parse(JSON.stringify({ case: record })) as unknown;
		const read = readSubject(stored);
		expect(read.kind === 'case' && read.case.language).toBe('tr');
		expect(() => readSubject({ case: { ...record, language: 'de' } })).toThrow(
			/^case\.language: expected en or tr/,
		);
		const blank = readSubject({ case: { ...record, language: '' } });
		expect(blank.kind === 'case' && blank.case.language).toBeUndefined();
	});
});
