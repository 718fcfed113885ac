import type { DetectorSettings } from './DetectorSettings';
import type { BrandState } from './DetectorState';
import { isBurning } from './incidentSignal';
import { countsInRange } from './rangeCounts';

/** A slow burn still holds while its run is strong and it is still burning. */
export function isSlowBurnHolding(
	brand: BrandState,
	lastComplete: number,
	settings: DetectorSettings,
): boolean {
	return ([0, 1] as const).some(
		(channel) =>
			brand.slowBurn[channel].value >= settings.cusumThreshold / 2 &&
			isBurning(brand, channel, lastComplete, settings),
	);
}

/** The last holdWindowMinutes are still well above the rhythm: a busy day stays one incident. */
export function isVolumeHolding(
	brand: BrandState,
	lastComplete: number,
	settings: DetectorSettings,
): boolean {
	const first = lastComplete - Math.ceil(settings.holdWindowMinutes / settings.bucketMinutes) + 1;
	const range = countsInRange(brand, first, lastComplete, settings);
	const [count, expected] = [range.observed[0], range.expected[0]];
	return count >= settings.holdRatio * expected && count - expected >= settings.minCount;
}
