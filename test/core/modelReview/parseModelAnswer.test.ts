import {
	MAX_ANSWER_CHARACTERS,
	parseModelAnswer,
} from '../../../nodes/core/modelReview/parseModelAnswer';

describe('parseModelAnswer', () => {
	it('reads a JSON array, in a ```json fence or not, or an object holding only that array', () => {
		expect(parseModelAnswer('[{"id":"m1"}]')).toEqual({ entries: [{ id: 'm1' }] });
		expect(parseModelAnswer('```json\n[{"id":"m1"}]\n```')).toEqual({ entries: [{ id: 'm1' }] });
		expect(parseModelAnswer('  ```\n[]\n```  ')).toEqual({ entries: [] });
		expect(parseModelAnswer('{"results":[{"id":"m2"}]}')).toEqual({ entries: [{ id: 'm2' }] });
	});

	it('refuses prose, a bare object, two fields and an answer over the size cap', () => {
		expect(parseModelAnswer('Sure! Here is the JSON: [1]')).toEqual({
			refusal: 'answer is not JSON',
		});
		expect(parseModelAnswer('{"id":"m1"}')).toEqual({ refusal: 'answer is not a JSON array' });
		expect(parseModelAnswer('{"a":[],"b":[]}')).toEqual({ refusal: 'answer is not a JSON array' });
		expect(parseModelAnswer('"[]"')).toEqual({ refusal: 'answer is not a JSON array' });
		expect(parseModelAnswer(`[${' '.repeat(MAX_ANSWER_CHARACTERS)}]`)).toEqual({
			refusal: `answer longer than ${MAX_ANSWER_CHARACTERS} characters`,
		});
	});
});
