// What the saved-work buttons do (export, import, share link, delete), as one function the app shell calls:
// it acts on the saved work and returns the message to show. DOM only for the download and the clipboard.
import type { Scenario } from '../sim/scenario/schema';
import { downloadBlob } from './download';
import type { SavedWorkAction } from './events';
import { exportFileName } from './export-results';
import type { SavedWorkController, Validate } from './saved-work-controller';
import { encodeShareHash } from './storage/share-link';

export interface ActionMessage {
  message: string;
  tone: 'good' | 'bad';
}

/** Performs `action`; undefined when there is nothing to say (a share link without a scenario). */
export async function performSavedWorkAction(
  action: SavedWorkAction,
  saved: SavedWorkController,
  scenario: Scenario | undefined,
  validate: Validate,
): Promise<ActionMessage | undefined> {
  try {
    switch (action.kind) {
      case 'export':
        downloadBlob(
          new Blob([await saved.exportText()], { type: 'application/json' }),
          exportFileName('switchboard-saved-work', 'json', new Date()),
        );
        return {
          message: `Exported ${saved.scenarios.length} saved scenario(s) and ${saved.results.length} saved result(s).`,
          tone: 'good',
        };
      case 'import': {
        const outcome = await saved.importText(action.text, validate, new Date().toISOString());
        return { message: outcome.message, tone: outcome.ok ? 'good' : 'bad' };
      }
      case 'share': {
        if (scenario === undefined) return undefined;
        const url = new URL(location.href);
        url.hash = await encodeShareHash(scenario);
        await navigator.clipboard?.writeText(url.href).catch(() => undefined);
        return {
          message: `Link copied (it carries "${scenario.name}", seed ${String(scenario.seed)}): ${url.href}`,
          tone: 'good',
        };
      }
      case 'delete':
        await saved.remove(action.key);
        return { message: 'Deleted the saved scenario.', tone: 'good' };
    }
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), tone: 'bad' };
  }
}
