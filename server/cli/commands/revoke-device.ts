// `revoke-device --device ID`: the tablet's next request answers 403 device_revoked and it wipes
// itself. `list-devices [--centre ID]`: the tablets, to find the id to revoke.
import { openRuntime } from '../../runtime';
import { listDevices, revokeDevice } from '../../services/devices';
import { parse, required, UsageError } from '../args';
import type { Command } from '../command';

export const revokeDeviceCommand: Command = {
  name: 'revoke-device',
  summary: 'retire une tablette (perdue, volée) : à sa prochaine connexion elle efface ses données',
  usage: 'revoke-device --device ID [--json]   (les identifiants : list-devices)',
  async run(argv) {
    const { values } = parse(argv, { device: { type: 'string' } });
    const deviceId = required(values.device, 'device');
    const deps = await openRuntime();
    try {
      const device = await revokeDevice(deps.database.db, deviceId, deps.now());
      if (!device) throw new UsageError(`Aucune tablette « ${deviceId} ». Voir « list-devices ».`);
      return {
        json: {
          id: device.id,
          name: device.name,
          centreId: device.centre_id,
          status: device.status,
          revokedAt: device.revoked_at,
        },
        text: `Tablette « ${device.name} » (${device.centre_id}) retirée le ${device.revoked_at}.\nÀ sa prochaine connexion, elle efface ses données et revient à l’inscription.`,
      };
    } finally {
      await deps.database.close();
    }
  },
};

export const listDevicesCommand: Command = {
  name: 'list-devices',
  summary: 'liste les tablettes inscrites (identifiant, centre, état, dernier contact)',
  usage: 'list-devices [--centre ID] [--json]',
  async run(argv) {
    const { values } = parse(argv, { centre: { type: 'string' } });
    const deps = await openRuntime();
    try {
      const devices = await listDevices(deps.database.db, values.centre as string | undefined);
      const rows = devices.map((d) => ({
        id: d.id,
        name: d.name,
        centreId: d.centre_id,
        status: d.status,
        lastSeq: d.last_seq,
        enrolledAt: d.enrolled_at,
        lastSeenAt: d.last_seen_at,
        revokedAt: d.revoked_at,
      }));
      const text = rows.length
        ? rows
            .map(
              (d) =>
                `${d.id}  ${d.centreId}  ${d.status === 'active' ? 'active ' : 'retirée'}  ${d.name}  (vue : ${d.lastSeenAt ?? 'jamais'})`,
            )
            .join('\n')
        : 'Aucune tablette inscrite.';
      return { json: { devices: rows }, text };
    } finally {
      await deps.database.close();
    }
  },
};
