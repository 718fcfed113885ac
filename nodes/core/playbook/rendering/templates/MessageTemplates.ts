import type { CategoryName } from '../../../scoring/CrisisScore';

export type Tone = 'formal' | 'warm';
export type TemplateLanguage = 'en' | 'tr';

/** Public texts the user may rewrite; each takes the placeholders in TEMPLATE_PLACEHOLDERS. */
export type TemplateName =
	| 'apologyReply'
	| 'apologyStatement'
	| 'holdingStatement'
	| 'privateReplyDm'
	| 'privateReplyEmail'
	| 'privateReplyPhone'
	| 'contactRequest'
	| 'responseReply';

export const TEMPLATE_NAMES: readonly TemplateName[] = [
	'apologyReply',
	'apologyStatement',
	'holdingStatement',
	'privateReplyDm',
	'privateReplyEmail',
	'privateReplyPhone',
	'contactRequest',
	'responseReply',
];

export const TEMPLATE_PLACEHOLDERS = [
	'author',
	'brand',
	'caseId',
	'deadline',
	'channel',
	'issue',
	'nextUpdate',
	'email',
	'phone',
	'dmHandle',
] as const;

export type Placeholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

export interface BriefLabels {
	title: string;
	what: string;
	where: string;
	howMany: string;
	since: string;
	trend: string;
	categories: string;
	representative: string;
	openQuestions: string;
	mentions: string;
	negative: string;
	authors: string;
	tagged: string;
	untagged: string;
	rising: string;
	falling: string;
	steady: string;
	noCategories: string;
}

export interface LanguagePack {
	templates: Record<TemplateName, Record<Tone, string>>;
	/** Fills {{issue}} from the case's top complaint category. */
	categoryIssue: Record<CategoryName, string>;
	genericIssue: string;
	/** Phrases that turn an apology into a non-apology; a draft containing one gets a warning. */
	nonApologies: string[];
	brief: BriefLabels;
	generalQuestions: string[];
	categoryQuestions: Record<CategoryName, string>;
	/** How {{deadline}} and {{nextUpdate}} are written: luxon format tokens and locale. */
	deadlineFormat: string;
	locale: string;
}

export type TemplateOverrides = Partial<Record<TemplateName, Partial<Record<Tone, string>>>>;
