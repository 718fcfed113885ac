'use strict';
// Keeps one core busy for the e2e run (see busyCores.cjs). It spins in slices of 100 ms and, between
// slices, ends itself once its time is up or once the process that started it is gone.
const seconds = Number(process.argv[2]);
const until = Date.now() + (Number.isFinite(seconds) ? seconds : 0) * 1000;
// The starter's pid comes as an argument: if it ended before this process ran, process.ppid would already be 1.
const parent = Number(process.argv[3]);

// Signal 0 only checks that the process exists.
function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function burnSlice() {
	const sliceEnd = Math.min(Date.now() + 100, until);
	while (Date.now() < sliceEnd) {
		// Spinning is the point: this process stands for other work competing for the core.
	}
	if (Date.now() >= until || !isAlive(parent)) process.exit(0);
	setImmediate(burnSlice);
}

burnSlice();
