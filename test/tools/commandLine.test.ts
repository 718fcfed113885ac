import { parseCommandLine } from '../../tools/commandLine';

const OPTIONS = {
	input: { type: 'string', multiple: true },
	poll: { type: 'string', default: '10m' },
	verbose: { type: 'boolean' },
} as const;
const USAGE = 'usage: tool [--input FILE]… [--poll 10m] [--verbose]';

describe('parseCommandLine', () => {
	it('reads --name value and --name=value alike, repeats where declared, and fills in defaults', () => {
		expect(
			parseCommandLine(['--input', 'a.jsonl', '--input=b.jsonl', '--verbose'], OPTIONS, USAGE),
		).toEqual({
			values: { input: ['a.jsonl', 'b.jsonl'], poll: '10m', verbose: true },
		});
		expect(parseCommandLine(['--poll=1h'], OPTIONS, USAGE)).toEqual({ values: { poll: '1h' } });
	});

	it.each([
		[['--frobnicate', '1'], 'unknown option --frobnicate'],
		[['-x'], 'unknown option -x'],
		[['stray.jsonl'], 'unexpected argument stray.jsonl'],
		[['--input', 'a', '--', 'b'], 'unexpected argument b'],
		[['--poll'], 'option --poll needs a value'],
		[['--input', '--verbose'], 'option --input needs a value'],
		[['--verbose=yes'], 'option --verbose takes no value'],
	])('refuses %p, naming the argument at fault, followed by the usage', (argv, problem) => {
		expect(parseCommandLine(argv, OPTIONS, USAGE)).toEqual({ refusal: `${problem}\n${USAGE}` });
	});

	it('takes a value that starts with a dash when it is given inline', () => {
		expect(parseCommandLine(['--input=-.jsonl'], OPTIONS, USAGE)).toEqual({
			values: { input: ['-.jsonl'], poll: '10m' },
		});
	});
});
