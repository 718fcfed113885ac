import { LoopbackServer, type RecordedRequest } from '../../engine/harness/loopbackServer';

export const GRAPH_VERSION = 'v25.0';

export interface InstagramComment {
	id: string;
	username: string;
	text: string;
	minutesAgo: number;
}

/** Instagram's timestamp format (`+0000`, whole seconds). */
function igTime(minutesAgo: number): string {
	return new Date(Math.floor((Date.now() - minutesAgo * 60_000) / 1000) * 1000).toISOString().replace('.000Z', '+0000');
}

/**
 * The Instagram Graph API on loopback, in its documented shapes: the professional account's media
 * (`/{ig-user-id}/media`), each post's comments with their first replies (`/{media-id}/comments`) and
 * the posts tagging the account (`/{ig-user-id}/tags`). Times are relative to now.
 */
export class InstagramStandIn {
	private constructor(private readonly server: LoopbackServer) {}

	static async start(account: { id: string; username: string }, media: { id: string; caption: string; comments: InstagramComment[] }): Promise<InstagramStandIn> {
		const server = await LoopbackServer.start();
		server.route((request) => {
			const edge = request.path.replace(`/${GRAPH_VERSION}/`, '');
			if (edge === `${account.id}/media`) {
				return {
					body: {
						data: [{ id: media.id, caption: media.caption, permalink: `https://www.instagram.com/p/${media.id}/`, timestamp: igTime(120), username: account.username, comments_count: media.comments.length, like_count: 40 }],
						paging: { cursors: { before: 'QmVmb3Jl', after: 'QWZ0ZXI' } },
					},
				};
			}
			if (edge === `${media.id}/comments`) {
				return {
					body: {
						data: media.comments.map((comment) => ({
							id: comment.id,
							text: comment.text,
							timestamp: igTime(comment.minutesAgo),
							username: comment.username,
							like_count: 1,
							from: { id: `user-${comment.id}`, username: comment.username },
						})),
						paging: { cursors: { before: 'QmVmb3Jl', after: 'QWZ0ZXI' } },
					},
				};
			}
			if (edge === `${account.id}/tags`) return { body: { data: [] } };
			return undefined;
		});
		return new InstagramStandIn(server);
	}

	/** What n8n's Facebook Graph API credential points at: the address with the API version. */
	get baseUrl(): string {
		return `${this.server.url}/${GRAPH_VERSION}`;
	}

	get requests(): RecordedRequest[] {
		return this.server.requests;
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}
