/** A feed is read up to this many characters: real feeds are a few hundred kilobytes, podcast archives a few megabytes. */
export const MAX_FEED_CHARS = 5_000_000;
/** Entries after this many are not read: alert and news feeds carry tens, and each entry becomes work downstream. */
export const MAX_FEED_ENTRIES = 1_000;
