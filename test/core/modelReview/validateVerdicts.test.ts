import {
	MAX_REASON_CHARACTERS,
	validateVerdicts,
} from '../../../nodes/core/modelReview/validateVerdicts';

const valid = {
	id: 'm1',
	sentiment: 'negative',
	categories: ['delivery'],
	isComplaint: true,
	isSarcasm: true,
	language: 'es',
	reason: 'Sarcastic about a late parcel.',
};

describe('validateVerdicts', () => {
	it('keeps a valid verdict by id, with duplicate categories once', () => {
		const verdicts = validateVerdicts(
			[{ ...valid, categories: ['delivery', 'delivery'], extra: 1 }],
			['m1'],
		);
		expect(verdicts.get('m1')).toEqual({
			label: 'negative',
			categories: ['delivery'],
			isComplaint: true,
			isSarcasm: true,
			language: 'es',
			reason: 'Sarcastic about a late parcel.',
		});
	});

	it.each([
		['a label off the list', { sentiment: 'angry' }],
		['unscored', { sentiment: 'unscored' }],
		['a category off the list', { categories: ['customer service'] }],
		['categories not a list', { categories: 'delivery' }],
		['isComplaint as a string', { isComplaint: 'true' }],
		['isSarcasm missing', { isSarcasm: undefined }],
		['a language name', { language: 'Spanish' }],
		['an upper-case code', { language: 'ES' }],
		['an empty reason', { reason: ' \n ' }],
		['a reason that is not text', { reason: 42 }],
	])('refuses %s', (_, change) => {
		expect(validateVerdicts([{ ...valid, ...change }], ['m1']).size).toBe(0);
	});

	it('ignores ids not asked about and drops an id answered twice', () => {
		expect(validateVerdicts([{ ...valid, id: 'm9' }, null, 'x', [valid]], ['m1']).size).toBe(0);
		expect(validateVerdicts([valid, { ...valid, sentiment: 'positive' }], ['m1']).size).toBe(0);
	});

	it('makes the reason one line of at most the cap', () => {
		const reason =
			validateVerdicts([{ ...valid, reason: `a\u0000b\n\nc ${'x'.repeat(1000)}` }], ['m1']).get(
				'm1',
			)?.reason ?? '';
		expect(reason.startsWith('a b c x')).toBe(true);
		expect(reason.length).toBe(MAX_REASON_CHARACTERS);
		expect(reason.endsWith('…')).toBe(true);
	});
});
