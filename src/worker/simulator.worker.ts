// The Web Worker entry: it only exposes the simulator service over Comlink. All simulator code (engine,
// validator, scenarios) is bundled here, off the page's main thread.
import * as Comlink from 'comlink';
import { createSimulatorService } from '../sim/service';

Comlink.expose(createSimulatorService());
