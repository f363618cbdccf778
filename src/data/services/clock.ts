// Screens read the time here. The clock itself sits in src/storage/clock.ts, below the workers,
// so that a worker's figures and the page's agree on the study day.
export { readClock, readStudyDay, readTimezoneOffset, readWakeDelay } from '../../storage/clock';
