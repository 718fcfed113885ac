// How the load report rounds its figures: megabytes to one decimal, seconds to the millisecond.

const MB = 1024 * 1024;

export function toMB(bytes: number): number {
	return Math.round((bytes / MB) * 10) / 10;
}

export function round3(value: number): number {
	return Math.round(value * 1000) / 1000;
}
