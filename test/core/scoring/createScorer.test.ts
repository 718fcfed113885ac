import { createScorer } from '../../../nodes/core/scoring/createScorer';

const now = new Date('2025-03-01T12:00:00Z');
const score = createScorer();

describe('createScorer: sentiment and language', () => {
	it.each([
		['@shop my order never arrived and nobody answers. Still waiting for a refund!', 'negative'],
		['On hold for 2 hours, worst customer service ever. Never again.', 'negative'],
		['@bank thanks, the support team fixed it quickly, great service', 'positive'],
		['Is the store open on Sunday?', 'neutral'],
		['Kargo hâlâ gelmedi, müşteri hizmetlerine ulaşamıyorum. Rezalet!', 'negative'],
		['KARGO GELMEDİ, İADE ETMİYORLAR', 'negative'],
		['Ürün çok güzel, hızlı kargo için teşekkürler, herkese tavsiye ederim', 'positive'],
		['urun cok guzel tesekkurler', 'positive'],
		['Hiç beğenmedim, kesinlikle tavsiye etmiyorum', 'negative'],
		['Kalitesi güzel değil', 'negative'],
	])('%s → %s', (text, label) => {
		expect(score({ text }, now).sentiment.label).toBe(label);
	});

	it('reads a request for information as neutral unless it asks "why" or uses strong words', () => {
		expect(
			score({ text: '@bank is there a fee if I cancel my card? Need to know before Friday' }, now)
				.sentiment.label,
		).toBe('neutral');
		expect(
			score({ text: '@telco will there be an outage in my area tonight?' }, now).sentiment.label,
		).toBe('neutral');
		expect(
			score({ text: '@telco is there an outage in my area tonight??' }, now).sentiment.label,
		).toBe('negative');
		expect(score({ text: '@telco why is my line down again?' }, now).sentiment.label).toBe(
			'negative',
		);
		expect(
			score({ text: '@shop can you explain why I was charged twice?' }, now).sentiment.label,
		).toBe('negative');
		expect(
			score(
				{ text: '@shop can I return it? It was damaged and useless, the worst order ever' },
				now,
			).sentiment.label,
		).toBe('negative');
		expect(
			score({ text: '@shop my parcel is late again. Still no update.' }, now).sentiment.label,
		).toBe('negative');
	});

	it('does not let thanks soften a complaint, but counts them when nothing is wrong', () => {
		const complaint = score(
			{ text: '@bank thanks, my card is blocked again and nobody answers' },
			now,
		);
		expect(complaint.sentiment.label).toBe('negative');
		expect(complaint.reasons[0]).not.toMatch(/thanks/);
		expect(
			score({ text: '@bank thanks, lost my card and still no help' }, now).sentiment.score,
		).toBe(score({ text: '@bank lost my card and still no help' }, now).sentiment.score);
		expect(score({ text: '@bank thank you, all sorted now' }, now).sentiment.label).toBe(
			'positive',
		);
		expect(
			score({ text: '@telco thanks for the quick fix, all working again' }, now).sentiment.label,
		).toBe('positive');
		expect(score({ text: '@telco the app stopped working again' }, now).sentiment.label).toBe(
			'negative',
		);
	});

	it('reads a Turkish review that praises and blames around "ama" as mixed, unless the blame is strong', () => {
		expect(score({ text: 'Ürün çok güzel ama kargo gecikti' }, now).sentiment.label).toBe(
			'neutral',
		);
		expect(score({ text: 'Ürün çok güzel ama kargo berbat, rezalet' }, now).sentiment.label).toBe(
			'negative',
		);
		expect(score({ text: 'Ürün çok güzel, kargo hızlı' }, now).sentiment.label).toBe('positive');
	});

	it('reads words stretched for emphasis as the words they stretch', () => {
		expect(score({ text: '@shop the app is so sloooow today' }, now).reasons[0]).toBe(
			"negative (-3): 'slow'",
		);
		expect(score({ text: 'soooo goood' }, now).sentiment.label).toBe(
			score({ text: 'so good' }, now).sentiment.label,
		);
		expect(score({ text: 'Zzzz, hmmm' }, now).sentiment.label).toBe('neutral');
	});

	it('keeps a strong complaint negative when the negator is far from it', () => {
		expect(score({ text: 'never been so pissed with a shop' }, now).sentiment.label).toBe(
			'negative',
		);
		expect(
			score({ text: 'without question the worst customer service' }, now).sentiment.label,
		).toBe('negative');
		expect(score({ text: 'honestly not pissed at all' }, now).sentiment.score).toBeGreaterThan(0);
	});

	it('detects English and Turkish and refuses other languages', () => {
		expect(score({ text: 'my parcel is late again' }, now).language).toBe('en');
		expect(score({ text: 'siparişim hala gelmedi' }, now).language).toBe('tr');
		const spanish = score({ text: 'el pedido no llegó y nadie responde para nada' }, now);
		expect(spanish).toMatchObject({
			language: 'unsupported',
			sentiment: { label: 'unscored' },
			risk: 0,
			level: 'low',
		});
		expect(score({ text: 'Заказ не пришёл' }, now).sentiment.label).toBe('unscored');
	});

	it('honours the per-item language override and the settings default', () => {
		expect(score({ text: 'rezalet', language: 'tr' }, now).language).toBe('tr');
		expect(createScorer({ language: 'tr' })({ text: 'kargo gelmedi' }, now).sentiment.label).toBe(
			'negative',
		);
		expect(score({ text: 'rezalet', language: 'en' }, now).language).toBe('en');
	});

	it('scores emoji and shouting', () => {
		expect(score({ text: '😡😡' }, now).sentiment.label).toBe('negative');
		const calm = score({ text: 'this is terrible' }, now).sentiment.score;
		const loud = score({ text: 'this is TERRIBLE!!!' }, now);
		expect(loud.sentiment.score).toBeLessThan(calm);
		expect(loud.reasons.join(' ')).toContain('capitals');
	});

	it('damps lukewarm verdicts towards neutral', () => {
		expect(score({ text: 'Ürün güzel' }, now).sentiment.label).toBe('positive');
		expect(score({ text: 'Ürün güzel, fiyatına göre idare eder' }, now).sentiment.label).toBe(
			'neutral',
		);
	});

	it('lets a star rating speak', () => {
		expect(score({ text: 'ok', rating: 1 }, now).sentiment.label).toBe('negative');
		expect(score({ text: 'ok', rating: 5 }, now).sentiment.label).toBe('positive');
	});
});

describe('createScorer: categories, risk and reasons', () => {
	it('reports categories with the words that hit', () => {
		const result = score(
			{ text: 'They charged twice, this is a scam. My lawyer will hear about it.' },
			now,
		);
		const byName = Object.fromEntries(result.categories.map((hit) => [hit.name, hit.matches]));
		expect(byName.fraud).toEqual(['scam']);
		expect(byName.legal).toEqual(['lawyer']);
		expect(byName.billing).toEqual(['charged twice']);
		expect(
			score({ text: 'avukatıma verdim, dolandırıcılar' }, now).categories.map((hit) => hit.name),
		).toEqual(['legal', 'fraud']);
	});

	it('explains the score in words a reader understands', () => {
		const result = score(
			{
				text: 'Total scam, never again',
				followers: 48_000,
				verified: true,
				tagged: false,
				createdAt: '2025-03-01T10:00:00Z',
			},
			now,
		);
		expect(result.reasons[0]).toMatch(/^negative \(-\d+(\.\d)?\): .*'scam'/);
		expect(result.reasons).toEqual(
			expect.arrayContaining([
				"category fraud/scam: 'scam'",
				'48k followers',
				'verified author',
				'brand not tagged: easy to miss',
				'posted 2 h ago',
			]),
		);
	});

	it('weighs legal threats above plain complaints and amplifies by reach, verification and recency', () => {
		const plain = score({ text: 'the delivery was late, disappointed' }, now).risk;
		const legal = score(
			{ text: 'the delivery was late, disappointed, my lawyer will sue' },
			now,
		).risk;
		expect(legal).toBeGreaterThan(plain);
		const base = { text: 'worst service, a total scam' };
		const risks = [
			score(base, now).risk,
			score({ ...base, followers: 50_000 }, now).risk,
			score({ ...base, followers: 50_000, verified: true }, now).risk,
			score({ ...base, followers: 50_000, verified: true, createdAt: '2025-03-01T11:30:00Z' }, now)
				.risk,
		];
		expect([...risks].sort((a, b) => a - b)).toEqual(risks);
		expect(new Set(risks).size).toBe(4);
		expect(
			score(
				{ text: 'Love this brand, best service ever!', followers: 5_000_000, verified: true },
				now,
			).level,
		).toBe('low');
	});

	it('maps risk to levels with configurable thresholds', () => {
		const text = 'worst service, a total scam, never again';
		const risk = score({ text, followers: 48_000 }, now).risk;
		expect(
			createScorer({ thresholds: { medium: 1, high: 2, critical: risk } })(
				{ text, followers: 48_000 },
				now,
			).level,
		).toBe('critical');
		expect(
			createScorer({ thresholds: { medium: risk + 1, high: 100, critical: 100 } })(
				{ text, followers: 48_000 },
				now,
			).level,
		).toBe('low');
	});

	it('uses the weights', () => {
		const input = { text: 'my order is late', followers: 1_000_000 };
		const withoutReach = createScorer({ weights: { reach: 0 } })(input, now).risk;
		const reachHeavy = createScorer({ weights: { reach: 2 } })(input, now).risk;
		expect(reachHeavy).toBeGreaterThan(withoutReach);
	});

	it('adds custom keywords to a category, or replaces the built-in ones', () => {
		const added = createScorer({ customKeywords: { safety: ['gluten'] } });
		expect(added({ text: 'found gluten in the gluten-free bread' }, now).categories).toContainEqual(
			{ name: 'safety', matches: ['gluten'] },
		);
		expect(
			added({ text: 'this could start a fire' }, now).categories.map((hit) => hit.name),
		).toContain('safety');
		const replaced = createScorer({
			customKeywords: { safety: ['gluten'] },
			replaceKeywords: true,
		});
		expect(
			replaced({ text: 'this could start a fire' }, now).categories.map((hit) => hit.name),
		).not.toContain('safety');
	});

	it('adds user negative and positive words', () => {
		expect(score({ text: 'the update is meh' }, now).sentiment.label).toBe('neutral');
		expect(
			createScorer({ negativeWords: ['meh'] })({ text: 'the update is meh' }, now).sentiment.label,
		).toBe('negative');
		expect(
			createScorer({ positiveWords: ['bombastic'] })({ text: 'bombastic update' }, now).sentiment
				.label,
		).toBe('positive');
	});
});

describe('createScorer: bad input', () => {
	it.each([undefined, null, 42, { a: 1 }])('throws naming the field for text %p', (text) => {
		expect(() => score({ text } as never, now)).toThrow(/"text"/);
	});

	it('ignores bad numbers and dates instead of producing NaN', () => {
		const result = score(
			{
				text: 'refund please, still waiting',
				followers: Number.NaN,
				engagement: { likes: -5, shares: Infinity },
				createdAt: 'yesterday',
				rating: Number.NaN,
				language: 'fr' as never,
			},
			new Date('not a date'),
		);
		expect(Number.isFinite(result.risk)).toBe(true);
		expect(result.reach).toBe(0);
		expect(result.reasons.join(' ')).not.toMatch(/NaN|posted/);
	});

	it('scores a text the same whatever was scored before it (buffers and the token memo are reused)', () => {
		const fresh = createScorer();
		const short = { text: 'not good' };
		const first = fresh(short, now);
		fresh(
			{
				text: 'still waiting still waiting for my refund, good grief, not good at all '.repeat(50),
			},
			now,
		);
		fresh({ text: 'Kargo gelmedi, rezalet! Hiç beğenmedim.' }, now);
		expect(fresh(short, now)).toEqual(first);
		expect(fresh({ text: 'good' }, now)).toEqual(createScorer()({ text: 'good' }, now));
	});

	it('is deterministic for the same input, settings and time', () => {
		const input = {
			text: 'Kargo gelmedi, rezalet! @marka',
			followers: 1200,
			createdAt: '2025-02-28T12:00:00Z',
		};
		expect(createScorer()(input, now)).toEqual(createScorer()(input, now));
		expect(score(input, now)).toEqual(score(input, now));
	});
});

describe('createScorer: very long texts', () => {
	it('scores a single 4 MiB word instead of throwing', () => {
		const result = score({ text: 'a'.repeat(4 * 1024 * 1024) }, now);
		expect(result).toMatchObject({
			risk: 0,
			level: 'low',
			language: 'en',
			sentiment: { score: 0, label: 'neutral' },
		});
	});

	it('scores only the first 20,000 characters and says so in the reasons', () => {
		const complaint = 'worst service ever, still waiting for my refund. ';
		const filler = 'the '.repeat(6_000);
		const result = score(
			{ text: complaint + filler + 'love it, thanks, great, amazing! '.repeat(100) },
			now,
		);
		expect(result.sentiment).toEqual(score({ text: complaint + filler }, now).sentiment);
		expect(result.reasons.at(-1)).toBe(
			'text of 27,349 characters: only the first 20,000 were scored',
		);
		expect(score({ text: complaint }, now).reasons.join(' ')).not.toContain('scored');
	});

	it('cuts a long text at a space, so a word across the limit is not read as a shorter word', () => {
		// "bad" ends exactly at character 20,000: cutting there would score "badminton" as "bad".
		const text = `${'the '.repeat(4_999)} badminton`;
		expect(text.indexOf('bad') + 3).toBe(20_000);
		expect(score({ text }, now).sentiment.label).toBe('neutral');
	});

	it('quotes at most ten distinct words per category', () => {
		const text = `this is a ${Array.from({ length: 100 }, (_, index) => `scam${index}`).join(' ')}`;
		const fraud = score({ text }, now).categories.find((hit) => hit.name === 'fraud');
		expect(fraud?.matches).toEqual(Array.from({ length: 10 }, (_, index) => `scam${index}`));
	});
});
