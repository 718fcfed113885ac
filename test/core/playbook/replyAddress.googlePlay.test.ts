import { acknowledge } from '../../../nodes/core/playbook/steps/acknowledge';
import { channelName, replyLimit } from '../../../nodes/core/playbook/rendering/payloads/channels';
import { mention } from './fixtures';

const NOW = '2025-03-03T07:20:00Z';

/** A Google Play review is answered by a developer reply: to the reviewer's name, within Google's length. */
describe('reply to a Google Play review', () => {
	const review = (name: string) =>
		mention(
			{
				id: 'googleplay:gp:AOqpTOF1',
				source: 'googleplay',
				brand: 'Acme',
				rating: 1,
				author: { handle: name, name },
			},
			{ level: 'high', categories: ['delivery'] },
		);

	it('addresses the reviewer by name, not by the first word of the name as an @handle', () => {
		expect(acknowledge(review('Ayşe Yılmaz'), {}, NOW).drafts.apology).toMatch(
			/^Ayşe Yılmaz, you are right/,
		);
	});

	it('is named Google Play and warns when the reply is longer than the about 350 characters Google accepts', () => {
		expect(channelName('googleplay')).toBe('Google Play');
		expect(replyLimit('googleplay')).toBe(350);
		const long = acknowledge(review(`Ayşe ${'Yılmaz'.repeat(30)}`), {}, NOW);
		expect(long.drafts.apology.length).toBeGreaterThan(350);
		expect(long.warnings).toContain(
			`The reply is ${long.drafts.apology.length} characters; googleplay takes 350.`,
		);
	});
});
