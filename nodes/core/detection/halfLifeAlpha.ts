/** The per-step weight of an exponential average whose weight halves every `steps` steps. */
export function halfLifeAlpha(steps: number): number {
	return 1 - 2 ** (-1 / steps);
}
