'use strict';
// The one-line progress reports `npm start` prints while a long step runs.

/** "45 s", "3 min 05 s", "1 h 02 min". */
function formatDuration(ms) {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "850 MB", "2.4 GB". */
function formatBytes(bytes) {
	const mb = Math.max(0, bytes) / 1e6;
	return mb < 1000 ? `${Math.round(mb)} MB` : `${(mb / 1000).toFixed(1)} GB`;
}

/**
 * One progress line for a step that has been running for elapsedMs. A plain step says only that it still
 * runs. An npm install reports in two phases: while no package is unpacked yet (npm resolves the tree
 * and downloads package metadata), waitingNote and the disk space written so far; once packages appear,
 * how many, the bytes written since then against expectedBytes (about what the unpacking writes), and
 * the time left if the rate since unpacking began holds.
 * - unpacked: packages unpacked so far; bytesWritten: disk space the step has used so far;
 * - unpackingSince: { elapsedMs, bytesWritten } when the first package appeared.
 */
function describeProgress({
	label,
	elapsedMs,
	unpacked,
	bytesWritten,
	unpackingSince,
	expectedBytes,
	waitingNote,
}) {
	const elapsed = `${formatDuration(elapsedMs)} elapsed`;
	if (unpacked === undefined && bytesWritten === undefined)
		return `${label}: still running, ${elapsed}`;
	if (!unpacked || !unpackingSince) {
		const parts = [
			waitingNote,
			bytesWritten !== undefined ? `${formatBytes(bytesWritten)} written to disk` : undefined,
			elapsed,
		];
		return `${label}: ${parts.filter(Boolean).join(', ')}`;
	}
	const parts = [`${unpacked} packages unpacked`];
	const written = bytesWritten - unpackingSince.bytesWritten;
	const unpackingMs = elapsedMs - unpackingSince.elapsedMs;
	if (!expectedBytes) {
		parts.push(`${formatBytes(bytesWritten)} written to disk`, elapsed);
	} else if (written >= expectedBytes) {
		parts.push(
			`${formatBytes(written)} of ~${formatBytes(expectedBytes)} written`,
			elapsed,
			'finishing',
		);
	} else {
		parts.push(
			`${formatBytes(written)} of ~${formatBytes(expectedBytes)} written (${Math.floor((written / expectedBytes) * 100)} %)`,
			elapsed,
		);
		if (written > 0 && unpackingMs > 0)
			parts.push(
				`about ${formatDuration(((expectedBytes - written) * unpackingMs) / written)} left`,
			);
	}
	return `${label}: ${parts.join(', ')}`;
}

module.exports = { describeProgress, formatDuration, formatBytes };
