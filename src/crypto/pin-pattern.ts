// The PIN's format alone (4 to 6 digits), apart from the verifiers in pin.ts: the kiosk's exit
// dialog checks it on its first screen without loading the verifiers' schemas.
export const PIN_PATTERN = /^\d{4,6}$/;
