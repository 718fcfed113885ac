import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options a tool declares, in the shape `util.parseArgs` takes. */
export type OptionDeclarations = NonNullable<ParseArgsConfig['options']>;

type StrictConfig<T extends OptionDeclarations> = {
	args: string[];
	options: T;
	strict: true;
	allowPositionals: false;
};
type OptionValues<T extends OptionDeclarations> = ReturnType<
	typeof parseArgs<StrictConfig<T>>
>['values'];

/** The values read, or why the command line was refused, followed by the usage. */
export type CommandLine<T extends OptionDeclarations> =
	{ values: OptionValues<T> } | { refusal: string };

/**
 * Reads a tool's command line with `util.parseArgs`, strictly: declared options only, as `--name value` or
 * `--name=value`, and no other arguments. A refusal names the argument at fault in the tools' own words.
 */
export function parseCommandLine<T extends OptionDeclarations>(
	argv: readonly string[],
	options: T,
	usage: string,
): CommandLine<T> {
	try {
		return {
			values: parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values,
		};
	} catch (error) {
		if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) throw error;
		return { refusal: `${faultyArgument(argv, options) ?? (error as Error).message}\n${usage}` };
	}
}

/**
 * The first argument the strict parse refuses, found in the tokens of a lenient parse (which keeps them
 * all): a positional, an undeclared option, a value missing or given to a switch.
 */
function faultyArgument(argv: readonly string[], options: OptionDeclarations): string | undefined {
	const { tokens } = parseArgs({
		args: [...argv],
		options,
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	for (const token of tokens) {
		if (token.kind === 'positional') return `unexpected argument ${token.value}`;
		if (token.kind !== 'option') continue;
		const declared = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
		if (declared === undefined) return `unknown option ${token.rawName}`;
		if (declared.type === 'boolean' && token.value !== undefined)
			return `option ${token.rawName} takes no value`;
		// Like the strict parse: a separate value that looks like an option is taken for a forgotten one.
		const missing =
			token.value === undefined ||
			(!token.inlineValue && token.value.length > 1 && token.value.startsWith('-'));
		if (declared.type === 'string' && missing) return `option ${token.rawName} needs a value`;
	}
	return undefined;
}
