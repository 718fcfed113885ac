import { ChatStandIn } from './harness/chatStandIn';
import { FeedStandIn } from './harness/feedStandIn';
import { hitsFrom, HackerNewsStandIn } from './harness/hackerNewsStandIn';
import { decodeHeader, mailBody } from './harness/mailBody';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import { type N8nRest, setParameters, useCredential } from './harness/n8nRest';
import { SmtpStandIn } from './harness/smtpStandIn';
import { ownerRest } from './harness/ownerSession';
import { fillSettings } from './harness/templateSettings';

const ID = 'CrisisDeskBrandWatch';

describe('template: Brand monitor → chat alert, run in a real n8n against loopback Hacker News, a feed, chat and SMTP', () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let chat: ChatStandIn;
	let hackerNews: HackerNewsStandIn;
	let feeds: FeedStandIn;

	beforeAll(async () => {
		const hits = hitsFrom(
			'hn',
			[
				'acme lost my data, this is a privacy breach and a scam, I am calling my lawyer',
				'acme support is slow but they answered eventually',
				'Tried the acme app today, it is fine',
			],
			(i) => 600 * (i + 1),
		);
		hits[0].points = 120;
		// Logged in first: a failed login then leaves no stand-in running.
		rest = await ownerRest();
		[smtp, chat, hackerNews, feeds] = await Promise.all([
			SmtpStandIn.start(),
			ChatStandIn.start(),
			HackerNewsStandIn.start(hits),
			FeedStandIn.start({
				'/alerts.xml': [
					{
						title: 'acme opens a new store',
						link: 'https://news.example/acme-store',
						description: 'acme opened a store downtown & shoppers came',
						secondsAgo: 4000,
					},
				],
			}),
		]);
		const smtpId = await rest.createCredential('smtp', 'SMTP (brand monitor e2e)', {
			user: 'desk',
			password: 'secret',
			host: '127.0.0.1',
			port: smtp.port,
			secure: false,
			disableStartTls: true,
		});
		await rest.editWorkflow(ID, (workflow) => {
			fillSettings(
				workflow,
				{ chatWebhookUrl: chat.url, digestEmail: 'social-team@example.com' },
				'settings.',
			);
			setParameters(workflow, 'Test Mentions', {
				options: { deduplicate: false, baseUrl: hackerNews.url },
			});
			setParameters(workflow, 'Digest: Hacker News', {
				options: { deduplicate: false, baseUrl: hackerNews.url },
			});
			setParameters(workflow, 'Digest: Google Alerts', { feedUrls: feeds.feedUrl('/alerts.xml') });
			useCredential(workflow, 'Digest E-mail', 'smtp', smtpId);
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), chat?.stop(), hackerNews?.stop(), feeds?.stop()]);
	});

	it('posts a brief of the high-risk mention to chat and e-mails the rest of the day as a digest', async () => {
		const run = await runManually(rest, ID);
		expectSucceeded(run);

		const hot = output(run, 'High or Critical');
		expect(hot.map((mention) => mention.id)).toEqual(['hackernews:hn0']);
		expect(chat.messages).toHaveLength(1);
		const [alert] = chat.messages;
		const level = (hot[0].crisis as { level: string }).level;
		expect(alert.text).toMatch(new RegExp(`^\\*Situation brief · CD-\\w+ \\(${level}\\)\\*`));
		expect(alert.text).toContain('privacy');
		const blocks = ChatStandIn.blockTexts(alert);
		expect(alert.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
		expect(blocks.join('\n')).toContain('Hacker News');
		expect(blocks.join('\n')).toContain('calling my lawyer');

		const [digest] = await smtp.waitFor(1);
		expect(smtp.mails).toHaveLength(1);
		expect(digest.to).toEqual(['social-team@example.com']);
		expect(decodeHeader(digest.subject)).toBe(
			'[Crisis Desk] Daily digest: 3 mentions of Acme (medium and low risk)',
		);
		const body = mailBody(digest.raw);
		expect(body).toContain('hn_user1 on hackernews: acme support is slow');
		expect(body).toContain('hn_user2 on hackernews: Tried the acme app today');
		expect(body).toContain('https://news.example/acme-store');
		expect(body).toContain('shoppers came');
		expect(body).not.toContain('calling my lawyer');
		expect(body).toContain('&amp; shoppers came');
	});
});
