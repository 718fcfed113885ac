import { admitMention } from '../mention/admitMention';
import type { Mention } from '../mention/Mention';
import {
	CRISIS_CATEGORIES,
	CRISIS_TEXTS,
	DEMO_CITIES,
	DEMO_FIRST_NAMES,
	DEMO_LAST_NAMES,
	DEMO_LOUD_ACCOUNTS,
	DEMO_TEXTS,
	type DemoCategory,
	type DemoLanguage,
	type DemoScenario,
} from './demoTexts';
import type { HttpFetch } from './http';
import { InvalidSettingError } from './InvalidSettingError';
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
 * Built-in source, no network: a deterministic EN/TR stream about the brand. The same `now`, seed
 * and settings give the same mentions; a later poll sees the posts whose time has come since.
 */
export async function searchDemo(_fetch: HttpFetch, query: MentionQuery, options: SearchOptions): Promise<SearchResult> {
	const config = demoConfig(query, options);
	const now = (options.now ?? (() => new Date()))();
	const from = new Date(Math.max(query.since?.getTime() ?? now.getTime() - DEFAULT_WINDOW_MS, now.getTime() - MAX_WINDOW_MS));
	const brandHandles = query.brandHandles.length > 0 ? query.brandHandles : [brandHandle(config.brand)];
	const mentions = demoMentionsBetween(from, now, config)
		.map((mention) => ({ ...mention, tagged: addressesHandle(mention.text, brandHandles) }))
		.flatMap((mention) => {
			const admitted = admitMention(mention);
			return typeof admitted === 'string' ? [] : [admitted];
		})
		.filter((mention) => filterVerdict(mention, query) === 'keep');
	return { mentions: mergeMentions([mentions], query.limit), skipped: [], requests: 0, notices: [] };
}

function demoConfig(query: MentionQuery, options: SearchOptions): DemoConfig {
	const settings = options.settings?.demo;
	const seed = settings?.seed ?? DEFAULT_DEMO_SEED;
	if (!Number.isInteger(seed) || seed < 0) throw new InvalidSettingError('seed', `must be a whole number ≥ 0, got ${String(seed)}`);
	const crisisStart = settings?.crisisStart;
	if (crisisStart !== undefined && !Number.isFinite(crisisStart.getTime())) throw new InvalidSettingError('crisisStart', 'is not a valid date');
	const crisis = settings?.crisis ?? 'none';
	if (crisis !== 'none' && !(crisis in CRISIS_TEXTS)) throw new InvalidSettingError('crisis', `unknown scenario "${String(crisis)}"`);
	return {
		seed,
		brand: settings?.brand?.trim() || query.keywords.find((keyword) => keyword.trim() !== '')?.trim() || 'Acme',
		crisis,
		...(crisisStart ? { crisisStart } : {}),
	};
}

export function brandHandle(brand: string): string {
	return asciiHandle(brand).toLowerCase().replace(/[^a-z0-9_]/g, '') || 'brand';
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
	const random = createRandom(mixSeed(config.seed, slot, config.crisis === 'none' ? 0 : config.crisis.length));
	const slotStart = slot * DEMO_SLOT_MS;
	const intensity = crisisIntensity(slotStart, config);
	const count = random.poisson(ordinaryRate(slotStart) + intensity * CRISIS_EXTRA_PER_SLOT);
	const offsets = Array.from({ length: count }, () => random.int(0, DEMO_SLOT_MS / 1000 - 1) * 1000).sort((a, b) => a - b);
	return offsets.map((offset, index) => {
		const inCrisis = config.crisis !== 'none' && random.chance(0.85 * intensity);
		return demoMention(random, config, {
			id: `demo:${config.seed}-${config.crisis === 'none' ? 'n' : config.crisis}-${slot}-${index}`,
			createdAt: new Date(slotStart + offset),
			scenario: inCrisis && config.crisis !== 'none' ? config.crisis : undefined,
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
}

function demoMention(random: SeededRandom, config: DemoConfig, item: DemoSlotItem): Mention {
	const language: DemoLanguage = random.chance(0.5) ? 'tr' : 'en';
	const category = item.scenario ? random.pick(CRISIS_CATEGORIES[item.scenario]) : weightedCategory(random);
	const useCrisisText = item.scenario !== undefined && random.chance(0.6);
	const template = useCrisisText && item.scenario ? random.pick(CRISIS_TEXTS[item.scenario][language]) : random.pick(DEMO_TEXTS[category][language]);
	const negative = category !== 'positive' && category !== 'neutral';
	const handle = brandHandle(config.brand);
	const addressed = !template.includes('{handle}') && negative && random.chance(0.2);
	const text = (addressed ? `@${handle} ` : '') + fillTemplate(template, random, config.brand, handle, language);
	const loud = random.chance(item.scenario ? 0.12 : 0.02);
	const author = loud ? loudAuthor(random, language) : ordinaryAuthor(random, language);
	const reach = Math.sqrt(author.followers);
	const heat = negative ? (item.scenario ? 3 : 1.5) : 1;
	return {
		id: item.id,
		source: 'demo',
		url: `https://demo.crisis-desk.invalid/${author.handle}/${item.id.slice('demo:'.length)}`,
		text,
		language,
		createdAt: item.createdAt.toISOString(),
		author: { handle: author.handle, name: author.name, followers: author.followers, ...(loud ? { verified: true } : {}) },
		engagement: {
			likes: Math.floor(random.next() * reach * heat),
			replies: Math.floor(random.next() * reach * 0.2 * heat),
			shares: Math.floor(random.next() * reach * 0.3 * heat),
		},
		tagged: false,
		query: config.brand,
	};
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

function fillTemplate(template: string, random: SeededRandom, brand: string, handle: string, language: DemoLanguage): string {
	return template
		.replace(/\{brand\}/g, brand)
		.replace(/\{handle\}/g, `@${handle}`)
		.replace(/\{days\}/g, String(random.int(2, 14)))
		.replace(/\{amount\}/g, language === 'tr' ? `${random.int(2, 60) * 50} TL` : `£${random.int(10, 300)}`)
		.replace(/\{city\}/g, random.pick(DEMO_CITIES[language]))
		.replace(/\{order\}/g, `#${random.int(1000000, 9999999)}`);
}

interface DemoAuthor {
	handle: string;
	name: string;
	followers: number;
}

function ordinaryAuthor(random: SeededRandom, language: DemoLanguage): DemoAuthor {
	const first = random.pick(DEMO_FIRST_NAMES[language]);
	const last = random.pick(DEMO_LAST_NAMES[language]);
	// Log-uniform between ~20 and ~8,000: most people have a small audience.
	const followers = Math.round(Math.exp(3 + random.next() * 6));
	return { handle: asciiHandle(`${first}${last[0]}${random.int(1, 99)}`), name: `${first} ${last}`, followers };
}

function loudAuthor(random: SeededRandom, language: DemoLanguage): DemoAuthor {
	const handle = random.pick(DEMO_LOUD_ACCOUNTS[language]);
	return { handle, name: handle, followers: random.int(40, 600) * 1000 };
}

/** Handles are ASCII on most networks: "AyşeY12" → "ayseY12". */
function asciiHandle(text: string): string {
	const map: Record<string, string> = { ç: 'c', Ç: 'C', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ş: 's', Ş: 'S', ü: 'u', Ü: 'U' };
	return text.replace(/[çÇğĞıİöÖşŞüÜ]/g, (char) => map[char] ?? char);
}
