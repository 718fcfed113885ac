import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	from: string;
	to: string[];
	subject: string;
	raw: string;
}

function header(raw: string, name: string): string {
	const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw);
	return match ? match[1].replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

/** A real SMTP server on 127.0.0.1 (the `smtp-server` package): n8n's Send Email node delivers to it. */
export class SmtpStandIn {
	readonly mails: ReceivedMail[] = [];
	private server!: SMTPServer;

	static async start(): Promise<SmtpStandIn> {
		const standIn = new SmtpStandIn();
		standIn.server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onAuth: (_auth, _session, callback) => callback(null, { user: 'e2e' }),
			onData: (stream, session, callback) => {
				const chunks: Buffer[] = [];
				stream.on('data', (chunk: Buffer) => chunks.push(chunk));
				stream.on('end', () => {
					const raw = Buffer.concat(chunks).toString('utf8');
					standIn.mails.push({
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
						subject: header(raw, 'Subject'),
						raw,
					});
					callback();
				});
			},
		});
		await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
		return standIn;
	}

	get port(): number {
		return (this.server.server.address() as AddressInfo).port;
	}

	async waitFor(count: number, timeoutMs = 30000): Promise<ReceivedMail[]> {
		const started = Date.now();
		while (this.mails.length < count && Date.now() - started < timeoutMs) {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		return this.mails;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}
