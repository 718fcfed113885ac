import type { DateTime } from 'luxon';
import { readClock } from '../deadlines/DeadlinePolicy';
import { readDays } from '../deadlines/readWeekdays';
import { FieldError } from '../../errors/FieldError';
import { isRecord, optionalString, requireString } from '../reading/readFields';

export interface RotaEntryInput {
	person: string;
	/** Empty: covers every team. */
	team?: string;
	/** ISO weekdays or mon…sun; a shift that crosses midnight belongs to the day it starts. */
	days: Array<number | string> | string;
	/** HH:mm local time; `to` earlier than `from` means the shift runs past midnight. */
	from: string;
	to: string;
}

export interface RotaEntry {
	person: string;
	team?: string;
	days: number[];
	fromMinute: number;
	toMinute: number;
}

export function readRotaEntry(input: unknown, field: string): RotaEntry {
	if (!isRecord(input)) throw new FieldError(field, 'expected a rota entry object');
	const fromMinute = readClock(input.from, `${field}.from`);
	const toMinute = readClock(input.to, `${field}.to`);
	if (fromMinute === toMinute)
		throw new FieldError(`${field}.to`, 'must differ from from (use 00:00–24:00 for a whole day)');
	return {
		person: requireString(input.person, `${field}.person`),
		team: optionalString(input.team, `${field}.team`),
		days: readDays(input.days as RotaEntry['days'], `${field}.days`),
		fromMinute,
		toMinute,
	};
}

/** The first rota entry for the team (or for all teams) on duty at `localNow`; entries are read in order. */
export function whoIsOnCall(
	rota: RotaEntry[],
	team: string,
	localNow: DateTime,
): RotaEntry | undefined {
	const minute = localNow.hour * 60 + localNow.minute;
	const today = localNow.weekday;
	const yesterday = today === 1 ? 7 : today - 1;
	return rota.find((entry) => {
		if (entry.team && entry.team.toLowerCase() !== team.toLowerCase()) return false;
		if (entry.fromMinute < entry.toMinute)
			return entry.days.includes(today) && minute >= entry.fromMinute && minute < entry.toMinute;
		return (
			(entry.days.includes(today) && minute >= entry.fromMinute) ||
			(entry.days.includes(yesterday) && minute < entry.toMinute)
		);
	});
}
