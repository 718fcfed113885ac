import { basename } from 'node:path';

import { createReviewingScorer } from '../nodes/core/scoring/createScorer';
import { DEFAULT_ESCALATION_POLICY } from '../nodes/core/modelReview/EscalationPolicy';
import type { EscalationReason } from '../nodes/core/modelReview/escalationReasons';
import { scoreAndEscalate } from '../nodes/core/modelReview/escalate';
import { parseCommandLine } from './commandLine';
import { readJsonLines } from './readJsonLines';
import { runAsCommand } from './runAsCommand';

const USAGE = 'usage: escalation-rate --input FILE.jsonl [--input FILE.jsonl …]';
const OPTIONS = { input: { type: 'string', multiple: true } } as const;

export interface EscalationRate {
	file: string;
	mentions: number;
	escalated: number;
	/** Share of the mentions the default policy sends to the model, 0–1. */
	rate: number;
	/** Mentions per reason (one mention may have several). */
	byReason: Partial<Record<EscalationReason, number>>;
	/** When rows carry a gold `label`: how many the lexicon labels wrongly, of those sent and of those kept. */
	lexiconWrong?: { labelled: number; sent: number; kept: number };
}

const GOLD_LABELS: readonly unknown[] = ['negative', 'neutral', 'positive'];

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** A row's text and, when present, its retweets or shares as shares (the dev sets carry no follower counts). */
function scoringInputOf(row: { text: string; retweets?: unknown; shares?: unknown }) {
	const shares =
		typeof row.retweets === 'number'
			? row.retweets
			: typeof row.shares === 'number'
				? row.shares
				: undefined;
	return shares === undefined ? { text: row.text } : { text: row.text, engagement: { shares } };
}

async function rateOf(path: string): Promise<EscalationRate> {
	const scorer = createReviewingScorer();
	// Fixed, so that the same file always gives the same figures.
	const now = new Date('2025-01-01T00:00:00Z');
	const byReason = new Map<EscalationReason, number>();
	let mentions = 0;
	let escalated = 0;
	const lexiconWrong = { labelled: 0, sent: 0, kept: 0 };
	for await (const { lineNumber, value } of readJsonLines(path)) {
		const row = value as { text?: unknown } | null;
		if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
			process.stderr.write(`${path}:${lineNumber}: skipped, field "text" must be a string\n`);
			continue;
		}
		const { crisis, escalation } = scoreAndEscalate(
			scorer,
			scoringInputOf(row as { text: string }),
			now,
			DEFAULT_ESCALATION_POLICY,
		);
		mentions++;
		if (escalation.length > 0) escalated++;
		const gold = (row as { label?: unknown }).label;
		if (GOLD_LABELS.includes(gold)) {
			lexiconWrong.labelled++;
			if (crisis.sentiment.label !== gold) lexiconWrong[escalation.length > 0 ? 'sent' : 'kept']++;
		}
		for (const reason of escalation) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
	}
	return {
		file: basename(path),
		mentions,
		escalated,
		rate: round(mentions === 0 ? 0 : escalated / mentions),
		byReason: Object.fromEntries(byReason),
		...(lexiconWrong.labelled > 0 ? { lexiconWrong } : {}),
	};
}

/**
 * `escalation-rate --input FILE.jsonl …`: the share of each file's mentions that Crisis Score's default
 * escalation policy would send to a language model, and why. One JSON line per file.
 */
export async function main(argv: string[]): Promise<number> {
	const commandLine = parseCommandLine(argv, OPTIONS, USAGE);
	if ('refusal' in commandLine) {
		process.stderr.write(`${commandLine.refusal}\n`);
		return 2;
	}
	const inputs = commandLine.values.input ?? [];
	if (inputs.length === 0) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	for (const input of inputs) {
		try {
			process.stdout.write(`${JSON.stringify(await rateOf(input))}\n`);
		} catch (error) {
			process.stderr.write(`escalation-rate: cannot read ${input}: ${(error as Error).message}\n`);
			return 1;
		}
	}
	return 0;
}

runAsCommand('escalation-rate', module, main);
