import type { DetectorState } from './DetectorState';

/** Six decimals: far below a tenth of a mention per bucket, and short in JSON. */
function round(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** Learned figures rounded to six decimals: static data stays small, and a stored state replays exactly. */
export function roundState(state: DetectorState): DetectorState {
	for (const brand of state.brands) {
		brand.level = [round(brand.level[0]), round(brand.level[1])];
		brand.shape = brand.shape.map(round);
		brand.week = brand.week.map(round);
		for (const noise of [...brand.noise[0], ...brand.noise[1]]) {
			noise.excessVariance = round(noise.excessVariance);
			noise.meanSquare = round(noise.meanSquare);
		}
		for (const track of brand.slowBurn) {
			track.value = round(track.value);
			track.expected = round(track.expected);
		}
		if (brand.incident) {
			brand.incident.peakRatio = round(brand.incident.peakRatio);
			brand.incident.peakExcess = round(brand.incident.peakExcess);
		}
	}
	return state;
}
