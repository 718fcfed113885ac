import { takePrivate } from '../../../../nodes/core/playbook/steps/takePrivate';
import { incident, mention } from '../fixtures';

const NOW = '2025-03-03T07:20:00Z';

describe('takePrivate', () => {
	const item = mention(
		{
			id: 'x:10',
			source: 'x',
			text: 'My card was charged twice <script>alert(1)</script> @here',
			author: { handle: 'ayla', followers: 5400 },
		},
		{ level: 'high', categories: ['billing'] },
	);

	it('asks publicly to continue by DM with the case reference, and drafts the private contact request', () => {
		const result = takePrivate(item, { dmHandle: '@AcmeHelp', brand: 'Acme' }, NOW);
		expect(result.reply).toEqual({
			text: `@ayla, we are sorry about this. To sort it out we need a few account details, which we should not ask for in public. Please send us a direct message at @AcmeHelp quoting case ${result.case.caseId}.`,
			channel: 'x',
			inReplyTo: 'x:10',
		});
		expect(result.contactRequest.via).toBe('dm');
		expect(result.contactRequest.to).toBe('ayla');
		expect(result.contactRequest.text).toContain(result.case.caseId);
		expect(result.contactRequest.text).toMatch(/do not send passwords/);
		expect(result.case.status).toBe('responding');
	});

	it('uses the e-mail or phone wording and needs the matching contact option', () => {
		expect(
			takePrivate(item, { via: 'email', supportEmail: 'care@acme.example', brand: 'Acme' }, NOW)
				.reply.text,
		).toContain('Please write to care@acme.example quoting case');
		expect(
			takePrivate(
				item,
				{ via: 'phone', supportPhone: '+90 212 000 00 00', brand: 'Acme', language: 'tr' },
				NOW,
			).reply.text,
		).toContain('+90 212 000 00 00 numarasından bizi arayın');
		expect(() => takePrivate(item, { via: 'email' }, NOW)).toThrow(
			/supportEmail: set the support e-mail address/,
		);
		expect(() => takePrivate(item, { via: 'fax' as never, dmHandle: '@a' }, NOW)).toThrow(/via/);
	});

	it('refuses a team address a mail header could read as more than one', () => {
		for (const notifyEmail of [
			'crisis@acme.example\r\nBcc: evil@evil.example',
			'a@acme.example, b@evil.example',
			'Crisis <c@acme.example>',
			'c\u202E@acme.example',
		]) {
			expect(() => takePrivate(item, { dmHandle: '@AcmeHelp', notifyEmail }, NOW)).toThrow(
				/^notifyEmail: expected one e-mail address/,
			);
		}
	});

	it('addresses the poster by one handle: a handle with a space cannot make our reply mention someone else', () => {
		const sneaky = { ...item, author: { handle: '@ayla @victim\u202E' } };
		const { reply, contactRequest } = takePrivate(
			sneaky,
			{ dmHandle: '@AcmeHelp', brand: 'Acme' },
			NOW,
		);
		expect(reply.text).toMatch(/^@ayla, /);
		expect(contactRequest.to).toBe('ayla');
		expect(`${reply.text} ${contactRequest.text}`).not.toContain('victim');
	});

	it('builds a ticket and a team e-mail with the user text escaped', () => {
		const result = takePrivate(
			item,
			{ dmHandle: '@AcmeHelp', brand: 'Acme', notifyEmail: 'crisis@acme.example' },
			NOW,
		);
		expect(result.ticket).toMatchObject({
			priority: 'High',
			priorityNumber: 2,
			dueAt: result.case.deadlines?.resolutionDue,
		});
		// The title neither notifies @ayla in the tracker nor loses who it is about.
		expect(result.ticket.title).toBe(`[HIGH] ＠ayla on X continues by dm (${result.case.caseId})`);
		expect(result.ticket.labels).toEqual([
			'crisis-desk',
			'level-high',
			result.case.caseId.toLowerCase(),
			'category-billing',
		]);
		expect(result.ticket.description).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
		expect(result.ticket.description).toContain('(5400 followers)');
		expect(result.email?.to).toBe('crisis@acme.example');
		expect(result.email?.html).toContain('&lt;script&gt;');
		expect(result.email?.html).not.toContain('<script>');
		expect(result.chat.text).not.toMatch(/<script>|@here/);
	});

	it('is idempotent on the same case', () => {
		const first = takePrivate(item, { dmHandle: '@AcmeHelp', brand: 'Acme' }, NOW);
		const second = takePrivate(
			{ ...item, case: first.case },
			{ dmHandle: '@AcmeHelp', brand: 'Acme' },
			'2025-03-03T08:00:00Z',
		);
		expect(second.case).toEqual(first.case);
		expect(second.reply).toEqual(first.reply);
	});

	it('refuses an incident: there is nobody to reply to', () => {
		expect(() => takePrivate(incident(), { dmHandle: '@AcmeHelp' }, NOW)).toThrow(
			/Take Private needs a mention/,
		);
	});
});
