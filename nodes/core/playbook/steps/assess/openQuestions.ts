import type { CategoryName } from '../../../scoring/CrisisScore';
import type { LanguagePack } from '../../rendering/templates/MessageTemplates';

/** The questions to answer before anyone replies: the category-specific ones first (most frequent category first), then the general ones. */
export function openQuestions(
	categories: Array<{ name: string; count: number }>,
	pack: LanguagePack,
): string[] {
	const specific = categories
		.map((c) => pack.categoryQuestions[c.name as CategoryName])
		.filter((question): question is string => typeof question === 'string');
	return [...specific, ...pack.generalQuestions];
}
