/** One ingest path fed one hostile input. */
export interface BenchCase {
	path: string;
	input: string;
	/** Builds an input of about `bytes` bytes (not timed); returns its real size and the timed call. */
	prepare: (bytes: number) => { bytes: number; run: () => unknown };
	/** The path's documented answer to a bad input (an error that names the problem): not a failure. */
	rejectsWith?: new (...args: never[]) => Error;
}
