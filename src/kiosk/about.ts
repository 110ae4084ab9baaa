// The centre's « À propos » as the tablet last received it (with the centre, at enrolment and in
// each pull); nothing on a device that is not enrolled (a phone that opened a guide from a QR code).
import type { CentreAbout } from '../shared/reference';

export async function loadCentreAbout(): Promise<CentreAbout & { name?: string }> {
  const { getEnrolment } = await import('../device/enrolment');
  const enrolment = await getEnrolment();
  if (!enrolment) return {};
  return { name: enrolment.centre.name, ...(enrolment.centre.about ?? {}) };
}
