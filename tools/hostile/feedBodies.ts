import { grow } from './hostileText';

/** Feeds built to be slow to parse: unclosed elements repeated inside an item, and huge or escaped bodies. */
export interface HostileFeed {
	name: string;
	make: (bytes: number) => string;
}

const RSS_HEAD = '<?xml version="1.0"?><rss version="2.0"><channel><title>Acme news</title>';
const RSS_TAIL = '</channel></rss>';
const ITEM_HEAD =
	'<item><title>Acme outage</title><link>https://news.example/acme/1</link><guid>acme-1</guid><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate>';
const ATOM_HEAD =
	'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Acme alerts</title>';
/** A base whose resolution is as long as the parser honours, so every relative xml:base under it costs the most. */
const ATOM_BASE_HEAD = ATOM_HEAD.replace(
	'<feed ',
	`<feed xml:base="https://blog.example/${'d/'.repeat(1000)}" `,
);
const ENTRY_HEAD =
	'<entry><id>tag:alerts,1</id><title>Acme outage</title><updated>2025-03-10T11:45:00Z</updated>';

/** An RSS feed whose one item carries `inner` (grown to `bytes`) after its ordinary fields. */
function rssItemWith(unit: string, bytes: number, before = '', after = ''): string {
	const head = `${RSS_HEAD}${ITEM_HEAD}${before}`;
	return grow(unit, bytes, head, `${after}</item>${RSS_TAIL}`);
}

export const HOSTILE_FEEDS: readonly HostileFeed[] = [
	{ name: 'RSS: <title  × N in an item', make: (bytes) => rssItemWith('<title ', bytes) },
	{ name: 'RSS: <item  × N', make: (bytes) => grow('<item ', bytes, RSS_HEAD, RSS_TAIL) },
	{
		name: 'RSS: CDATA description of <p  × N + <br>',
		make: (bytes) =>
			rssItemWith('<p ', bytes, '<description><![CDATA[Acme ', '<br>]]></description>'),
	},
	{
		name: 'RSS: escaped description &lt;p  × N',
		make: (bytes) => rssItemWith('&lt;p ', bytes, '<description>Acme ', '&lt;br&gt;</description>'),
	},
	{
		name: 'RSS: one very long word in a description',
		make: (bytes) => rssItemWith('a', bytes, '<description>Acme ', '</description>'),
	},
	{ name: 'RSS: nested elements × N', make: (bytes) => rssItemWith('<x>', bytes) },
	{
		name: 'RSS: entity flood',
		make: (bytes) =>
			rssItemWith('&amp;&#x1F621;&lt;', bytes, '<description>Acme ', '</description>'),
	},
	{
		name: 'RSS: many small items',
		make: (bytes) => {
			const item = (index: number) =>
				`<item><title>Acme ${index}</title><link>https://news.example/acme/${index}</link><guid>g${index}</guid><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate><description>Acme &lt;b&gt;late&lt;/b&gt;</description></item>`;
			const count = Math.max(1, Math.floor(bytes / item(0).length));
			return `${RSS_HEAD}${Array.from({ length: count }, (_, index) => item(index)).join('')}${RSS_TAIL}`;
		},
	},
	{
		name: 'Atom: <link  × N in an entry',
		make: (bytes) => grow('<link ', bytes, `${ATOM_HEAD}${ENTRY_HEAD}`, '</entry></feed>'),
	},
	{ name: 'Atom: <entry  × N', make: (bytes) => grow('<entry ', bytes, ATOM_HEAD, '</feed>') },
	{
		name: 'Atom: nested xml:base × N above a link',
		make: (bytes) =>
			grow(
				'<x xml:base="a/">',
				bytes,
				`${ATOM_BASE_HEAD}${ENTRY_HEAD}`,
				'<link href="b"/></entry></feed>',
			),
	},
	{
		name: 'Atom: xml:base × N on siblings of a link',
		make: (bytes) =>
			grow(
				'<x xml:base="a/"/>',
				bytes,
				`${ATOM_BASE_HEAD}${ENTRY_HEAD}`,
				'<link href="b"/></entry></feed>',
			),
	},
	{
		name: 'RSS: items × N, each its own xml:base under a long one',
		make: (bytes) => {
			const item = (index: number) =>
				`<item xml:base="a${index}/"><guid>g${index}</guid><link>b</link><pubDate>Mon, 10 Mar 2025 11:45:00 +0000</pubDate></item>`;
			const count = Math.max(1, Math.floor(bytes / item(0).length));
			const head = RSS_HEAD.replace(
				'<channel>',
				`<channel xml:base="https://news.example/${'d/'.repeat(1000)}">`,
			);
			return `${head}${Array.from({ length: count }, (_, index) => item(index)).join('')}${RSS_TAIL}`;
		},
	},
];

/** A small well-formed feed: what a second, healthy feed of the same search returns. */
export const GOOD_FEED = `${RSS_HEAD}${ITEM_HEAD}<description>Acme refunds are late</description></item>${RSS_TAIL}`;
