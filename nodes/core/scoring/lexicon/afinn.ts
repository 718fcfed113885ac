/**
 * AFINN-165 word valences and the emoji valences that ship inside the `sentiment` package (a runtime
 * dependency). Read as data so the scorer can tokenise once and look words up itself.
 */
const afinnWords: Readonly<Record<string, number>> = require('sentiment/languages/en/labels.json');
const emojiValences: Readonly<Record<string, number>> = require('sentiment/build/emoji.json');

export const AFINN_WORDS = afinnWords;
export const EMOJI_VALENCES = emojiValences;
