import { acknowledge } from '../../../nodes/core/playbook/steps/acknowledge';
import { mention } from './fixtures';

const NOW = '2025-03-03T07:20:00Z';

/** How a drafted public reply addresses the author on the two Meta sources. */
describe('reply address on Instagram and Facebook', () => {
	it('Facebook has no @handles: the commenter is addressed by name, not by the first word of an @name', () => {
		const item = mention(
			{
				id: 'facebook:1_2',
				source: 'facebook',
				brand: 'Acme',
				author: { id: '6120000000000001', handle: 'Ayşe Yılmaz', name: 'Ayşe Yılmaz' },
			},
			{ level: 'high', categories: ['delivery'] },
		);
		expect(acknowledge(item, {}, NOW).drafts.apology).toMatch(/^Ayşe Yılmaz, you are right/);
	});

	it('Instagram addresses the commenter by @username', () => {
		const item = mention(
			{ id: 'instagram:1', source: 'instagram', brand: 'Acme', author: { handle: 'ayse.yilmaz' } },
			{ level: 'high', categories: ['delivery'] },
		);
		expect(acknowledge(item, {}, NOW).drafts.apology).toMatch(/^@ayse\.yilmaz, you are right/);
	});
});
