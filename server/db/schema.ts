// Row types of the server database, as migrations leave it.
import type { Generated } from 'kysely';
import type { FactsDB } from './facts-schema';

/** The figures' side tables (010) are in facts-schema.ts. */
export interface DB extends FactsDB {
  change_counter: { id: number; version: number };
  territories: { id: string; name: string };
  centres: {
    id: string;
    territory_id: string;
    name: string;
    commune: string;
    public_key: string;
    private_key_enc: string;
    settings: string;
    version: number;
    created_at: string;
    /** 006_centre_about: JSON {purpose?, funders?} written on the dashboard; null until then. */
    about: string | null;
  };
  agents: {
    id: string;
    centre_id: string;
    display_name: string;
    role: string;
    pin_verifier: string;
    version: number;
    deleted_at: string | null;
    created_at: string;
  };
  partners: {
    id: string;
    territory_id: string;
    name: string;
    data: string;
    version: number;
    deleted_at: string | null;
  };
  activities: { id: string; centre_id: string; data: string; version: number; deleted_at: string | null };
  content_versions: {
    version: number;
    bundle: string;
    etag: string;
    change_version: number;
    published_at: string;
    published_by: string | null;
  };
  devices: {
    id: string;
    centre_id: string;
    name: string;
    token_hash: string;
    last_seq: Generated<number>;
    status: 'active' | 'revoked';
    enrolled_at: string;
    last_seen_at: string | null;
    revoked_at: string | null;
    /** 008_itinerance: the last heartbeat a push carried (JSON, src/shared/heartbeat.ts) and when. */
    heartbeat: string | null;
    heartbeat_at: string | null;
  };
  device_commands: { id: string; device_id: string; command: string; created_at: string; version: number };
  enrol_codes: {
    code_hash: string;
    centre_id: string;
    expires_at: string;
    used_at: string | null;
    created_by: string | null;
    created_at: string;
  };
  records: {
    id: string;
    entity: string;
    centre_id: string;
    device_id: string;
    agent_id: string;
    rev: number;
    created_at: string;
    received_at: string;
    deleted: Generated<number>;
    data: string;
    retention_until: string | null;
  };
  contact_lookup: { hash: string; contact_id: string };
  quarantine: {
    id: Generated<number>;
    device_id: string;
    centre_id: string;
    seq: number;
    entity: string;
    payload: string;
    reason: string;
    received_at: string;
    status: Generated<string>;
    /** A reason the dashboard words in each language (migration 017), e.g. `restore_lost`. */
    reason_code: string | null;
    reason_epoch: string | null;
  };
  reviews: {
    record_id: string;
    state: string;
    comment: string | null;
    updated_by: string | null;
    updated_at: string;
  };
  follow_ups: {
    contact_id: string;
    status: string;
    due_date: string | null;
    assignee: string | null;
    comment: string | null;
    updated_at: string;
  };
  users: {
    id: string;
    login: string;
    name: string;
    password_hash: string;
    role: 'coordinator' | 'territory_coordinator' | 'admin';
    territory_id: string | null;
    disabled: Generated<number>;
    created_at: string;
  };
  user_centres: { user_id: string; centre_id: string };
  sessions: { id_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string };
  audit_log: {
    id: Generated<number>;
    at: string;
    user_id: string | null;
    action: string;
    record_id: string | null;
    detail: string | null;
    /** 003_dashboard: the centre the entry concerns (null: server-wide). */
    centre_id: string | null;
  };
  content_drafts: {
    kind: 'guide' | 'glossary';
    id: string;
    data: string | null;
    updated_by: string | null;
    updated_at: string;
  };
  rate_limits: { key: string; window_start: string; count: number };
  /** 002_sync: sync state, e.g. `tombstone_horizon` (the highest change version of a purged tombstone). */
  sync_meta: { key: string; value: string };
  /** 008_itinerance: planned permanences, published to tablets (data: src/shared/permanences.ts). */
  permanences: { id: string; centre_id: string; data: string; version: number; deleted_at: string | null };
  /** 008_itinerance: each centre's list of priority neighbourhoods, walked by the coverage page. */
  centre_neighbourhoods: { centre_id: string; name: string; qpv: Generated<number> };
  /** 009_sms: the queue of SMS the server sends (server/sms/). */
  sms_messages: {
    id: string;
    centre_id: string;
    contact_id: string | null;
    purpose: string;
    occasion: string;
    language: string;
    params: string;
    status: string;
    attempts: Generated<number>;
    send_after: string;
    claim_token: string | null;
    claimed_until: string | null;
    provider: string | null;
    provider_message_id: string | null;
    last_error: string | null;
    created_at: string;
    sent_at: string | null;
    updated_at: string;
  };
  sms_optouts: { centre_id: string; phone_hash: string; at: string };
  sms_outcomes: {
    message_id: string;
    centre_id: string;
    answer: string;
    institutions: string;
    sub_themes: string;
    guide_ids: string;
    at: string;
  };
  sms_replies: { id: string; centre_id: string; contact_id: string | null; text_enc: string; at: string };
  sms_settings: {
    centre_id: string;
    provider: string;
    config_enc: string | null;
    daily_cap: number;
    outcome_delay_days: number;
    updated_by: string | null;
    updated_at: string;
  };
  /** 011_restore_epoch: each restore from a backup; its epoch is sync_meta's `epoch` from then on. */
  restores: {
    epoch: string;
    previous_epoch: string | null;
    restored_at: string;
    backup_taken_at: string | null;
  };
  /** 011_restore_epoch: per restore and tablet, what the backup had, what the tablet had sent, what came back. */
  restore_devices: {
    epoch: string;
    device_id: string;
    centre_id: string;
    seq_in_backup: number;
    seq_before: number | null;
    acked_seq: number | null;
    resynced_at: string | null;
    returned: Generated<number>;
    lost_contacts: Generated<number>;
  };
  /** 004_hardening: ids erased at a person's request or at the end of retention, refused at push. */
  erased_records: { id: string; centre_id: string; entity: string; reason: string; erased_at: string };
  /** 012_instances: the last claimed run of each scheduled job (server/jobs/job-runs.ts). */
  job_runs: {
    job: string;
    slot: string;
    instance: string;
    started_at: string;
    lease_until: string;
    finished_at: string | null;
    outcome: string | null;
  };
}
