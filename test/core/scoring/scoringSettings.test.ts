import {
	DEFAULT_SCORING_SETTINGS,
	resolveScoringSettings,
} from '../../../nodes/core/scoring/scoringSettings';

describe('resolveScoringSettings', () => {
	it('fills every default', () => {
		expect(resolveScoringSettings()).toEqual(DEFAULT_SCORING_SETTINGS);
		expect(resolveScoringSettings({ thresholds: { high: 60 } }).thresholds).toEqual({
			medium: 30,
			high: 60,
			critical: 80,
		});
	});

	it('keeps user keywords and words, trimmed and without blanks', () => {
		const settings = resolveScoringSettings({
			customKeywords: { legal: [' notary ', ''] },
			negativeWords: ['meh'],
		});
		expect(settings.customKeywords).toEqual({ legal: ['notary'] });
		expect(settings.negativeWords).toEqual(['meh']);
	});

	it.each([
		[{ language: 'de' }, 'language'],
		[{ thresholds: { high: 'x' } }, 'thresholds.high'],
		[{ thresholds: { medium: 70 } }, 'thresholds.high'],
		[{ thresholds: { critical: 101 } }, 'thresholds.critical'],
		[{ weights: { reach: -1 } }, 'weights.reach'],
		[
			{ weights: { sentiment: 0, categories: 0, reach: 0, tagged: 0, verified: 0, recency: 0 } },
			'weights',
		],
		[{ weights: { reach: Number.NaN } }, 'weights.reach'],
		[{ customKeywords: { weather: ['rain'] } }, 'customKeywords.weather'],
		[{ customKeywords: { legal: 'lawyer' } }, 'customKeywords.legal'],
		[{ customKeywords: { legal: [3] } }, 'customKeywords.legal[0]'],
		[{ replaceKeywords: 'yes' }, 'replaceKeywords'],
		[{ positiveWords: 'great' }, 'positiveWords'],
		[{ colour: 'red' }, 'colour'],
	])('rejects %j naming "%s"', (partial, setting) => {
		expect(() => resolveScoringSettings(partial as never)).toThrow(`"${setting}"`);
	});
});
