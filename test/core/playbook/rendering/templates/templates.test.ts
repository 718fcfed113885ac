import { en } from '../../../../../nodes/core/playbook/rendering/templates/en';
import {
	TEMPLATE_NAMES,
	TEMPLATE_PLACEHOLDERS,
	type LanguagePack,
	type Placeholder,
} from '../../../../../nodes/core/playbook/rendering/templates/MessageTemplates';
import { renderMessage } from '../../../../../nodes/core/playbook/rendering/templates/renderMessage';
import { resolveLanguagePack } from '../../../../../nodes/core/playbook/rendering/templates/resolveLanguagePack';
import { tr } from '../../../../../nodes/core/playbook/rendering/templates/tr';
import { findNonApologies } from '../../../../../nodes/core/playbook/rendering/drafts/findNonApologies';

const values = Object.fromEntries(TEMPLATE_PLACEHOLDERS.map((p) => [p, `<${p}>`])) as Record<
	Placeholder,
	string
>;
const packs: Array<[string, LanguagePack]> = [
	['en', en],
	['tr', tr],
];

describe.each(packs)('built-in %s templates', (_language, pack) => {
	it.each(
		TEMPLATE_NAMES.flatMap((name) =>
			(['formal', 'warm'] as const).map((tone) => [name, tone] as const),
		),
	)('%s/%s renders with only known placeholders and none left over', (name, tone) => {
		const text = renderMessage(pack, name, tone, values);
		expect(text).not.toMatch(/\{\{|\}\}/);
		expect(findNonApologies(text, pack)).toEqual([]);
	});

	it('admits the mistake in plain words in every apology', () => {
		const admission = pack === en ? /we made a mistake|we got .* wrong/i : /hata yaptık/;
		for (const name of ['apologyReply', 'apologyStatement'] as const) {
			for (const tone of ['formal', 'warm'] as const)
				expect(renderMessage(pack, name, tone, values)).toMatch(admission);
		}
	});

	it('carries the case reference in every public reply that moves the conversation', () => {
		for (const name of [
			'privateReplyDm',
			'privateReplyEmail',
			'privateReplyPhone',
			'contactRequest',
		] as const) {
			for (const tone of ['formal', 'warm'] as const)
				expect(renderMessage(pack, name, tone, values)).toContain('<caseId>');
		}
	});
});

describe('template overrides', () => {
	it('replace one tone of one template and keep the rest', () => {
		const pack = resolveLanguagePack('en', {
			apologyReply: { warm: 'Sorry {{author}}, {{caseId}}' },
		});
		expect(renderMessage(pack, 'apologyReply', 'warm', values)).toBe('Sorry <author>, <caseId>');
		expect(pack.templates.apologyReply.formal).toBe(en.templates.apologyReply.formal);
		expect(en.templates.apologyReply.warm).not.toBe('Sorry {{author}}, {{caseId}}');
	});

	it('reject an unknown template name', () => {
		expect(() => resolveLanguagePack('tr', { apology: { warm: 'x' } } as never)).toThrow(
			/templates\.apology: unknown template/,
		);
	});

	it('detect non-apologies in a rewritten template, in both languages', () => {
		expect(findNonApologies('We apologize for any inconvenience caused.', en)).toEqual([
			'any inconvenience',
			'inconvenience caused',
			'apologize for any',
		]);
		expect(
			findNonApologies('Yaşanan aksaklık için üzgünüz, KIRILDIYSANIZ özür dileriz.', tr),
		).toEqual(['yaşanan aksaklık', 'kırıldıysanız']);
	});
});
