import {
	DEFAULT_DETECTOR_SETTINGS,
	detectCrises,
	type DetectorState,
	type Observation,
} from '../../../nodes/core/detection/detectCrises';
import { HOUR, MINUTE } from './syntheticWeek';

const START = Date.parse('2026-03-02T00:00:00Z');
const quiet = { warmupHours: 0, warmupMentions: 0 };

function mention(brand: string, atMs: number, serial: string, negative = false): Observation {
	return {
		id: `${brand}:${serial}`,
		brand,
		createdAt: new Date(atMs).toISOString(),
		text: `${brand} post ${serial}`,
		negative,
	};
}

function isPrototypeClean(): boolean {
	const probe = {} as Record<string, unknown>;
	return probe.polluted === undefined && probe.incident === undefined && probe.key === undefined;
}

describe('brand names are user data', () => {
	const names = ['constructor', '__proto__', 'toString', 'level', 'hasOwnProperty'];

	it('tracks "constructor", "__proto__", "toString", "level" and "hasOwnProperty" as brands of their own', () => {
		const batch = names.flatMap((name, n) =>
			Array.from({ length: n + 1 }, (_, k) => mention(name, START + k * MINUTE, String(k))),
		);
		const { state, notices } = detectCrises(undefined, batch, new Date(START + 10 * MINUTE));
		expect(notices).toEqual([]);
		expect(state.brands.map((brand) => [brand.key, brand.mentions])).toEqual([
			['__proto__', 2],
			['constructor', 1],
			['hasownproperty', 5],
			['level', 4],
			['tostring', 3],
		]);
		// Stored as JSON and read back, they are the same brands.
		const again = detectCrises(
			JSON.parse(JSON.stringify(state)),
			[mention('__proto__', START + 11 * MINUTE, 'x')],
			new Date(START + 12 * MINUTE),
		);
		expect(again.notices).toEqual([]);
		expect(again.state.brands.find((brand) => brand.key === '__proto__')?.mentions).toBe(3);
		expect(isPrototypeClean()).toBe(true);
	});

	it('opens an incident for "__proto__" alone when only it bursts', () => {
		// Three calm hours for every brand, then 20 complaints in 20 minutes about "__proto__".
		const calm = names.flatMap((name) =>
			Array.from({ length: 6 }, (_, k) => mention(name, START + k * 30 * MINUTE, `calm${k}`)),
		);
		const burstAt = START + 3 * HOUR;
		const burst = Array.from({ length: 20 }, (_, k) =>
			mention('__proto__', burstAt + k * MINUTE, `burst${k}`, true),
		);
		let state: unknown;
		const events = [];
		for (let poll = START + 10 * MINUTE; poll <= burstAt + 30 * MINUTE; poll += 10 * MINUTE) {
			const batch = [...calm, ...burst].filter(
				(o) => Date.parse(o.createdAt) >= poll - 10 * MINUTE && Date.parse(o.createdAt) < poll,
			);
			const result = detectCrises(state, batch, new Date(poll), quiet);
			state = result.state;
			events.push(...result.events);
		}
		expect(events.length).toBeGreaterThan(0);
		expect(events.map((event) => event.brand)).toEqual(events.map(() => '__proto__'));
		expect(events[0].state).toBe('opened');
		expect(events[0].incident).toMatch(/^proto-/);
		expect(isPrototypeClean()).toBe(true);
	});
});

describe('stored state from elsewhere is checked', () => {
	const now = new Date(START + HOUR);
	const one = [mention('Acme', START + 50 * MINUTE, '1')];

	/** A real stored state with one brand, as JSON text. */
	function storedJson(): string {
		return JSON.stringify(detectCrises(undefined, one, now).state);
	}

	it('resets a state whose brands are an object keyed by name, "__proto__" among them, with a notice', () => {
		const forged = JSON.parse(
			'{"version":2,"bucketMinutes":10,"brands":{"__proto__":{"polluted":true},"acme":{}},"seenIds":[],"seenTexts":[]}',
		);
		const result = detectCrises(forged, one, now);
		expect(result.notices).toEqual([
			'Crisis detector state reset: "brands" is missing or not a list; the baseline is learned again from now on',
		]);
		expect(result.state.brands.map((brand) => brand.key)).toEqual(['acme']);
		expect(isPrototypeClean()).toBe(true);
	});

	it('drops a listed brand that is only a "__proto__" key, with a notice', () => {
		const forged = JSON.parse(storedJson());
		forged.brands.push(JSON.parse('{"__proto__":{"key":"evil","name":"evil","polluted":true}}'));
		const result = detectCrises(forged, [], now);
		expect(result.notices).toEqual([
			'Crisis detector: the stored state of 1 brand was damaged or repeated; learned again from now on',
		]);
		expect(result.state.brands.map((brand) => brand.key)).toEqual(['acme']);
		expect(isPrototypeClean()).toBe(true);
	});

	it('gives a brand nothing through a "__proto__" key of its own (no inherited incident)', () => {
		const text = storedJson().replace(
			'"key":"acme"',
			'"__proto__":{"incident":{"id":"forged","level":"critical"}},"key":"acme"',
		);
		const result = detectCrises(JSON.parse(text), [], now);
		const brand = result.state.brands[0];
		expect(brand.key).toBe('acme');
		expect(brand.incident).toBeUndefined();
		expect(Object.getPrototypeOf(brand)).toBe(Object.prototype);
		expect(result.events).toEqual([]);
		expect(isPrototypeClean()).toBe(true);
	});

	it('caps 5,000 stored brands to maxBrands on load with one notice, keeping the most recently mentioned', () => {
		const template = (JSON.parse(storedJson()) as DetectorState).brands[0];
		const brands = Array.from({ length: 5000 }, (_, k) => ({
			...template,
			key: `brand ${k}`,
			name: `Brand ${k}`,
			lastMention: template.lastMention - 5000 + k,
		}));
		const stored = { ...(JSON.parse(storedJson()) as DetectorState), brands };
		const result = detectCrises(stored, [], now);
		const cap = DEFAULT_DETECTOR_SETTINGS.maxBrands;
		expect(result.notices).toEqual([
			`Crisis detector: the stored state held ${5000 - cap} brands more than the cap of ${cap}; the least recently mentioned were forgotten`,
		]);
		expect(result.state.brands).toHaveLength(cap);
		const kept = result.state.brands
			.map((brand) => Number(brand.key.slice('brand '.length)))
			.sort((a, b) => a - b);
		expect(kept).toEqual(Array.from({ length: cap }, (_, k) => 5000 - cap + k));
	});

	it('gives at most two notices for 20,000 new brands in one batch, and keeps the cap', () => {
		const batch = Array.from({ length: 20_000 }, (_, k) =>
			mention(`brand ${k}`, START + 50 * MINUTE + (k % 600) * 10, String(k)),
		);
		const result = detectCrises(undefined, batch, now);
		expect(result.notices.length).toBeGreaterThanOrEqual(1);
		expect(result.notices.length).toBeLessThanOrEqual(2);
		expect(result.notices[0]).toMatch(
			/^Crisis detector: watching more than 50 brands; forgot "brand \d+", "brand \d+", "brand \d+" and 19947 more/,
		);
		expect(result.state.brands).toHaveLength(DEFAULT_DETECTOR_SETTINGS.maxBrands);
		expect(result.state.seenIds).toHaveLength(DEFAULT_DETECTOR_SETTINGS.maxSeenIds);
	});
});
