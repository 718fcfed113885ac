import { DateTime, IANAZone } from 'luxon';
import type { RiskLevel } from '../../scoring/CrisisScore';
import { isRiskLevel, RISK_LEVELS } from '../../scoring/riskLevelRank';
import { FieldError } from '../../errors/FieldError';
import { isRecord } from '../reading/readFields';
import { readDays } from './readWeekdays';
import { parseWorkDuration, type WorkDuration } from './WorkDuration';

export interface DeadlineTargetsInput {
	firstResponse?: string;
	resolution?: string;
}

/** What the user sets; every field is optional and falls back to DEFAULT_DEADLINE_POLICY. */
export interface DeadlinePolicyInput {
	/** IANA zone, e.g. Europe/Istanbul. */
	timeZone?: string;
	businessHours?: {
		/** HH:mm local time. */
		start?: string;
		/** HH:mm local time, after start; 24:00 means midnight. */
		end?: string;
		/** ISO weekdays (1 = Monday … 7 = Sunday), mon/tue/… or ranges (Mon-Fri); a list or comma-separated text. */
		days?: Array<number | string> | string;
	};
	/** Public holidays as ISO dates (yyyy-mm-dd) in the policy's zone; a list or comma/newline-separated text. */
	holidays?: string[] | string;
	targets?: Partial<Record<RiskLevel, DeadlineTargetsInput>>;
	/** Levels whose clock runs 24/7 instead of in business hours; a list or comma-separated text. */
	roundTheClock?: RiskLevel[] | string;
}

export interface DeadlinePolicy {
	timeZone: string;
	businessHours: { startMinute: number; endMinute: number; days: number[] };
	holidays: string[];
	targets: Record<RiskLevel, { firstResponse: WorkDuration; resolution: WorkDuration }>;
	roundTheClock: RiskLevel[];
}

export const DEFAULT_DEADLINE_TARGETS: Record<RiskLevel, Required<DeadlineTargetsInput>> = {
	critical: { firstResponse: '15m', resolution: '4h' },
	high: { firstResponse: '1h', resolution: '8h' },
	medium: { firstResponse: '4h', resolution: '2bd' },
	low: { firstResponse: '1bd', resolution: '5bd' },
};

export const DEFAULT_DEADLINE_POLICY = {
	timeZone: 'Europe/Istanbul',
	businessHours: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
	holidays: [] as string[],
	roundTheClock: ['critical', 'high'] as RiskLevel[],
};

/** Validates the user's policy, naming the first bad field. */
export function readDeadlinePolicy(input: DeadlinePolicyInput = {}): DeadlinePolicy {
	const timeZone = input.timeZone?.trim() || DEFAULT_DEADLINE_POLICY.timeZone;
	if (!IANAZone.isValidZone(timeZone))
		throw new FieldError(
			'timeZone',
			`"${timeZone}" is not an IANA time zone (e.g. Europe/Istanbul)`,
		);
	const hours = input.businessHours ?? {};
	const startMinute = readClock(
		hours.start ?? DEFAULT_DEADLINE_POLICY.businessHours.start,
		'businessHours.start',
	);
	const endMinute = readClock(
		hours.end ?? DEFAULT_DEADLINE_POLICY.businessHours.end,
		'businessHours.end',
	);
	if (endMinute <= startMinute) {
		throw new FieldError(
			'businessHours.end',
			'must be later than businessHours.start (overnight business hours are not supported)',
		);
	}
	const days = readDays(hours.days ?? DEFAULT_DEADLINE_POLICY.businessHours.days);
	return {
		timeZone,
		businessHours: { startMinute, endMinute, days },
		holidays: readHolidays(input.holidays ?? DEFAULT_DEADLINE_POLICY.holidays),
		targets: readTargets(input.targets),
		roundTheClock: readLevels(
			input.roundTheClock ?? DEFAULT_DEADLINE_POLICY.roundTheClock,
			'roundTheClock',
		),
	};
}

/** `HH:mm` → minutes after midnight; 24:00 allowed as an end of day. */
export function readClock(text: unknown, field: string): number {
	const match = typeof text === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(text.trim()) : null;
	const minute = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
	if (!match || Number(match[2]) > 59 || minute > 24 * 60) {
		throw new FieldError(
			field,
			`${JSON.stringify(text)} is not a time of day; write HH:mm, e.g. 09:00`,
		);
	}
	return minute;
}

function readHolidays(value: string[] | string): string[] {
	const entries = typeof value === 'string' ? splitList(value) : value;
	if (!Array.isArray(entries)) throw new FieldError('holidays', 'expected a list of ISO dates');
	return entries.map((entry, i) => {
		if (
			typeof entry !== 'string' ||
			!/^\d{4}-\d{2}-\d{2}$/.test(entry.trim()) ||
			!DateTime.fromISO(entry.trim()).isValid
		) {
			throw new FieldError(
				`holidays[${i}]`,
				`${JSON.stringify(entry)} is not an ISO date (yyyy-mm-dd)`,
			);
		}
		return entry.trim();
	});
}

function readTargets(input: DeadlinePolicyInput['targets']): DeadlinePolicy['targets'] {
	if (input !== undefined && !isRecord(input))
		throw new FieldError('targets', 'expected an object keyed by level');
	const targets = {} as DeadlinePolicy['targets'];
	for (const level of RISK_LEVELS) {
		const given = input?.[level] ?? {};
		targets[level] = {
			firstResponse: parseWorkDuration(
				given.firstResponse || DEFAULT_DEADLINE_TARGETS[level].firstResponse,
				`targets.${level}.firstResponse`,
			),
			resolution: parseWorkDuration(
				given.resolution || DEFAULT_DEADLINE_TARGETS[level].resolution,
				`targets.${level}.resolution`,
			),
		};
	}
	for (const key of Object.keys(input ?? {})) {
		if (!isRiskLevel(key))
			throw new FieldError(`targets.${key}`, 'unknown level; use low, medium, high or critical');
	}
	return targets;
}

export function readLevels(value: RiskLevel[] | string, field: string): RiskLevel[] {
	const entries: unknown = typeof value === 'string' ? splitList(value) : value;
	if (!Array.isArray(entries)) throw new FieldError(field, 'expected a list of levels');
	return entries.map((entry) => {
		const level = typeof entry === 'string' ? entry.trim().toLowerCase() : entry;
		if (!isRiskLevel(level))
			throw new FieldError(field, `"${entry}" is not a level (low, medium, high, critical)`);
		return level;
	});
}

function splitList(text: string): string[] {
	return text
		.split(/[\n,;]+/)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}
