/** What kind of anomaly a labelled window holds; each is a shape a crisis team has seen. */
export type AnomalyKind = 'spike' | 'ramp' | 'shift' | 'negative burn' | 'night burst';

export interface AnomalySpec {
	kind: AnomalyKind;
	/** Day (from the series start) and hour of day (UTC) where it starts. */
	day: number;
	hour: number;
	/** Peak multiple of the normal rate (for 'negative burn': of the negative rate). */
	peak: number;
	/** Minutes at the peak (spike) or of the rise (ramp). */
	minutes: number;
	/** After-shock half-life in hours: how slowly the rate falls back. */
	decayHours?: number;
	/** Extra mentions in total instead of a multiple (night bursts on quiet accounts). */
	extra?: number;
}

export interface SeriesSpec {
	name: string;
	seed: number;
	/** Mean mentions per 5 minutes over a week. */
	meanPer5Min: number;
	/** Ratio of the busiest to the quietest hour of the day. */
	dayContrast: number;
	/** Saturday and Sunday volume against weekdays. */
	weekend: number;
	/** Monday morning (UTC 12–16) is this much busier than other mornings: a rise that must not alert. */
	mondayMorning: number;
	/** Standard deviation of the slow log-noise (the day's mood wandering) and of day-to-day level. */
	wander: number;
	dayLevel: number;
	/** Unlabelled blips per day (a post going mildly viral: 1.5–3.5× for 5–30 minutes). */
	blipsPerDay: number;
	negativeShare: number;
	anomalies: AnomalySpec[];
}

/** Varied brands: volume from a few posts a day to hundreds an hour, calm and noisy, with several anomaly shapes. */
export const SERIES_SPECS: SeriesSpec[] = [
	{
		name: 'Bigco',
		seed: 1,
		meanPer5Min: 40,
		dayContrast: 6,
		weekend: 0.7,
		mondayMorning: 1.3,
		wander: 0.15,
		dayLevel: 0.1,
		blipsPerDay: 1.5,
		negativeShare: 0.3,
		anomalies: [
			{ kind: 'spike', day: 12, hour: 15.5, peak: 6, minutes: 60, decayHours: 4 },
			{ kind: 'spike', day: 30, hour: 20, peak: 3, minutes: 180, decayHours: 6 },
		],
	},
	{
		name: 'Midshop',
		seed: 2,
		meanPer5Min: 10,
		dayContrast: 8,
		weekend: 0.6,
		mondayMorning: 1.4,
		wander: 0.2,
		dayLevel: 0.12,
		blipsPerDay: 1,
		negativeShare: 0.4,
		anomalies: [
			{ kind: 'spike', day: 10, hour: 17, peak: 5, minutes: 40, decayHours: 3 },
			{ kind: 'ramp', day: 24, hour: 13, peak: 3, minutes: 360, decayHours: 6 },
			{ kind: 'spike', day: 36, hour: 2, peak: 8, minutes: 30, decayHours: 2 },
		],
	},
	{
		name: 'Smallapp',
		seed: 3,
		meanPer5Min: 0.5,
		dayContrast: 10,
		weekend: 0.8,
		mondayMorning: 1.2,
		wander: 0.2,
		dayLevel: 0.15,
		blipsPerDay: 0.5,
		negativeShare: 0.35,
		anomalies: [
			{ kind: 'night burst', day: 15, hour: 7, peak: 1, minutes: 20, extra: 15 },
			{ kind: 'spike', day: 29, hour: 18, peak: 6, minutes: 90, decayHours: 3 },
		],
	},
	{
		name: 'Shiftair',
		seed: 4,
		meanPer5Min: 15,
		dayContrast: 5,
		weekend: 0.75,
		mondayMorning: 1.3,
		wander: 0.15,
		dayLevel: 0.1,
		blipsPerDay: 1,
		negativeShare: 0.5,
		anomalies: [
			{ kind: 'shift', day: 18, hour: 14, peak: 2, minutes: 0 },
			{ kind: 'spike', day: 33, hour: 16, peak: 5, minutes: 60, decayHours: 3 },
		],
	},
	{
		name: 'Noisybank',
		seed: 5,
		meanPer5Min: 25,
		dayContrast: 6,
		weekend: 0.65,
		mondayMorning: 1.5,
		wander: 0.3,
		dayLevel: 0.2,
		blipsPerDay: 3,
		negativeShare: 0.35,
		anomalies: [{ kind: 'spike', day: 21, hour: 14, peak: 6, minutes: 120, decayHours: 5 }],
	},
	{
		name: 'Cargoline',
		seed: 6,
		meanPer5Min: 12,
		dayContrast: 6,
		weekend: 0.7,
		mondayMorning: 1.3,
		wander: 0.15,
		dayLevel: 0.1,
		blipsPerDay: 1,
		negativeShare: 0.3,
		anomalies: [
			{ kind: 'negative burn', day: 16, hour: 12, peak: 2.6, minutes: 480 },
			{ kind: 'spike', day: 34, hour: 19, peak: 4, minutes: 60, decayHours: 4 },
		],
	},
	{
		name: 'Weekdayco',
		seed: 7,
		meanPer5Min: 8,
		dayContrast: 12,
		weekend: 0.35,
		mondayMorning: 1.8,
		wander: 0.2,
		dayLevel: 0.12,
		blipsPerDay: 1,
		negativeShare: 0.3,
		anomalies: [
			{ kind: 'spike', day: 17, hour: 15, peak: 5, minutes: 45, decayHours: 3 },
			{ kind: 'ramp', day: 31, hour: 9, peak: 2.5, minutes: 300, decayHours: 8 },
		],
	},
	{
		name: 'Quietbrand',
		seed: 8,
		meanPer5Min: 0.15,
		dayContrast: 6,
		weekend: 0.8,
		mondayMorning: 1.2,
		wander: 0.2,
		dayLevel: 0.15,
		blipsPerDay: 0.3,
		negativeShare: 0.3,
		anomalies: [{ kind: 'night burst', day: 20, hour: 3, peak: 1, minutes: 15, extra: 10 }],
	},
	{
		name: 'Megastore',
		seed: 9,
		meanPer5Min: 120,
		dayContrast: 5,
		weekend: 0.8,
		mondayMorning: 1.25,
		wander: 0.2,
		dayLevel: 0.1,
		blipsPerDay: 2,
		negativeShare: 0.25,
		anomalies: [
			{ kind: 'spike', day: 14, hour: 16, peak: 2.5, minutes: 120, decayHours: 6 },
			{ kind: 'spike', day: 27, hour: 21, peak: 5, minutes: 30, decayHours: 4 },
			{ kind: 'negative burn', day: 38, hour: 13, peak: 2.5, minutes: 360 },
		],
	},
	{
		name: 'Telco',
		seed: 10,
		meanPer5Min: 20,
		dayContrast: 7,
		weekend: 0.7,
		mondayMorning: 1.4,
		wander: 0.25,
		dayLevel: 0.15,
		blipsPerDay: 2,
		negativeShare: 0.45,
		anomalies: [
			{ kind: 'ramp', day: 13, hour: 8, peak: 3, minutes: 480, decayHours: 6 },
			{ kind: 'spike', day: 26, hour: 12, peak: 10, minutes: 20, decayHours: 2 },
		],
	},
];
