import { LoopbackServer } from '../../engine/harness/loopbackServer';

export interface FeedItem {
	title: string;
	link: string;
	description: string;
	secondsAgo: number;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rss(items: FeedItem[]): string {
	const entries = items.map(
		(item) =>
			`<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid>${escapeXml(item.link)}</guid>` +
			`<pubDate>${new Date(Date.now() - item.secondsAgo * 1000).toUTCString()}</pubDate><description>${escapeXml(item.description)}</description></item>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Alerts</title><link>https://alerts.example</link>${entries.join('')}</channel></rss>`;
}

/** RSS 2.0 feeds (Google Alerts, news, forums) on loopback: one path per feed. */
export class FeedStandIn {
	private constructor(private readonly server: LoopbackServer) {}

	static async start(feeds: Record<string, FeedItem[]>): Promise<FeedStandIn> {
		const server = await LoopbackServer.start();
		server.route((request) => {
			const items = feeds[request.path];
			return items
				? { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(items) }
				: undefined;
		});
		return new FeedStandIn(server);
	}

	/** How many times a feed was read (each poll reads it once). */
	requestCount(path: string): number {
		return this.server.requests.filter((request) => request.path === path).length;
	}

	feedUrl(path: string): string {
		return `${this.server.url}${path}`;
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}
