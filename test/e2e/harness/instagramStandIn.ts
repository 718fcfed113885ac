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
	return new Date(Math.floor((Date.now() - minutesAgo * 60_000) / 1000) * 1000)
		.toISOString()
		.replace('.000Z', '+0000');
}

/** Meta's answer to a missing or wrong access token (OAuthException, code 190). */
const INVALID_TOKEN = {
	status: 400,
	body: {
		error: {
			message: 'Invalid OAuth access token - Cannot parse access token',
			type: 'OAuthException',
			code: 190,
			fbtrace_id: 'AWx2e2eTrace',
		},
	},
};

/**
 * The Instagram Graph API on loopback, in its documented shapes: the token's own user (`/me`, what the
 * credential's Test asks), the professional account's media (`/{ig-user-id}/media`), each post's
 * comments with their first replies (`/{media-id}/comments`) and the posts tagging the account
 * (`/{ig-user-id}/tags`). Only the given access token is accepted. Times are relative to now.
 */
export class InstagramStandIn {
	private constructor(private readonly server: LoopbackServer) {}

	static async start(
		token: string,
		account: { id: string; username: string },
		media: { id: string; caption: string; comments: InstagramComment[] },
	): Promise<InstagramStandIn> {
		const server = await LoopbackServer.start();
		server.route((request) => {
			if (request.query.get('access_token') !== token) return INVALID_TOKEN;
			const edge = request.path.replace(`/${GRAPH_VERSION}/`, '');
			if (edge === 'me') return { body: { id: '105000000000000', name: 'Acme' } };
			if (edge === `${account.id}/media`) {
				return {
					body: {
						data: [
							{
								id: media.id,
								caption: media.caption,
								permalink: `https://www.instagram.com/p/${media.id}/`,
								timestamp: igTime(120),
								username: account.username,
								comments_count: media.comments.length,
								like_count: 40,
							},
						],
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

	/** What the Meta Graph API credential's Base URL points at: the address with the API version. */
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
