import { FieldError } from '../errors/FieldError';
import type { SearchOptions } from './SearchOptions';

/** Android package names: two or more dot-separated parts, each starting with a letter. */
const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
const LANGUAGE_CODE = /^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/i;

/** Package names as given, or the `id` of a pasted Play Store link; duplicates once. */
export function readPackageNames(values: string[]): string[] {
	const names: string[] = [];
	for (const value of values) {
		const given = value.trim();
		if (given === '') continue;
		const name = URL.canParse(given) ? (new URL(given).searchParams.get('id') ?? given) : given;
		if (!PACKAGE_NAME.test(name)) {
			throw new FieldError(
				'packageNames',
				`"${given}" is not an Android package name (as in play.google.com/store/apps/details?id=com.example.shop)`,
			);
		}
		if (!names.includes(name)) names.push(name);
	}
	if (names.length === 0)
		throw new FieldError(
			'packageNames',
			"give the package name of at least one of the brand's apps",
		);
	return names;
}

/** The language Google should translate reviews into, if one is set. */
export function readTranslationLanguage(options: SearchOptions): string | undefined {
	const translationLanguage =
		options.settings?.googlePlay?.translationLanguage?.trim() || undefined;
	if (translationLanguage !== undefined && !LANGUAGE_CODE.test(translationLanguage)) {
		throw new FieldError(
			'translationLanguage',
			`"${translationLanguage}" is not a language code such as en or tr`,
		);
	}
	return translationLanguage;
}
