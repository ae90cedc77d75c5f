// What the saved-work buttons do (export, import, share link, delete), as one function the app shell calls:
// it acts on the saved work and returns the message to show. DOM only for the download and the clipboard.
import { msg, str } from '@lit/localize';
import { formatDecimal, formatInteger } from './format';
import { pluralMsg } from './i18n/plural';
import { scenarioName } from './i18n/scenario-text';
import type { Scenario } from '../sim/scenario/schema';
import { downloadBlob } from './download';
import type { SavedWorkAction } from './events';
import { exportFileName } from './export-results';
import type { SavedWorkController, Validate } from './saved-work-controller';
import { encodeShareHash } from './storage/share-link';
import { MAX_IMPORT_BYTES } from './storage/saved-work';

const savedScenariosText = (count: number) =>
  pluralMsg('saved.savedScenariosCount', count, formatInteger(count), {
    one: (n) => str`${n} saved scenario`,
    other: (n) => str`${n} saved scenarios`,
  });

const savedResultsText = (count: number) =>
  pluralMsg('saved.savedResultsCount', count, formatInteger(count), {
    one: (n) => str`${n} saved result`,
    other: (n) => str`${n} saved results`,
  });

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
  saved.acknowledge();
  try {
    switch (action.kind) {
      case 'export': {
        const exported = await saved.exportText();
        downloadBlob(
          new Blob([exported.text], { type: 'application/json' }),
          exportFileName('switchboard-saved-work', 'json', new Date()),
        );
        const counted = msg(
          str`Exported ${savedScenariosText(exported.scenarios)} and ${savedResultsText(exported.results)}.`,
          { id: 'saved.exported' },
        );
        if (exported.leftOut.length === 0) return { message: counted, tone: 'good' };
        const names = exported.leftOut.join(', ');
        return {
          message: `${counted} ${msg(str`Left out, as their data cannot be read here: ${names}.`, { id: 'saved.exportLeftOut' })}`,
          tone: 'bad',
        };
      }
      case 'import': {
        const outcome = await saved.importText(action.text, validate, new Date().toISOString());
        return { message: outcome.message, tone: outcome.ok ? 'good' : 'bad' };
      }
      case 'import-too-large': {
        const { fileName } = action;
        const size = formatDecimal(action.bytes / 1_000_000, 1);
        const limit = formatInteger(MAX_IMPORT_BYTES / 1_000_000);
        const message = msg(
          str`Import failed, nothing changed: ${fileName} is ${size} MB, more than the ${limit} MB a saved-work file may have.`,
          { id: 'saved.importTooLarge' },
        );
        return { message, tone: 'bad' };
      }
      case 'share': {
        if (scenario === undefined) return undefined;
        const url = new URL(location.href);
        url.hash = await encodeShareHash(scenario);
        const name = scenarioName(scenario);
        const seed = String(scenario.seed);
        // The message stays short: the link itself (often over a thousand characters) is not repeated.
        const copied = await navigator.clipboard?.writeText(url.href).then(
          () => true,
          () => false,
        );
        if (copied === true)
          return {
            message: msg(str`Link copied: it opens "${name}" (seed ${seed}) paused on the Live tab.`, {
              id: 'saved.linkCopiedShort',
            }),
            tone: 'good',
          };
        // No clipboard (permission refused, or not a secure page): the link goes to the address bar instead.
        history.replaceState(null, '', url.href);
        return {
          message: msg(str`The link to "${name}" (seed ${seed}) is in the address bar: copy it from there.`, {
            id: 'saved.linkInAddressBar',
          }),
          tone: 'good',
        };
      }
      case 'delete':
        await saved.remove(action.key);
        return { message: msg('Deleted the saved scenario.', { id: 'saved.scenarioDeleted' }), tone: 'good' };
    }
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), tone: 'bad' };
  }
}
