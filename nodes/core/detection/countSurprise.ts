const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7). */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const shifted = x - 1;
	let sum = LANCZOS[0];
	for (let index = 1; index < LANCZOS.length; index++) sum += LANCZOS[index] / (shifted + index);
	const t = shifted + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln P(X = count) for a Poisson mean, or a negative binomial with variance mean + dispersion·mean². */
function logProbability(count: number, mean: number, dispersion: number): number {
	if (dispersion === 0) return count * Math.log(mean) - mean - logGamma(count + 1);
	const size = 1 / dispersion;
	return (
		logGamma(count + size) -
		logGamma(size) -
		logGamma(count + 1) +
		size * Math.log(size / (size + mean)) +
		count * Math.log(mean / (size + mean))
	);
}

/**
 * How surprising `count` mentions are when `mean` were expected: -log10 P(X ≥ count). 0 when the
 * count is not above the mean. The upper tail is summed term by term, which stays exact far out
 * in the tail where 1 − CDF would round to zero.
 */
export function countSurprise(count: number, mean: number, dispersion: number): number {
	if (!(mean > 0) || count <= mean) return 0;
	const first = logProbability(count, mean, dispersion);
	let term = 1;
	let sum = 1;
	for (let k = count; k < count + 100000; k++) {
		const ratio =
			dispersion === 0
				? mean / (k + 1)
				: ((k + 1 / dispersion) / (k + 1)) * (mean / (1 / dispersion + mean));
		term *= ratio;
		sum += term;
		if (term < sum * 1e-12) break;
	}
	const surprise = -(first + Math.log(sum)) / Math.LN10;
	return Math.max(0, surprise);
}
