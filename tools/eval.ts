import { createScorer, type Scorer } from '../nodes/core/scoring/createScorer';
import type { SentimentLabel } from '../nodes/core/scoring/CrisisScore';
import { parseCommandLine } from './commandLine';
import { readJsonLines } from './readJsonLines';
import { runAsCommand } from './runAsCommand';

type GoldLabel = Exclude<SentimentLabel, 'unscored'>;
const GOLD_LABELS: readonly GoldLabel[] = ['negative', 'neutral', 'positive'];

interface ClassMetrics {
	precision: number;
	recall: number;
	f1: number;
}

export interface EvalMetrics {
	n: number;
	accuracy: number;
	macroF1: number;
	negative: ClassMetrics;
	neutral: ClassMetrics;
	positive: ClassMetrics;
	unscored: number;
}

const round = (value: number): number => Math.round(value * 10000) / 10000;
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Per-class precision/recall/F1 over gold rows; an `unscored` prediction counts as wrong for every class. */
export function computeMetrics(
	pairs: ReadonlyArray<{ gold: GoldLabel; predicted: SentimentLabel }>,
): EvalMetrics {
	const perClass = {} as Record<GoldLabel, ClassMetrics>;
	for (const label of GOLD_LABELS) {
		let truePositive = 0;
		let predictedCount = 0;
		let goldCount = 0;
		for (const { gold, predicted } of pairs) {
			if (predicted === label) predictedCount++;
			if (gold === label) goldCount++;
			if (gold === label && predicted === label) truePositive++;
		}
		const precision = ratio(truePositive, predictedCount);
		const recall = ratio(truePositive, goldCount);
		perClass[label] = {
			precision: round(precision),
			recall: round(recall),
			f1: round(ratio(2 * precision * recall, precision + recall)),
		};
	}
	const correct = pairs.filter(({ gold, predicted }) => gold === predicted).length;
	return {
		n: pairs.length,
		accuracy: round(ratio(correct, pairs.length)),
		macroF1: round(
			GOLD_LABELS.reduce((sum, label) => sum + perClass[label].f1, 0) / GOLD_LABELS.length,
		),
		negative: perClass.negative,
		neutral: perClass.neutral,
		positive: perClass.positive,
		unscored: pairs.filter(({ predicted }) => predicted === 'unscored').length,
	};
}

function describeError(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const USAGE = 'usage: eval --input FILE.jsonl';
const OPTIONS = { input: { type: 'string' } } as const;

/**
 * `eval --input FILE.jsonl`: scores each row's text with default settings (or `score`) and compares labels.
 * A row that cannot be read or scored is reported on stderr with its line number and skipped: one row
 * never ends the run.
 */
export async function main(argv: string[], score: Scorer = createScorer()): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		process.stderr.write(`${commandLine.refusal}\n`);
		return 2;
	}
	const { input } = commandLine.values;
	if (!input) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const pairs: Array<{ gold: GoldLabel; predicted: SentimentLabel }> = [];
	try {
		for await (const { lineNumber, value } of readJsonLines(input)) {
			const row = value as { text?: unknown; label?: unknown } | null;
			if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
				process.stderr.write(`${input}:${lineNumber}: skipped, field "text" must be a string\n`);
				continue;
			}
			if (!GOLD_LABELS.includes(row.label as GoldLabel)) {
				process.stderr.write(
					`${input}:${lineNumber}: skipped, field "label" must be negative, neutral or positive\n`,
				);
				continue;
			}
			let predicted: SentimentLabel;
			try {
				predicted = score({ text: row.text }).sentiment.label;
			} catch (error) {
				process.stderr.write(
					`${input}:${lineNumber}: skipped, could not score the text (${describeError(error)})\n`,
				);
				continue;
			}
			pairs.push({ gold: row.label as GoldLabel, predicted });
		}
	} catch (error) {
		process.stderr.write(`eval: cannot read ${input}: ${(error as Error).message}\n`);
		return 1;
	}
	process.stdout.write(`${JSON.stringify(computeMetrics(pairs))}\n`);
	return 0;
}

runAsCommand('eval', module, main);
