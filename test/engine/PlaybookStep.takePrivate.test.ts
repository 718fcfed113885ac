import { mention, incident, HOSTILE } from './fixtures/playbookItems';
import { runWorkflow } from './harness/engine';
import { STEP, run, output, caseOf, chain } from './harness/playbookStepRun';

describe('Playbook Step: Take Private', () => {
	const complaint = mention({
		id: '70',
		level: 'high',
		categories: ['billing'],
		handle: 'ayla',
		text: HOSTILE,
	});

	it('asks to continue by DM with the case reference, with the contact request and a ticket', async () => {
		const [item] = await output(
			{ operation: 'takePrivate', brand: 'Acme', messageOptions: { dmHandle: '@AcmeHelp' } },
			[complaint],
		);
		const caseId = caseOf(item).caseId;
		expect((item.json.reply as { text: string }).text).toMatch(
			new RegExp(`@AcmeHelp quoting case ${caseId}`),
		);
		expect(item.json.contactRequest).toMatchObject({ via: 'dm', to: 'ayla' });
		expect((item.json.contactRequest as { text: string }).text).toMatch(/do not send passwords/);
		expect(item.json.ticket).toMatchObject({ priority: 'High', priorityNumber: 2 });
		expect((item.json.ticket as { labels: string[] }).labels).toContain('category-billing');
		expect(caseOf(item).status).toBe('responding');
	});

	it('by e-mail needs the support address and names where to set it', async () => {
		const failed = await run({ operation: 'takePrivate', via: 'email', brand: 'Acme' }, [
			complaint,
		]);
		expect(failed.error(STEP)?.message).toMatch(/^Message Options › Support E-Mail:/);
		expect((failed.error(STEP) as { description?: string }).description).toMatch(
			/Change "Message Options › Support E-Mail"/,
		);

		const [item] = await output(
			{
				operation: 'takePrivate',
				via: 'email',
				brand: 'Acme',
				tone: 'warm',
				messageOptions: { supportEmail: 'help@acme.example', notifyEmail: 'care@acme.example' },
			},
			[complaint],
		);
		expect((item.json.reply as { text: string }).text).toMatch(
			/drop us a line at help@acme\.example/,
		);
		expect(item.json.email).toMatchObject({ to: 'care@acme.example' });
	});

	it('escapes the poster’s markup in the HTML e-mail and the chat message, and keeps the reply plain', async () => {
		const [item] = await output(
			{
				operation: 'takePrivate',
				brand: 'Acme',
				messageOptions: { dmHandle: '@AcmeHelp', notifyEmail: 'care@acme.example' },
			},
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
		const items = await output(
			{ operation: 'takePrivate', messageOptions: { dmHandle: '@AcmeHelp' } },
			[incident(), complaint],
			0,
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/^item: Take Private needs a mention/);
		expect(items[1].json.reply).toBeDefined();
	});

	it('is idempotent on its own output', async () => {
		const params = { operation: 'takePrivate', messageOptions: { dmHandle: '@AcmeHelp' } };
		const result = await runWorkflow({ ...chain(params, params), input: [{ json: complaint }] });
		expect(caseOf(result.output('Second')[0]).timeline).toEqual(
			caseOf(result.output('First')[0]).timeline,
		);
	});
});
