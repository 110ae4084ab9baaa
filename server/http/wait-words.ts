// A wait said in words that match the Retry-After header sent with it (issue 9: "the enrolment
// limit's message matches its Retry-After"): 30 → « 30 secondes », 180 → « 3 minutes ».
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}
