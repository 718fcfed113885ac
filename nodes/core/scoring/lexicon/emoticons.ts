import type { LexiconEntry } from './LexiconEntry';
import { EMOJI_VALENCES } from './afinn';
import { weighted } from './weighted';

/** Emoji (valences from the `sentiment` package) and text emoticons; language-neutral, in every lexicon. */
export const EMOTICONS: readonly LexiconEntry[] = [
	...Object.entries(EMOJI_VALENCES).map(([phrase, valence]) => ({ phrase, valence })),
	...weighted(2, [':)', ':-)', ':d', ':-d', '=)', ';)', ';-)']),
	...weighted(-2, [':(', ':-(', ":'(", '=(', ':/', ':-/']),
	...weighted(-3, ['😡', '🤬', '😤', '👎', '🤮', '🤢', '💩']),
	...weighted(-2, ['😠', '🙄', '😒', '😞', '😔', '😣', '😫', '😩', '😢', '😭']),
];
