import { nestedErrorJson, nestedErrorValue } from '../hostileText';
import { jsonBytes } from './inputSize';

/** An API error body as the fetch hands it over (parsed JSON, or raw text), and its size as sent. */
export interface HostileBody {
	input: string;
	make: (bytes: number) => { body: unknown; bytes: number };
}

export const asBody = (body: unknown) => ({ body, bytes: jsonBytes(body) });
// JSON.stringify cannot walk this deep (it recurses): the size is the raw text's.
export const nestedBody = (bytes: number) => ({
	body: nestedErrorValue(bytes),
	bytes: Buffer.byteLength(nestedErrorJson(bytes)),
});
