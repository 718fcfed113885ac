import type { LexiconEntry } from './LexiconEntry';
import { weighted } from './weighted';

/**
 * English complaint lexicon, laid over AFINN-165. Written for what customers of any brand (airline, bank,
 * telco, shop, delivery, app) write when something went wrong, and what they write when it went right.
 */

/** AFINN words whose usual polarity misleads in customer messages: "please help", "customer care", "like". */
const NEUTRALISED_AFINN: LexiconEntry[] = weighted(0, [
	'please',
	'help',
	'want',
	'like',
	'care',
	'free',
	'united',
	'chance',
	'support',
	'save',
	'rescue',
	'reward',
	'fine',
	'pay',
	'god',
	'straight',
	'dear',
	'wish',
	'novel',
	'cut',
	'true',
	'top',
	'joke',
	'better',
	'hope',
	'hoping',
	'hopefully',
	'funny',
	'wow',
	'big',
	'yes',
	'award',
	'awards',
	'gold',
	'share',
	'assets',
	'vision',
	'eager',
]);

/** Laughter in a tweet is as often sarcasm about a mishap as it is joy. */
const LAUGHTER: LexiconEntry[] = weighted(1, ['lol', 'haha', 'hahaha', 'lmao', 'lmfao', 'rofl']);

const COMPLAINT_PHRASES: LexiconEntry[] = [
	...weighted(-4, ['never again', 'worst experience', 'worst customer service', 'worst service', 'stay away', 'do not buy', "don't buy", 'avoid at all costs']),
	...weighted(-3, [
		'still waiting', 'been waiting', 'still no', "still haven't", 'still not', 'still nothing', 'on hold', 'hung up', 'hang up',
		'no answer', 'no response', 'no reply', 'no one', 'nobody', 'no help', 'no refund', 'no explanation', 'no update', 'no updates',
		'no information', 'never received', 'never arrived', 'never got', 'never showed', 'never responded', 'never heard back',
		'not received', 'not arrived', "hasn't arrived", "didn't arrive", "didn't receive", 'not working', 'stopped working',
		"doesn't work", "does not work", "didn't work", "won't work", 'keeps crashing', 'out of service', 'down again',
		'charged twice', 'double charged', 'overcharged', 'hidden fees', 'rip off', 'ripoff', 'waste of time', 'waste of money',
		'false advertising', 'fed up', 'sick of', 'thanks for nothing', 'what a joke', 'unacceptable', 'stranded', 'incompetent',
		'incompetence', 'unprofessional', 'nightmare', 'disgrace', 'disgraceful', 'shameful', 'liars', 'lying', 'scammed', 'scammers',
		'furious', 'appalling', 'atrocious', 'dreadful', 'abysmal', 'horrendous', 'unbelievable', 'outrageous', 'inexcusable',
		"where is my", "where's my", 'wheres my', 'where is our', "where's our", "what's going on", 'what is going on', "what's up with",
		'what is up with', 'what happened to', 'a lie', 'lies', 'lied to', 'a joke', 'slowest', 'rudest', 'dirtiest', 'less than helpful',
		'falling apart', 'never fly', 'never use', 'never buy', 'never shop', 'never order', 'never book',
		'how hard is it', 'get your act together', 'do better', 'can do better', 'unusable', 'never ever again', 'fix this', 'fix it', 'runaround', 'run around', 'poor service', 'bad service', 'terrible service',
	]),
	...weighted(-2, [
		'delayed', 'delay', 'delays', 'cancelled', 'canceled', 'cancellation', 'cancellations', 'postponed', 'missed',
		'stuck', 'missing', 'damaged', 'broken', 'defective', 'faulty', 'wrong', 'lost', 'outage', 'crashed', 'crashes', 'crashing',
		'glitch', 'not happy', 'unhappy', 'disappointing', 'frustrating', 'frustrated', 'annoying', 'annoyed', 'upset', 'angry',
		'useless', 'unhelpful', 'clueless', 'ignored', 'ignoring', 'ignore', 'rude', 'disrespectful', 'hours', 'hrs', 'hour',
		'overbooked', 'oversold', 'bumped', 'downgraded', 'unable', 'impossible', 'refuse', 'refused', 'refuses', 'refusing',
		'mess', 'chaos', 'again', 'every time', 'smh', 'ugh', 'seriously', 'ridiculous', 'complaint', 'complain', 'complaining',
		'excuse', 'excuses', 'apology', 'sorry', 'wasted', 'waiting', 'waited', 'lack of', 'terrible', 'horrible', 'awful',
		'fail', 'failed', 'fails', 'failure', '#fail', 'worse', 'worst', 'sucks', 'suck', 'poor', 'bad',
		// What should have happened and did not; asking for a person instead of the bot or the hotline.
		'slow', 'slower', 'screw up', 'screwed up', 'screwed', 'messed up',
		'downhill', 'reconsider', 'reconsidering', 'understaffed', 'understaffing',
		'would have', 'should have', 'should be', 'talk to', 'speak to', 'speak with', 'real person', 'actual person', 'live person', 'a human',
	]),
	...weighted(-1, [
		'why', 'still', 'late', 'later', 'yet', 'wait', 'hold', 'minutes', 'mins', 'days', 'weeks', 'told', 'nothing', 'without',
		'refund', 'fee', 'fees', 'charged', 'tried', 'trying', 'issue', 'issues', 'problem', 'problems', 'call', 'calling', 'called',
		'reach', 'instead', 'supposed', 'because', 'bc', 'even', 'anyone', 'someone', 'sitting', 'paid', 'money', 'twice',
		'down', 'fix', 'bug', 'glitch',
	]),
];

/** Thanks are praise on their own and a formula inside a complaint ("thanks, but my bag is still lost"). */
function polite(valence: number, phrases: readonly string[]): LexiconEntry[] {
	return phrases.map((phrase) => ({ phrase, valence, polite: true }));
}

const PRAISE_PHRASES: LexiconEntry[] = [
	...polite(4, ['thank you so much', 'thanks so much']),
	...polite(3, ['thank you', 'thanks', 'thanks again', 'thank you again', 'thx', 'thnx', 'thanx', 'tyvm', 'ty', 'many thanks', 'appreciate', 'appreciated', 'appreciate it', 'much appreciated', 'grateful', 'thankful']),
	...weighted(4, ['highly recommend', 'above and beyond', 'best service', 'great service', 'great job', 'great customer service', 'well done']),
	...weighted(3, ["can't wait", 'cant wait', 'killed it', 'fav', 'kudos', 'shout out', 'shoutout', 'props', 'favorite', 'favourite', 'fave', 'adore', 'you rock', 'rocks', 'rocked', 'friendliest', 'nicest', 'kindest', 'accommodating', 'congrats', 'congratulations', 'impressed', 'made my day', 'saved the day', 'lifesaver', 'life saver', 'yay', 'love', 'loved', 'loving', 'awesome', 'amazing', 'fantastic', 'wonderful', 'excellent', 'great', 'best', 'perfect', 'outstanding', 'superb']),
	// Service restored: "working again" is good news whatever "again" usually means in a complaint.
	...weighted(3, ['working again', 'works again', 'back online', 'back up and running', 'up and running', 'quick fix', 'fixed it', 'sorted it']),
	...weighted(2, ['no problem', 'no problems', 'no issue', 'no issues', 'not a problem', 'on time', 'early', 'smooth', 'friendly', 'helpful', 'quick', 'quickly', 'fast', 'resolved', 'sorted', 'fixed', 'recommend', 'pleasant', 'comfortable', 'nice', 'good', 'happy', 'glad', 'pleased', 'enjoyed', 'enjoy']),
];

/** Wishes and giveaways: "would love to win a trip" hopes for something, it praises nothing yet. */
const WISHES: LexiconEntry[] = weighted(0, ["would love", "i'd love", 'id love', 'would be great', 'would be awesome', 'would be nice', 'would be lovely', 'win', 'winning', 'won', 'giveaway']);

/** Lukewarm verdicts damp the whole text towards neutral. */
const LUKEWARM: LexiconEntry[] = ['so-so', 'so so', 'meh', 'average', 'mediocre', 'not bad', 'decent', 'okay i guess', 'ok i guess'].map((phrase) => ({
	phrase,
	valence: 0,
	lukewarm: true,
}));

export const EN_LEXICON: readonly LexiconEntry[] = [...NEUTRALISED_AFINN, ...LAUGHTER, ...COMPLAINT_PHRASES, ...PRAISE_PHRASES, ...WISHES, ...LUKEWARM];

export const EN_NEGATORS: ReadonlySet<string> = new Set([
	'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'without', 'cannot', "can't", 'cant', "don't", 'dont', "didn't",
	'didnt', "doesn't", 'doesnt', "won't", 'wont', "isn't", 'isnt', "wasn't", 'wasnt', "aren't", 'arent', "weren't", "haven't",
	'havent', "hasn't", 'hasnt', "hadn't", "couldn't", 'couldnt', "wouldn't", 'wouldnt', "shouldn't",
]);

export const EN_INTENSIFIERS: ReadonlySet<string> = new Set([
	'very', 'so', 'really', 'extremely', 'totally', 'absolutely', 'completely', 'utterly', 'incredibly', 'super', 'too', 'most',
	'truly', 'seriously', 'beyond', 'such', 'highly', 'literally',
]);

export const EN_CONTRASTS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though']);

/** A question with one of these complains ("why is it always late?") instead of asking for information. */
export const EN_COMPLAINT_QUESTIONS: ReadonlySet<string> = new Set(['why', 'wtf', 'seriously', 'really']);
