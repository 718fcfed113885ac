import type { DeadlinePolicyInput } from '../../deadlines/DeadlinePolicy';
import type { LanguageOption } from './resolveLanguage';
import type { TemplateLanguage, TemplateOverrides, Tone } from '../templates/MessageTemplates';

/** Options shared by the steps that draft public text. */
export interface MessageOptions {
	language?: LanguageOption;
	tone?: Tone;
	/** Used for {{brand}} when the case has none from the mention or incident. */
	brand?: string;
	/** The user's rewrites of the built-in templates, per template and tone. */
	templates?: TemplateOverrides;
	/** Rewrites for drafts in one language only (e.g. a Turkish wording when Language is auto), laid over `templates`. */
	templatesByLanguage?: Partial<Record<TemplateLanguage, TemplateOverrides>>;
	/**
	 * How often the case promises a public update (e.g. 30m, 1h; default 1h), for {{nextUpdate}}. Only the
	 * first draft of a case uses it: its promise stands on the case until the time has passed.
	 */
	nextUpdateEvery?: string;
	/** For {{deadline}} and {{nextUpdate}}: the calendar and time zone the case's deadlines follow. */
	deadlines?: DeadlinePolicyInput;
	/** For {{issue}}: what went wrong in the user's words; default from the case's top complaint category. */
	issue?: string;
	supportEmail?: string;
	supportPhone?: string;
	/** The account people should DM, e.g. @AcmeHelp. */
	dmHandle?: string;
}
