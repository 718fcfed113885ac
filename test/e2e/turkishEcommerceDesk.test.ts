import { DateTime } from 'luxon';

import { ChatStandIn } from './harness/chatStandIn';
import { FeedStandIn } from './harness/feedStandIn';
import { decodeHeader, mailBody } from './harness/mailBody';
import { expectSucceeded, output, runManually } from './harness/manualRun';
import { type N8nRest, setParameters, useCredential } from './harness/n8nRest';
import { SmtpStandIn } from './harness/smtpStandIn';
import { ownerRest } from './harness/ownerSession';
import { fillSettings } from './harness/templateSettings';

const ID = 'CrisisDeskTurkishDesk';

interface RoutedJson {
	link?: string;
	url: string;
	case: {
		caseId: string;
		level: string;
		owner: { person: string; team: string; email: string };
		deadlines: { firstResponseDue: string; timeZone: string; roundTheClock: boolean };
	};
	reply: { text: string };
	firstResponseLocal: string;
}

describe('template: Turkish e-commerce desk, run in a real n8n against a loopback Turkish feed, chat and SMTP', () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let chat: ChatStandIn;
	let feeds: FeedStandIn;

	beforeAll(async () => {
		// Logged in first: a failed login then leaves no stand-in running.
		rest = await ownerRest();
		[smtp, chat, feeds] = await Promise.all([
			SmtpStandIn.start(),
			ChatStandIn.start(),
			FeedStandIn.start({
				'/tr.xml': [
					{
						title: 'Acme kargom gelmedi',
						link: 'https://forum.example.com.tr/kargo',
						secondsAgo: 600,
						description:
							'Acme siparişim 5 gündür gelmedi, kargo takip numarası çalışmıyor, müşteri hizmetleri cevap vermiyor. Rezalet!',
					},
					{
						title: 'Acme iade',
						link: 'https://forum.example.com.tr/iade',
						secondsAgo: 900,
						description:
							'Acme iade ettiğim ürünün parası hâlâ yatmadı, iki haftadır oyalıyorlar, dolandırıcılık bu',
					},
					{
						title: 'Acme memnun',
						link: 'https://forum.example.com.tr/memnun',
						secondsAgo: 1200,
						description: 'Acme siparişim hızlı geldi, çok memnun kaldım, teşekkürler',
					},
				],
			}),
		]);
		const smtpId = await rest.createCredential('smtp', 'SMTP (turkish desk e2e)', {
			user: 'desk',
			password: 'secret',
			host: '127.0.0.1',
			port: smtp.port,
			secure: false,
			disableStartTls: true,
		});
		await rest.editWorkflow(ID, (workflow) => {
			fillSettings(workflow, { chatWebhookUrl: chat.url });
			setParameters(workflow, 'Turkish Feeds', {
				feedUrls: feeds.feedUrl('/tr.xml'),
				options: { deduplicate: false },
			});
			useCredential(workflow, 'E-mail the Team', 'smtp', smtpId);
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), chat?.stop(), feeds?.stop()]);
	});

	it('routes the cargo complaint to the cargo team and the refund one to the refund team, in Turkish, on Istanbul hours', async () => {
		const run = await runManually(rest, ID);
		expectSucceeded(run);
		expect(output(run, 'Turkish Feeds')).toHaveLength(3);
		expect(output(run, 'Needs a Reply', 1).map((mention) => mention.url)).toEqual([
			'https://forum.example.com.tr/memnun',
		]);

		const routed = output(run, 'Take Private') as unknown as RoutedJson[];
		const byUrl = new Map(routed.map((item) => [item.url, item]));
		const cargo = byUrl.get('https://forum.example.com.tr/kargo');
		const refund = byUrl.get('https://forum.example.com.tr/iade');
		expect(cargo?.case.owner).toMatchObject({
			team: 'kargo',
			person: 'zeynep',
			email: 'kargo@example.com.tr',
		});
		expect(refund?.case.owner).toMatchObject({
			team: 'iade',
			person: 'emre',
			email: 'iade@example.com.tr',
		});

		for (const item of [cargo, refund] as RoutedJson[]) {
			expect(item.reply.text).toContain('@AcmeDestek');
			expect(item.reply.text).toContain(item.case.caseId);
			expect(item.reply.text).toMatch(/üzgünüz|özür/);
			const deadlines = item.case.deadlines;
			expect(deadlines.timeZone).toBe('Europe/Istanbul');
			if (!deadlines.roundTheClock) {
				// Business-hours clocks end inside Mon–Sat 09:00–18:00 Istanbul time.
				const due = DateTime.fromISO(deadlines.firstResponseDue).setZone('Europe/Istanbul');
				expect(due.weekday).toBeLessThanOrEqual(6);
				expect(due.hour * 60 + due.minute).toBeGreaterThanOrEqual(9 * 60);
				expect(due.hour * 60 + due.minute).toBeLessThanOrEqual(18 * 60);
			}
		}

		const mails = await smtp.waitFor(2);
		expect(mails).toHaveLength(2);
		for (const [item, address] of [
			[cargo, 'kargo@example.com.tr'],
			[refund, 'iade@example.com.tr'],
		] as Array<[RoutedJson, string]>) {
			const mail = mails.find((candidate) => candidate.to.includes(address));
			expect(decodeHeader(mail?.subject ?? '')).toMatch(
				new RegExp(
					`^\\[Kriz Masası\\] \\[${item.case.level.toUpperCase()}\\] .*\\(${item.case.caseId}\\)$`,
				),
			);
			const body = mailBody(mail?.raw ?? '');
			expect(body).toContain(`İlk yanıt için son: ${item.firstResponseLocal}`);
			expect(body).toContain(`Ekip: ${item.case.owner.team}`);
		}

		expect(chat.messages).toHaveLength(2);
		const texts = chat.messages.map((message) => ChatStandIn.blockTexts(message).join('\n'));
		expect(texts.some((text) => text.includes('kargo takip numarası çalışmıyor'))).toBe(true);
		expect(texts.some((text) => text.includes('parası hâlâ yatmadı'))).toBe(true);
	});
});
