import { readInstant } from '../reading/readInstant';
import type { LanguagePack } from '../rendering/templates/MessageTemplates';

// Luxon builds a new Intl formatter for a zone name on every call, which cost more than the rest of a
// playbook step. The packs' format (e.g. `d LLL, HH:mm ZZZZ`) is written from the parts of one Intl
// formatter kept per locale and zone instead; the tokens mean what they mean to luxon, and the output is
// the same (a test compares the two).
const TOKEN_PARTS = new Map<string, Intl.DateTimeFormatPartTypes>([
	['ZZZZ', 'timeZoneName'],
	['LLL', 'month'],
	['HH', 'hour'],
	['mm', 'minute'],
	['d', 'day'],
]);
const FORMAT_PIECE = /ZZZZ|LLL|HH|mm|d|[^A-Za-z']+/g;
const MAX_FORMATTERS = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatPieces = new Map<string, string[]>();

/** A due time as people read it in messages: local to the policy's zone, in the message's language. */
export function formatDeadline(
	iso: string,
	timeZone: string,
	pack: Pick<LanguagePack, 'deadlineFormat' | 'locale'>,
): string {
	const instant = readInstant(iso, 'dueAt');
	const pieces = piecesOf(pack.deadlineFormat);
	// A token outside the few above: luxon itself.
	if (pieces.join('') !== pack.deadlineFormat)
		return instant.setZone(timeZone).setLocale(pack.locale).toFormat(pack.deadlineFormat);
	const parts = new Map(
		formatterFor(pack.locale, timeZone)
			.formatToParts(instant.toJSDate())
			.map((part) => [part.type, part.value]),
	);
	return pieces
		.map((piece) =>
			TOKEN_PARTS.has(piece)
				? (parts.get(TOKEN_PARTS.get(piece) as Intl.DateTimeFormatPartTypes) ?? '')
				: piece,
		)
		.join('');
}

function piecesOf(format: string): string[] {
	let pieces = formatPieces.get(format);
	if (!pieces) {
		if (formatPieces.size >= MAX_FORMATTERS) formatPieces.clear();
		pieces = format.match(FORMAT_PIECE) ?? [];
		formatPieces.set(format, pieces);
	}
	return pieces;
}

function formatterFor(locale: string, timeZone: string): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		if (formatters.size >= MAX_FORMATTERS) formatters.clear();
		formatter = new Intl.DateTimeFormat(locale, {
			timeZone,
			day: 'numeric',
			month: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZoneName: 'short',
		});
		formatters.set(key, formatter);
	}
	return formatter;
}
