import type { Mention } from '../mention/Mention';
import { demoPost, type DemoPostPlan } from './demoPost';
import {
	DEMO_SCENARIOS,
	DEMO_TEXTS,
	type DemoCategory,
	type DemoLanguage,
	type DemoScenario,
} from './demoTexts';
import { createRandom, mixSeed, type SeededRandom } from './seededRandom';

/** The story covers the last three hours: everyday chatter, the first scattered complaints, the surge. */
export const DEMO_STORY_SPAN_MS = 3 * 60 * 60_000;
/** The first complaints come in from 70 minutes before now… */
const FIRST_SIGNS_LEAD_MS = 70 * 60_000;
/**
 * …and the surge starts 8 minutes before now: a crisis desk that looks now finds it minutes old, with the
 * first-response deadline (15 minutes at the critical level by default) still ahead.
 */
export const DEMO_SURGE_LEAD_MS = 8 * 60_000;
const FIRST_SIGNS = 12;
const SURGE = 40;
const MINUTE_MS = 60_000;
const CHATTER_SLOT_MS = 5 * MINUTE_MS;
const CHATTER_PER_SLOT = 1.2;
/** Everyday posts: mostly neutral and positive, a few small complaints that have nothing to do with the crisis. */
const CHATTER: ReadonlyArray<[DemoCategory, number]> = [
	['neutral', 45],
	['positive', 35],
	['quality', 10],
	['service', 10],
];

export interface DemoStoryConfig {
	seed: number;
	brand: string;
	crisis: 'none' | DemoScenario;
}

/**
 * The scenario told once, up to `now` (to the minute): chatter for three hours, then the scenario's first
 * scattered complaints from ordinary people, then the surge of the last minutes, when well-followed
 * accounts pick it up. The same minute, seed and settings give the same story; ids name the minute, so
 * each story's posts are its own. Oldest first.
 */
export function demoStoryMentions(now: Date, config: DemoStoryConfig): Mention[] {
	const anchorMinute = Math.floor(now.getTime() / MINUTE_MS);
	const end = anchorMinute * MINUTE_MS;
	const scenario = config.crisis === 'none' ? undefined : DEMO_SCENARIOS[config.crisis];
	const random = createRandom(
		mixSeed(config.seed, anchorMinute, config.crisis === 'none' ? 0 : config.crisis.length),
	);
	const turkishShare = scenario?.turkishShare ?? 0.5;
	const plans: Array<Omit<DemoPostPlan, 'id'>> = chatter(random, end, turkishShare);
	if (scenario) {
		const firstSigns = spread(
			random,
			end - FIRST_SIGNS_LEAD_MS,
			end - DEMO_SURGE_LEAD_MS - MINUTE_MS,
			FIRST_SIGNS,
		);
		languagesByShare(random, FIRST_SIGNS, turkishShare).forEach((language, index) => {
			plans.push({
				createdAt: firstSigns[index],
				language,
				template: random.pick(scenario.firstSigns[language]),
				complaint: true,
				loudChance: 0,
				heat: 1.5,
			});
		});
		const surge = spread(random, end - DEMO_SURGE_LEAD_MS, end, SURGE);
		languagesByShare(random, SURGE, turkishShare).forEach((language, index) => {
			// Mostly the surge itself, still some plain late-delivery posts, and a few onlookers.
			const roll = random.next();
			const onlooker = roll < 0.12;
			const texts = onlooker
				? scenario.onlookers
				: roll < 0.82
					? scenario.surge
					: scenario.firstSigns;
			const template = random.pick(texts[language]);
			plans.push({
				createdAt: surge[index],
				language,
				template,
				complaint: !onlooker,
				loudChance: 0.15,
				heat: 4,
			});
		});
	}
	plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
	const story = config.crisis === 'none' ? 'n' : config.crisis;
	return plans.map((plan, index) =>
		demoPost(random, config.brand, {
			...plan,
			id: `demo:${config.seed}-${story}-at${anchorMinute}-${String(index).padStart(3, '0')}`,
		}),
	);
}

function chatter(
	random: SeededRandom,
	end: number,
	turkishShare: number,
): Array<Omit<DemoPostPlan, 'id'>> {
	const plans: Array<Omit<DemoPostPlan, 'id'>> = [];
	for (let slotStart = end - DEMO_STORY_SPAN_MS; slotStart < end; slotStart += CHATTER_SLOT_MS) {
		const count = random.poisson(CHATTER_PER_SLOT);
		for (let index = 0; index < count; index++) {
			const category = weighted(random, CHATTER);
			const language: DemoLanguage = random.chance(turkishShare) ? 'tr' : 'en';
			plans.push({
				createdAt: new Date(slotStart + random.int(0, CHATTER_SLOT_MS / 1000 - 1) * 1000),
				language,
				template: random.pick(DEMO_TEXTS[category][language]),
				complaint: category !== 'neutral' && category !== 'positive',
				loudChance: 0.02,
				heat: 1.5,
			});
		}
	}
	return plans;
}

/** `count` whole-second times in [from, to), denser towards the end: a trickle that grows. */
function spread(random: SeededRandom, from: number, to: number, count: number): Date[] {
	return Array.from(
		{ length: count },
		() => new Date(from + Math.floor((Math.sqrt(random.next()) * (to - from)) / 1000) * 1000),
	).sort((a, b) => a.getTime() - b.getTime());
}

/** Exactly the share of Turkish posts the scenario has, in an order drawn from `random`. */
function languagesByShare(
	random: SeededRandom,
	count: number,
	turkishShare: number,
): DemoLanguage[] {
	const turkish = Math.round(count * turkishShare);
	const languages: DemoLanguage[] = Array.from({ length: count }, (_, index) =>
		index < turkish ? 'tr' : 'en',
	);
	for (let index = count - 1; index > 0; index--) {
		const other = random.int(0, index);
		[languages[index], languages[other]] = [languages[other], languages[index]];
	}
	return languages;
}

function weighted<T>(random: SeededRandom, weights: ReadonlyArray<[T, number]>): T {
	const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
	let roll = random.next() * total;
	for (const [value, weight] of weights) {
		roll -= weight;
		if (roll < 0) return value;
	}
	return weights[weights.length - 1][0];
}
