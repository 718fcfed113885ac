import { admitMention } from '../mention/admitMention';
import type { Mention } from '../mention/Mention';
import { brandHandle, demoPost } from './demoPost';
import { demoStoryMentions } from './demoStory';
import {
	DEMO_SCENARIOS,
	DEMO_TEXTS,
	type DemoCategory,
	type DemoLanguage,
	type DemoScenario,
} from './demoTexts';
import type { HttpFetch } from './http';
import { FieldError } from '../errors/FieldError';
import type { MentionQuery, SearchResult } from './MentionQuery';
import { filterVerdict } from './mentionFilter';
import { mergeMentions } from './mergeMentions';
import type { SearchOptions } from './SearchOptions';
import { createRandom, mixSeed, type SeededRandom } from './seededRandom';
import type { SourceAdapter } from './SourceAdapter';
import { addressesHandle } from './textMatching';

/** Mentions are generated per five-minute slot; ids name the slot, so a slot always yields the same posts. */
export const DEMO_SLOT_MS = 5 * 60_000;
const DEFAULT_WINDOW_MS = 60 * 60_000;
const MAX_WINDOW_MS = 7 * 24 * 60 * 60_000;
/** Without a start time the crisis recurs: a 40-minute burst every two hours, so a demo shows one soon. */
const CRISIS_PERIOD_MS = 2 * 60 * 60_000;
const RECURRING_BURST_MS = 40 * 60_000;
const SINGLE_BURST_MS = 90 * 60_000;
/** The demo brand's audience lives in Istanbul (UTC+3, no daylight saving): night is quiet there. */
const AUDIENCE_UTC_OFFSET_HOURS = 3;
const CRISIS_EXTRA_PER_SLOT = 14;
export const DEFAULT_DEMO_SEED = 42;

export const demo: SourceAdapter = {
	name: 'demo',
	displayName: 'Demo',
	defaultBaseUrl: '',
	search: searchDemo,
};

export interface DemoConfig {
	seed: number;
	brand: string;
	crisis: 'none' | DemoScenario;
	crisisStart?: Date;
}

/** Weights of ordinary chatter: mostly neutral and positive, complaints spread over the categories. */
const CHATTER_WEIGHTS: ReadonlyArray<[DemoCategory, number]> = [
	['neutral', 30],
	['positive', 24],
	['delivery', 9],
	['service', 8],
	['billing', 7],
	['quality', 7],
	['fraud', 3],
	['privacy', 3],
	['boycott', 2],
	['conduct', 2],
	['legal', 2],
	['safety', 1.5],
	['discrimination', 1.5],
];

/**
 * Built-in source, no network, deterministic: the same `now`, seed and settings give the same mentions.
 * A search from a start time (`since`: a poll, or Mention Fetch with Since) reads the live stream, where
 * the crisis recurs every two hours and a later poll sees only the posts whose time has come since. A
 * search without one (Mention Fetch with Since 0) gets the scenario's story up to now (demoStory): a
 * crisis desk that looks finds it happening.
 */
export async function searchDemo(
	_fetch: HttpFetch,
	query: MentionQuery,
	options: SearchOptions,
): Promise<SearchResult> {
	const config = demoConfig(query, options);
	const now = (options.now ?? (() => new Date()))();
	const brandHandles =
		query.brandHandles.length > 0 ? query.brandHandles : [brandHandle(config.brand)];
	const posts =
		query.since === undefined && config.crisisStart === undefined
			? demoStoryMentions(now, config)
			: demoMentionsBetween(
					new Date(
						Math.max(
							query.since?.getTime() ?? now.getTime() - DEFAULT_WINDOW_MS,
							now.getTime() - MAX_WINDOW_MS,
						),
					),
					now,
					config,
				);
	const mentions = posts
		.map((mention) => ({ ...mention, tagged: addressesHandle(mention.text, brandHandles) }))
		.flatMap((mention) => {
			const admitted = admitMention(mention);
			return typeof admitted === 'string' ? [] : [admitted];
		})
		.filter((mention) => filterVerdict(mention, query) === 'keep');
	return {
		mentions: mergeMentions([mentions], query.limit),
		skipped: [],
		requests: 0,
		notices: [],
	};
}

function demoConfig(query: MentionQuery, options: SearchOptions): DemoConfig {
	const settings = options.settings?.demo;
	const seed = settings?.seed ?? DEFAULT_DEMO_SEED;
	if (!Number.isInteger(seed) || seed < 0)
		throw new FieldError('seed', `must be a whole number ≥ 0, got ${String(seed)}`);
	const crisisStart = settings?.crisisStart;
	if (crisisStart !== undefined && !Number.isFinite(crisisStart.getTime()))
		throw new FieldError('crisisStart', 'is not a valid date');
	const crisis = settings?.crisis ?? 'none';
	if (crisis !== 'none' && !Object.prototype.hasOwnProperty.call(DEMO_SCENARIOS, crisis))
		throw new FieldError('crisis', `unknown scenario "${String(crisis)}"`);
	return {
		seed,
		brand:
			settings?.brand?.trim() ||
			query.keywords.find((keyword) => keyword.trim() !== '')?.trim() ||
			'Acme',
		crisis,
		...(crisisStart ? { crisisStart } : {}),
	};
}

/** Every demo mention created in [from, to], oldest first. */
export function demoMentionsBetween(from: Date, to: Date, config: DemoConfig): Mention[] {
	const mentions: Mention[] = [];
	const firstSlot = Math.floor(from.getTime() / DEMO_SLOT_MS);
	const lastSlot = Math.floor(to.getTime() / DEMO_SLOT_MS);
	for (let slot = firstSlot; slot <= lastSlot; slot++) {
		for (const mention of slotMentions(slot, config)) {
			const at = Date.parse(mention.createdAt);
			if (at >= from.getTime() && at <= to.getTime()) mentions.push(mention);
		}
	}
	return mentions;
}

/** All mentions of one slot, whatever the query window: draws never depend on the window. */
function slotMentions(slot: number, config: DemoConfig): Mention[] {
	const random = createRandom(
		mixSeed(config.seed, slot, config.crisis === 'none' ? 0 : config.crisis.length),
	);
	const slotStart = slot * DEMO_SLOT_MS;
	const intensity = crisisIntensity(slotStart, config);
	const count = random.poisson(ordinaryRate(slotStart) + intensity * CRISIS_EXTRA_PER_SLOT);
	const offsets = Array.from(
		{ length: count },
		() => random.int(0, DEMO_SLOT_MS / 1000 - 1) * 1000,
	).sort((a, b) => a - b);
	return offsets.map((offset, index) => {
		const inCrisis = config.crisis !== 'none' && random.chance(0.85 * intensity);
		return liveMention(random, config, {
			id: `demo:${config.seed}-${config.crisis === 'none' ? 'n' : config.crisis}-${slot}-${index}`,
			createdAt: new Date(slotStart + offset),
			scenario: inCrisis && config.crisis !== 'none' ? config.crisis : undefined,
			intensity,
		});
	});
}

/** Mean mentions per slot by the audience's local hour: quiet nights, busy evenings. */
function ordinaryRate(slotStart: number): number {
	const hour = (new Date(slotStart).getUTCHours() + AUDIENCE_UTC_OFFSET_HOURS) % 24;
	if (hour < 7) return 0.35;
	if (hour < 10) return 1.2;
	if (hour < 18) return 1.8;
	if (hour < 23) return 2.4;
	return 1;
}

/** 0 outside a crisis; rises, holds, and fades inside one. */
export function crisisIntensity(at: number, config: DemoConfig): number {
	if (config.crisis === 'none') return 0;
	if (config.crisisStart) return burstShape(at - config.crisisStart.getTime(), SINGLE_BURST_MS);
	const phaseOffset = (mixSeed(config.seed, 99) % (CRISIS_PERIOD_MS / DEMO_SLOT_MS)) * DEMO_SLOT_MS;
	const phase = (((at - phaseOffset) % CRISIS_PERIOD_MS) + CRISIS_PERIOD_MS) % CRISIS_PERIOD_MS;
	return burstShape(phase, RECURRING_BURST_MS);
}

/** Rises over the first quarter, holds to two thirds, fades to zero at the end. */
function burstShape(elapsed: number, length: number): number {
	if (elapsed < 0 || elapsed >= length) return 0;
	const rise = length / 4;
	const holdUntil = (length * 2) / 3;
	if (elapsed < rise) return (elapsed + DEMO_SLOT_MS) / (rise + DEMO_SLOT_MS);
	if (elapsed < holdUntil) return 1;
	return (length - elapsed) / (length - holdUntil);
}

interface DemoSlotItem {
	id: string;
	createdAt: Date;
	scenario?: DemoScenario;
	/** The crisis's intensity at the post's slot: below half (building up, dying down) its posts are the milder first signs. */
	intensity: number;
}

function liveMention(random: SeededRandom, config: DemoConfig, item: DemoSlotItem): Mention {
	const turkishShare = config.crisis === 'none' ? 0.5 : DEMO_SCENARIOS[config.crisis].turkishShare;
	const language: DemoLanguage = random.chance(turkishShare) ? 'tr' : 'en';
	const scenario = item.scenario ? DEMO_SCENARIOS[item.scenario] : undefined;
	const category = scenario ? random.pick(scenario.categories) : weightedCategory(random);
	let template = random.pick(DEMO_TEXTS[category][language]);
	if (scenario && item.intensity < 0.5) template = random.pick(scenario.firstSigns[language]);
	else if (scenario && random.chance(0.6)) template = random.pick(scenario.surge[language]);
	return demoPost(random, config.brand, {
		id: item.id,
		createdAt: item.createdAt,
		language,
		template,
		complaint: category !== 'positive' && category !== 'neutral',
		loudChance: scenario ? 0.12 : 0.02,
		heat: scenario ? 3 : 1.5,
	});
}

function weightedCategory(random: SeededRandom): DemoCategory {
	const total = CHATTER_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
	let roll = random.next() * total;
	for (const [category, weight] of CHATTER_WEIGHTS) {
		roll -= weight;
		if (roll < 0) return category;
	}
	return 'neutral';
}
