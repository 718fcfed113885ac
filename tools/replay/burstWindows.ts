import { DEFAULT_DETECTOR_SETTINGS } from '../../nodes/core/detection/DetectorSettings';

/** The default burst windows, rounded up to multiples of another bucket length. */
export function windowsFor(bucketMinutes: number): number[] {
	const rounded = DEFAULT_DETECTOR_SETTINGS.burstWindowsMinutes.map(
		(minutes) => Math.ceil(minutes / bucketMinutes) * bucketMinutes,
	);
	return [...new Set(rounded)];
}
