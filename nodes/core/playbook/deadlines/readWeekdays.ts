import { FieldError } from '../../errors/FieldError';

/** ISO weekday numbers (1 = Monday) by the names people type, in English and Turkish (a Map: the key is typed by the user). */
const ENGLISH = namesOf([
	['mon', 'monday'],
	['tue', 'tues', 'tuesday'],
	['wed', 'wednesday'],
	['thu', 'thur', 'thurs', 'thursday'],
	['fri', 'friday'],
	['sat', 'saturday'],
	['sun', 'sunday'],
]);
const TURKISH = namesOf([
	['pzt', 'pazartesi'],
	['sal', 'salı'],
	['çar', 'çarşamba'],
	['per', 'perşembe'],
	['cum', 'cuma'],
	['cmt', 'cumartesi'],
	['paz', 'pazar'],
]);

function namesOf(days: string[][]): Map<string, number> {
	return new Map(
		days.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
	);
}

/**
 * Weekdays as ISO numbers, sorted and distinct, from a list or comma-separated text of days and ranges:
 * `Mon-Fri`, `sat, sun`, `1-5`, `Fri-Mon` (a range may wrap over the weekend). Anything else is an error
 * naming the field, never a silent guess (`Mon-Fri` once read as Monday alone).
 */
export function readDays(
	value: Array<number | string> | string,
	field = 'businessHours.days',
): number[] {
	const entries: unknown = typeof value === 'string' ? value.split(/[\n,;]/) : value;
	if (!Array.isArray(entries)) throw new FieldError(field, 'expected a list of weekdays');
	const days = new Set<number>();
	for (const entry of entries) {
		if (typeof entry === 'string' && entry.trim() === '') continue;
		for (const day of readEntry(entry, field)) days.add(day);
	}
	if (days.size === 0) throw new FieldError(field, 'needs at least one weekday');
	return [...days].sort((a, b) => a - b);
}

function readEntry(entry: unknown, field: string): number[] {
	const problem = `${JSON.stringify(entry)} is not a weekday or a range of weekdays (1 = Monday … 7 = Sunday, or mon…sun, e.g. Mon-Fri)`;
	if (typeof entry !== 'string' && typeof entry !== 'number') throw new FieldError(field, problem);
	const ends = String(entry)
		.replace(/[–—]/g, '-')
		.split('-')
		.map((part) => weekday(part.trim()));
	if (ends.length > 2 || ends.some((day) => day === undefined))
		throw new FieldError(field, problem);
	const [from, to = from] = ends as number[];
	const days = [from];
	for (let day = from; day !== to;) {
		day = (day % 7) + 1;
		days.push(day);
	}
	return days;
}

function weekday(text: string): number | undefined {
	if (/^[1-7]$/.test(text)) return Number(text);
	return ENGLISH.get(text.toLowerCase()) ?? TURKISH.get(text.toLocaleLowerCase('tr'));
}
