import { FieldError } from '../../../errors/FieldError';

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export interface RenderOptions {
	/** Names the template in errors, e.g. `templates.apologyReply.warm`. */
	name: string;
	/** Every placeholder the template may use; a name outside this list is an error. */
	known: readonly string[];
	/** Applied to each filled value (not to the template text), e.g. escapeHtml when the template is HTML. */
	escape?: (value: string) => string;
	/** Prose placeholders (e.g. issue) whose value starts with a capital when it opens a sentence, in this locale. */
	sentenceCase?: { names: readonly string[]; locale: string };
}

const SENTENCE_END = /(^|[.!?]\s+)$/;

/**
 * Fills `{{placeholder}}`s. An unknown placeholder and a known one without a value are both errors that
 * name the placeholder, because a reply that goes out with "{{brand}}" in it is worse than no reply.
 */
export function renderTemplate(
	template: string,
	values: Readonly<Record<string, string | undefined>>,
	options: RenderOptions,
): string {
	return template.replace(PLACEHOLDER, (_match, name: string, offset: number) => {
		if (!options.known.includes(name)) {
			throw new FieldError(
				options.name,
				`unknown placeholder {{${name}}}; known placeholders: ${options.known.map((k) => `{{${k}}}`).join(', ')}`,
			);
		}
		const value = values[name];
		if (value === undefined || value === '') {
			throw new FieldError(
				options.name,
				`placeholder {{${name}}} has no value here; ${HINTS[name] ?? 'remove it from the template'}`,
			);
		}
		const opensSentence =
			options.sentenceCase?.names.includes(name) && SENTENCE_END.test(template.slice(0, offset));
		const cased = opensSentence
			? value.charAt(0).toLocaleUpperCase(options.sentenceCase?.locale) + value.slice(1)
			: value;
		return options.escape ? options.escape(cased) : cased;
	});
}

const HINTS: Record<string, string> = {
	brand: 'set the Brand option',
	email: 'set the Support E-mail option',
	phone: 'set the Support Phone option',
	dmHandle: 'set the DM Handle option',
	author: 'the item has no author (an incident has no single author; use a statement template)',
};
