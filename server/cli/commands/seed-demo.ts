import { openRuntime } from '../../runtime';
import { type DemoResult, seedDemo } from '../../seed/demo';
import { describeContentSync, syncBuiltContent } from '../../services/content';
import { parse } from '../args';
import type { Command } from '../command';

export function describeDemo(demo: DemoResult): string {
  return [
    `Centre de démonstration : ${demo.centre.name} (${demo.centre.id})`,
    ...demo.agents.map((a) => `  Agent ${a.displayName} — code PIN ${a.pin}`),
    `  Coordination : ${demo.coordinator.login} — mot de passe ${demo.coordinator.password}`,
    ...(demo.territoryCoordinator
      ? [
          `  Territoire : ${demo.territoryCoordinator.login} — mot de passe ${demo.territoryCoordinator.password}`,
        ]
      : []),
    ...(demo.admin ? [`  Administration : ${demo.admin.login} — mot de passe ${demo.admin.password}`] : []),
  ].join('\n');
}

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'crée le centre de démonstration (agents avec PIN, coordinateur avec mot de passe)',
  usage: 'seed-demo [--json]',
  async run(argv) {
    parse(argv, {});
    const deps = await openRuntime();
    try {
      console.warn(describeContentSync(await syncBuiltContent(deps)));
      const demo = await seedDemo(deps.database.db, deps.secrets, deps.config.dataDir, deps.now());
      const { created, ...rest } = demo;
      return {
        json: { ...rest, created },
        text: `${created ? 'Démonstration créée.' : 'Démonstration déjà en place.'}\n${describeDemo(demo)}`,
      };
    } finally {
      await deps.database.close();
    }
  },
};
