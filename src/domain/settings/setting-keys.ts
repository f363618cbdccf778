// The settings table's keys. Every row is part of the backup file.
export const SCHEDULER_KEY = 'scheduler';
export const THEME_KEY = 'theme';
export const DECK_LIMITS_KEY = 'deckLimits';
