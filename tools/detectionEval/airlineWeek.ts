import { mixSeed } from '../../nodes/core/sources/seededRandom';
import type { AnomalyKind } from './seriesSpecs';

/** A mention row as `replay` reads it. */
export interface MentionRow {
	id: string;
	brand: string;
	createdAt: string;
	text: string;
}

export interface InjectedIncident {
	name: string;
	kind: AnomalyKind | 'monday rise';
	brand: string;
	startMs: number;
	/** Minutes the injection lasts. */
	minutes: number;
	/** The injection must reach high or critical within this many minutes; undefined: it must not alert. */
	alertWithinMin?: number;
}

const COMPLAINTS = [
	'my flight got cancelled and nobody can tell me why',
	'stuck on the tarmac for two hours, worst airline ever',
	'lost my bag again, customer service hung up on me',
	'delayed for the third time today, this is a joke',
	'rebooked me on a flight three days later, unacceptable',
	'been on hold for an hour, terrible service',
	'charged me twice for the same seat and no refund',
	'your app crashed during check in and now I missed my flight',
];

const CHATTER = [
	'anyone flying out of the city today',
	'booking my summer trip now',
	'what time does boarding start for the morning flight',
	'checking in for my flight to the coast',
	'on my way to the airport',
];

function row(
	brand: string,
	handle: string,
	atMs: number,
	text: string,
	serial: string,
): MentionRow {
	return {
		id: `injected-${serial}`,
		brand,
		createdAt: new Date(atMs).toISOString(),
		text: `@${handle} ${text} (ref ${serial})`,
	};
}

/** Rows spread over `minutes` from `startMs`, evenly with a little jitter, texts cycled from `texts`. */
function spread(
	brand: string,
	handle: string,
	startMs: number,
	minutes: number,
	count: number,
	texts: string[],
	tag: string,
): MentionRow[] {
	let state = mixSeed(count, minutes, startMs / 60_000);
	const jitter = () => {
		state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
		return state / 4294967296;
	};
	return Array.from({ length: count }, (_, k) => {
		const atMs = startMs + ((k + jitter()) / count) * minutes * 60_000;
		return row(brand, handle, atMs, texts[k % texts.length], `${tag}-${k}`);
	});
}

const HOUR = 3_600_000;

/**
 * The incidents injected into the airline week (mentions of six US airlines, 17–24 Feb 2015): a
 * sharp burst, a slow burn on a large airline, a night burst on the smallest, a level shift that must
 * alert once and then become normal, and a Monday-morning rise that must not alert.
 */
export function airlineIncidents(): InjectedIncident[] {
	return [
		{
			name: 'sharp burst',
			kind: 'spike',
			brand: 'US Airways',
			startMs: Date.parse('2015-02-20T15:10:00Z'),
			minutes: 30,
			alertWithinMin: 30,
		},
		{
			name: 'slow burn',
			kind: 'ramp',
			brand: 'United',
			startMs: Date.parse('2015-02-21T13:00:00Z'),
			minutes: 480,
			alertWithinMin: 240,
		},
		{
			name: 'night burst',
			kind: 'night burst',
			brand: 'Virgin America',
			startMs: Date.parse('2015-02-19T08:30:00Z'),
			minutes: 20,
			alertWithinMin: 30,
		},
		{
			name: 'level shift',
			kind: 'shift',
			brand: 'Delta',
			startMs: Date.parse('2015-02-22T14:00:00Z'),
			minutes: 2 * 24 * 60,
		},
		{
			name: 'Monday-morning rise',
			kind: 'monday rise',
			brand: 'Southwest',
			startMs: Date.parse('2015-02-23T13:00:00Z'),
			minutes: 240,
		},
	];
}

/** The rows to add for each incident. The level shift adds 80 % of Delta's usual hourly volume, every hour. */
export function injectedRows(baseRows: MentionRow[]): MentionRow[] {
	const rows: MentionRow[] = [];
	const [sharp, slow, night, shift, monday] = airlineIncidents();
	rows.push(...spread(sharp.brand, 'USAirways', sharp.startMs, 30, 60, COMPLAINTS, 'sharp'));
	rows.push(...spread(slow.brand, 'united', slow.startMs, 480, 80, COMPLAINTS, 'slow'));
	rows.push(...spread(night.brand, 'VirginAmerica', night.startMs, 20, 15, COMPLAINTS, 'night'));
	const perHour = (brand: string, fromMs: number, toMs: number) =>
		baseRows.filter(
			(r) =>
				r.brand === brand && Date.parse(r.createdAt) >= fromMs && Date.parse(r.createdAt) < toMs,
		).length /
		((toMs - fromMs) / HOUR);
	const deltaHourly = perHour('Delta', shift.startMs - 3 * 24 * HOUR, shift.startMs);
	for (
		let hourStart = shift.startMs;
		hourStart < shift.startMs + shift.minutes * 60_000;
		hourStart += HOUR
	) {
		rows.push(
			...spread(
				shift.brand,
				'Delta',
				hourStart,
				60,
				Math.round(deltaHourly * 0.8),
				[...CHATTER, ...COMPLAINTS.slice(0, 3)],
				`shift-${hourStart / HOUR}`,
			),
		);
	}
	const southwestHourly = perHour('Southwest', monday.startMs - 7 * 24 * HOUR, monday.startMs);
	rows.push(
		...spread(
			monday.brand,
			'SouthwestAir',
			monday.startMs,
			240,
			Math.round(southwestHourly * 4 * 0.5),
			CHATTER,
			'monday',
		),
	);
	return rows;
}
