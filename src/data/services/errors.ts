// What a screen tells the user when a query or command fails: storage's own wording, which
// knows quota, blocked upgrades and stale cards.
export { describeStorageError } from '../../storage/storage-errors';
