import type { IDataObject } from 'n8n-workflow';

import { mention, incident, HOSTILE } from './fixtures/playbookItems';
import { STEP, run, output, caseOf } from './harness/playbookStepRun';

describe('Playbook Step: Assess', () => {
	const batch = [
		mention({ id: '1', level: 'high', categories: ['delivery'], followers: 90000 }),
		mention({ id: '2', level: 'medium', categories: ['delivery', 'service'] }),
		mention({ id: '3', level: 'low', label: 'neutral', tagged: false, source: 'reddit' }),
		mention({
			id: '4',
			level: 'critical',
			categories: ['billing'],
			text: 'They charged me twice and refuse a refund',
			handle: 'mert',
		}),
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

	it("escapes the posters' markup in the brief: no live HTML, Slack broadcasts or mentions", async () => {
		const hostile = mention({
			id: '6',
			level: 'critical',
			text: HOSTILE,
			handle: '<!channel>',
			categories: ['fraud'],
		});
		const [brief] = await output({ operation: 'assess' }, [hostile]);
		const chat = brief.json.chat as { text: string; blocks: unknown[] };
		for (const rendered of [chat.text, JSON.stringify(chat.blocks)])
			expect(rendered).not.toMatch(/<script>|<!channel>|@here/);
		expect(chat.text).toContain('&lt;script&gt;');
		// Markdown (the brief, the ticket): every '<' arrives backslash-escaped, so none opens a tag.
		for (const rendered of [
			brief.json.markdown as string,
			(brief.json.ticket as { description: string }).description,
		]) {
			expect(rendered).not.toMatch(/(^|[^\\])</);
		}
		expect(brief.json.markdown).toContain('\\<script\\>');
	});

	it('writes the brief in Turkish and quotes as many samples as asked', async () => {
		const [brief] = await output(
			{ operation: 'assess', language: 'tr', assessOptions: { samples: 1 } },
			batch,
		);
		expect(brief.json.markdown).toMatch(/Durum/);
		expect((brief.json.brief as { representative: unknown[] }).representative).toHaveLength(1);
		expect((brief.json.brief as { language: string }).language).toBe('tr');
	});

	it('reads the sample mentions an incident from Detect Crisis carries, and lands on the incident case', async () => {
		const samples = batch.slice(0, 3);
		const [brief] = await output({ operation: 'assess' }, [incident({}, samples), samples[0]]);
		const body = brief.json.brief as {
			howMany: { mentions: number };
			what: { reasons: string[] };
			trend: { volume: number };
		};
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

		const items = await output({ operation: 'assess' }, [batch[0], broken], 0, {
			continueOnFail: true,
		});
		expect(items).toHaveLength(2);
		expect((items[0].json.brief as { howMany: { mentions: number } }).howMany.mentions).toBe(1);
		expect(items[0].pairedItem).toEqual([{ item: 0 }]);
		expect(items[1].json.error).toMatch(/mention\.author\.handle/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('says since when in the chosen time zone, and rejects one that does not exist', async () => {
		const early = mention({ id: '5', createdAt: '2025-03-07T14:00:00Z' });
		const [istanbul] = await output({ operation: 'assess' }, [early]);
		expect((istanbul.json.brief as { since: { firstLocal: string } }).since.firstLocal).toBe(
			'7 Mar, 17:00 GMT+3',
		);
		const [newYork] = await output({ operation: 'assess', timeZone: 'America/New_York' }, [early]);
		expect((newYork.json.brief as { since: { firstLocal: string } }).since.firstLocal).toBe(
			'7 Mar, 09:00 GMT-5',
		);
		const failed = await run({ operation: 'assess', timeZone: 'Mars/Olympus' }, [early]);
		expect(failed.error(STEP)?.message).toMatch(
			/^Time Zone: "Mars\/Olympus" is not an IANA time zone/,
		);
	});

	it('says why when no item is readable', async () => {
		const failed = await run({ operation: 'assess' }, [{ hello: 'world' }]);
		expect(failed.error(STEP)?.message).toMatch(/^item: expected a mention/);
	});

	it('runs on its own output without adding to the timeline twice', async () => {
		const first = await output({ operation: 'assess' }, batch);
		const again = await output(
			{ operation: 'assess' },
			batch.map((json) => ({ ...json, case: first[0].json.case })),
		);
		expect(caseOf(again[0]).timeline).toEqual(caseOf(first[0]).timeline);
		expect(caseOf(again[0]).caseId).toBe(caseOf(first[0]).caseId);
	});
});
