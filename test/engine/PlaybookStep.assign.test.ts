import type { IDataObject } from 'n8n-workflow';

import { mention, ROUTING } from './fixtures/playbookItems';
import { runWorkflow } from './harness/engine';
import { STEP, run, output, caseOf, chain } from './harness/playbookStepRun';

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
		expect(caseOf(item)).toMatchObject({
			status: 'assigned',
			authority: 'publish',
			owner: { person: 'deniz', team: 'duty-desk' },
		});
		expect(item.json.email).toMatchObject({ to: 'deniz@acme.example' });
		expect((item.json.ticket as IDataObject).assignee).toBe('deniz@acme.example');
		expect((item.json.chat as { text: string }).text).toMatch(
			/may publish replies without approval/,
		);
	});

	it('rule order decides: the privacy rule wins over the critical one above it only when listed first', async () => {
		const [legal] = await output(ROUTING, [privacyCritical]);
		expect(legal.json.assignment).toMatchObject({
			team: 'legal',
			owner: 'selin',
			needsApproval: true,
			approver: 'general-counsel',
		});

		const swapped = {
			...ROUTING,
			routingRules: { rule: [ROUTING.routingRules.rule[1], ROUTING.routingRules.rule[0]] },
		};
		const [duty] = await output(swapped, [privacyCritical]);
		expect(duty.json.assignment).toMatchObject({ team: 'duty-desk', owner: 'deniz' });
	});

	it('matches language and source, takes the owner from the on-call rota, and falls back to the default team', async () => {
		const review = mention({
			id: '22',
			level: 'medium',
			language: 'tr',
			source: 'appstore',
			text: 'Uygulama sürekli çöküyor, rezalet',
		});
		const [rota] = await output(ROUTING, [review]);
		expect(rota.json.assignment).toMatchObject({
			team: 'tr-care',
			owner: 'emre',
			ownerFrom: 'rota',
			authority: 'publish',
		});

		const [fallback] = await output(ROUTING, [mention({ id: '23', level: 'low' })]);
		expect(fallback.json.assignment).toMatchObject({
			team: 'social-care',
			ownerFrom: 'none',
			rule: 'default',
			needsApproval: true,
		});
		expect(fallback.json.email).toBeUndefined();
	});

	it('requires approval from the chosen level whatever the owner may do', async () => {
		const [item] = await output({ ...ROUTING, assignOptions: { approvalFrom: 'high' } }, [
			critical,
		]);
		expect(item.json.assignment).toMatchObject({
			owner: 'deniz',
			authority: 'approval',
			needsApproval: true,
			approver: 'duty-lead',
		});
	});

	it('is idempotent on its own output', async () => {
		const result = await runWorkflow({ ...chain(ROUTING, ROUTING), input: [{ json: critical }] });
		expect(caseOf(result.output('Second')[0]).timeline).toEqual(
			caseOf(result.output('First')[0]).timeline,
		);
	});

	it('names the rule and field of a bad routing setting', async () => {
		const broken = { ...ROUTING, routingRules: { rule: [{ name: 'no team', levels: ['high'] }] } };
		const failed = await run(broken, [critical]);
		expect(failed.error(STEP)?.message).toMatch(/^Routing Rules › rule 1 › Team:/);
		// n8n itself refuses to run without a required parameter; a blank one reaches the step.
		await expect(run({ ...ROUTING, defaultTeam: '' }, [critical])).rejects.toThrow(
			/"Default Team" is required/,
		);
		const blank = await run({ ...ROUTING, defaultTeam: '  ' }, [critical]);
		expect(blank.error(STEP)?.message).toMatch(/^Default Team:/);
	});

	it('escapes user text in the e-mail HTML and the chat message', async () => {
		const hostile = {
			...ROUTING,
			routingRules: {
				rule: [
					{
						name: '<b>x</b> <!channel>',
						levels: ['critical'],
						team: '<script>t</script>',
						owner: 'deniz',
					},
				],
			},
		};
		const [item] = await output(hostile, [critical]);
		const email = item.json.email as { html: string };
		expect(email.html).not.toMatch(/<script>/);
		expect(email.html).toMatch(/&lt;script&gt;t&lt;\/script&gt;/);
		const chat = item.json.chat as { text: string; blocks: Array<{ text?: { text: string } }> };
		expect(chat.text).not.toMatch(/<!channel>|<script>/);
		expect(JSON.stringify(chat.blocks)).not.toMatch(/<!channel>|<script>/);
	});
});
