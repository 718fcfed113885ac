import { callWebhook, type Instance } from '../harness/n8nInstance';

/** The webhook intake template's suite against an n8n of `version` where it is published. */
export function describeWebhookIntake(version: string, target: () => Instance): void {
	describe(`template: Webhook intake, published in a real n8n ${version}`, () => {
		it('answers a posted complaint with its crisis score', async () => {
			const { status, json } = await callWebhook(
				'crisis-desk/intake',
				{
					text: 'This is a scam, they took my money and never delivered. I am calling my lawyer!',
					author: { handle: 'loud_customer', followers: 52000 },
					createdAt: new Date().toISOString(),
					tagged: true,
				},
				target(),
			);
			expect(status).toBe(200);
			const answer = json as {
				crisis: { risk: number; level: string; sentiment: { label: string }; reasons: string[] };
			};
			expect(answer.crisis.sentiment.label).toBe('negative');
			expect(answer.crisis.risk).toBeGreaterThan(30);
			expect(answer.crisis.reasons.length).toBeGreaterThan(0);
		});

		it('answers a mention without text with an error naming the field, not a crash', async () => {
			const { status, json } = await callWebhook(
				'crisis-desk/intake',
				{ author: { handle: 'x' } },
				target(),
			);
			expect(status).toBe(200);
			expect((json as { error: string }).error).toMatch(/body\.text/);
		});
	});
}
