/** A longer answer than this is not read: a batch's verdicts take a few hundred characters per mention. */
export const MAX_ANSWER_CHARACTERS = 100_000;

export type ParsedAnswer = { entries: unknown[] } | { refusal: string };

/** The answer without a Markdown code fence around it (```json … ```), found by position, not by pattern. */
function withoutFence(answer: string): string {
	const trimmed = answer.trim();
	if (!trimmed.startsWith('```')) return trimmed;
	const firstLineEnd = trimmed.indexOf('\n');
	if (firstLineEnd < 0) return trimmed;
	const body = trimmed.slice(firstLineEnd + 1);
	const closing = body.lastIndexOf('```');
	return (closing < 0 ? body : body.slice(0, closing)).trim();
}

/**
 * The array of verdicts in a model's answer: a JSON array, or an object whose one field is that array
 * (what JSON modes that insist on an object return), optionally in a code fence. Anything else is refused.
 */
export function parseModelAnswer(answer: string): ParsedAnswer {
	if (answer.length > MAX_ANSWER_CHARACTERS)
		return { refusal: `answer longer than ${MAX_ANSWER_CHARACTERS} characters` };
	let value: unknown;
	try {
		value = JSON.parse(withoutFence(answer));
	} catch {
		return { refusal: 'answer is not JSON' };
	}
	if (Array.isArray(value)) return { entries: value };
	if (typeof value === 'object' && value !== null) {
		const fields = Object.values(value);
		if (fields.length === 1 && Array.isArray(fields[0])) return { entries: fields[0] };
	}
	return { refusal: 'answer is not a JSON array' };
}
