// Collects what a part of the scene creates (geometries, materials, textures, instanced meshes) so that it can
// all be disposed of at once when the layout changes or the view goes away.

export interface Disposable {
  dispose(): void;
}

export class Disposables {
  private readonly items: Disposable[] = [];

  /** Registers `item` and returns it, so creation and registration read as one line. */
  add<T extends Disposable>(item: T): T {
    this.items.push(item);
    return item;
  }

  disposeAll(): void {
    // Reverse order: meshes go before the geometries and materials they use.
    for (let i = this.items.length - 1; i >= 0; i--) this.items[i]?.dispose();
    this.items.length = 0;
  }
}
