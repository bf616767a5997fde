/**
 * Keeps the texts a library renders under `root` in the UI language when the library has no translate service of
 * its own (form-js's viewer and editor, a few properties-panel texts): text nodes and the given attributes, as the
 * library writes them and whenever it writes them again (a MutationObserver). `translate` answers a text's
 * translation or null to leave it; nodes inside `skip` (content of the model, not of the library) are left alone.
 * `refresh` translates again from the library's originals (after a language switch); `stop` ends observing.
 */
export type DomTexts = { refresh: () => void; stop: () => void };

export function translateDomTexts(
  root: HTMLElement,
  translate: (text: string) => string | null,
  { attributes = [], skip }: { attributes?: string[]; skip?: string } = {},
): DomTexts {
  // what the library wrote per node (text) or per node and attribute, and what we wrote over it
  const originals = new WeakMap<Node, Map<string, string>>();
  const written = new WeakMap<Node, Map<string, string>>();
  const skipped = (node: Node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return !!skip && !!el?.closest(skip);
  };
  const apply = (node: Node, slot: string, current: string, write: (value: string) => void) => {
    const mine = written.get(node)?.get(slot);
    const original = mine === current ? originals.get(node)!.get(slot)! : current;
    const translated = translate(original) ?? original;
    if (translated !== current) {
      if (!originals.has(node)) originals.set(node, new Map());
      if (!written.has(node)) written.set(node, new Map());
      originals.get(node)!.set(slot, original);
      written.get(node)!.set(slot, translated);
      write(translated);
    }
  };
  const text = (node: Text) => {
    if (!skipped(node)) apply(node, '#text', node.data, (v) => (node.data = v));
  };
  const attributesOf = (el: Element) => {
    if (skipped(el)) return;
    for (const name of attributes) {
      const current = el.getAttribute(name);
      if (current !== null) apply(el, name, current, (v) => el.setAttribute(name, v));
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return text(node as Text);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    attributesOf(el);
    if (attributes.length) el.querySelectorAll(attributes.map((a) => `[${a}]`).join(',')).forEach(attributesOf);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text(n as Text);
  };

  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') text(m.target as Text);
      else if (m.type === 'attributes') attributesOf(m.target as Element);
      else m.addedNodes.forEach(walk);
    }
  });
  walk(root);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    ...(attributes.length ? { attributes: true, attributeFilter: attributes } : {}),
  });
  return { refresh: () => walk(root), stop: () => observer.disconnect() };
}
