import type { Signal } from './incidentSignal';

/** One decimal, as figures appear in alerts. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

function clock(ms: number): string {
	return new Date(ms).toISOString().slice(11, 16);
}

/** The reasons an alert gives for a signal: what rose, how much, how unlikely, and how negative. */
export function describe(signal: Signal): string[] {
	const what = signal.channel === 'negative' ? 'negative mentions' : 'mentions';
	const reasons =
		signal.kind === 'episode'
			? [
					`grown: ${signal.count} ${what} since ${clock(signal.startMs)} UTC, ${signal.ratio.toFixed(1)}× the ${round(signal.expected)} expected`,
					`chance of this under this brand's normal variation about 1 in 10^${Math.floor(signal.surprise)}`,
				]
			: signal.kind === 'burst'
				? [
						`burst: ${signal.count} ${what} in the last ${signal.minutes} min, ${signal.ratio.toFixed(1)}× the ${round(signal.expected)} expected at this hour`,
						`chance of this under this brand's normal variation about 1 in 10^${Math.floor(signal.surprise)}`,
					]
				: [
						`slow burn: ${Math.round(signal.count)} ${what} since ${clock(signal.startMs)} UTC, ${signal.ratio.toFixed(1)}× the ${round(signal.expected)} expected`,
						`chance of this under this brand's normal variation about 1 in 10^${Math.floor(signal.surprise)}`,
					];
	reasons.push(`${signal.negative} of ${signal.total} mentions in that window are negative`);
	return reasons;
}
