import { mention, incident, ROUTING } from './fixtures/playbookItems';
import { runWorkflow } from './harness/engine';
import { STEP, run, output, caseOf, chain } from './harness/playbookStepRun';

describe('Playbook Step: Acknowledge', () => {
	const complaint = mention({ id: '60', level: 'high', categories: ['delivery'], handle: 'ayla' });
	const turkish = mention({
		id: '61',
		level: 'high',
		categories: ['delivery'],
		language: 'tr',
		handle: 'mert',
		text: 'Kargom iki haftadır gelmedi, rezalet',
	});

	it('drafts an apology reply and a holding statement that need approval until Assign grants publishing', async () => {
		const [item] = await output({ operation: 'acknowledge', brand: 'Acme' }, [complaint]);
		const drafts = item.json.drafts as { apology: string; holdingStatement: string };
		expect(drafts.apology).toMatch(
			/^@ayla, you are right, and we are sorry\. We made a mistake with deliveries/,
		);
		expect(drafts.apology).toContain(caseOf(item).caseId);
		expect(drafts.holdingStatement).toMatch(/Acme$/);
		expect(item.json.reply).toMatchObject({
			text: drafts.apology,
			channel: 'x',
			inReplyTo: 'x:60',
		});
		expect(item.json).toMatchObject({ language: 'en', tone: 'formal', needsApproval: true });

		const result = await runWorkflow({
			...chain(ROUTING, { operation: 'acknowledge', brand: 'Acme' }),
			input: [{ json: mention({ id: '62', level: 'critical' }) }],
		});
		const [acknowledged] = result.output('Second');
		expect(acknowledged.json.needsApproval).toBe(false);
		// Assign's e-mail and ticket are not carried past the next step.
		expect(acknowledged.json.email).toBeUndefined();
		expect(acknowledged.json.ticket).toBeUndefined();
		expect(caseOf(acknowledged).timeline.map((entry) => entry.step)).toEqual([
			'open',
			'assign',
			'acknowledge',
		]);
	});

	it('writes Turkish from the mention, in the warm tone', async () => {
		const [item] = await output({ operation: 'acknowledge', brand: 'Acme', tone: 'warm' }, [
			turkish,
		]);
		expect(item.json).toMatchObject({ language: 'tr', tone: 'warm' });
		expect((item.json.drafts as { apology: string }).apology).toMatch(/^@mert/);
		expect((item.json.drafts as { apology: string }).apology).toMatch(/özür/i);
		const english = await output({ operation: 'acknowledge', brand: 'Acme', language: 'en' }, [
			turkish,
		]);
		expect(english[0].json.language).toBe('en');
	});

	it('uses the rewritten template with its placeholders, and names a template with an unknown one', async () => {
		const overrides = {
			template: [
				{
					name: 'apologyReply',
					tone: 'both',
					text: 'Sorry {{author}}: {{brand}} got {{issue}} wrong. Case {{caseId}}, news by {{deadline}}.',
				},
			],
		};
		const [item] = await output(
			{
				operation: 'acknowledge',
				brand: 'Acme',
				templateOverrides: overrides,
				messageOptions: { issue: 'your Izmir delivery' },
			},
			[complaint],
		);
		expect((item.json.drafts as { apology: string }).apology).toMatch(
			new RegExp(
				`^Sorry @ayla: Acme got your Izmir delivery wrong\\. Case ${caseOf(item).caseId}, news by \\d+ \\w+, \\d\\d:\\d\\d GMT\\+3\\.$`,
			),
		);

		const failed = await run(
			{
				operation: 'acknowledge',
				templateOverrides: {
					template: [{ name: 'apologyReply', tone: 'warm', text: 'Hi {{customer}}' }],
				},
				tone: 'warm',
			},
			[complaint],
		);
		expect(failed.error(STEP)?.message).toMatch(
			/^Template Overrides › apologyReply \(warm\): unknown placeholder \{\{customer\}\}/,
		);
	});

	it('an incident gets a public statement, not a reply', async () => {
		const [item] = await output({ operation: 'acknowledge', brand: 'Acme' }, [incident()]);
		expect(item.json.reply).toBeUndefined();
		expect((item.json.drafts as { apology: string }).apology).toMatch(/at Acme/);
	});

	it('is idempotent on its own output', async () => {
		const result = await runWorkflow({
			...chain(
				{ operation: 'acknowledge', brand: 'Acme' },
				{ operation: 'acknowledge', brand: 'Acme' },
			),
			input: [{ json: complaint }],
		});
		expect(caseOf(result.output('Second')[0]).timeline).toEqual(
			caseOf(result.output('First')[0]).timeline,
		);
		expect(result.output('Second')[0].json.drafts).toEqual(result.output('First')[0].json.drafts);
	});
});
