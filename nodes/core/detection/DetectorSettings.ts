/** Every knob of the crisis detector. Defaults are general: none is fitted to one data set. */
export interface DetectorSettings {
	/** Width of a time bucket; counts, learning and the slow-burn test work per bucket. */
	bucketMinutes: number;
	/** Burst test windows, each ending at the poll time (a multiple of bucketMinutes). */
	burstWindowsMinutes: number[];
	/**
	 * A burst opens an incident when its surprise, -log10 P(count this high by chance), reaches this,
	 * and the window without its busiest bucket still reaches holdSurprise (one noisy bucket is no crisis).
	 */
	openSurprise: number;
	/** An open incident stays active while some window still reaches this surprise (hysteresis)… */
	holdSurprise: number;
	/** …or while the last holdWindowMinutes still hold holdRatio × the expected volume. */
	holdWindowMinutes: number;
	holdRatio: number;
	/** No incident from fewer mentions than this in the triggering window, however quiet the hour. */
	minCount: number;
	/** No incident unless the window holds at least this multiple of the expected volume… */
	minRatio: number;
	/** …and at least this many mentions above it: two posts on a quiet account are no crisis. */
	minExcess: number;
	/**
	 * Least over-dispersion assumed (variance = mean + dispersion × mean²); each brand learns its own,
	 * and the larger of the two is used, so a brand whose volume is naturally jumpy alerts only on more.
	 */
	dispersion: number;
	/** Half-life of the learned over-dispersion. */
	noiseHalfLifeHours: number;
	/** Expected mentions per hour never fall below this, so a silent night does not make every post a spike. */
	noiseFloorPerHour: number;
	/** The slow-burn (CUSUM) test looks for volume this many times the baseline. */
	cusumRatio: number;
	/** Accumulated log-likelihood that opens a slow-burn incident. */
	cusumThreshold: number;
	/** Half-life of the brand's overall level (deseasonalised volume). */
	levelHalfLifeHours: number;
	/** Half-life, in days, of the hour-of-day rhythm. */
	shapeHalfLifeDays: number;
	/** Half-life, in weeks, of the day-of-week rhythm. */
	weekHalfLifeWeeks: number;
	/** Learning period of a new brand before it may alert. */
	warmupHours: number;
	/** Shorter learning period when the rhythm could be borrowed from brands already learned. */
	warmupHoursWithPrior: number;
	/** A brand also needs this many mentions before it may alert. */
	warmupMentions: number;
	/** Learning caps a bucket at expected + clipSd standard deviations, so an incident barely teaches the baseline. */
	clipSd: number;
	/** An incident resolves after this long without activity. */
	resolveAfterMinutes: number;
	/** After it resolves, the brand cannot open a new incident for this long. */
	cooldownMinutes: number;
	/** An incident is high (an alert) from this many mentions above expected, this multiple and this surprise… */
	highExcess: number;
	highRatio: number;
	highSurprise: number;
	/** …and critical from these. Level rises only with magnitude, never with duration alone. */
	criticalExcess: number;
	criticalRatio: number;
	criticalSurprise: number;
	/** After an alerted incident resolves, a new one opens within this many hours only if it is larger (its after-shock is not a new crisis). */
	afterShockHours: number;
	/** Volume that stays high this long becomes the new normal: the baseline adopts it and the incident resolves. */
	adaptAfterHours: number;
	maxBrands: number;
	maxSeenIds: number;
	maxSeenTexts: number;
	/** Recent buckets kept per brand; mentions older than this window when they arrive are not counted. */
	maxBuckets: number;
	maxSamples: number;
}

export const DEFAULT_DETECTOR_SETTINGS: DetectorSettings = {
	bucketMinutes: 10,
	burstWindowsMinutes: [20, 30, 60, 120],
	openSurprise: 5,
	holdSurprise: 2.5,
	holdWindowMinutes: 120,
	holdRatio: 1.3,
	minCount: 5,
	minRatio: 1.5,
	minExcess: 5,
	dispersion: 0.02,
	noiseHalfLifeHours: 72,
	noiseFloorPerHour: 0.3,
	cusumRatio: 2,
	cusumThreshold: 9,
	levelHalfLifeHours: 24,
	shapeHalfLifeDays: 3,
	weekHalfLifeWeeks: 2,
	warmupHours: 36,
	warmupHoursWithPrior: 3,
	warmupMentions: 20,
	clipSd: 4,
	resolveAfterMinutes: 60,
	cooldownMinutes: 60,
	highExcess: 10,
	highRatio: 2,
	highSurprise: 6,
	criticalExcess: 100,
	criticalRatio: 4,
	criticalSurprise: 12,
	afterShockHours: 24,
	adaptAfterHours: 12,
	maxBrands: 50,
	maxSeenIds: 3000,
	maxSeenTexts: 3000,
	maxBuckets: 36,
	maxSamples: 5,
};

type NumericSetting = Exclude<keyof DetectorSettings, 'burstWindowsMinutes'>;

/** [minimum, maximum, integer?] of each numeric setting. */
const RANGES: Record<NumericSetting, [number, number, boolean]> = {
	bucketMinutes: [1, 60, true],
	openSurprise: [1, 50, false],
	holdSurprise: [0, 50, false],
	holdWindowMinutes: [1, 1440, false],
	holdRatio: [1, 1000, false],
	minCount: [1, 100000, true],
	minRatio: [1, 1000, false],
	minExcess: [0, 1e9, false],
	dispersion: [0, 10, false],
	noiseHalfLifeHours: [1, 24 * 90, false],
	noiseFloorPerHour: [0.001, 100000, false],
	cusumRatio: [1.05, 100, false],
	cusumThreshold: [0.5, 1000, false],
	levelHalfLifeHours: [0.5, 24 * 90, false],
	shapeHalfLifeDays: [0.5, 365, false],
	weekHalfLifeWeeks: [0.5, 52, false],
	warmupHours: [0, 24 * 30, false],
	warmupHoursWithPrior: [0, 24 * 30, false],
	warmupMentions: [0, 1000000, true],
	clipSd: [1, 100, false],
	resolveAfterMinutes: [1, 10080, false],
	cooldownMinutes: [0, 10080, false],
	highExcess: [1, 1e9, false],
	highRatio: [1, 1e6, false],
	highSurprise: [0, 1000, false],
	criticalExcess: [1, 1e9, false],
	criticalRatio: [1, 1e6, false],
	criticalSurprise: [0, 1000, false],
	afterShockHours: [0, 24 * 30, false],
	adaptAfterHours: [1, 24 * 30, false],
	maxBrands: [1, 10000, true],
	maxSeenIds: [0, 1000000, true],
	maxSeenTexts: [0, 1000000, true],
	maxBuckets: [1, 10000, true],
	maxSamples: [0, 100, true],
};

function checkNumber(
	name: string,
	value: unknown,
	[min, max, integer]: [number, number, boolean],
): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new Error(`Detector setting "${name}" must be a finite number`);
	}
	if (value < min || value > max)
		throw new Error(`Detector setting "${name}" must be between ${min} and ${max}`);
	if (integer && !Number.isInteger(value))
		throw new Error(`Detector setting "${name}" must be a whole number`);
	return value;
}

/** Defaults overlaid with the caller's settings, every value checked; throws an Error naming the bad setting. */
export function resolveDetectorSettings(partial: Partial<DetectorSettings> = {}): DetectorSettings {
	const merged: DetectorSettings = { ...DEFAULT_DETECTOR_SETTINGS };
	for (const [name, value] of Object.entries(partial)) {
		if (value === undefined) continue;
		if (!Object.hasOwn(DEFAULT_DETECTOR_SETTINGS, name))
			throw new Error(`Unknown detector setting "${name}"`);
		(merged as unknown as Record<string, unknown>)[name] = value;
	}
	for (const name of Object.keys(RANGES) as NumericSetting[])
		checkNumber(name, merged[name], RANGES[name]);
	const windows = merged.burstWindowsMinutes;
	if (!Array.isArray(windows) || windows.length === 0 || windows.length > 10) {
		throw new Error('Detector setting "burstWindowsMinutes" must list 1 to 10 window lengths');
	}
	for (const minutes of windows) {
		checkNumber('burstWindowsMinutes', minutes, [
			merged.bucketMinutes,
			merged.bucketMinutes * merged.maxBuckets,
			false,
		]);
		if (minutes % merged.bucketMinutes !== 0) {
			throw new Error(
				'Detector setting "burstWindowsMinutes" must hold multiples of "bucketMinutes"',
			);
		}
	}
	if (merged.holdSurprise > merged.openSurprise) {
		throw new Error('Detector setting "holdSurprise" must not exceed "openSurprise"');
	}
	// The rhythm is learned per hour of the day, so a bucket must never straddle two hours.
	if (60 % merged.bucketMinutes !== 0)
		throw new Error('Detector setting "bucketMinutes" must divide 60');
	return { ...merged, burstWindowsMinutes: [...windows] };
}
