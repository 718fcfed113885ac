import fs from 'node:fs';
import path from 'node:path';

/** A recorded API answer from test/core/sources/fixtures, parsed. */
export const fixture = (name: string) =>
	JSON.parse(
		fs.readFileSync(path.join(__dirname, '../../core/sources/fixtures', name), 'utf8'),
	) as unknown;
