// Runs on every page: stays tiny until a field is used.
export {};
