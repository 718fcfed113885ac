import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Record = Map<string, { file: string; hash: string; versionId: string | null }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readRecord, writeRecord, recordPath } =
	require('../../../scripts/startup/templateRecord.cjs') as {
		readRecord(folder: string): Record;
		writeRecord(folder: string, record: Record): void;
		recordPath(folder: string): string;
	};

describe('the record of imported templates', () => {
	let folder: string;
	beforeEach(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-record-'));
	});
	afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

	it('reads back what it wrote, unfinished imports included, and leaves no temporary file', () => {
		const record: Record = new Map([
			['CrisisDeskQuickStart', { file: '01-quick-start.json', hash: 'a1', versionId: 'v1' }],
			['CrisisDeskIntake', { file: '07-webhook-intake.json', hash: 'b2', versionId: null }],
		]);
		writeRecord(folder, record);
		expect(readRecord(folder)).toEqual(record);
		expect(fs.readdirSync(folder)).toEqual([path.basename(recordPath(folder))]);
	});

	it('counts a missing or damaged record as none, so that nothing already in n8n is replaced', () => {
		expect(readRecord(folder).size).toBe(0);
		fs.writeFileSync(
			recordPath(folder),
			'{"templates": {"Quick": {"hash": "a1", "versionId": "v1"}',
		);
		expect(readRecord(folder).size).toBe(0);
	});

	it('keeps ids such as __proto__ as plain keys', () => {
		fs.writeFileSync(
			recordPath(folder),
			'{"templates": {"__proto__": {"file": "x.json", "hash": "a1", "versionId": "v1"}}}',
		);
		const record = readRecord(folder);
		expect([...record.keys()]).toEqual(['__proto__']);
		writeRecord(folder, record);
		expect(readRecord(folder).get('__proto__')).toEqual({
			file: 'x.json',
			hash: 'a1',
			versionId: 'v1',
		});
	});
});
