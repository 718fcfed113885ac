/**
 * The node parameter a core field name stands for, as the user sees it in the editor; undefined when the
 * field is on the input item instead (mention.*, case.*, incident event.*, item).
 */
export function settingLabel(field: string): string | undefined {
	const indexed = /^(rules|rota|people)\[(\d+)\]\.?(.*)$/.exec(field);
	if (indexed) {
		const [, list, position, rest] = indexed;
		const where = {
			rules: 'Routing Rules › rule',
			rota: 'On-Call Rota › shift',
			people: 'Team Members › member',
		}[list as 'rules'];
		return `${where} ${Number(position) + 1}${rest ? ` › ${LABELS[`${list}.${rest}`] ?? rest}` : ''}`;
	}
	const target = /^targets\.(\w+)\.(firstResponse|resolution)$/.exec(field);
	if (target)
		return `Deadline Policy › ${capitalise(target[1])}: ${target[2] === 'firstResponse' ? 'First Response' : 'Resolution'}`;
	const poll = /^pollIntervals\.(\w+)$/.exec(field);
	if (poll) return `Watch Options › Poll Interval: ${capitalise(poll[1])}`;
	const template = /^templates\.(\w+)(?:\.(\w+))?$/.exec(field);
	if (template)
		return `Template Overrides › ${template[1]}${template[2] ? ` (${template[2]})` : ''}`;
	if (/^holidays(\[\d+\])?$/.test(field)) return 'Deadline Policy › Holidays';
	if (field.startsWith('defaultRoute')) return DEFAULT_ROUTE[field] ?? 'Default Team';
	return LABELS[field];
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

const DEFAULT_ROUTE: Record<string, string> = {
	defaultRoute: 'Default Team',
	'defaultRoute.team': 'Default Team',
	'defaultRoute.owner': 'Default Owner',
	'defaultRoute.escalationChain': 'Default Escalation Chain',
	'defaultRoute.authority': 'Default Authority',
};

const LABELS: Record<string, string> = {
	timeZone: 'Time Zone',
	'businessHours.start': 'Deadline Policy › Business Hours Start',
	'businessHours.end': 'Deadline Policy › Business Hours End',
	'businessHours.days': 'Deadline Policy › Business Days',
	targets: 'Deadline Policy',
	roundTheClock: 'Deadline Policy › Round-the-Clock Levels',
	trendWindow: 'Assess Options › Trend Window',
	samples: 'Assess Options › Representative Mentions',
	maxKeywords: 'Watch Options › Max Keywords',
	maxHashtags: 'Watch Options › Max Hashtags',
	maxAuthors: 'Watch Options › Max Authors',
	minMentions: 'Watch Options › Min Mentions per Keyword',
	warningWindow: 'Warning Window',
	minLevel: 'Response Options › Minimum Level',
	tone: 'Tone',
	language: 'Language',
	via: 'Continue By',
	nextUpdateEvery: 'Message Options › Next Update Every',
	dmHandle: 'Message Options › DM Handle',
	supportEmail: 'Message Options › Support E-Mail',
	supportPhone: 'Message Options › Support Phone',
	approvalFrom: 'Assign Options › Approval Required From Level',
	mentionId: 'Mention ID',
	'rules.team': 'Team',
	'rules.owner': 'Owner',
	'rules.name': 'Name',
	'rules.levels': 'Levels',
	'rules.categories': 'Categories',
	'rules.languages': 'Languages',
	'rules.sources': 'Sources',
	'rules.escalationChain': 'Escalation Chain',
	'rules.authority': 'Authority',
	'rota.person': 'Person',
	'rota.team': 'Team',
	'rota.days': 'Days',
	'rota.from': 'From',
	'rota.to': 'To',
	'people.id': 'ID',
	'people.name': 'Name',
	'people.email': 'E-Mail',
	'people.handle': 'Handle',
	'people.authority': 'Authority',
};
