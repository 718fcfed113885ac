import type { TrendSummary } from './SituationBrief';

// Rising/falling needs both a clear ratio and a few mentions of difference, so 1 → 2 is not called a surge.
const RATIO = 1.5;
const MIN_DIFFERENCE = 3;

/** Compares the last `windowMinutes` before now with the window before it. */
export function measureTrend(
	createdAt: string[],
	nowMs: number,
	windowMinutes: number,
): TrendSummary {
	const windowMs = windowMinutes * 60_000;
	let recent = 0;
	let previous = 0;
	for (const iso of createdAt) {
		const age = nowMs - Date.parse(iso);
		if (age < 0) continue;
		if (age < windowMs) recent++;
		else if (age < 2 * windowMs) previous++;
	}
	let label: TrendSummary['label'] = 'steady';
	if (recent - previous >= MIN_DIFFERENCE && recent >= previous * RATIO) label = 'rising';
	else if (previous - recent >= MIN_DIFFERENCE && previous >= recent * RATIO) label = 'falling';
	return { label, recent, previous, windowMinutes };
}
