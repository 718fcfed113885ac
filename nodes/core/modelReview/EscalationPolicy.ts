import type { CategoryName } from '../scoring/CrisisScore';

/**
 * When a mention goes to the language model: where the lexicon is unsure or the stakes are high. Each
 * rule can be switched off; none sends everything unless `everything` is set.
 *
 * The defaults were chosen on the English airline and Turkish e-commerce development sets (the
 * `escalation-rate` command): they send about one mention in ten. Praise-and-blame texts the lexicon
 * called neutral and negators in texts it did not call negative are wrong about half the time or more,
 * so they go; a risk within 3 points of a threshold or a weak score were wrong about one time in ten and
 * two in five, and sent up to a fifth of all mentions, so near-threshold is narrowed to 1 point and weak
 * sentiment is off.
 */
export interface EscalationPolicy {
	/** Risk points either side of a level threshold (medium, high, critical) within which the level is a close call; 0: off. */
	nearThreshold: number;
	/** Sentiment score points from a label's cut-off within which a text with lexicon words is a close call; 0: off. */
	weakSentiment: number;
	/** Praise and blame in one text that cancelled out to neutral. */
	mixedSentiment: boolean;
	/** A negator ("not", "never", "değil") in a text the lexicon did not call negative. */
	negators: boolean;
	/** Irony markers ("oh great", "thanks for nothing", 🙄, "/s", a word in scare quotes). */
	ironyMarkers: boolean;
	/** A text in a language the lexicon does not score. */
	unsupportedLanguage: boolean;
	/** Reach (0–100, the crisis score's `reach`) at or above which any mention goes; 0: off. */
	reachAtLeast: number;
	/** Categories the lexicon found whose mentions always go. */
	highStakesCategories: CategoryName[];
	/** Every mention goes (within the budget). */
	everything: boolean;
}

export const DEFAULT_ESCALATION_POLICY: Readonly<EscalationPolicy> = Object.freeze({
	nearThreshold: 1,
	weakSentiment: 0,
	mixedSentiment: true,
	negators: true,
	ironyMarkers: true,
	unsupportedLanguage: true,
	reachAtLeast: 75,
	highStakesCategories: Object.freeze([
		'legal',
		'safety',
		'fraud',
		'discrimination',
	]) as unknown as CategoryName[],
	everything: false,
});
