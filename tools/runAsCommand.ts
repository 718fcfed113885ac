/** Runs a tool's `main` when the file is started as a command; its exit code becomes the process's. */
export function runAsCommand(
	name: string,
	entry: NodeJS.Module,
	main: (argv: string[]) => Promise<number>,
): void {
	if (require.main !== entry) return;
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`${name}: ${(error as Error).stack ?? String(error)}\n`);
			process.exitCode = 1;
		},
	);
}
