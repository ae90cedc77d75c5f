// Printing one element of the page: every element beside it and beside each of its ancestors (across shadow
// roots, up to <body>) is hidden, and each ancestor laid out as a plain full-width block (a grid would keep the
// report in a sidebar-sized track), until the returned function restores their inline styles. The app's chrome
// (header, tabs, other panels) lives in other elements' shadow roots, where a print style sheet of the page
// cannot reach. DOM only.
const PLAIN_BLOCK =
  'display:block;margin:0;padding:0;border:none;box-shadow:none;max-inline-size:none;inline-size:auto;background:transparent';

export function isolateForPrint(target: Element): () => void {
  const saved: { element: HTMLElement; style: string | null }[] = [];
  const restyle = (element: HTMLElement, css: string): void => {
    saved.push({ element, style: element.getAttribute('style') });
    element.setAttribute('style', css);
  };
  let node: Element = target;
  while (node !== document.body && node !== document.documentElement) {
    const parent: Node | null = node.parentNode;
    if (parent === null) break;
    for (const sibling of Array.from(parent.childNodes))
      if (sibling !== node && sibling instanceof HTMLElement && !(sibling instanceof HTMLStyleElement))
        restyle(sibling, 'display:none');
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element);
    if (node instanceof HTMLElement && node !== document.body) restyle(node, PLAIN_BLOCK);
  }
  return () => {
    for (const { element, style } of saved.reverse())
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
  };
}
