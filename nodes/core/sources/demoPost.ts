import type { Mention } from '../mention/Mention';
import {
	DEMO_CITIES,
	DEMO_FIRST_NAMES,
	DEMO_LAST_NAMES,
	DEMO_LOUD_ACCOUNTS,
	type DemoLanguage,
} from './demoTexts';
import type { SeededRandom } from './seededRandom';

/** What one demo post is: when, in which language, which text, and how much attention it draws. */
export interface DemoPostPlan {
	id: string;
	createdAt: Date;
	language: DemoLanguage;
	/** A text of demoTexts with its placeholders. */
	template: string;
	/** A complaint is sometimes addressed to the brand's handle and draws more engagement. */
	complaint: boolean;
	/** Chance that a well-followed account (a journalist, a consumer advocate) writes it. */
	loudChance: number;
	/** How much engagement a complaint draws: 1.5 on an ordinary day, 3 in a crisis. */
	heat: number;
}

/** One post of the demo stream about `brand`, drawn from `random` (the same draws give the same post). */
export function demoPost(random: SeededRandom, brand: string, plan: DemoPostPlan): Mention {
	const handle = brandHandle(brand);
	const addressed = !plan.template.includes('{handle}') && plan.complaint && random.chance(0.2);
	const text =
		(addressed ? `@${handle} ` : '') +
		fillTemplate(plan.template, random, brand, handle, plan.language);
	const loud = random.chance(plan.loudChance);
	const author = loud ? loudAuthor(random, plan.language) : ordinaryAuthor(random, plan.language);
	const reach = Math.sqrt(author.followers);
	const heat = plan.complaint ? plan.heat : 1;
	return {
		id: plan.id,
		source: 'demo',
		url: `https://demo.crisis-desk.invalid/${author.handle}/${plan.id.slice('demo:'.length)}`,
		text,
		language: plan.language,
		createdAt: plan.createdAt.toISOString(),
		author: {
			handle: author.handle,
			name: author.name,
			followers: author.followers,
			...(loud ? { verified: true } : {}),
		},
		engagement: {
			likes: Math.floor(random.next() * reach * heat),
			replies: Math.floor(random.next() * reach * 0.2 * heat),
			shares: Math.floor(random.next() * reach * 0.3 * heat),
		},
		tagged: false,
		query: brand,
	};
}

/** The brand's handle on the demo network: "Acme Store" → acmestore. */
export function brandHandle(brand: string): string {
	return (
		asciiHandle(brand)
			.toLowerCase()
			.replace(/[^a-z0-9_]/g, '') || 'brand'
	);
}

function fillTemplate(
	template: string,
	random: SeededRandom,
	brand: string,
	handle: string,
	language: DemoLanguage,
): string {
	return template
		.replace(/\{brand\}/g, brand)
		.replace(/\{handle\}/g, `@${handle}`)
		.replace(/\{days\}/g, String(random.int(2, 14)))
		.replace(
			/\{amount\}/g,
			language === 'tr' ? `${random.int(2, 60) * 50} TL` : `£${random.int(10, 300)}`,
		)
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
	return {
		handle: asciiHandle(`${first}${last[0]}${random.int(1, 99)}`),
		name: `${first} ${last}`,
		followers,
	};
}

function loudAuthor(random: SeededRandom, language: DemoLanguage): DemoAuthor {
	const handle = random.pick(DEMO_LOUD_ACCOUNTS[language]);
	return { handle, name: handle, followers: random.int(40, 600) * 1000 };
}

/** Handles are ASCII on most networks: "AyşeY12" → "ayseY12". */
function asciiHandle(text: string): string {
	const map: Record<string, string> = {
		ç: 'c',
		Ç: 'C',
		ğ: 'g',
		Ğ: 'G',
		ı: 'i',
		İ: 'I',
		ö: 'o',
		Ö: 'O',
		ş: 's',
		Ş: 'S',
		ü: 'u',
		Ü: 'U',
	};
	return text.replace(/[çÇğĞıİöÖşŞüÜ]/g, (char) => map[char] ?? char);
}
