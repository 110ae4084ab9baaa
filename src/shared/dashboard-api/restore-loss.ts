// The dashboard API's « Perdu par la restauration du … » block (GET /devices, `restoreLoss`), typed
// once: server/backup/losses.ts computes it and the dashboard's tablets page shows it.

export interface RestoreLoss {
  restoredAt: string;
  backupTakenAt: string | null;
  tablets: {
    deviceId: string;
    name: string;
    /** Changes acknowledged after the backup; null when nobody knows yet (tablet not back, old base unreadable). */
    sentAfterBackup: number | null;
    returned: number;
    lostContacts: number;
    cameBack: boolean;
    /** Enrolled after the backup, so unknown to the restored base: enrolled again, then re-pushed. */
    reEnrolled: boolean;
  }[];
}
