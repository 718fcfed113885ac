/** Busiest around 18:00 UTC (US afternoon), quietest twelve hours later; mean 1 over the day. */
export function dayRhythm(minuteOfDay: number, contrast: number): number {
	const amplitude = Math.log(contrast) / 2;
	return (
		Math.exp(amplitude * Math.cos(((minuteOfDay / 60 - 18) / 24) * 2 * Math.PI)) /
		besselMean(amplitude)
	);
}

function besselMean(amplitude: number): number {
	let sum = 0;
	for (let step = 0; step < 96; step++)
		sum += Math.exp(amplitude * Math.cos((step / 96) * 2 * Math.PI));
	return sum / 96;
}
