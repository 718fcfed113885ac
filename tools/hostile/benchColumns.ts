import { msPerMB, type Outcome } from './outcome';

/** One size's column of a bench line. */
export function cell(outcome: Outcome): string {
	if (outcome.kind === 'ok' || outcome.kind === 'rejected') {
		const tag = outcome.kind === 'rejected' ? ' (rejected)' : '';
		return `${outcome.ms.toFixed(1)} ms = ${Math.round(msPerMB(outcome))}/MB${tag}`;
	}
	return `${outcome.kind.toUpperCase()}: ${outcome.note}`;
}

/** Pads to a column width; longer text is kept whole. */
export const pad = (text: string, width: number) =>
	text.length >= width ? text : text + ' '.repeat(width - text.length);
