import { createScorer, type ScoringInput } from '../nodes/core/scoring/createScorer';
import { parseCommandLine } from './commandLine';
import { readJsonLines } from './readJsonLines';
import { runAsCommand } from './runAsCommand';

/** The analysers compared, each a function over one text (results are consumed so no call is optimised away). */
type Analyse = (input: ScoringInput) => unknown;

/** Used when no data file is given or found: a few mentions written for the project, EN and TR. */
const SAMPLE_MENTIONS: readonly string[] = [
	'@brand my order never arrived and nobody answers the phone. Still waiting for a refund!',
	'@brand thanks, the new app update is great and support fixed my issue quickly',
	'Is the store open on Sunday? Looking for the winter collection',
	'@brand charged twice for the same subscription, this is a scam. Talking to my lawyer.',
	'On hold for 2 hours, worst customer service ever. Never again.',
	'Kargo hâlâ gelmedi, müşteri hizmetlerine ulaşamıyorum. Rezalet!',
	'Ürün çok güzel, hızlı kargo için teşekkürler, herkese tavsiye ederim',
	'İade etmiyorlar, paramı geri istiyorum, tüketici hakem heyetine başvuracağım',
	'Fiyatına göre idare eder, ne iyi ne kötü',
	'Ekran bozuk geldi, kesinlikle almayın',
];

const USAGE = 'usage: bench [--input FILE.jsonl]… [--rounds N]';
const OPTIONS = {
	input: { type: 'string', multiple: true },
	rounds: { type: 'string', default: '7' },
} as const;

/** Mentions as a source would deliver them: text plus the author and engagement fields the risk uses. */
async function loadMentions(files: readonly string[]): Promise<ScoringInput[]> {
	const mentions: ScoringInput[] = [];
	for (const file of files) {
		for await (const { lineNumber, value } of readJsonLines(file)) {
			const row = value as { text?: unknown; createdAt?: unknown; retweets?: unknown } | null;
			if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
				process.stderr.write(`${file}:${lineNumber}: skipped, field "text" must be a string\n`);
				continue;
			}
			mentions.push({
				text: row.text,
				followers: (mentions.length * 7919) % 50_000,
				engagement: {
					shares: typeof row.retweets === 'number' ? row.retweets : 0,
					likes: mentions.length % 40,
				},
				tagged: mentions.length % 3 !== 0,
				createdAt: typeof row.createdAt === 'string' ? row.createdAt : undefined,
			});
		}
	}
	if (mentions.length === 0)
		return SAMPLE_MENTIONS.map((text) => ({
			text,
			followers: 1200,
			tagged: true,
			createdAt: '2025-01-01T10:00:00Z',
		}));
	return mentions;
}

function timeOnce(analyse: Analyse, mentions: readonly ScoringInput[]): number {
	let sink = 0;
	const started = process.hrtime.bigint();
	for (const mention of mentions) if (analyse(mention) !== undefined) sink++;
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (sink !== mentions.length) throw new Error('an analyser returned nothing');
	return seconds;
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Measurement {
	/** Best rate per analyser over the rounds, mentions per second. */
	perSecond: Record<string, number>;
	/** Per analyser: the median over rounds of (its time ÷ ours) — ours ÷ theirs in throughput. */
	ratioToOurs: Record<string, number>;
}

/**
 * Several rounds, all analysers back to back in each, so a busy machine slows a round's analysers alike:
 * the ratios are medians of per-round ratios, steadier than ratios of independent bests.
 */
function measure(
	analysers: Record<string, Analyse>,
	ours: string,
	mentions: readonly ScoringInput[],
	rounds: number,
): Measurement {
	const times: Record<string, number[]> = {};
	for (const [name, analyse] of Object.entries(analysers)) {
		timeOnce(analyse, mentions.slice(0, 500));
		times[name] = [];
	}
	for (let round = 0; round < rounds; round++) {
		for (const [name, analyse] of Object.entries(analysers))
			times[name].push(timeOnce(analyse, mentions));
	}
	const perSecond: Record<string, number> = {};
	const ratioToOurs: Record<string, number> = {};
	for (const [name, seconds] of Object.entries(times)) {
		perSecond[name] = Math.round(mentions.length / Math.min(...seconds));
		ratioToOurs[name] = median(seconds.map((theirs, round) => theirs / times[ours][round]));
	}
	return { perSecond, ratioToOurs };
}

/** `bench [--input FILE.jsonl]… [--rounds N]`: mentions per second of the full score beside the peer analysers. */
export async function main(argv: string[]): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		process.stderr.write(`${commandLine.refusal}\n`);
		return 2;
	}
	const rounds = Number(commandLine.values.rounds);
	if (!Number.isInteger(rounds) || rounds < 1) {
		process.stderr.write('bench: --rounds must be a whole number of at least 1\n');
		return 2;
	}
	const files = commandLine.values.input ?? [];
	const mentions = await loadMentions(files);
	/* eslint-disable @typescript-eslint/no-require-imports -- dev-only peers without type declarations */
	const Sentiment = require('sentiment');
	const wink: (text: string) => unknown = require('wink-sentiment');
	const vader: {
		SentimentIntensityAnalyzer: { polarity_scores: (text: string) => unknown };
	} = require('vader-sentiment');
	/* eslint-enable @typescript-eslint/no-require-imports */
	const sentiment = new Sentiment();
	const score = createScorer();
	const now = new Date('2015-02-25T00:00:00Z');

	const { perSecond, ratioToOurs } = measure(
		{
			crisisScore: (mention) => score(mention, now),
			sentiment: (mention) => sentiment.analyze(mention.text),
			wink: (mention) => wink(mention.text),
			vader: (mention) => vader.SentimentIntensityAnalyzer.polarity_scores(mention.text),
		},
		'crisisScore',
		mentions,
		rounds,
	);
	const source = files.length > 0 ? files.join(', ') : 'built-in sample mentions';
	process.stdout.write(
		`${mentions.length} mentions from ${source}, ${rounds} rounds (best rate; ratios: median of per-round ratios)\n`,
	);
	for (const [name, rate] of Object.entries(perSecond))
		process.stdout.write(`${name.padEnd(12)} ${rate} mentions/s\n`);
	const ratio = (peer: string): number => Math.round(ratioToOurs[peer] * 100) / 100;
	process.stdout.write(
		`${JSON.stringify({
			mentionsPerSec: perSecond.crisisScore,
			vsSentiment: ratio('sentiment'),
			vsWink: ratio('wink'),
			vsVader: ratio('vader'),
		})}\n`,
	);
	return 0;
}

runAsCommand('bench', module, main);
