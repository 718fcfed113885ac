import { acknowledge } from '../../../../../nodes/core/playbook/steps/acknowledge';
import { respondToEvery } from '../../../../../nodes/core/playbook/steps/respondToEvery';
import { takePrivate } from '../../../../../nodes/core/playbook/steps/takePrivate';
import { mention } from '../../fixtures';

const NOW = '2025-03-03T07:20:00Z';

/** A mention as Crisis Score outputs it when a language model read it as German. */
function modelRead(language: string) {
	const item = mention(
		{ id: 'mastodon:7', text: 'Das Paket ist nicht angekommen und niemand antwortet' },
		{ level: 'high' },
	);
	return { ...item, crisis: { ...item.crisis!, language, decidedBy: 'model' as const } };
}

const NOTE =
	'The mention is in "de" (read by the language model); replies are drafted in English or Turkish only and this one is in English: translate it before sending.';

describe('replies to a mention a model read as another language', () => {
	it('say so in every step that drafts a reply, and are still drafted in English or Turkish', () => {
		const item = modelRead('de');
		expect(acknowledge(item, { brand: 'Acme' }, NOW).reply?.languageNote).toBe(NOTE);
		expect(
			takePrivate(item, { dmHandle: '@AcmeHelp', brand: 'Acme' }, NOW).reply.languageNote,
		).toBe(NOTE);
		expect(respondToEvery([item], { brand: 'Acme' }, NOW).tasks[0].reply.languageNote).toBe(NOTE);
		expect(
			takePrivate(item, { dmHandle: '@AcmeHelp', brand: 'Acme', language: 'tr' }, NOW).reply
				.languageNote,
		).toContain('this one is in Turkish');
	});

	it('carry no note (no field at all) for English, Turkish or an unscored language', () => {
		for (const language of ['en', 'tr', 'unsupported']) {
			expect(
				Object.keys(acknowledge(modelRead(language), { brand: 'Acme' }, NOW).reply ?? {}),
			).toEqual(['text', 'channel', 'inReplyTo']);
		}
		const lexiconOnly = mention({ id: 'mastodon:8', language: 'de' }, { level: 'high' });
		expect(
			Object.keys(takePrivate(lexiconOnly, { dmHandle: '@AcmeHelp', brand: 'Acme' }, NOW).reply),
		).toEqual(['text', 'channel', 'inReplyTo']);
	});
});
